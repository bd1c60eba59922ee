import { describeDistribution, type Distribution } from '../engine';

const number = (x: number, digits = 2) => x.toLocaleString('nl-NL', { maximumFractionDigits: digits });

/**
 * An input's value with its unit, as the page writes it: fractions as percentages, euros with
 * thousands dots, years plain, a level factor with ×, a switch as aan/uit.
 *
 * @example formatInput('fractie', 0.25) // '25 %'
 * @example formatInput('euro', 60000) // '€ 60.000'
 */
export function formatInput(unit: string, value: number): string {
	switch (unit) {
		case 'fractie':
			return `${number(value * 100, 1)} %`;
		case 'euro':
			return `€ ${number(value, 0)}`;
		case 'mln':
			return `€ ${number(value, 1)} mln`;
		case 'jaar':
			return String(Math.round(value));
		case 'jaren':
			return `${number(value, 1)} jaar`;
		case 'factor':
			return `× ${number(value, 2)}`;
		case 'schakelaar':
			return value >= 0.5 ? 'aan' : 'uit';
		case 'kinderen':
			return `${number(value, 0)} kinderen`;
		default:
			return number(value);
	}
}

/**
 * A distribution in short Dutch with the input's unit on every number.
 * @example describeInputDistribution('fractie', { kind: 'driehoek', min: 0.1, modus: 0.25, max: 0.3 }) // 'driehoek 10 % – 25 % – 30 %'
 */
export function describeInputDistribution(unit: string, distribution: Distribution): string {
	// a switch drawn as a keuze reads better as 0/1 than as aan/uit chances
	return describeDistribution(distribution, (x) => (unit === 'schakelaar' ? String(x) : formatInput(unit, x)));
}
