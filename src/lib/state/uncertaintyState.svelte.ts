import { DEFAULT_TARGET, LAST_TABLE_YEAR, type MonteCarloDifference, type Scenario, type Tornado, type UncertaintyResult } from '../engine';
import { dataset } from '../data/bundled';
import { LatestOnly } from '../uncertainty/latestOnly';
import { requestKey } from '../uncertainty/requestKey';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../uncertainty/params';
import type { CompareRequest, SeveralRequest, UncertaintyRequest, WorkerResponse } from '../uncertainty/protocol';

/** The frames whose chance every run also counts (data/doelen.csv). */
const ALL_TARGETS = dataset.targets.map((t) => t.id);

const CRASHED = 'De berekening van de onzekerheid is onderbroken; de vorige uitkomst blijft staan en de berekening wordt opnieuw gestart.';
const SLOW = 'De berekening van de onzekerheid duurde te lang en wordt opnieuw gestart; de vorige uitkomst blijft staan.';
const GAVE_UP = 'De onzekerheid kan nu niet worden berekend: de rekenhulp startte drie keer niet. De cijfers zonder onzekerheid kloppen wel.';
const NOT_LOADED = 'De rekenhulp voor de onzekerheid kon niet worden geladen (bijvoorbeeld zonder verbinding). De cijfers zonder onzekerheid kloppen wel.';

/** What the page asks the worker for a scenario on screen; the warm-up asks the same for the default (earlyWorker.ts). */
export function scenarioRequest(scenario: Scenario, target: string, tornado: UncertaintyRequest['tornado']): Omit<UncertaintyRequest, 'id'> {
	return {
		kind: 'scenario',
		scenario,
		target,
		// every frame, so a page can show the chance of each from the same draws
		alsoTargets: ALL_TARGETS,
		runs: scenario.runs ?? DEFAULT_RUNS,
		seed: scenario.seed ?? DEFAULT_SEED,
		tornado
	};
}

/** Time a Monte Carlo of `runs` draws may take in the worker before it counts as hung: 5 s plus 0,2 ms a draw (25 s for 100.000). */
export const timeLimitMs = (runs: number) => 5000 + runs * 0.2;

/**
 * What the three worker-backed states share: the error on screen, whether it can be retried, and
 * what happens when the worker fails, hangs, gives up or never loads.
 */
abstract class WorkerBacked {
	error = $state<string | null>(null);
	protected abstract readonly worker: { retry(): void };
	/** True after the worker gave up or never loaded: the page offers "Opnieuw proberen". */
	stuck = $state(false);
	protected handlers(answer: (response: WorkerResponse) => void, busy: (busy: boolean) => void) {
		return {
			answer: (response: WorkerResponse) => {
				this.stuck = false;
				answer(response);
			},
			crash: (slow: boolean) => {
				this.error = slow ? SLOW : CRASHED;
				this.interrupted();
			},
			gaveUp: () => {
				this.error = GAVE_UP;
				this.stuck = true;
				this.interrupted();
			},
			busy
		};
	}
	/** The worker stopped before its answer: what is on screen stays, and says only what it is. */
	protected interrupted(): void {}
	/** False when the worker's module never loaded: then only a reload of the page can try again. */
	loaded = $state(true);
	/** The worker's module did not load: say so, and offer to try again. */
	loadFailed(): void {
		this.error = NOT_LOADED;
		this.stuck = true;
		this.loaded = false;
	}
	/** Start the worker again after it gave up, with the latest request. */
	retry(): void {
		this.error = null;
		this.stuck = false;
		this.worker.retry();
	}
}

/**
 * The Monte Carlo of the scenario on screen, computed in a Web Worker; only the latest request
 * counts. A worker that fails is replaced; the last good result stays on screen.
 */
export class UncertaintyState extends WorkerBacked {
	tornadoYear = $state(LAST_TABLE_YEAR);
	cumulative = $state(false);
	result = $state.raw<UncertaintyResult | null>(null);
	tornado = $state.raw<Tornado | null>(null);
	/** Net per year without uncertainty, for the same scenario as `result`. */
	net = $state.raw<number[]>([]);
	/** Milliseconds the worker took for the result on screen. */
	ms = $state(0);
	/** True while the result on screen is the one the build computed (the default scenario), not yet one of this browser's worker. */
	prebuilt = $state(false);
	/** True when the worker gave the result on screen from its memory (computed earlier, in `ms`). */
	kept = $state(false);
	/** Set while the result on screen is a first answer: the first `result.runs` of the `of` draws asked for. */
	partial = $state.raw<{ of: number } | null>(null);
	/** The request the build's result answers, while it is on screen. */
	private prefilled: string | null = null;
	/** True while the result on screen is not yet the answer to the latest request. */
	busy = $state(false);

