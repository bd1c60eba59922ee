/// <reference lib="webworker" />
import { dataset } from '../data/bundled';
import { compareMonteCarlo, compileModel, monteCarlo, MonteCarloWorkspace, resultFor, tornado, uncertainInputs, type Scenario } from '../engine';
import type { CompareRequest, UncertaintyRequest, WorkerResponse } from './protocol';

const prepare = (scenario: Scenario) => {
	const model = compileModel(dataset, scenario);
	return { model, uncertain: uncertainInputs(dataset, model) };
};

/** This worker's arrays and PERT tables, kept between its runs (one run at a time). */
const workspace = new MonteCarloWorkspace();

// The Monte Carlo runs here, off the page's thread, so typing and sliders never wait for it.
self.onmessage = (event: MessageEvent<UncertaintyRequest | CompareRequest>) => {
	const request = event.data;
	let response: WorkerResponse;
	try {
		const t0 = performance.now();
		const { runs, seed } = request;
		if (request.kind === 'compare') {
			const [first, ...others] = request.scenarios.map(prepare);
			const differences = others.map((other) => compareMonteCarlo(other, first!, { runs, seed, workspace }));
			response = { id: request.id, ok: true, kind: 'compare', differences, ms: performance.now() - t0 };
		} else {
			const { model, uncertain } = prepare(request.scenario);
			const metric = { year: Math.min(request.tornado.year, model.years.at(-1)!), cumulative: request.tornado.cumulative };
			const result = monteCarlo(model, uncertain, { runs, seed, workspace, histogram: metric });
			const t = tornado(model, uncertain, metric);
			response = { id: request.id, ok: true, kind: 'scenario', result, tornado: t, net: resultFor(model, model.base).totals.net, ms: performance.now() - t0 };
		}
	} catch (error) {
		response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(response);
};
