import type { Dataset } from '../engine';
import {
	compareMonteCarlo,
	compileModel,
	monteCarlo,
	type MonteCarloWorkspace,
	resultFor,
	targetSeries,
	tornado,
	uncertainInputs,
	type Scenario
} from '../engine';
import type { CompareRequest, SeveralRequest, UncertaintyRequest, WorkerResponse } from './protocol';

/**
 * The answer to a request of the page: what the worker computes, and what the build computes
 * for the default scenario so the first page shows its bands before any worker runs.
 */
export function answer(dataset: Dataset, request: UncertaintyRequest | CompareRequest | SeveralRequest, workspace: MonteCarloWorkspace): WorkerResponse {
	const prepare = (scenario: Scenario, target: string) => {
		const model = compileModel(dataset, scenario, target);
		return { model, uncertain: uncertainInputs(dataset, model) };
	};

	let response: WorkerResponse;
	try {
		const t0 = performance.now();
		const { runs, seed } = request;
		if (request.kind === 'compare') {
			const [first, ...others] = request.scenarios.map((s) => prepare(s, request.target));
			const differences = others.map((other) => compareMonteCarlo(other, first!, { runs, seed, workspace }));
			response = { id: request.id, ok: true, kind: 'compare', differences, ms: performance.now() - t0 };
		} else if (request.kind === 'several') {
			const results = request.scenarios.map((scenario) => {
				const { model, uncertain } = prepare(scenario, request.targets[0]!);
				const targets = request.targets.map((id) => ({ id, values: targetSeries(dataset, id, model.years).values }));
				// the bands are new arrays, so the workspace can serve the next scenario
				return monteCarlo(model, uncertain, { runs, seed, workspace, targets });
			});
			response = { id: request.id, ok: true, kind: 'several', results, ms: performance.now() - t0 };
		} else {
			const { model, uncertain } = prepare(request.scenario, request.target);
			const metric = { year: Math.min(request.tornado.year, model.years.at(-1)!), cumulative: request.tornado.cumulative };
			const targets = request.alsoTargets.map((id) => ({ id, values: targetSeries(dataset, id, model.years).values }));
			const result = monteCarlo(model, uncertain, { runs, seed, workspace, histogram: metric, targets });
			const t = tornado(model, uncertain, metric, workspace.pert);
			response = { id: request.id, ok: true, kind: 'scenario', result, tornado: t, net: resultFor(model, model.base).totals.net, ms: performance.now() - t0 };
		}
	} catch (error) {
		response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	return response;
}
