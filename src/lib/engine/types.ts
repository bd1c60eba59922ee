/**
 * Engine types. Money is € mln (nominal, "budgettaire opbrengst") unless a name says otherwise.
 * A positive amount is a saving for the Rijk/gemeenten, a negative amount a cost.
 */

/** "Pro memorie": the measure counts, but no amount is set. Unknown, never zero. */
export const PM = 'PM' as const;
export type PM = typeof PM;

/** One cell of a table: an amount in € mln, or PM. */
export type Bedrag = number | PM;

/** Where a figure comes from: a source document (id as in data/bronnen.csv) and a line in it. */
export interface SourceRef {
	document: string;
	line: number;
}

/** A cell whose OCR reading is doubtful, with the reading we chose and why. */
export interface Doubt {
	year: number;
	/** The cell as the OCR printed it. */
	printed: string;
	/** The value we use, in € mln. */
	readMln: number;
	source: SourceRef;
	note: string;
}

/** One row of Tabel 1 or Tabel 2 of the Commissie van Wijzen. */
export interface Maatregel {
	/** Stable id, e.g. "b17" or "kwaliteitsagenda". */
	id: string;
	/** The code as printed (e.g. "B17"), or null where the table gives none. */
	code: string | null;
	name: string;
	table: 1 | 2;
	werkgroep: string;
	source: SourceRef;
	/** Amounts for TABLE_YEARS, in € mln or PM. */
	amounts: readonly Bedrag[];
	/** True where the table printed a dash or nothing (the amount is then 0, not PM). */
	printedDash: readonly boolean[];
	doubts: readonly Doubt[];
	note: string;
}

/** A column total as printed under a table. */
export interface PrintedTotal {
	table: 1 | 2;
	year: number;
	/** The text as printed ("1.057", "2-*27"), or "" where nothing is printed. */
	printed: string;
	/** Our reading in € mln, or null where nothing legible is printed. */
	valueMln: number | null;
	source: SourceRef;
	note: string;
}

export interface SourceDocument {
	id: string;
	file: string;
	title: string;
	date: string;
}

/** Everything the engine needs from data/, validated. */
export interface Dataset {
	maatregelen: readonly Maatregel[];
	printedTotals: readonly PrintedTotal[];
	documents: readonly SourceDocument[];
	/** Short hash of the data files, so a figure can name the data it was made on. */
	version: string;
}

/**
 * A ramp-up curve: the fraction (0…1) of a structural amount that is realised in a year.
 * `start` is the first year with any effect, `full` the first year at full effect.
 * `delay` (years, ≥ 0) shifts the whole curve later, e.g. for a change of the law.
 */
export type RampCurve =
	| { kind: 'asPrinted'; delay?: number }
	| { kind: 'linear'; start: number; full: number; delay?: number }
	| { kind: 'logistic'; start: number; full: number; steepness?: number; delay?: number }
	| { kind: 'step'; start: number; delay?: number }
	| { kind: 'custom'; from: number; fractions: readonly number[]; delay?: number };

/** A scenario's change to one measure. */
export interface MeasureOverride {
	/** Structural (full-effect) amount in € mln; default: the printed 2028 amount. */
	structuralMln?: number;
	/** Shape over time; default: the table's own series. */
	curve?: RampCurve;
}

/** A selection of measures plus per-measure overrides. */
export interface Scenario {
	id: string;
	name: string;
	description: string;
	/** Ids of the selected maatregelen. */
	measures: readonly string[];
	overrides: Readonly<Record<string, MeasureOverride>>;
	/** Last year of the result (2028 … 2035). */
	horizon: number;
}

/** One measure's contribution per year. `null` where the amount is PM. */
export interface MeasureResult {
	id: string;
	code: string | null;
	name: string;
	table: 1 | 2;
	/** besparing, ≥ 0 */
	savings: (number | null)[];
	/** invoeringskosten, ≥ 0 */
	costs: (number | null)[];
	net: (number | null)[];
	pm: boolean[];
}

export interface ScenarioTotals {
	/** Sum of known besparingen (PM left out, see pmCount). */
	savings: number[];
	/** Sum of known invoeringskosten. */
	costs: number[];
	net: number[];
	cumulativeNet: number[];
	/** Number of selected measures that are PM in the year. */
	pmCount: number[];
}

export interface ScenarioResult {
	scenario: string;
	years: number[];
	/** True for years after the last table year: amounts are held at their 2028 level. */
	extrapolated: boolean[];
	measures: MeasureResult[];
	totals: ScenarioTotals;
	/** Richtbedrag: the Tabel 1 series as printed (Financiën's ondergrens), PM left out. */
	target: number[];
	/** target − net: positive is a shortfall still to be found, negative a surplus. */
	gap: number[];
}
