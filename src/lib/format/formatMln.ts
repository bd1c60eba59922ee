import { PM, type Bedrag } from '../engine';

const MINUS = '\u2212';
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/**
 * An amount in € mln as Dutch digits, with a real minus sign: 1018 → "1.018", -47 → "−47",
 * 33.333 → "33,3". PM stays "PM".
 */
export function formatAmount(value: Bedrag | null): string {
	if (value === PM || value === null) return PM;
	const rounded = Math.round(value * 10) / 10;
	const text = number.format(Math.abs(rounded));
	return rounded < 0 ? `${MINUS}${text}` : text;
}

/**
 * An amount in € mln as the house style writes it: "€ 1.018 mln", "€ −47 mln", "PM".
 */
export function formatMln(value: Bedrag | null): string {
	const amount = formatAmount(value);
	return amount === PM ? PM : `€ ${amount} mln`;
}
