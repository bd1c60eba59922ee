import type { Distribution } from './distributions';

/**
 * Engine types. Money is € mln in constant prices ("budgettaire opbrengst", without volume growth
 * or indexation, document 004 L532) unless a name says otherwise. A printed positive amount is a
 * saving, a printed negative amount an invoeringskost; the engine keeps the two apart as lines.
 */

/** "Pro memorie": the measure counts, but no amount is set. Unknown, never zero. */
export const PM = 'PM' as const;
export type PM = typeof PM;

/** One cell of a table: an amount in € mln, or PM. */
export type Amount = number | PM;

/**
 * Where a figure comes from: a source document (id as in data/bronnen.csv) and the lines in it.
 * `line` is the first cited line; `lines`, where given, is every cited line in order (a range
 * 6932–6937 lists all six). For document `extern` (figures published elsewhere), `entry` names the
 * entry (E2) and `line` is its line in extern.md.
 */
export interface SourceRef {
	document: string;
	line: number;
	lines?: readonly number[];
	entry?: string;
}

/** A figure published outside the bundled documents (extern.md), with its address. */
export interface ExternEntry {
	/** E1 … E20 */
	id: string;
	/** Who published it and what, in short. */
	title: string;
	date: string;
	url: string;
	/** Government, parliament, VNG or CBS (primair), or news, blogs and copies (secundair). */
	primary: boolean;
	/** The entry's first line in extern.md. */
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
	/** Outside sources (extern.md) that support the reading. */
	support: readonly SourceRef[];
}

/** One row of Tabel 1 or Tabel 2 of the Commissie van Wijzen. */
export interface Measure {
	/** Stable id, e.g. "b17" or "kwaliteitsagenda". */
	id: string;
	/** The code as printed (e.g. "B17"), or null where the table gives none. */
	code: string | null;
	name: string;
	table: 1 | 2;
	werkgroep: string;
	source: SourceRef;
	/** Amounts for TABLE_YEARS, in € mln or PM. */
	amounts: readonly Amount[];
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
	/** Outside sources (extern.md) that state the same total. */
	confirmedBy: readonly SourceRef[];
}

export interface SourceDocument {
	id: string;
	file: string;
	title: string;
	date: string;
}

/** Everything the engine needs from data/, validated. */
export interface Dataset {
	measures: readonly Measure[];
	printedTotals: readonly PrintedTotal[];
	documents: readonly SourceDocument[];
	/** The entries of extern.md that the data cites. */
	extern: readonly ExternEntry[];
	assumptions: readonly Assumption[];
	/** Mechanisms by measure id. */
	mechanisms: Readonly<Record<string, Mechanism>>;
	packages: readonly MeasurePackage[];
	/** Savings that several measures share and that count once. */
	shared: readonly SharedSaving[];
	/** Named sets of default distributions (ids may start with `*.` for every measure); one is the default. */
	uncertaintySets: readonly UncertaintySet[];
	/** The targets and frames a result can be set against, in order of date (data/doelen.csv). */
	targets: readonly Target[];
	/**
	 * What the local view scales with and refers to (data/lokaal.csv): national totals, the CPB
	 * finding on local teams, the convenant's goal year. Same shape as an assumption, no measure.
	 */
	local: readonly Assumption[];
	/** Short hash of the data files, so a figure can name the data it was made on. */
	version: string;
}

/** A phase of the timetable the central assignment asks for (document 004 L638–639). */
export type TimetablePhaseId = 'a' | 'b' | 'c';

/**
 * What a fiche says of a phase: years (`jaren`), a duration or hedged year that we placed in
 * years (`afgeleid`: the years are our reading), the phase without years (`zonder-jaren`), or
 * nothing (`ontbreekt`; with a source where the fiche itself says it is missing).
 */
export type TimetableStatus = 'jaren' | 'afgeleid' | 'zonder-jaren' | 'ontbreekt';

export interface TimetablePhase {
	phase: TimetablePhaseId;
	status: TimetableStatus;
	/** First year of the phase; null without years. */
	from: number | null;
	/** Last year of the phase; null where it has no end in the source (or no years). */
	until: number | null;
	/** Where the fiche says it; null where it says nothing. */
	source: SourceRef | null;
}

