import type { MonteCarloDifference, Scenario, Tornado, UncertaintyResult } from '../engine';

/** What the page asks the Monte Carlo worker: one scenario, its draws, and the metric of the tornado and the histogram. */
export interface UncertaintyRequest {
	kind: 'scenario';
	id: number;
	scenario: Scenario;
	runs: number;
	seed: number;
	tornado: { year: number; cumulative: boolean };
}

/** Each scenario after the first against the first, over the same draws. */
export interface CompareRequest {
	kind: 'compare';
	id: number;
	scenarios: Scenario[];
	runs: number;
	seed: number;
}

/** The worker's answer to request `id`, or a Dutch message. */
export type WorkerResponse =
	| { id: number; ok: true; kind: 'scenario'; result: UncertaintyResult; tornado: Tornado; net: number[]; ms: number }
	| { id: number; ok: true; kind: 'compare'; differences: MonteCarloDifference[]; ms: number }
	| { id: number; ok: false; message: string };
