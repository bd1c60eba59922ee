import { assumptionValues } from './assumptionValues';
import { FormulaError, type BlockFormula } from './formula';
import { rampFraction, shapeFraction } from './rampUp';
import { printedAmount } from './printedAmount';
import { richtbedrag } from './richtbedrag';
import { PM, type CompiledFormula, type Dataset, type Maatregel, type RampCurve, type Scenario } from './types';
import { FIRST_YEAR, LAST_TABLE_YEAR, yearsUntil } from './years';

/**
 * Inputs every selected measure gets besides its assumptions: `schaal`, a factor on its level
 * (1 = the table), and `verschuiving`, whole years its series moves later (0 = the table).
 */
export const MEASURE_INPUTS = ['schaal', 'verschuiving'] as const;

/** One number the model reads: an assumption, or a measure's level factor or timing shift. */
export interface ModelInput {
	/** `b17.kinderen`, `overlap.reikwijdte`, `b12.schaal`, `b12.verschuiving` */
	id: string;
	label: string;
	/** The measure it belongs to, or null for a package-level assumption. */
	measure: string | null;
	kind: 'aanname' | (typeof MEASURE_INPUTS)[number];
	/** Unit as in aannames.csv; `factor` for schaal, `jaren` for verschuiving. */
	unit: string;
	/** The scenario's value: what the deterministic run uses. */
	value: number;
	/** Drawn values are kept within [min, max] … */
	min: number;
	max: number;
	/** … and rounded where the input counts whole years or is a switch. */
	whole: boolean;
}

/** What the model says about one selected measure. */
export interface MeasureInfo {
	maatregel: Maatregel;
	costLines: readonly { id: string; label: string; missing: boolean }[];
	/** Package overlap: the measure's savings are multiplied by (1 − value of each slot). */
	overlapSlots: readonly number[];
}

/** A scenario compiled once, then evaluated for one input vector (deterministic) or 100 000 (Monte Carlo). */
export interface Model {
	scenario: Scenario;
	years: number[];
	inputs: ModelInput[];
	/** Slot of an input id, or −1. */
	slotOf(id: string): number;
	/** The scenario's input values, in slot order. */
	base: Float64Array;
	measures: MeasureInfo[];
	/** Packages whose overlap share is an input. */
	packages: { id: string; label: string; slot: number; measures: readonly string[] }[];
	target: number[];
	/** An evaluator for blocks of up to `size` draws, with its own buffers. */
	evaluator(size: number): Evaluator;
}

/**
 * Evaluates the model for a block of draws. `columns[slot][i]` is input `slot` in draw i.
 * Totals go to `savings[y * stride + offset + i]` and `costs[…]`, summed over the measures in
 * the data's order; the deterministic run is the same code with a block of one, so equal inputs
 * give equal bits. `onMeasure` sees each measure's net amount (`amount[y * size + i]`, NaN
 * where PM) and cost lines, for the detail of a deterministic run.
 */
export interface Evaluator {
	size: number;
	run(
		columns: readonly Float64Array[],
		n: number,
		out: { savings: Float64Array; costs: Float64Array; stride: number; offset: number },
		onMeasure?: (index: number, amount: Float64Array, lines: readonly Float64Array[]) => void
	): void;
}

/** Driver results are rounded to 1e-6 € mln (one euro), so 0,29 − 0,25 gives exactly 4 %. */
export const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

const WHOLE_UNITS = new Set(['jaar', 'jaren', 'schakelaar']);
const SHIFT_RANGE = { min: -3, max: 7 };

/** How a measure's series is shaped, decided once when the model is compiled. */
type Shape =
	| { kind: 'asPrinted'; delay: BlockFormula | number }
	| { kind: 'ramp'; curve: Exclude<RampCurve, { kind: 'asPrinted' }> }
	| { kind: 'formulaRamp'; ramp: 'step' | 'linear' | 'logistic'; start: BlockFormula; full: BlockFormula | null; delay: BlockFormula | number };

interface Kernel {
	info: MeasureInfo;
	printedAt: Float64Array;
	printed2028: number;
	/** The structural level per draw (rounded to 1e-6), or null: the table's own level. */
	structural: BlockFormula | null;
	/** The level when `structural` is null: the scenario's override or the printed 2028 amount. */
	level: number;
	/** As printed with a fixed level: level / printed 2028 (1 without an override). */
	fixedScale: number;
	shape: Shape;
	scaleSlot: number;
	shiftSlot: number;
	lines: { kind: 'eenmalig' | 'jaarlijks'; amount: BlockFormula; from: BlockFormula; until: BlockFormula | null }[];
	/** Per-draw buffers for years that are fixed numbers. */
	fixed: Float64Array;
	/** PM in every table year: the measure never adds to a total. */
	allPm: boolean;
	/** The measure's rows by delay (as printed) or by start, full and delay years (a ramp). */
	cache: RowCache;
	/** Per draw of a block: its row and the factor on it. */
	rows: Row[];
	factor: Float64Array;
}

