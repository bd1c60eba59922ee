import { DEFAULT_TARGET, LAST_TABLE_YEAR, type MonteCarloDifference, type Scenario, type Tornado, type UncertaintyResult } from '../engine';
import { dataset } from '../data/bundled';
import { LatestOnly } from '../uncertainty/latestOnly';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../uncertainty/params';
import type { CompareRequest, SeveralRequest, UncertaintyRequest, WorkerResponse } from '../uncertainty/protocol';

/** The frames whose chance every run also counts (data/doelen.csv). */
const ALL_TARGETS = dataset.targets.map((t) => t.id);

const CRASHED = 'De berekening van de onzekerheid is onderbroken; de vorige uitkomst blijft staan. Wijzig een invoer om het opnieuw te proberen.';

/**
 * The Monte Carlo of the scenario on screen, computed in a Web Worker; only the latest request
 * counts. A worker that fails is replaced; the last good result stays on screen.
 */
export class UncertaintyState {
	tornadoYear = $state(LAST_TABLE_YEAR);
	cumulative = $state(false);
	result = $state.raw<UncertaintyResult | null>(null);
	tornado = $state.raw<Tornado | null>(null);
	/** Net per year without uncertainty, for the same scenario as `result`. */
	net = $state.raw<number[]>([]);
	/** Milliseconds the worker took for the result on screen. */
	ms = $state(0);
	/** True while the result on screen is not yet the answer to the latest request. */
	busy = $state(false);
	error = $state<string | null>(null);

	private readonly worker = new LatestOnly<Omit<UncertaintyRequest, 'id'>, WorkerResponse>({
		answer: (response) => {
			if (response.ok && response.kind === 'scenario') {
				this.result = response.result;
				this.tornado = response.tornado;
				this.net = response.net;
				this.ms = response.ms;
				this.error = null;
			} else if (!response.ok) this.error = `De onzekerheid kon niet worden berekend: ${response.message}. De vorige uitkomst blijft staan.`;
		},
		crash: () => (this.error = CRASHED),
		busy: (busy) => (this.busy = busy)
	});

	/** Start the worker (in the browser only); returns a function that stops it. */
	connect(makeWorker: () => Worker): () => void {
		return this.worker.connect(makeWorker);
	}

	/** Ask for the Monte Carlo of a scenario with its draws and seed, against a target. */
	request(scenario: Scenario, target: string = DEFAULT_TARGET): void {
		this.worker.request({
			kind: 'scenario',
			scenario,
			target,
			// every frame, so a page can show the chance of each from the same draws
			alsoTargets: ALL_TARGETS,
			runs: scenario.runs ?? DEFAULT_RUNS,
			seed: scenario.seed ?? DEFAULT_SEED,
			tornado: { year: this.tornadoYear, cumulative: this.cumulative }
		});
	}
}

/** Each scenario against the first, over the same draws, in a Web Worker; only the latest request counts. */
export class DifferenceState {
	result = $state.raw<MonteCarloDifference[] | null>(null);
	busy = $state(false);
	error = $state<string | null>(null);

	private readonly worker = new LatestOnly<Omit<CompareRequest, 'id'>, WorkerResponse>({
		answer: (response) => {
			if (response.ok && response.kind === 'compare') {
				this.result = response.differences;
				this.error = null;
			} else if (!response.ok) this.error = `De kansen konden niet worden berekend: ${response.message}.`;
		},
		crash: () => (this.error = CRASHED),
		busy: (busy) => (this.busy = busy)
	});

	connect(makeWorker: () => Worker): () => void {
		return this.worker.connect(makeWorker);
	}

	request(scenarios: Scenario[], runs: number, seed: number, target: string = DEFAULT_TARGET): void {
		this.worker.request({ kind: 'compare', scenarios, target, runs, seed });
	}
}

/** Several scenarios' Monte Carlo, each against every target, in a Web Worker; only the latest request counts. */
export class SeveralState {
	results = $state.raw<UncertaintyResult[] | null>(null);
	busy = $state(false);
	error = $state<string | null>(null);

	private readonly worker = new LatestOnly<Omit<SeveralRequest, 'id'>, WorkerResponse>({
		answer: (response) => {
			if (response.ok && response.kind === 'several') {
				this.results = response.results;
				this.error = null;
			} else if (!response.ok) this.error = `De onzekerheid kon niet worden berekend: ${response.message}.`;
		},
		crash: () => (this.error = CRASHED),
		busy: (busy) => (this.busy = busy)
	});

	connect(makeWorker: () => Worker): () => void {
		return this.worker.connect(makeWorker);
	}

	request(scenarios: Scenario[], runs: number = DEFAULT_RUNS, seed: number = DEFAULT_SEED): void {
		this.worker.request({ kind: 'several', scenarios, targets: ALL_TARGETS, runs, seed });
	}
}

/**
 * Load the Monte Carlo worker (its own chunk, fetched after the page shows) and connect a state to
 * it. Returns a function that stops it, also when called before the worker has loaded.
 */
export function startWorker(state: { connect(makeWorker: () => Worker): () => void }): () => void {
	let stop = () => {};
	let stopped = false;
	import('../uncertainty/monteCarlo.worker?worker').then(({ default: MonteCarloWorker }) => {
		if (!stopped) stop = state.connect(() => new MonteCarloWorker());
	});
	return () => {
		stopped = true;
		stop();
	};
}
