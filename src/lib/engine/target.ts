import { printedAmount } from './printedAmount';
import { PM, type Measure } from './types';

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