/**
 * Compile a scenario into a model: every input gets a slot, every formula a vectorised
 * evaluator over the slots. Throws on an unknown measure or an override that cannot apply.
 *
 * @example compileModel(dataset, preset).inputs.find((i) => i.id === 'b17.kinderen')?.value // 20000
 */
export function compileModel(dataset: Dataset, scenario: Scenario): Model {
	const years = yearsUntil(scenario.horizon);
	const byId = new Map(dataset.maatregelen.map((m) => [m.id, m]));
	const chosen = new Set(scenario.measures);
	for (const id of chosen) if (!byId.has(id)) throw new Error(`Onbekende maatregel in scenario ${scenario.id}: ${id}`);
	// Always in the data's order, so the totals do not depend on how a scenario lists its measures.
	const selected = dataset.maatregelen.filter((m) => chosen.has(m.id));
	const inputs: ModelInput[] = [];
	const values = assumptionValues(dataset, scenario);
	for (const a of dataset.assumptions) {
		if (a.measure !== null && !chosen.has(a.measure)) continue;
		const value = values.get(a.id)!;
		const owner = a.measure === null ? undefined : byId.get(a.measure);
		const label = owner ? `${owner.code ?? owner.name}: ${a.label}` : a.label;
		inputs.push({ id: a.id, label, measure: a.measure, kind: 'aanname', unit: a.unit, value, min: a.min, max: a.max, whole: WHOLE_UNITS.has(a.unit) });
	}
	for (const m of selected) {
		const name = m.code ?? m.name;
		inputs.push({ id: `${m.id}.schaal`, label: `${name}: niveau t.o.v. de tabel`, measure: m.id, kind: 'schaal', unit: 'factor', value: 1, min: 0, max: Infinity, whole: false });
		inputs.push({ id: `${m.id}.verschuiving`, label: `${name}: jaren later dan de tabel`, measure: m.id, kind: 'verschuiving', unit: 'jaren', value: 0, ...SHIFT_RANGE, whole: true });
	}
	const slots = new Map(inputs.map((input, i) => [input.id, i]));
	const slotOf = (id: string) => slots.get(id) ?? -1;
	const packages = dataset.packages
		.map((p) => ({ id: p.id, label: p.label, slot: slotOf(p.overlap), measures: p.measures }))
		.filter((p) => p.slot >= 0);
	const measures: MeasureInfo[] = selected.map((m) => {
		const mechanism = Object.hasOwn(dataset.mechanisms, m.id) ? dataset.mechanisms[m.id] : undefined;
		return {
			maatregel: m,
			costLines: (mechanism?.costs ?? []).map((line) => ({ id: line.id, label: line.label, missing: line.missing })),
			overlapSlots: packages.filter((p) => p.measures.includes(m.id)).map((p) => p.slot)
		};
	});
	// Compiled now, so an override that cannot apply fails here, not at the first draw; reused for single runs.
	const single = measures.map((info) => compileKernel(dataset, scenario, info, slotOf, 1, years));

	return {
		scenario,
		years,
		inputs,
		slotOf,
		base: Float64Array.from(inputs, (input) => input.value),
		measures,
		packages,
		target: richtbedrag(dataset.maatregelen, years),
		evaluator(size) {
			const kernels = size === 1 ? single : measures.map((info) => compileKernel(dataset, scenario, info, slotOf, size, years));
			const nYears = years.length;
			const amount = new Float64Array(nYears * size);
			const lines = Array.from({ length: Math.max(0, ...kernels.map((k) => k.lines.length)) }, () => new Float64Array(nYears * size));
			// Block totals draw by draw (`[i * nYears + y]`), so one draw's years lie together in the cache;
			// `tail…[i * nYears + c]` holds amounts that apply from year c to the horizon.
			const sums = { savings: new Float64Array(nYears * size), costs: new Float64Array(nYears * size), tailSavings: new Float64Array(nYears * size), tailCosts: new Float64Array(nYears * size) };
			return {
				size,
				run(columns, n, out, onMeasure) {
					sums.savings.fill(0);
					sums.costs.fill(0);
					sums.tailSavings.fill(0);
					sums.tailCosts.fill(0);
					kernels.forEach((kernel, index) => {
						if (onMeasure) {
							fillAmounts(kernel, columns, n, years, size, amount);
							kernel.lines.forEach((line, k) => fillCostLine(line, columns, n, years, size, lines[k]!));
							onMeasure(index, amount, lines.slice(0, kernel.lines.length));
						}
						if (!kernel.allPm) addMeasure(kernel, columns, n, years, sums); // PM adds nothing
					});
					const { savings, costs, tailSavings, tailCosts } = sums;
					for (let i = 0; i < n; i++) {
						const at = i * nYears;
						let s = 0;
						let c = 0;
						for (let y = 0; y < nYears; y++) {
							s += tailSavings[at + y]!;
							c += tailCosts[at + y]!;
							const to = y * out.stride + out.offset + i;
							out.savings[to] = savings[at + y]! + s;
							out.costs[to] = costs[at + y]! + c;
						}
					}
				}
			};
		}
	};
}

