import { rampUp } from './rampUp';
import { PM, type Bedrag, type Maatregel, type MeasureOverride } from './types';
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

/**
 * A measure's amount per year (€ mln or PM) under a scenario's override.
 *
 * - No override: the table's own series, held at its 2028 level after 2028.
 * - `asPrinted` with `structuralMln`: the printed series scaled so that 2028 equals the new
 *   level (only where 2028 is a non-zero amount). `delay` shifts the printed series later.
 * - Any other curve: `structuralMln` (default: the printed 2028 amount) × the curve's fraction.
 *   When that level is PM, every year stays PM.
 *
 * @example measureSeries(b17, { curve: { kind: 'step', start: 2027 } }, [2026, 2027]) // [0, 300]
 */
export function measureSeries(
	maatregel: Maatregel,
	override: MeasureOverride | undefined,
	years: readonly number[]
): Bedrag[] {
	const curve = override?.curve ?? { kind: 'asPrinted' as const };
	if (curve.kind === 'asPrinted') {
		const delay = curve.delay ?? 0;
		const scale = printedScale(maatregel, override?.structuralMln);
		return years.map((year) => {
			const amount = printedAmount(maatregel, year - delay);
			return amount === PM ? PM : amount * scale;
		});
	}
	const level = override?.structuralMln ?? structuralAmount(maatregel);
	if (level === PM) return years.map(() => PM);
	return rampUp(curve, level, years);
}

function printedScale(maatregel: Maatregel, structuralMln: number | undefined): number {
	if (structuralMln === undefined) return 1;
	const printed = structuralAmount(maatregel);
	if (printed === PM || printed === 0) {
		throw new Error(
			`${maatregel.code ?? maatregel.id}: de tabel heeft geen structureel bedrag om te schalen; kies een curve`
		);
	}
	return structuralMln / printed;
}
