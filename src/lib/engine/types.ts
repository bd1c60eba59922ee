import type { Distribution } from './distributions';

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
	assumptions: readonly Assumption[];
	/** Mechanisms by measure id. */
	mechanisms: Readonly<Record<string, Mechanism>>;
	packages: readonly MeasurePackage[];
	/** Default distributions of the uncertain inputs (ids may start with `*.` for every measure). */
	uncertainty: readonly UncertainInput[];
	/**
	 * What the local view scales with and refers to (data/lokaal.csv): national totals, the CPB
	 * finding on local teams, the convenant's goal year. Same shape as an assumption, no measure.
	 */
	local: readonly Assumption[];
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
	/** Assumption values that differ from their default, by assumption id. */
	assumptions: Readonly<Record<string, number>>;
	/** Why a value was chosen, by assumption or measure id (plain Dutch, with its source). */
	notes: Readonly<Record<string, string>>;
	/** Last year of the result (2028 … 2035). */
	horizon: number;
	/**
	 * Distributions that differ from the data's defaults, by input id; null switches an input's
	 * uncertainty off.
	 */
	distributions?: Readonly<Record<string, Distribution | null>>;
	/** The preset this scenario was made from: the "before" of its changes. */
	basedOn?: string;
	/** The data version (Dataset.version) the scenario was made on. */
	dataVersion?: string;
	/** Monte Carlo draws and seed that reproduce its bands. */
	runs?: number;
	seed?: number;
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
	/** Invoeringskosten lines from the measure's mechanism (already included in `costs`). */
	costLines: { id: string; label: string; perYearMln: number[]; missing: boolean }[];
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
	/** Savings removed per year because measures in a package overlap (share > 0 only). */
	overlap: { package: string; label: string; share: number; removedMln: number[] }[];
}

/** How a default range is grounded: wholly from a source, partly, or our own assumption. */
export type UncertaintyStatus = 'bron' | 'deels' | 'aanname';

/** The default distribution of one uncertain input, with where its range comes from. */
export interface UncertainInput {
	/** An input id (`b17.kinderen`, `b2.schaal`) or a fallback for every measure (`*.schaal`). */
	id: string;
	/** null: this input carries no uncertainty. */
	distribution: Distribution | null;
	status: UncertaintyStatus;
	source: SourceRef | null;
	note: string;
}

/** How an assumption's value is grounded. */
export type AssumptionStatus = 'bron' | 'aanname' | 'gekalibreerd';

/** A named input a user can change, with its source or the reason it is our own. */
export interface Assumption {
	/** `<maatregel>.<name>`, e.g. "b17.kinderen"; formulas use the part after the dot. */
	id: string;
	/** The measure it belongs to, or null for a package-level assumption. */
	measure: string | null;
	label: string;
	/** kinderen, fractie, euro, mln, jaar, jaren, aantal or schakelaar (0/1). */
	unit: string;
	defaultValue: number;
	min: number;
	max: number;
	step: number;
	status: AssumptionStatus;
	source: SourceRef | null;
	note: string;
}

/** A compiled formula over a measure's assumptions (made by compileFormula in formula.ts). */
export interface CompiledFormula {
	readonly text: string;
	/** The assumption names the formula reads. */
	readonly symbols: readonly string[];
	/** Evaluate with a value for every symbol; throws FormulaError unless the result is a finite number. */
	evaluate(scope: Readonly<Record<string, number>>): number;
	/**
	 * The formula over blocks of `size` draws: symbol `name` is read from `columns[slotOf(name)]`,
	 * the result is a buffer the evaluator owns (valid until its next call). For hot loops: no
	 * checks, no allocation; the caller checks finiteness.
	 */
	bindBlock(slotOf: (name: string) => number, size: number): (columns: readonly Float64Array[], n: number) => Float64Array;
}

/** A ramp curve whose parameters are formulas. */
export type CurveSpec =
	| { kind: 'asPrinted'; delay?: CompiledFormula }
	| { kind: 'linear' | 'logistic'; start: CompiledFormula; full: CompiledFormula; delay?: CompiledFormula }
	| { kind: 'step'; start: CompiledFormula; delay?: CompiledFormula };

/**
 * An invoeringskosten line of a mechanism (€ mln, ≥ 0). `eenmalig`: a total spread evenly over
 * the years `from` … `until` (from 2022 on); `jaarlijks`: the amount every year from `from`
 * (until `until`, if given).
 */
export interface CostLine {
	id: string;
	label: string;
	kind: 'eenmalig' | 'jaarlijks';
	amount: CompiledFormula;
	from: CompiledFormula;
	until: CompiledFormula | null;
	/** True where the source names the cost but gives no amount. */
	missing: boolean;
}

/** How a measure's amount arises from its assumptions. */
export interface Mechanism {
	measure: string;
	/** Plain-Dutch explanation of the mechanism. */
	explanation: string;
	/** The structural (full-effect) amount, € mln; null keeps the table's level. */
	structural: CompiledFormula | null;
	curve: CurveSpec | null;
	costs: readonly CostLine[];
}

/** Measures aimed at the same children whose savings may overlap. */
export interface MeasurePackage {
	id: string;
	label: string;
	measures: readonly string[];
	/** Id of the assumption holding the overlap share (0…1). */
	overlap: string;
}
