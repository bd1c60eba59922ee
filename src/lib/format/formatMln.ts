import { PM, roundHalfAway, type Amount } from '../engine';

const MINUS = '\u2212';
/** What a formatter shows for a value that is no finite number. */
export const NOT_A_FIGURE = '—';
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/**
 * An amount in € mln as Dutch digits, with a real minus sign, rounded half away from zero. One
 * rule everywhere: a decimal only where it means something, below 100 mln (a tenth of a million
 * on 3.083 mln is noise next to the doubts in the sources): 1018 → "1.018", 3083,5 → "3.084",
 * 148,75 → "149", −47 → "−47", 33,333 → "33,3", 74,75 → "74,8", 0,04 → "0". PM stays "PM".
 */
export function formatAmount(value: Amount | null): string {
	if (value === PM || value === null) return PM;
	// nothing reaches the screen as NaN or ∞: such a value was refused at the edge, and shows as a dash if it ever arrives
	if (!Number.isFinite(value)) return NOT_A_FIGURE;
	const tenth = roundHalfAway(value, 1);
	const rounded = Math.abs(tenth) >= 100 ? roundHalfAway(value, 0) : tenth;
	const text = number.format(Math.abs(rounded));
	return rounded < 0 ? `${MINUS}${text}` : text;
}

/**
 * An amount in € mln as the house style writes it: "€ 1.018 mln", "€ −47 mln", "PM"; the € and
 * "mln" held to the number by no-break spaces, so a line never ends between them.
 */
export function formatMln(value: Amount | null): string {
	const amount = formatAmount(value);
	return amount === PM || amount === NOT_A_FIGURE ? amount : `€\u00a0${amount}\u00a0mln`;
}

/**
 * A measure's net in a year where its saving may be PM: the known part and "PM" after it, so a
 * row still shows the costs that are known in a PM year and the rows add up.
 *
 * @example formatKnown(-74.75, true) // '−74,8 + PM'
 * @example formatKnown(0, true) // 'PM'
 */
export function formatKnown(net: number, pm: boolean): string {
	if (!pm) return formatAmount(net);
	return roundHalfAway(net, 1) === 0 ? PM : `${formatAmount(net)} + ${PM}`;
}

/**
 * A cell of a measure table: "–" where the table printed a dash and the scenario leaves the cell
 * at 0, otherwise the known part as formatKnown writes it. An edit that gives the cell an amount
 * shows the amount, never the dash.
 *
 * @example formatMeasureCell(0, false, true) // '–'
 * @example formatMeasureCell(11.75, false, true) // '11,8'
 */
export function formatMeasureCell(net: number, pm: boolean, printedDash: boolean): string {
	return printedDash && !pm && net === 0 ? '–' : formatKnown(net, pm);
}
