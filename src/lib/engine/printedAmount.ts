import type { Amount, Measure } from './types';
import { FIRST_YEAR, LAST_TABLE_YEAR } from './years';

/**
 * The printed amount of a measure in `year`. Before the first table year there is nothing (0);
 * after the last table year the amount stays at its 2028 level (extrapolation).
 */
export function printedAmount(measure: Measure, year: number): Amount {
	if (year < FIRST_YEAR) return 0;
	const index = Math.min(year, LAST_TABLE_YEAR) - FIRST_YEAR;
	const amount = measure.amounts[index];
	if (amount === undefined) throw new Error(`${measure.id}: geen bedrag voor ${year}`);
	return amount;
}

/** The printed full-effect (2028) amount, or PM. */
export function structuralAmount(measure: Measure): Amount {
	return printedAmount(measure, LAST_TABLE_YEAR);
}
