import type { Dataset, Scenario, ScenarioResult, Target, Tornado, UncertaintyResult } from '../engine';
import { distributionSpec } from '../data/distributionSpec';
import { scenarioFile } from '../data/parseScenario';
import { licenceJson } from '../opendata/licence';
import { sourceJson } from '../sources/sourceJson';
import { targetLabel } from './targetLabel';

/** The Monte Carlo of a result: its set of uncertainty, the bands and the tornado. */
export interface ResultUncertainty {
	set: { id: string; name: string };
	result: UncertaintyResult;
	tornado: Tornado;
}

/** A target's sources: its main line and the outside sources, each with address and kind where known. */
export function targetSources(dataset: Dataset, target: Target) {
	return [target.source, ...target.extern].map((s) => sourceJson(dataset, s));
}

/**
 * A scenario's whole result as one JSON object: the scenario itself (as a scenario file, with the
 * data version and, with a Monte Carlo, its draws and seed), per measure per year with the row's
 * source and doubts, the totals, the target and gap, and the bands and tornado where there are
 * draws. The command line's `--format json` and the page's download are both this object, so the
 * same scenario gives the same file.
 *
 * @example resultJson(dataset, preset, simulate(dataset, preset)).totals.net // [215, 375, 464, 571, 962, 1018, 1018]
 */
export function resultJson(dataset: Dataset, scenario: Scenario, result: ScenarioResult, uncertainty?: ResultUncertainty) {
	const u = uncertainty?.result;
	const row = (id: string) => dataset.measures.find((m) => m.id === id)!;
	// the draws and seed belong in the file where the result has bands, so the file reproduces them
	const { runs: _runs, seed: _seed, ...rest } = scenario;
	const file = scenarioFile({ ...rest, dataVersion: dataset.version, ...(u ? { runs: u.runs, seed: u.seed } : {}) });
	return {
		scenario: result.scenario,
		name: scenario.name,
		dataVersion: dataset.version,
		licence: licenceJson(),
		unit: 'EUR mln',
		scenarioFile: file,
		years: result.years,
		extrapolated: result.extrapolated,
		// each measure with where its row stands and the cells whose reading is doubtful
		measures: result.measures.map((m) => ({ ...m, source: row(m.id).source, doubts: row(m.id).doubts })),
		totals: result.totals,
		// the target the result is set against, with what it says per year and where it comes from
		targetId: result.targetId,
		targetName: targetLabel(dataset, result.targetId),
		targetSources: targetSources(
			dataset,
			dataset.targets.find((t) => t.id === result.targetId)!
		),
		targetStatus: result.targetStatus,
		target: result.target,
		gap: result.gap,
		overlap: result.overlap,
		warnings: result.warnings,
		...(u && uncertainty
			? {
					uncertainty: {
						runs: u.runs,
						seed: u.seed,
						p5: u.net.p5,
						p10: u.net.p10,
						p50: u.net.p50,
						p90: u.net.p90,
						p95: u.net.p95,
						mean: u.net.mean,
						pTarget: u.pTarget,
						expectedShortfall: u.expectedShortfall,
						breakEven: u.breakEven,
						cumulativeNet: u.cumulativeNet,
						savings: u.savings,
						costs: u.costs,
						set: uncertainty.set,
						inputs: u.inputs.map((i) => ({
							id: i.input.id,
							distribution: i.distribution,
							spec: distributionSpec(i.distribution),
							status: i.status,
							source: i.source,
							tempo: i.tempo
						}))
					},
					tornado: uncertainty.tornado
				}
			: {})
	};
}
