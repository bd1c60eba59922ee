/// <reference lib="webworker" />
import { dataset } from '../data/bundled';
import { MonteCarloWorkspace } from '../engine';
import { answer } from './answer';
import { firstBatch } from './params';
import type { CompareRequest, SeveralRequest, UncertaintyRequest, WorkerResponse } from './protocol';
import { requestKey } from './requestKey';

/** This worker's arrays and PERT tables, kept between its runs (one run at a time). */
const workspace = new MonteCarloWorkspace();

/**
 * Answers kept by their request's content (not its id), the latest last: going back to a scenario
 * seen before costs nothing, and the warm-up's answer is there when the page asks for it.
 */
const kept = new Map<string, WorkerResponse>();
const KEEP = 16;
/** What a warm request gets: only that it is done (id 0 is never a request of the page). */
const WARMED = { id: 0, ok: true, kind: 'warmed' } as const satisfies WorkerResponse;

// The Monte Carlo runs here, off the page's thread, so typing and sliders never wait for it.
self.onmessage = (event: MessageEvent<UncertaintyRequest | CompareRequest | SeveralRequest>) => {
	const request = event.data;
	const key = requestKey({ ...request, warm: undefined });
	const known = kept.get(key);
	if (known) {
		keep(key, known);
		self.postMessage(request.warm ? WARMED : { ...known, id: request.id, kept: true });
		return;
	}
	// Many draws of one scenario: its first batch goes to the page at once (the same draws as a run
	// of that many, which the page may have asked before: the scenario carries its count too), then
	// the whole run.
	const first = request.kind === 'scenario' && !request.warm ? firstBatch(request.runs) : null;
	if (request.kind === 'scenario' && first !== null) {
		const batch = { ...request, runs: first, scenario: { ...request.scenario, runs: first }, warm: undefined };
		const batchKey = requestKey(batch);
		const keptBatch = kept.get(batchKey);
		const early = keep(batchKey, keptBatch ?? answer(dataset, batch, workspace));
		if (early.ok && early.kind === 'scenario') {
			self.postMessage({ ...early, id: request.id, partial: { of: request.runs }, ...(keptBatch ? { kept: true } : {}) } satisfies WorkerResponse);
		}
	}
	const response = keep(key, answer(dataset, request, workspace));
	self.postMessage(request.warm ? WARMED : response);
};

/** Keep a good answer under its request's content (the latest last, at most KEEP); returns it. */
function keep(key: string, response: WorkerResponse): WorkerResponse {
	if (response.ok) {
		kept.delete(key);
		kept.set(key, response);
		if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
	}
	return response;
}
