import { dataset, presets } from '$lib/data/bundled';
import { MonteCarloWorkspace } from '$lib/engine';
import { answer } from '$lib/uncertainty/answer';
import { defaultRequest } from '$lib/uncertainty/defaultRequest';
import type { WorkerResponse } from '$lib/uncertainty/protocol';

/**
 * The Monte Carlo of the default scenario, computed once by the build with the worker's own
 * function, seed and draws, and written into every page: a first visit shows its bands at once,
 * and the browser's worker is asked only when the scenario or a setting changes.
 */
let firstBands: { request: ReturnType<typeof defaultRequest>; response: WorkerResponse } | undefined;

export const load = () => {
	if (!firstBands) {
		const request = defaultRequest(dataset, presets);
		firstBands = { request, response: answer(dataset, { ...request, id: 0 }, new MonteCarloWorkspace()) };
	}
	return { firstBands };
};
