const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** An amount in € mln inside a warning: "€ −100 mln" (the format module builds on the engine, not the other way). */
export function formatWarningMln(x: number): string {
	return `€ ${x < 0 ? '\u2212' : ''}${number.format(Math.abs(x))} mln`;
}
