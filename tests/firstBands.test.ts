import { describe, expect, it } from 'vitest';
import { dataset, presets } from '../src/lib/data/bundled';
import { MonteCarloWorkspace } from '../src/lib/engine';
import { ScenarioLibrary } from '../src/lib/state/scenarioLibrary.svelte';
import { ScenarioState } from '../src/lib/state/scenarioState.svelte';
import { UncertaintyState } from '../src/lib/state/uncertaintyState.svelte';
import { answer } from '../src/lib/uncertainty/answer';
import { defaultRequest } from '../src/lib/uncertainty/defaultRequest';
import { requestKey } from '../src/lib/uncertainty/requestKey';
import { load } from '../src/routes/+layout.server';

describe('the first bands, computed by the build', () => {
	const { firstBands } = load();

	it('are the answer to what a first visit’s page asks: the page then sends the worker nothing', () => {
		const scenario = new ScenarioState(new ScenarioLibrary(dataset, presets));
		const uncertainty = new UncertaintyState();
		uncertainty.prefill(firstBands.request, firstBands.response);
		expect(uncertainty.prebuilt).toBe(true);
		expect(uncertainty.result?.runs).toBe(10_000);
		// the page's own request, as showScenario makes it
		uncertainty.request(scenario.scenario, scenario.targetId);
		expect(uncertainty.busy).toBe(false);
		// any other request would go to the worker: the check can fail
		uncertainty.request({ ...scenario.scenario, seed: 2 }, scenario.targetId);
		expect(uncertainty.busy).toBe(true);
		// and the build's bands leave the screen: they belong to the default only
		expect([uncertainty.result, uncertainty.prebuilt]).toEqual([null, false]);
	});

	it('are what the worker computes for the same request, draw for draw (the same seed and function)', () => {
		const again = answer(dataset, { ...defaultRequest(dataset, presets), id: 5 }, new MonteCarloWorkspace());
		expect(again.ok && firstBands.response.ok).toBe(true);
		expect({ ...again, id: 0, ms: 0 }).toEqual({ ...firstBands.response, ms: 0 });
		expect(requestKey(firstBands.request)).toBe(requestKey(defaultRequest(dataset, presets)));
	});

	it('Tabel 1 as printed: 2028 in the middle of its band, the chance of the target 50 % (by the table’s own uncertainty set)', () => {
		const response = firstBands.response;
		if (!response.ok || response.kind !== 'scenario') throw new Error('geen uitkomst');
		const at = response.result.years.indexOf(2028);
		// net without uncertainty in 2028 is the table total, 1.018 (Tabel 1, 004; see tabellen.test.ts)
		expect(response.net[at]).toBeCloseTo(1018, 6);
		expect(response.result.pTarget[at]).toBeGreaterThan(0.4);
		expect(response.result.pTarget[at]).toBeLessThan(0.6);
	});
});

describe('a first answer of many draws on screen', () => {
	/** A worker stand-in that answers nothing by itself; the test posts what it would. */
	const connected = () => {
		const uncertainty = new UncertaintyState();
		const worker = { onmessage: null as ((e: MessageEvent) => void) | null, onerror: null, postMessage() {}, terminate() {} };
		uncertainty.connect(() => worker as unknown as Worker);
		const scenario = new ScenarioState(new ScenarioLibrary(dataset, presets)).scenario;
		uncertainty.request({ ...scenario, runs: 100_000 });
		const first = answer(dataset, { ...defaultRequest(dataset, presets), id: 1 }, new MonteCarloWorkspace());
		worker.onmessage!({ data: { ...first, partial: { of: 100_000 } } } as MessageEvent);
		return { uncertainty, worker };
	};

	it('says it is the first part until the rest is in', () => {
		const { uncertainty, worker } = connected();
		expect([uncertainty.partial, uncertainty.result?.runs, uncertainty.busy]).toEqual([{ of: 100_000 }, 10_000, false]);
		const all = answer(dataset, { ...defaultRequest(dataset, presets), runs: 100_000, id: 1 }, new MonteCarloWorkspace());
		worker.onmessage!({ data: all } as MessageEvent);
		expect([uncertainty.partial, uncertainty.result?.runs]).toEqual([null, 100_000]);
	});

	it('stops saying more is coming when the rest fails: it stays as what it is, the result of 10.000 draws', () => {
		const { uncertainty, worker } = connected();
		worker.onmessage!({ data: { id: 1, ok: false, message: 'te veel' } } as MessageEvent);
		expect([uncertainty.partial, uncertainty.result?.runs]).toEqual([null, 10_000]);
		expect(uncertainty.error).toContain('te veel');
	});
});
