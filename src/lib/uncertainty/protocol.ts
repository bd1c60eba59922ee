import type { MonteCarloDifference, Scenario, Tornado, UncertaintyResult } from '../engine';

/*
 * Every request may carry `warm`: compute and keep the answer without sending it, so that the
 * page's later request for the same is answered at once (the default scenario while the page
 * loads; the comparison on /vergelijk before its checkbox is ticked).
 */

/** What the page asks the Monte Carlo worker: one scenario, its draws, and the metric of the tornado and the histogram. */
export interface UncertaintyRequest {
	kind: 'scenario';
	id: number;
	scenario: Scenario;
	/** The target the chances and shortfalls are against (data/doelen.csv). */
	target: string;
	/** Other targets to count the same draws against. */
	alsoTargets: string[];
	runs: number;
	seed: number;
	tornado: { year: number; cumulative: boolean };
	warm?: true;
}

/** Each scenario after the first against the first, over the same draws. */
export interface CompareRequest {
	kind: 'compare';
	id: number;
	scenarios: Scenario[];
	target: string;
	runs: number;
	seed: number;
	warm?: true;
}

/** Several scenarios, each on its own (same seed), counted against every target: the view from 2028. */
export interface SeveralRequest {
	kind: 'several';
	id: number;
	scenarios: Scenario[];
	targets: string[];
	runs: number;
	seed: number;
	warm?: true;
}

/** The worker's answer to request `id` (`kept`: from its memory, computed earlier in `ms`), or a Dutch message. */
export type WorkerResponse =
	| {
			id: number;
			ok: true;
			kind: 'scenario';
			result: UncertaintyResult;
			tornado: Tornado;
			net: number[];
			ms: number;
			kept?: true;
			/** A first answer: the first `result.runs` of the `of` draws asked for; the full answer follows. */
			partial?: { of: number };
	  }
	| { id: number; ok: true; kind: 'compare'; differences: MonteCarloDifference[]; ms: number; kept?: true }
	| { id: number; ok: true; kind: 'several'; results: UncertaintyResult[]; ms: number; kept?: true }
	/** A warm request is done (id 0). */
	| { id: 0; ok: true; kind: 'warmed' }
	| { id: number; ok: false; message: string };