	protected readonly worker = new LatestOnly<Omit<UncertaintyRequest, 'id'>, WorkerResponse>(
		this.handlers(
			(response) => {
				if (response.ok && response.kind === 'scenario') {
					this.prebuilt = false;
					this.result = response.result;
					this.tornado = response.tornado;
					this.net = response.net;
					this.ms = response.ms;
					this.kept = response.kept === true;
					this.partial = response.partial ?? null;
					this.error = null;
				} else if (!response.ok) {
					this.error = `De onzekerheid kon niet worden berekend: ${response.message}. De vorige uitkomst blijft staan.`;
					this.interrupted();
				}
			},
			(busy) => (this.busy = busy)
		),
		(request) => timeLimitMs(request.runs)
	);

	/** A first answer on screen whose rest will not come: it stays, as the result of its own draws. */
	protected override interrupted(): void {
		this.partial = null;
	}

	/** Start the worker (in the browser only); returns a function that stops it. */
	connect(makeWorker: () => Worker): () => void {
		return this.worker.connect(makeWorker);
	}

	/**
	 * Show the answer the build computed for `request` (the default scenario), before any worker
	 * runs; asking for the same later sends nothing.
	 */
	prefill(request: Omit<UncertaintyRequest, 'id'>, response: WorkerResponse): void {
		if (!response.ok || response.kind !== 'scenario') return;
		this.result = response.result;
		this.tornado = response.tornado;
		this.net = response.net;
		this.ms = response.ms;
		this.partial = null;
		this.prebuilt = true;
		this.prefilled = requestKey(request);
		this.worker.settled(request);
	}

	/**
	 * Ask for the Monte Carlo of a scenario with its draws and seed, against a target. The build's
	 * result leaves the screen as soon as anything else is asked: it belongs to the default
	 * scenario only, and must never stand under another scenario's name, not even for a moment.
	 */
	request(scenario: Scenario, target: string = DEFAULT_TARGET): void {
		const request = scenarioRequest(scenario, target, { year: this.tornadoYear, cumulative: this.cumulative });
		if (this.prebuilt && requestKey(request) !== this.prefilled) {
			[this.result, this.tornado, this.net, this.prebuilt, this.prefilled] = [null, null, [], false, null];
		}
		this.worker.request(request);
	}
}

/** Each scenario against the first, over the same draws, in a Web Worker; only the latest request counts. */
export class DifferenceState extends WorkerBacked {
	result = $state.raw<MonteCarloDifference[] | null>(null);
	busy = $state(false);

	protected readonly worker = new LatestOnly<Omit<CompareRequest, 'id'>, WorkerResponse>(
		this.handlers(
			(response) => {
				if (response.ok && response.kind === 'compare') {
					this.result = response.differences;
					this.error = null;
				} else if (!response.ok) this.error = `De kansen konden niet worden berekend: ${response.message}.`;
			},
			(busy) => (this.busy = busy)
		),
		(request) => timeLimitMs(request.runs * request.scenarios.length)
	);

	connect(makeWorker: () => Worker): () => void {
		return this.worker.connect(makeWorker);
	}

	request(scenarios: Scenario[], runs: number, seed: number, target: string = DEFAULT_TARGET): void {
		this.worker.request({ kind: 'compare', scenarios, target, runs, seed });
	}

	/** Compute the comparison ahead, before it is asked for (the checkbox not yet ticked), so that it shows at once when it is. */
	warm(scenarios: Scenario[], runs: number, seed: number, target: string = DEFAULT_TARGET): void {
		this.worker.warm({ kind: 'compare', scenarios, target, runs, seed });
	}
}

/** Several scenarios' Monte Carlo, each against every target, in a Web Worker; only the latest request counts. */
export class SeveralState extends WorkerBacked {
	results = $state.raw<UncertaintyResult[] | null>(null);
	busy = $state(false);

	protected readonly worker = new LatestOnly<Omit<SeveralRequest, 'id'>, WorkerResponse>(
		this.handlers(
			(response) => {
				if (response.ok && response.kind === 'several') {
					this.results = response.results;
					this.error = null;
				} else if (!response.ok) this.error = `De onzekerheid kon niet worden berekend: ${response.message}.`;
			},
			(busy) => (this.busy = busy)
		),
		(request) => timeLimitMs(request.runs * request.scenarios.length)
	);

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
export function startWorker(state: { connect(makeWorker: () => Worker): () => void; loadFailed(): void }): () => void {
	let stop = () => {};
	let stopped = false;
	import('../uncertainty/monteCarlo.worker?worker').then(
		({ default: MonteCarloWorker }) => {
			if (!stopped) stop = state.connect(() => new MonteCarloWorker());
		},
		() => {
			if (!stopped) state.loadFailed();
		}
	);
	return () => {
		stopped = true;
		stop();
	};
}
