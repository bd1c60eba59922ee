import { roundHalfAway } from './round';

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/**
 * An amount in € mln inside a warning, by the rule of formatMln (a decimal only below 100 mln; the
 * format module builds on the engine, not the other way): "€ −100 mln", "€ 33,3 mln".
 */
export function formatWarningMln(x: number): string {
	const tenth = roundHalfAway(x, 1);
	const rounded = Math.abs(tenth) >= 100 ? roundHalfAway(x, 0) : tenth;
	return `€\u00a0${rounded < 0 ? '\u2212' : ''}${number.format(Math.abs(rounded))}\u00a0mln`;
}
