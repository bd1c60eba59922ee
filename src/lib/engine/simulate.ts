import { mechanismOverride, costLinePerYear } from './applyMechanism';
import { assumptionValues, measureScope } from './assumptionValues';
import { measureSeries } from './measureSeries';
import { richtbedrag } from './richtbedrag';
import { splitNet } from './splitNet';
import { PM, type Dataset, type MeasureResult, type Scenario, type ScenarioResult } from './types';
import { LAST_TABLE_YEAR, yearsUntil } from './years';

/**
 * Run a scenario: every selected measure's besparing, invoeringskosten and net per year, and
 * the totals against the Tabel 1 richtbedrag. A measure with a mechanism gets its level and
 * timing from its assumptions (defaults reproduce the table); its cost lines add to the
 * invoeringskosten. Overlap within a package scales the members' savings down. PM amounts are
 * never counted as 0: they are left out of the sums and counted in `pmCount`. Inputs are not
 * mutated.
 *
 * @example
 * const result = simulate(dataset, preset('cvw-tabel-1'));
 * result.totals.net // [215, 395, 464, 571, 962, 1018, 1018]
 */
export function simulate(dataset: Dataset, scenario: Scenario): ScenarioResult {
	const years = yearsUntil(scenario.horizon);
	const byId = new Map(dataset.maatregelen.map((m) => [m.id, m]));
	const values = assumptionValues(dataset, scenario);

	const measures: MeasureResult[] = scenario.measures.map((id) => {
		const maatregel = byId.get(id);
		if (!maatregel) throw new Error(`Onbekende maatregel in scenario ${scenario.id}: ${id}`);
		const own = Object.hasOwn(scenario.overrides, id) ? scenario.overrides[id] : undefined;
		const mechanism = Object.hasOwn(dataset.mechanisms, id) ? dataset.mechanisms[id] : undefined;
		const scope = mechanism ? measureScope(dataset.assumptions, values, id) : {};
		const override = mechanism ? mechanismOverride(mechanism, scope, own) : own;
		const amounts = measureSeries(maatregel, override, years);
		const costLines = (mechanism?.costs ?? []).map((line) => ({
			id: line.id,
			label: line.label,
			perYearMln: costLinePerYear(line, scope, years),
			missing: line.missing
		}));
		const extraCost = years.map((_, i) => costLines.reduce((sum, line) => sum + line.perYearMln[i]!, 0));
		const split = amounts.map(splitNet);
		const savings = split.map((s) => s.savings);
		const costs = split.map((s, i) => (s.costs === null ? (extraCost[i] ? extraCost[i]! : null) : s.costs + extraCost[i]!));
		return {
			id: maatregel.id,
			code: maatregel.code,
			name: maatregel.name,
			table: maatregel.table,
			savings,
			costs,
			net: amounts.map((a, i) => (a === PM ? null : savings[i]! - costs[i]!)),
			pm: amounts.map((a) => a === PM),
			costLines
		};
	});

	const overlap = dataset.packages
		.map((pkg) => ({ pkg, share: values.get(pkg.overlap) ?? 0 }))
		.filter(({ share }) => share > 0)
		.map(({ pkg, share }) => {
			const members = measures.filter((m) => pkg.measures.includes(m.id));
			const removedMln = years.map((_, i) => share * members.reduce((sum, m) => sum + (m.savings[i] ?? 0), 0));
			for (const m of members) {
				m.savings = m.savings.map((s) => (s === null ? null : s * (1 - share)));
				m.net = m.net.map((n, i) => (n === null ? null : m.savings[i]! - m.costs[i]!));
			}
			return { package: pkg.id, label: pkg.label, share, removedMln };
		});

	const sumOf = (pick: (m: MeasureResult) => (number | null)[]) =>
		years.map((_, i) => measures.reduce((sum, m) => sum + (pick(m)[i] ?? 0), 0));
	const savings = sumOf((m) => m.savings);
	const costs = sumOf((m) => m.costs);
	const net = years.map((_, i) => savings[i]! - costs[i]!);
	const target = richtbedrag(dataset.maatregelen, years);

	return {
		scenario: scenario.id,
		years,
		extrapolated: years.map((year) => year > LAST_TABLE_YEAR),
		measures,
		totals: {
			savings,
			costs,
			net,
			cumulativeNet: runningSum(net),
			pmCount: years.map((_, i) => measures.filter((m) => m.pm[i]).length)
		},
		target,
		gap: target.map((t, i) => t - net[i]!),
		overlap
	};
}

function runningSum(values: readonly number[]): number[] {
	let sum = 0;
	return values.map((v) => (sum += v));
}
