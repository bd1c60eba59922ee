import { describeDistribution, type Distribution } from '../engine';

/**
 * The one vocabulary of units on screen. The data's units (aannames.csv: kinderen, fractie, euro,
 * mln, jaar, jaren, aantal, schakelaar; the model's factor) map onto these field units, and every
 * value is written from here: in a field (formatNumber, read back the same by parseNumber), in a
 * sentence (formatWithUnit) and for an input of the model (formatInput).
 */

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
export function formatWithUnit(unit: FieldUnit, value: number, digits = 4): string {
	const n = unit === 'jaar' ? formatNumber(unit, value) : (unit === 'procent' ? value * 100 : value).toLocaleString('nl-NL', { maximumFractionDigits: digits });
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

/** Decimals worth showing per unit in a sentence: none for euros and counts, one for percentages and € mln. */
const DIGITS: Partial<Record<FieldUnit, number>> = { euro: 0, kinderen: 0, procent: 1, mln: 1, jaren: 1 };

/**
 * An input's value with its unit, as the page writes it in a sentence or table: fractions as
 * percentages, euros with thousands dots, years plain, a level factor with ×, a switch as aan/uit.
 *
 * @example formatInput('fractie', 0.25) // '25 %'
 * @example formatInput('euro', 60000) // '€ 60.000'
 */
export function formatInput(unit: string, value: number): string {
	if (unit === 'factor') return `×\u00a0${value.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}`;
	if (unit === 'schakelaar') return value >= 0.5 ? 'aan' : 'uit';
	const field = fieldUnit(unit);
	return formatWithUnit(field, value, DIGITS[field] ?? 2);
}

/**
 * A distribution in short Dutch with the input's unit on every number.
 * @example describeInputDistribution('fractie', { kind: 'driehoek', min: 0.1, modus: 0.25, max: 0.3 }) // 'driehoek 10 % – 25 % – 30 %'
 */
export function describeInputDistribution(unit: string, distribution: Distribution): string {
	// a switch drawn as a keuze reads better as 0/1 than as aan/uit chances
	return describeDistribution(distribution, (x) => (unit === 'schakelaar' ? String(x) : formatInput(unit, x)));
}