/** A measure's series shape for one draw: a row per year, and the year index from which it no longer changes. */
interface Row {
	/** Printed amounts in (year − delay) for as printed (NaN where PM); the realised fraction for a ramp. */
	values: Float64Array;
	/** Index of the first year from which every value equals the last one. */
	flatFrom: number;
}

function rowFrom(values: Float64Array): Row {
	const last = values[values.length - 1];
	let flatFrom = values.length - 1;
	while (flatFrom > 0 && Object.is(values[flatFrom - 1], last)) flatFrom--;
	return { values, flatFrom: Math.max(0, flatFrom) };
}

/** Rows by an integer key (a delay, or start, full and delay years): the few distinct shapes a block meets are built once. */
class RowCache {
	private readonly rows = new Map<number, Row | Map<number, Row | Map<number, Row>>>();
	constructor(private readonly build: (a: number, b: number, c: number) => Float64Array) {}

	get(a: number, b = 0, c = 0): Row {
		let byA = this.rows.get(a) as Map<number, Map<number, Row>> | undefined;
		if (!byA) this.rows.set(a, (byA = new Map()));
		let byB = byA.get(b);
		if (!byB) byA.set(b, (byB = new Map()));
		let row = byB.get(c);
		if (!row) byB.set(c, (row = rowFrom(this.build(a, b, c))));
		return row;
	}
}

/**
 * Per draw of a block: the measure's row and the factor its row is multiplied by (level / printed
 * 2028 as printed, the level for a ramp). The amount in year y is `row[y] × factor × schaal`.
 */
function shapeOf(k: Kernel, columns: readonly Float64Array[], n: number): { rows: Row[]; factor: Float64Array } {
	const shift = columns[k.shiftSlot]!;
	const levels = k.structural ? k.structural(columns, n) : null;
	const { rows, factor, shape } = k;
	if (shape.kind === 'asPrinted') {
		const delay = yearsOf(shape.delay, columns, n, k.fixed);
		for (let i = 0; i < n; i++) {
			rows[i] = k.cache.get(delay[i]! + shift[i]!);
			factor[i] = levels ? levels[i]! / k.printed2028 : k.fixedScale;
		}
	} else if (shape.kind === 'ramp') {
		for (let i = 0; i < n; i++) {
			rows[i] = k.cache.get(shift[i]!);
			factor[i] = levels ? levels[i]! : k.level;
		}
	} else {
		const start = shape.start(columns, n);
		const full = shape.full ? shape.full(columns, n) : start;
		const delay = yearsOf(shape.delay, columns, n, k.fixed);
		for (let i = 0; i < n; i++) {
			const s = start[i]!;
			rows[i] = k.cache.get(s, full[i]! > s ? full[i]! : s, delay[i]! + shift[i]!);
			factor[i] = levels ? levels[i]! : k.level;
		}
	}
	return { rows, factor };
}

/**
 * Add a measure's besparing and invoeringskosten for a block of draws to the block totals: a
 * positive amount is a saving (less its package overlap), a negative one a cost, and each cost
 * line adds its amounts. Years from which a row no longer changes are added once, as a tail that
 * holds to the horizon: most series are flat after 2028 plus their delay.
 */
