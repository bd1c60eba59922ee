import { measureSeries } from './measureSeries';
import { richtbedrag } from './richtbedrag';
import { splitNet } from './splitNet';
import { PM, type Dataset, type MeasureResult, type Scenario, type ScenarioResult } from './types';
import { LAST_TABLE_YEAR, yearsUntil } from './years';

/**
 * Run a scenario: every selected measure's besparing, invoeringskosten and net per year, and
 * the totals against the Tabel 1 richtbedrag. PM amounts are never counted as 0: they are left
 * out of the sums and counted in `pmCount`. Inputs are not mutated.
 *
 * @example
 * const result = simulate(dataset, preset('cvw-tabel-1'));
 * result.totals.net // [215, 395, 464, 571, 962, 1018, 1018]
 */
export function simulate(dataset: Dataset, scenario: Scenario): ScenarioResult {
	const years = yearsUntil(scenario.horizon);
	const byId = new Map(dataset.maatregelen.map((m) => [m.id, m]));

	const measures: MeasureResult[] = scenario.measures.map((id) => {
		const maatregel = byId.get(id);
		if (!maatregel) throw new Error(`Onbekende maatregel in scenario ${scenario.id}: ${id}`);
		const override = Object.hasOwn(scenario.overrides, id) ? scenario.overrides[id] : undefined;
		const amounts = measureSeries(maatregel, override, years);
		const split = amounts.map(splitNet);
		return {
			id: maatregel.id,
			code: maatregel.code,
			name: maatregel.name,
			table: maatregel.table,
			savings: split.map((s) => s.savings),
			costs: split.map((s) => s.costs),
			net: amounts.map((a) => (a === PM ? null : a)),
			pm: amounts.map((a) => a === PM)
		};
	});

	const sumOf = (pick: (m: MeasureResult) => (number | null)[]) =>
		years.map((_, i) => measures.reduce((sum, m) => sum + (pick(m)[i] ?? 0), 0));
	const savings = sumOf((m) => m.savings);
	const costs = sumOf((m) => m.costs);
	const net = years.map((_, i) => savings[i]! - costs[i]!);
	const cumulativeNet = runningSum(net);
	const pmCount = years.map((_, i) => measures.filter((m) => m.pm[i]).length);
	const target = richtbedrag(dataset.maatregelen, years);

	return {
		scenario: scenario.id,
		years,
		extrapolated: years.map((year) => year > LAST_TABLE_YEAR),
		measures,
		totals: { savings, costs, net, cumulativeNet, pmCount },
		target,
		gap: target.map((t, i) => t - net[i]!)
	};
}

function runningSum(values: readonly number[]): number[] {
	let sum = 0;
	return values.map((v) => (sum += v));
}
