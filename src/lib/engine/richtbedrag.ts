import { printedAmount } from './printedAmount';
import { PM, type Maatregel } from './types';

/**
 * The richtbedrag per year: the sum of the Tabel 1 amounts as printed, PM left out.
 * Financiën reads this series as the lower bound (ondergrens) of the savings. After 2028 it
 * stays at its 2028 level.
 *
 * @example richtbedrag(dataset.maatregelen, [2022, 2026]) // [215, 962]
 */
export function richtbedrag(maatregelen: readonly Maatregel[], years: readonly number[]): number[] {
	const tabel1 = maatregelen.filter((m) => m.table === 1);
	return years.map((year) =>
		tabel1.reduce((sum, m) => {
			const amount = printedAmount(m, year);
			return amount === PM ? sum : sum + amount;
		}, 0)
	);
}