/** A measure's timetable: its three phases a, b and c, in order. */
export interface Timetable {
	measure: string;
	phases: readonly TimetablePhase[];
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

/**
 * A scenario's change to one measure. The saving and the table's invoeringskosten are changed
 * apart: a level or curve of the saving never touches the costs, and a cost is never a saving.
 */
export interface MeasureOverride {
	/** Structural (full-effect) besparing in € mln, ≥ 0; default: the printed 2028 saving. */
	structuralMln?: number;
	/** Shape of the saving over time; default: the table's own series. */
	curve?: RampCurve;
	/**
	 * The table's invoeringskosten over 2022–2028 together, € mln ≥ 0 (B3: 227); the printed cost
	 * series scales with it. Only for a measure whose table row has costs.
	 */
	costsMln?: number;
	/**
	 * The saving as a PM post in every year: the measure counts, without an amount (the working
	 * group's advice for B17, document 004 L6775–6776). Its costs stay as they are. Not together
	 * with structuralMln or curve.
	 */
	pm?: true;
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
	/** The set of default distributions (UncertaintySet.id); the data's default without it. */
	uncertaintySet?: string;
}

/** What a cost line is: the table's own costs, costs outside the table, or costs elsewhere. */
export type CostRole = 'tabel' | 'invoering' | 'elders';

/**
 * One cost line of a measure per year (€ mln, ≥ 0):
 * - `tabel`: the negative cells of the table (B3 regionalisering, the kwaliteitsagenda); always in the net;
 * - `invoering`: invoeringskosten the table leaves out (B17 afbouw, B19 SPV's); in the net only where
 *   the scenario counts them (`counted`);
 * - `elders`: costs that move to another domain (B2's remaining half); never in the jeugd net.
 */
export interface CostLineResult {
	id: string;
	label: string;
	role: CostRole;
	/** Whether the line is in the measure's (and the scenario's) net. */
	counted: boolean;
	/** The source names the cost but gives no amount. */
	missing: boolean;
	/** Where the amount comes from; null: our assumption. */
	source: SourceRef | null;
	perYearMln: number[];
}

/**
 * One measure's contribution per year. In a year where the table's amount is PM (`pm`), the
 * saving is unknown and left out: `savings`, `costs` and `net` then hold the known part (costs
 * outside the table can be known in a PM year), so the rows always add up to the totals.
 */
export interface MeasureResult {
	id: string;
	code: string | null;
	name: string;
	table: 1 | 2;
	/** Known besparing after package overlap, ≥ 0 (0 where PM). */
	savings: number[];
	/** Invoeringskosten counted in the net, ≥ 0: the table's costs plus the counted lines outside it. */
	costs: number[];
	/** savings − costs: the measure's known net. */
	net: number[];
	/** The saving is PM in this year: counted as a measure, not as an amount. */
	pm: boolean[];
	/** Every cost line, counted or not: the table's costs, costs outside the table, costs elsewhere. */
	costLines: CostLineResult[];
}

export interface ScenarioTotals {
	/** Sum of known besparingen (PM left out, see pmCount). */
	savings: number[];
	/** Invoeringskosten counted in the net: tableCosts + outsideCostsCounted. */
	costs: number[];
	net: number[];
	cumulativeNet: number[];
	/** Number of selected measures that are PM in the year. */
	pmCount: number[];
	/** The table's own invoeringskosten (negative cells). */
	tableCosts: number[];
	/** Invoeringskosten outside the table, counted or not: always shown. */
	outsideCosts: number[];
	/** The part of outsideCosts this scenario counts in its net. */
	outsideCostsCounted: number[];
	/** Costs that move to another domain: shown next to the totals, never in them. */
	elsewhere: number[];
}

export interface ScenarioResult {
	scenario: string;
	years: number[];
	/** True for years after the last table year (a printed series holds its 2028 level there). */
	extrapolated: boolean[];
	measures: MeasureResult[];
	totals: ScenarioTotals;
	/** Richtbedrag: the Tabel 1 series as read (Financiën's ondergrens), PM left out. */
	/** The target the result is set against (data/doelen.csv), and per year what it says. */
	targetId: string;
	targetStatus: TargetStatus[];
	/** The target per year in € mln; null where it is PM or not known. */
	target: (number | null)[];
	/** target − net: positive is a shortfall still to be found, negative a surplus; null without a target. */
	gap: (number | null)[];
	/** Savings removed per year because measures in a package overlap (share > 0 only). */
	overlap: { package: string; label: string; share: number; removedMln: number[] }[];
	/** What the figures rest on that a reader must know (Dutch), e.g. a saving counted twice. */
	warnings: string[];
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
	/** Why this distribution, in our words. */
	note: string;
	/** A timing input that follows the shared uitvoeringstempo (samenhang.tempo). */
	tempo: boolean;
}

/** What a target says for a year: an amount, PM (named, without a number), or nothing known. */
export type TargetStatus = 'bedrag' | 'pm' | 'onbekend';

/** One year of a target, as its source gives it. */
export interface TargetYear {
	year: number;
	/** € mln; null for PM or unknown. */
	amount: number | null;
	status: TargetStatus;
	source: SourceRef;
	note: string;
}

/**
 * A target (doel) or frame (kader) that followed the Commissie van Wijzen, or a layer on top of
 * another target (the coalition's € 511 mln on the Hervormingsagenda).
 */
export interface Target {
	id: string;
	name: string;
	/** A short label for legends and tables. */
	short: string;
	/** When it was agreed or published: 2023-06, 2025-01-30. */
	date: string;
	kind: 'doel' | 'laag' | 'kader';
	/** For a layer: the target it lies on; its years are added to that target's. */
	base: string | null;
	/** After the last table year: the last amount carries on, PM, or nothing known. */
	after: 'blijft' | 'pm' | 'onbekend';
	source: SourceRef;
	/** The outside sources (extern.md) behind it. */
	extern: readonly SourceRef[];
	note: string;
	/** Where sources disagree, in our words; empty when they do not. */
	conflict: string;
	/** The table years, each with its amount or status (a layer: its own part). */
	years: readonly TargetYear[];
}

/** A named set of default distributions, chosen per scenario (`Scenario.uncertaintySet`). */
export interface UncertaintySet {
	id: string;
	name: string;
	/** What the set holds and why, in our words. */
	note: string;
	isDefault: boolean;
	inputs: readonly UncertainInput[];
}

/**
 * How an assumption's value is grounded: a source states it (`bron`), it is the table's own
 * figure or timing (`tabel`), our choice (`aanname`), or chosen so the default gives the table's
 * amount (`gekalibreerd`).
 */
export type AssumptionStatus = 'bron' | 'tabel' | 'aanname' | 'gekalibreerd';

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
 * A cost line of a mechanism (€ mln, ≥ 0), placed in time by its kind:
 * - `eenmalig`: a total spread evenly over the years `from` … `until` (years before 2022 move to
 *   2022, so the total stays);
 * - `jaarlijks`: the amount every year from `from` (until `until`, if given);
 * - `reeks`: a share of the measure's saving (before package overlap), so it follows the saving in
 *   level, shape and timing: `amount` is the ratio (B2's remaining half: restaandeel / (1 − restaandeel)).
 * `role` says where it counts: `invoering` in the net when the switch `counted` (an assumption
 * of the measure, 0 or 1) is on; `elders` never (a cost in another domain).
 */
export interface CostLine {
	id: string;
	label: string;
	kind: 'eenmalig' | 'jaarlijks' | 'reeks';
	role: 'invoering' | 'elders';
	/** € mln (eenmalig: the total; jaarlijks: per year), or for `reeks` the ratio to the saving. */
	amount: CompiledFormula;
	/** Unused by `reeks`. */
	from: CompiledFormula | null;
	until: CompiledFormula | null;
	/** Name (after the dot) of the switch that counts an `invoering` line in the net; null for `elders`. */
	counted: string | null;
	/** True where the source names the cost but gives no amount. */
	missing: boolean;
	/** Where the amount comes from; null: our assumption. */
	source: SourceRef | null;
}

/**
 * Measures that share one saving (B5 and B23: lower coordination costs, document 004 L3692–3693):
 * the saving counts once, at `countedAt`; an amount at another member is a double count.
 */
export interface SharedSaving {
	id: string;
	label: string;
	measures: readonly string[];
	countedAt: string;
	source: SourceRef;
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
