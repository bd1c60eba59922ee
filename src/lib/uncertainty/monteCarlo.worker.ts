/// <reference lib="webworker" />
import { dataset } from '../data/bundled';
import { compileModel, monteCarlo, resultFor, tornado, uncertainInputs } from '../engine';
import type { UncertaintyRequest, UncertaintyResponse } from './protocol';

// The Monte Carlo runs here, off the page's thread, so typing and sliders never wait for it.
self.onmessage = (event: MessageEvent<UncertaintyRequest>) => {
	const { id, scenario, runs, seed } = event.data;
	let response: UncertaintyResponse;
	try {
		const t0 = performance.now();
		const model = compileModel(dataset, scenario);
		const inputs = uncertainInputs(dataset, model);
		const result = monteCarlo(model, inputs, { runs, seed });
		const year = Math.min(event.data.tornado.year, model.years.at(-1)!);
		response = { id, ok: true, result, tornado: tornado(model, inputs, { year, cumulative: event.data.tornado.cumulative }), net: resultFor(model, model.base).totals.net, ms: performance.now() - t0 };
	} catch (error) {
		response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(response);
};
