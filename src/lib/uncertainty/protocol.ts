import type { Scenario, Tornado, UncertaintyResult } from '../engine';

/** What the page asks the Monte Carlo worker: one scenario, its draws, and the tornado's metric. */
export interface UncertaintyRequest {
	id: number;
	scenario: Scenario;
	runs: number;
	seed: number;
	tornado: { year: number; cumulative: boolean };
}

/** The worker's answer to request `id`: the bands, the tornado and the net without uncertainty, or a Dutch message. */
export type UncertaintyResponse =
	| { id: number; ok: true; result: UncertaintyResult; tornado: Tornado; net: number[]; ms: number }
	| { id: number; ok: false; message: string };
