/**
 * How a legend entry shows what it names, drawn the same way as in the plot. Colours are CSS
 * values (`var(--besparing)`), dash patterns SVG dash arrays.
 */
export type LegendKey =
	/** A square: a bar or an area. `hatch` draws it hatched, `dash` gives its outline a dash. */
	| { kind: 'swatch'; fill: string; stroke?: string; dash?: string; hatch?: boolean }
	/** A line sample. */
	| { kind: 'line'; stroke: string; width: number; dash?: string }
	/** An open dot on a line. */
	| { kind: 'dot'; stroke: string }
	/** A whisker: a vertical line with a cap at both ends. */
	| { kind: 'whisker'; stroke: string }
	/** A vertical rule (the base line of a tornado). */
	| { kind: 'rule'; stroke: string };

/** One legend entry: its key and its label. */
export interface LegendItem {
	key: LegendKey;
	label: string;
}