function addMeasure(
	k: Kernel,
	columns: readonly Float64Array[],
	n: number,
	years: readonly number[],
	sums: { savings: Float64Array; costs: Float64Array; tailSavings: Float64Array; tailCosts: Float64Array }
): void {
	const { savings, costs, tailSavings, tailCosts } = sums;
	const nYears = years.length;
	const { rows, factor } = shapeOf(k, columns, n);
	const level = columns[k.scaleSlot]!;
	const shares = k.info.overlapSlots.map((slot) => columns[slot]!);
	for (let i = 0; i < n; i++) {
		const { values, flatFrom } = rows[i]!;
		const m = factor[i]!;
		const f = level[i]!;
		let keep = 1;
		for (let s = 0; s < shares.length; s++) {
			const share = shares[s]![i]!;
			if (share > 0) keep *= 1 - share;
		}
		const at = i * nYears;
		for (let y = 0; y <= flatFrom; y++) {
			const a = values[y]! * m * f; // NaN (PM) adds nothing
			const to = y < flatFrom ? savings : tailSavings;
			if (a > 0) to[at + y] = to[at + y]! + a * keep;
			else if (a < 0) {
				const into = y < flatFrom ? costs : tailCosts;
				into[at + y] = into[at + y]! - a;
			}
		}
	}
	for (const line of k.lines) {
		const amounts = line.amount(columns, n);
		const from = line.from(columns, n);
		const until = line.until ? line.until(columns, n) : null;
		for (let i = 0; i < n; i++) {
			const { first, last, value } = costSpan(line.kind, amounts[i]!, from[i]!, until ? until[i]! : Infinity);
			if (value === 0) continue;
			const p = first - years[0]!;
			const q = Math.min(last - years[0]!, nYears - 1);
			const at = i * nYears;
			if (p >= nYears || q < p) continue;
			if (q === nYears - 1) tailCosts[at + Math.max(p, 0)] = tailCosts[at + Math.max(p, 0)]! + value;
			else for (let y = Math.max(p, 0); y <= q; y++) costs[at + y] = costs[at + y]! + value;
		}
	}
}

/**
 * When a cost line falls and how much per year (€ mln, ≥ 0). `eenmalig` spreads its total
 * evenly over `from` … `until`; years before 2022 are moved to 2022 so the total is never lost.
 * `jaarlijks` repeats its amount from `from` (to `until`, if given).
 *
 * @example costSpan('eenmalig', 295, 2022, 2025) // { first: 2022, last: 2025, value: 73.75 }
 */
function costSpan(kind: 'eenmalig' | 'jaarlijks', amount: number, from: number, until: number): { first: number; last: number; value: number } {
	const first = from > FIRST_YEAR ? from : FIRST_YEAR;
	const last = kind === 'jaarlijks' ? until : until > first ? until : first;
	return { first, last, value: kind === 'jaarlijks' ? amount : amount / (last - first + 1) };
}

/** The printed amounts in (year − delay) for every year: 0 before 2022, the 2028 level after, NaN where PM. */
function printedRow(printedAt: Float64Array, years: readonly number[], delay: number): Float64Array {
	const last = printedAt.length - 1;
	return Float64Array.from(years, (year) => {
		const index = year - delay - FIRST_YEAR;
		return index < 0 ? 0 : printedAt[index > last ? last : index]!;
	});
}

