import { compileModel, type Model } from './model';
import type { Dataset, MeasureResult, Scenario, ScenarioResult } from './types';
import { LAST_TABLE_YEAR } from './years';

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
	const model = compileModel(dataset, scenario);
	return resultFor(model, model.base);
}

/**
 * The deterministic result of a compiled model for one input vector. The totals come from
 * `model.totals`, the very code the Monte Carlo runs per draw, so equal inputs give equal bits.
 */
export function resultFor(model: Model, values: Float64Array): ScenarioResult {
	const { years } = model;
	const n = years.length;
	const savingsTotal = new Float64Array(n);
	const costsTotal = new Float64Array(n);
	const measures: MeasureResult[] = [];
	const columns = Array.from(values, (v) => Float64Array.of(v));
	model.evaluator(1).run(columns, 1, { savings: savingsTotal, costs: costsTotal, stride: 1, offset: 0 }, (index, amount, lines) => {
		const info = model.measures[index]!;
		const pm = years.map((_, i) => Number.isNaN(amount[i]!));
		const extra = years.map((_, i) => lines.reduce((sum, line) => sum + line[i]!, 0));
		const savings = years.map((_, i) => (pm[i] ? null : Math.max(amount[i]!, 0)));
		const costs = years.map((_, i) => (pm[i] ? (extra[i] ? extra[i]! : null) : (amount[i]! < 0 ? -amount[i]! : 0) + extra[i]!));
		const m = info.maatregel;
		measures.push({
			id: m.id,
			code: m.code,
			name: m.name,
			table: m.table,
			savings,
			costs,
			net: savings.map((s, i) => (s === null ? null : s - costs[i]!)),
			pm,
			costLines: info.costLines.map((line, k) => ({ ...line, perYearMln: Array.from(lines[k]!.subarray(0, n)) }))
		});
	});

	const overlap = overlapOf(model, values, measures);

	const savings = Array.from(savingsTotal);
	const costs = Array.from(costsTotal);
	const net = years.map((_, i) => savings[i]! - costs[i]!);
	return {
		scenario: model.scenario.id,
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
		target: model.target,
		gap: model.target.map((t, i) => t - net[i]!),
		overlap
	};
}

/** Apply each package's overlap share to its members' savings (in place) and report what it removed. */
function overlapOf(model: Model, values: Float64Array, measures: MeasureResult[]): ScenarioResult['overlap'] {
	return model.packages
		.filter((pkg) => values[pkg.slot]! > 0)
		.map((pkg) => {
			const share = values[pkg.slot]!;
			const members = measures.filter((m) => pkg.measures.includes(m.id));
			const removedMln = model.years.map((_, i) => share * members.reduce((sum, m) => sum + (m.savings[i] ?? 0), 0));
			for (const m of members) {
				m.savings = m.savings.map((s) => (s === null ? null : s * (1 - share)));
				m.net = m.net.map((x, i) => (x === null ? null : m.savings[i]! - m.costs[i]!));
			}
			return { package: pkg.id, label: pkg.label, share, removedMln };
		});
}

function runningSum(values: readonly number[]): number[] {
	let sum = 0;
	return values.map((v) => (sum += v));
}
