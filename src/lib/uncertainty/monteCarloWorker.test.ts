import { beforeAll, describe, expect, it } from 'vitest';
import { dataset, presets } from '../data/bundled';
import { MonteCarloWorkspace } from '../engine';
import { answer } from './answer';
import { defaultRequest } from './defaultRequest';
import type { CompareRequest, UncertaintyRequest, WorkerResponse } from './protocol';

/** What the worker posted, in order; its handler, as the page's postMessage reaches it. */
const posted: WorkerResponse[] = [];
let send: (request: UncertaintyRequest | CompareRequest) => void;

beforeAll(async () => {
	// the worker's module run in Node with a stand-in for its global scope
	const scope = { postMessage: (message: WorkerResponse) => posted.push(message), onmessage: null as ((event: MessageEvent) => void) | null };
	(globalThis as unknown as { self: typeof scope }).self = scope;
	await import('./monteCarlo.worker');
	send = (request) => scope.onmessage!({ data: request } as MessageEvent);
});

/** What the same request gives computed on its own: the figures, not the time it took. */
const direct = (request: UncertaintyRequest | CompareRequest) => {
	const response = answer(dataset, request, new MonteCarloWorkspace());
	return response.ok && response.kind === 'scenario' ? { result: response.result, tornado: response.tornado, net: response.net } : response;
};
const figures = (response: WorkerResponse) =>
	response.ok && response.kind === 'scenario' ? { result: response.result, tornado: response.tornado, net: response.net } : response;

describe('the Monte Carlo worker', () => {
	it('computes a warm request and keeps it: it says only that it is done, and the page’s same request is answered from memory', () => {
		const request = { ...defaultRequest(dataset, presets), runs: 2000, seed: 11 };
		posted.length = 0;
		send({ ...request, id: 0, warm: true });
		expect(posted).toEqual([{ id: 0, ok: true, kind: 'warmed' }]);
		send({ ...request, id: 5 });
		expect(posted).toHaveLength(2);
		expect(posted[1]).toMatchObject({ id: 5, ok: true, kind: 'scenario', kept: true });
		expect(figures(posted[1]!)).toEqual(direct({ ...request, id: 5 }));
	});

	it('answers a run of 100.000 draws first with its first 10.000, then with all, each as computed on its own', () => {
		const request = { ...defaultRequest(dataset, presets), scenario: presets.find((p) => p.id === 'rijk')!, runs: 100_000, seed: 3 };
		posted.length = 0;
		send({ ...request, id: 6 });
		expect(posted.map((p) => [p.id, p.ok && p.kind === 'scenario' ? [p.result.runs, p.partial ?? null, p.kept ?? null] : p])).toEqual([
			[6, [10_000, { of: 100_000 }, null]],
			[6, [100_000, null, null]]
		]);
		expect(figures(posted[0]!)).toEqual(direct({ ...request, runs: 10_000, id: 6 }));
		expect(figures(posted[1]!)).toEqual(direct({ ...request, id: 6 }));
		// asked again: all of them from memory at once, no first batch
		send({ ...request, id: 7 });
		expect(posted.slice(2).map((p) => [p.id, p.ok && p.kind === 'scenario' ? [p.result.runs, p.partial ?? null, p.kept ?? null] : p])).toEqual([
			[7, [100_000, null, true]]
		]);
	});

	it('takes the first batch from memory when the page asked for those 10.000 draws before, as the page asks', () => {
		// as the page asks: the scenario on screen carries its count of draws (scenarioState.onScreen)
		const rijk = presets.find((p) => p.id === 'rijk')!;
		const asked = (runs: number) => ({ ...defaultRequest(dataset, presets), scenario: { ...rijk, runs, seed: 5 }, runs, seed: 5 });
		posted.length = 0;
		send({ ...asked(10_000), id: 20 });
		send({ ...asked(100_000), id: 21 });
		expect(posted.map((p) => [p.id, p.ok && p.kind === 'scenario' ? [p.result.runs, p.partial ?? null, p.kept ?? null] : p])).toEqual([
			[20, [10_000, null, null]],
			[21, [10_000, { of: 100_000 }, true]],
			[21, [100_000, null, null]]
		]);
		expect(figures(posted[1]!)).toEqual(figures(posted[0]!));
	});

	it('answers a run of 10.000 draws and a comparison at once, without a first batch', () => {
		const rijk = presets.find((p) => p.id === 'rijk')!;
		const vng = presets.find((p) => p.id === 'vng')!;
		posted.length = 0;
		send({ ...defaultRequest(dataset, presets), scenario: rijk, runs: 10_000, seed: 4, id: 8 });
		send({ kind: 'compare', scenarios: [rijk, vng], target: 'cvw-tabel-1', runs: 40_000, seed: 4, id: 9 });
		expect(posted.map((p) => [p.id, p.ok && 'partial' in p])).toEqual([
			[8, false],
			[9, false]
		]);
	});
});
