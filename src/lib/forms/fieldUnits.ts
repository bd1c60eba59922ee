/** The units a typed number can have on screen: a fraction is shown and typed as a percentage. */
export type FieldUnit = 'aantal' | 'kinderen' | 'euro' | 'mln' | 'procent' | 'jaar' | 'jaren';

/** What follows the label of a field, in brackets. */
export const UNIT_SUFFIX: Record<FieldUnit, string> = { aantal: '', kinderen: 'kinderen', euro: '€', mln: '€ mln', procent: '%', jaar: '', jaren: 'jaar' };

/** The field unit of an assumption's unit (aannames.csv): fractions as percentages. */
export function fieldUnit(unit: string): FieldUnit {
	if (unit === 'fractie') return 'procent';
	return (['aantal', 'kinderen', 'euro', 'mln', 'jaar', 'jaren'] as const).find((u) => u === unit) ?? 'aantal';
}

/**
 * A value as a field shows it, so that the field reads back the same value: thousands with dots,
 * a decimal comma, up to four decimals; a percentage field shows its fraction × 100; a year plain.
 *
 * @example formatNumber('kinderen', 10000) // '10.000'
 * @example formatNumber('procent', 0.25) // '25'
 */
export function formatNumber(unit: FieldUnit, value: number): string {
	if (unit === 'jaar') return String(value);
	const shown = unit === 'procent' ? value * 100 : value;
	return Number(shown.toPrecision(12)).toLocaleString('nl-NL', { maximumFractionDigits: 4 });
}

/**
 * A value with its unit as a sentence writes it: "€ 60.000", "€ 295 mln", "25 %", "20.000 kinderen", "2026".
 * @example formatWithUnit('euro', 60000) // '€ 60.000'
 */
export function formatWithUnit(unit: FieldUnit, value: number): string {
	const n = formatNumber(unit, value);
	switch (unit) {
		case 'euro':
			return `€\u00a0${n}`;
		case 'mln':
			return `€\u00a0${n}\u00a0mln`;
		case 'procent':
			return `${n}\u00a0%`;
		case 'aantal':
		case 'jaar':
			return n;
		default:
			return `${n}\u00a0${UNIT_SUFFIX[unit]}`;
	}
}
