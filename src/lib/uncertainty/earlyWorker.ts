import MonteCarloWorker from './monteCarlo.worker?worker';
import type { UncertaintyRequest } from './protocol';

/**
 * The Monte Carlo worker, started while the page is still loading: its code loads and the default
 * scenario is computed alongside the page's own start, so the first bands are there as soon as
 * the page asks. The page's worker client takes it over (`takeWorker`); later workers start new.
 */
let early: Worker | null = null;
/** The early worker's code did not load (before anyone listened): it counts as the client's first failure. */
let earlyFailed = false;

/** Start the worker and let it compute `warm` (browser only; once). */
export function startEarly(warm: Omit<UncertaintyRequest, 'id'>): void {
	if (early || typeof Worker === 'undefined') return;
	try {
		early = new MonteCarloWorker();
		// until the client takes it over, an error is only noted; the client then counts it
		early.onerror = (event) => {
			event.preventDefault();
			earlyFailed = true;
		};
		early.postMessage({ ...warm, id: 0, warm: true } satisfies UncertaintyRequest);
	} catch {
		// the page's client starts its own, and says so if that fails too
		early = null;
	}
}

/**
 * The worker started early, once; after that (or without one) a new worker. Throws if the early
 * one already failed to load, which the client counts as a failed start (and tries again).
 */
export function takeWorker(): Worker {
	const worker = early;
	early = null;
	if (worker && earlyFailed) {
		worker.terminate();
		earlyFailed = false;
		throw new Error('de rekenhulp kon niet worden geladen');
	}
	return worker ?? new MonteCarloWorker();
}
