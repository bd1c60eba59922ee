import type { Bedrag, Maatregel } from './types';
import { FIRST_YEAR, LAST_TABLE_YEAR } from './years';

/**
 * The printed amount of a measure in `year`. Before the first table year there is nothing (0);
 * after the last table year the amount stays at its 2028 level (extrapolation).
 */
export function printedAmount(maatregel: Maatregel, year: number): Bedrag {
	if (year < FIRST_YEAR) return 0;
	const index = Math.min(year, LAST_TABLE_YEAR) - FIRST_YEAR;
	const amount = maatregel.amounts[index];
	if (amount === undefined) throw new Error(`${maatregel.id}: geen bedrag voor ${year}`);
	return amount;
}

/** The printed full-effect (2028) amount, or PM. */
export function structuralAmount(maatregel: Maatregel): Bedrag {
	return printedAmount(maatregel, LAST_TABLE_YEAR);
}
