/** The years printed in Tabel 1 and Tabel 2. */
export const TABLE_YEARS: readonly number[] = Object.freeze([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
export const FIRST_YEAR = 2022;
export const LAST_TABLE_YEAR = 2028;
/** The furthest horizon a scenario may ask for. */
export const MAX_HORIZON = 2035;

/**
 * The years from FIRST_YEAR up to and including `horizon`.
 * @example yearsUntil(2024) // [2022, 2023, 2024]
 */
export function yearsUntil(horizon: number): number[] {
	const years: number[] = [];
	for (let year = FIRST_YEAR; year <= horizon; year++) years.push(year);
	return years;
}