function compileKernel(dataset: Dataset, scenario: Scenario, info: MeasureInfo, slotOf: (id: string) => number, size: number, years: readonly number[]): Kernel {
	const maatregel = info.maatregel;
	const id = maatregel.id;
	const own = Object.hasOwn(scenario.overrides, id) ? scenario.overrides[id] : undefined;
	const mechanism = Object.hasOwn(dataset.mechanisms, id) ? dataset.mechanisms[id] : undefined;
	const bind = (f: CompiledFormula) => f.bindBlock((name) => slotOf(`${id}.${name}`), size);
	const finite = (f: CompiledFormula, round: (x: number) => number) => checked(f, bind(f), maatregel, round, size);
	const year = (f: CompiledFormula) => finite(f, Math.round);
	const printedAt = new Float64Array(LAST_TABLE_YEAR - FIRST_YEAR + 1);
	for (let i = 0; i < printedAt.length; i++) {
		const a = printedAmount(maatregel, FIRST_YEAR + i);
		printedAt[i] = a === PM ? NaN : a;
	}
	const printed2028 = printedAt[printedAt.length - 1]!;
	const structural = own?.structuralMln === undefined && mechanism?.structural ? finite(mechanism.structural, round6) : null;
	const level = own?.structuralMln ?? printed2028;

	let shape: Shape;
	const spec = own?.curve ? null : (mechanism?.curve ?? null);
	const curve = own?.curve ?? (spec ? null : { kind: 'asPrinted' as const });
	if (curve) {
		shape = curve.kind === 'asPrinted' ? { kind: 'asPrinted', delay: curve.delay ?? 0 } : { kind: 'ramp', curve };
	} else if (spec!.kind === 'asPrinted') {
		shape = { kind: 'asPrinted', delay: spec!.delay ? year(spec!.delay) : 0 };
	} else {
		const s = spec!;
		shape = {
			kind: 'formulaRamp',
			ramp: s.kind,
			start: year(s.start),
			full: s.kind === 'step' ? null : year(s.full),
			delay: s.delay ? year(s.delay) : 0
		};
	}
	if (shape.kind === 'asPrinted' && (structural || own?.structuralMln !== undefined) && (Number.isNaN(printed2028) || printed2028 === 0)) {
		throw new Error(`${maatregel.code ?? id}: de tabel heeft geen structureel bedrag om te schalen; kies een curve`);
	}
	return {
		info,
		printedAt,
		printed2028,
		structural,
		level,
		fixedScale: own?.structuralMln === undefined ? 1 : own.structuralMln / printed2028,
		shape,
		scaleSlot: slotOf(`${id}.schaal`),
		shiftSlot: slotOf(`${id}.verschuiving`),
		lines: (mechanism?.costs ?? []).map((line) => ({
			kind: line.kind,
			amount: finite(line.amount, (x) => (x > 0 ? x : 0)),
			from: year(line.from),
			until: line.until ? year(line.until) : null
		})),
		fixed: new Float64Array(size),
		cache: new RowCache(
			shape.kind === 'asPrinted'
				? (delay) => printedRow(printedAt, years, delay)
				: shape.kind === 'ramp'
					? (shift) => Float64Array.from(years, (year) => rampFraction(shape.curve, year - shift))
					: (start, full, delay) => Float64Array.from(years, (year) => shapeFraction(shape.ramp, start, full, undefined, year - delay))
		),
		rows: new Array<Row>(size),
		factor: new Float64Array(size),
		allPm: shape.kind === 'asPrinted' && printedAt.every(Number.isNaN) && !mechanism?.costs.length
	};
}

/** A formula whose every result must be finite, then rounded (years to whole years, levels to 1e-6). */
function checked(f: CompiledFormula, block: BlockFormula, maatregel: Maatregel, round: (x: number) => number, size: number): BlockFormula {
	const out = new Float64Array(size);
	return (columns, n) => {
		const raw = block(columns, n);
		for (let i = 0; i < n; i++) {
			if (!Number.isFinite(raw[i]!)) throw new FormulaError(f.text, `de uitkomst is geen eindig getal (${maatregel.code ?? maatregel.id})`);
			out[i] = round(raw[i]!);
		}
		return out;
	};
}

/** A year formula's values, or a fixed number in every draw. */
function yearsOf(f: BlockFormula | number, columns: readonly Float64Array[], n: number, fixed: Float64Array): Float64Array {
	return typeof f === 'number' ? fixed.fill(f, 0, n) : f(columns, n);
}

/**
 * A measure's net amount per year and draw into `amount[y * size + i]` (NaN where PM):
 * - as printed: the table's amount in (year − delay − verschuiving) × (level / printed 2028) × schaal;
 * - a ramp: level × the curve's fraction in (year − verschuiving) × schaal.
 */
function fillAmounts(k: Kernel, columns: readonly Float64Array[], n: number, years: readonly number[], size: number, amount: Float64Array): void {
	const { rows, factor } = shapeOf(k, columns, n);
	const level = columns[k.scaleSlot]!;
	for (let i = 0; i < n; i++) {
		const values = rows[i]!.values;
		for (let y = 0; y < years.length; y++) amount[y * size + i] = values[y]! * factor[i]! * level[i]!;
	}
}

/**
 * A cost line per year and draw (€ mln, ≥ 0), placed by costSpan.
 *
 * @example B17 afbouw with 295, 4 years before 2026: 73,75 in 2022–2025, 0 after
 */
function fillCostLine(line: Kernel['lines'][number], columns: readonly Float64Array[], n: number, years: readonly number[], size: number, out: Float64Array): void {
	const amounts = line.amount(columns, n);
	const from = line.from(columns, n);
	const until = line.until ? line.until(columns, n) : null;
	for (let i = 0; i < n; i++) {
		const { first, last, value } = costSpan(line.kind, amounts[i]!, from[i]!, until ? until[i]! : Infinity);
		for (let y = 0; y < years.length; y++) out[y * size + i] = years[y]! >= first && years[y]! <= last ? value : 0;
	}
}
