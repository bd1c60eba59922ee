import { printedAmount } from './printedAmount';
import { PM, type Dataset, type Measure, type TargetStatus } from './types';

/**
 * The target (richtbedrag) per year: the sum of the Tabel 1 amounts as read, PM left out.
 * Financiën reads this series as the lower bound (ondergrens) of the savings. After 2028 it
 * stays at its 2028 level.
 *
 * @example tabel1Target(dataset.measures, [2022, 2026]) // [215, 962]
 */
export function tabel1Target(measures: readonly Measure[], years: readonly number[]): number[] {
	const tabel1 = measures.filter((m) => m.table === 1);
	return years.map((year) =>
		tabel1.reduce((sum, m) => {
			const amount = printedAmount(m, year);
			return amount === PM ? sum : sum + amount;
		}, 0)
	);
}

/** The target a result is set against unless another is chosen: Tabel 1. */
export const DEFAULT_TARGET = 'cvw-tabel-1';

/**
 * A target's amount and status per year: its own years, a layer added to its base, and after the
 * table years what it says (its last amount carries on, PM, or nothing known). An amount is null
 * where the target is PM or unknown; a layer on a base without an amount has none either.
 * Throws on an unknown id.
 *
 * @example targetSeries(dataset, 'ha-2023', [2024, 2026]).values // [374, 1000]
 */
export function targetSeries(dataset: Dataset, id: string, years: readonly number[]): { values: (number | null)[]; status: TargetStatus[] } {
	const target = dataset.targets.find((t) => t.id === id);
	if (!target) throw new Error(`onbekend doel "${id}"; kies ${dataset.targets.map((t) => t.id).join(', ')}`);
	const last = target.years.at(-1)!;
	const own = years.map((year): { amount: number | null; status: TargetStatus } => {
		const given = target.years.find((y) => y.year === year);
		if (given) return given;
		if (year < target.years[0]!.year) return { amount: null, status: 'onbekend' };
		if (target.after === 'blijft') return { amount: last.amount, status: last.status };
		return { amount: null, status: target.after };
	});
	if (!target.base) return { values: own.map((y) => y.amount), status: own.map((y) => y.status) };
	const base = targetSeries(dataset, target.base, years);
	return {
		values: own.map((y, i) => (y.amount === null || base.values[i] === null ? null : base.values[i]! + y.amount)),
		status: own.map((y, i) => (base.status[i] !== 'bedrag' ? base.status[i]! : y.status))
	};
}
