import { assumptionValues } from './assumptionValues';
import { FormulaError, type BlockFormula } from './formula';
import { rampFraction, shapeFraction } from './rampUp';
import { printedAmount } from './printedAmount';
import { RowIndex } from './rowIndex';
import { addConstant, addRows, addSigned, addSignedRows, addTimes, carry } from './yearSums';
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
	/**
	 * The slots whose values can change a total: the level, timing, overlap and formula inputs of
	 * the measures, except those that are PM throughout. Drawing any other input changes nothing.
	 */
	reads: ReadonlySet<number>;
	/**
	 * An evaluator for blocks of up to `size` draws, with its own buffers. With `varying` (the
	 * slots whose values differ between draws), a formula that reads none of them is worked out
	 * once and its value kept: the other slots must then hold the same value in every draw and
	 * every block, as the Monte Carlo fills them.
	 */
	evaluator(size: number, varying?: ReadonlySet<number>): Evaluator;
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
	/** Cost lines; `same`: none of its formulas reads a varying input, so every draw has the same line. */
	lines: { kind: 'eenmalig' | 'jaarlijks'; amount: BlockFormula; from: BlockFormula; until: BlockFormula | null; same: boolean }[];
	/** PM in every table year: the measure never adds to a total. */
	allPm: boolean;
	/** The slots whose values can change what this measure adds (none when allPm). */
	reads: readonly number[];
	/** The measure's rows by delay (as printed) or by start, full and delay years (a ramp). */
	rows: RowIndex;
}

/**
 * What one measure works out for a block of draws, on its way to the totals. The measures of an
 * evaluator run one after another, so they share these buffers.
 */
interface Scratch {
	/** Per draw: the key of its row (b and c only for a ramp from formulas), the row's index and the factor on the row. */
	keyA: Float64Array;
	keyB: Float64Array;
	keyC: Float64Array;
	keys: Int32Array;
	mult: Float64Array;
	/** Whether every factor of the block is finite and ≥ 0. */
	bySign: boolean;
	/** Per draw: the factor on a saving, mult × the share its package overlap leaves. */
	gain: Float64Array;
	/** Per year: each row's value, and its positive and negative part, for the lookup by row index. */
	values: Float64Array;
	positive: Float64Array;
	negative: Float64Array;
	/** Per draw of a cost line: its first and last year index and its amount per year. */
	first: Int32Array;
	last: Int32Array;
	value: Float64Array;
	/** Per draw: years that are a fixed number. */
	fixed: Float64Array;
}

function scratchFor(size: number): Scratch {
	const numbers = () => new Float64Array(size);
	return {
		keyA: numbers(),
		keyB: numbers(),
		keyC: numbers(),
		keys: new Int32Array(size),
		mult: numbers(),
		bySign: true,
		gain: numbers(),
		values: new Float64Array(8),
		positive: new Float64Array(8),
		negative: new Float64Array(8),
		first: new Int32Array(size),
		last: new Int32Array(size),
		value: numbers(),
		fixed: numbers()
	};
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
		reads: new Set(single.flatMap((kernel) => kernel.reads)),
		evaluator(size, varying) {
			const kernels = size === 1 && !varying ? single : measures.map((info) => compileKernel(dataset, scenario, info, slotOf, size, years, varying));
			const nYears = years.length;
			const amount = new Float64Array(nYears * size);
			const lines = Array.from({ length: Math.max(0, ...kernels.map((k) => k.lines.length)) }, () => new Float64Array(nYears * size));
			const tail: Tail = { savings: new Float64Array(nYears * size), costs: new Float64Array(nYears * size), size, savingsFrom: nYears, costsFrom: nYears };
			const running = { savings: new Float64Array(size), costs: new Float64Array(size) };
			const scratch = scratchFor(size);
			return {
				size,
				run(columns, n, out, onMeasure) {
					for (let y = 0; y < nYears; y++) {
						const at = y * out.stride + out.offset;
						out.savings.fill(0, at, at + n);
						out.costs.fill(0, at, at + n);
					}
					if (tail.savingsFrom < nYears || tail.costsFrom < nYears) {
						// a run that stopped half-way (a formula error) left amounts behind
						tail.savings.fill(0);
						tail.costs.fill(0);
					}
					tail.savingsFrom = tail.costsFrom = nYears;
					kernels.forEach((kernel, index) => {
						if (kernel.allPm && !onMeasure) return; // PM adds nothing
						shapeOf(kernel, scratch, columns, n);
						if (onMeasure) {
							fillAmounts(kernel, scratch, n, nYears, size, amount);
							kernel.lines.forEach((line, k) => fillCostLine(line, columns, n, years, size, lines[k]!));
							onMeasure(index, amount, lines.slice(0, kernel.lines.length));
						}
						if (!kernel.allPm) addMeasure(kernel, scratch, columns, n, years, out, tail);
					});
					// What holds from a year to the horizon is added once, then carried year by year.
					running.savings.fill(0, 0, n);
					running.costs.fill(0, 0, n);
					for (let y = tail.savingsFrom; y < nYears; y++) carry(tail.savings, running.savings, out.savings, y * size, y * out.stride + out.offset, n);
					for (let y = tail.costsFrom; y < nYears; y++) carry(tail.costs, running.costs, out.costs, y * size, y * out.stride + out.offset, n);
					tail.savingsFrom = tail.costsFrom = nYears;
				}
			};
		}
	};
}

/**
 * Amounts that hold from a year to the horizon, per block: `savings[y * size + i]` is what draw i
 * adds from year index y on. Most series are flat after 2028 plus their delay, so their last
 * years are added once instead of once per year.
 */
interface Tail {
	savings: Float64Array;
	costs: Float64Array;
	size: number;
	/** The first year index that holds a tail amount in this block, for savings and for costs. */
	savingsFrom: number;
	costsFrom: number;
}

/**
 * Per draw of a block: the index of the measure's row (`s.keys`) and the factor its row is
 * multiplied by (`s.mult`: level / printed 2028 as printed, the level for a ramp, times schaal).
 * The amount in year y is `row[y] × mult`. Also notes whether every factor is finite and ≥ 0
 * (`s.bySign`), so addMeasure can sort amounts by the sign of the row alone.
 */
function shapeOf(k: Kernel, s: Scratch, columns: readonly Float64Array[], n: number): void {
	const shift = columns[k.shiftSlot]!;
	const levels = k.structural ? k.structural(columns, n) : null;
	const level = columns[k.scaleSlot]!;
	const { shape } = k;
	const { keyA: a, mult } = s;
	if (shape.kind === 'formulaRamp') {
		const { keyB: b, keyC: c } = s;
		const start = shape.start(columns, n);
		const full = shape.full ? shape.full(columns, n) : start;
		const delay = yearsOf(shape.delay, columns, n, s.fixed);
		let bySign = true;
		for (let i = 0; i < n; i++) {
			const first = start[i]!;
			a[i] = first;
			b[i] = full[i]! > first ? full[i]! : first;
			c[i] = delay[i]! + shift[i]!;
			const m = (levels ? levels[i]! : k.level) * level[i]!;
			mult[i] = m;
			if (!(m >= 0 && m < Infinity)) bySign = false;
		}
		s.bySign = bySign;
		k.rows.assign(s.keys, n, a, b, c);
		return;
	}
	// As printed, the row follows delay + verschuiving; a ramp's follows verschuiving (delay 0).
	// `levels[i] / 1` is levels[i] exactly, so a ramp's factor is its level times schaal.
	const printed = shape.kind === 'asPrinted';
	const delay = printed ? yearsOf(shape.delay, columns, n, s.fixed) : s.fixed.fill(0, 0, n);
	const divisor = printed ? k.printed2028 : 1;
	const fixedFactor = printed ? k.fixedScale : k.level;
	let low = Infinity;
	let high = -Infinity;
	let bySign = true;
	for (let i = 0; i < n; i++) {
		const key = delay[i]! + shift[i]!;
		a[i] = key;
		if (key < low) low = key;
		if (key > high) high = key;
		const m = (levels ? levels[i]! / divisor : fixedFactor) * level[i]!;
		mult[i] = m;
		if (!(m >= 0 && m < Infinity)) bySign = false;
	}
	s.bySign = bySign;
	k.rows.assignOne(s.keys, n, a, low, high);
}

/**
 * Add a measure's besparing and invoeringskosten for a block of draws (shaped by shapeOf) to the
 * totals, year by year: a positive amount is a saving (less its package overlap), a negative one
 * a cost, and each cost line adds its amounts. Years in which every row the block meets is 0 or
 * PM are skipped, and the years from which every row is flat go into the tail once.
 *
 * When every factor is finite and ≥ 0 (as schaal and levels are), a row's sign decides where its
 * amount goes, so each year adds its positive parts to the savings and its negative parts to the
 * costs without a test per draw; the same sums, bit for bit, as the test per draw that is used
 * otherwise.
 */
function addMeasure(
	k: Kernel,
	s: Scratch,
	columns: readonly Float64Array[],
	n: number,
	years: readonly number[],
	out: { savings: Float64Array; costs: Float64Array; stride: number; offset: number },
	tail: Tail
): void {
	const { keys, mult } = s;
	// A saving is row × mult × what its package overlap leaves (`gain`); a cost is −row × mult.
	const shares = k.info.overlapSlots.map((slot) => columns[slot]!);
	let gain = mult;
	if (shares.length > 0) {
		gain = s.gain;
		for (let i = 0; i < n; i++) {
			let kept = 1;
			for (let j = 0; j < shares.length; j++) {
				const share = shares[j]![i]!;
				if (share > 0) kept *= 1 - share;
			}
			gain[i] = mult[i]! * kept;
		}
	}
	const bySign = s.bySign;
	const rows = k.rows.list;
	const count = rows.length;
	if (s.values.length < count) {
		s.values = new Float64Array(count * 2);
		s.positive = new Float64Array(count * 2);
		s.negative = new Float64Array(count * 2);
	}
	const { values, positive, negative } = s;
	const flatFrom = k.rows.flatFrom;
	for (let y = 0; y <= flatFrom && y < years.length; y++) {
		let anyPositive = false;
		let anyNegative = false;
		for (let r = 0; r < count; r++) {
			const v = rows[r]![y]!;
			values[r] = v;
			positive[r] = v > 0 ? v : 0;
			negative[r] = v < 0 ? -v : 0;
			if (v > 0) anyPositive = true;
			if (v < 0) anyNegative = true;
		}
		if (!anyPositive && !anyNegative) continue; // 0 or PM in every row: nothing to add
		const inTail = y === flatFrom;
		if (inTail && (anyPositive || !bySign) && y < tail.savingsFrom) tail.savingsFrom = y;
		if (inTail && (anyNegative || !bySign) && y < tail.costsFrom) tail.costsFrom = y;
		const savings = inTail ? tail.savings : out.savings;
		const costs = inTail ? tail.costs : out.costs;
		const at = inTail ? y * tail.size : y * out.stride + out.offset;
		if (!bySign) {
			if (count === 1) addSigned(values[0]!, mult, gain, n, savings, costs, at);
			else addSignedRows(values, keys, mult, gain, n, savings, costs, at);
			continue;
		}
		if (count === 1) {
			if (anyPositive) addTimes(positive[0]!, gain, n, savings, at);
			if (anyNegative) addTimes(negative[0]!, mult, n, costs, at);
		} else {
			if (anyPositive) addRows(positive, keys, gain, n, savings, at);
			if (anyNegative) addRows(negative, keys, mult, n, costs, at);
		}
	}
	for (const line of k.lines) addCostLine(line, s, columns, n, years, out, tail);
}

/**
 * A cost line's amounts for a block of draws, added to the costs of the years costSpan gives;
 * a line that runs to the horizon goes into the tail from its first year.
 */
function addCostLine(
	line: Kernel['lines'][number],
	s: Scratch,
	columns: readonly Float64Array[],
	n: number,
	years: readonly number[],
	out: { costs: Float64Array; stride: number; offset: number },
	tail: Tail
): void {
	const amounts = line.amount(columns, n);
	const from = line.from(columns, n);
	const until = line.until ? line.until(columns, n) : null;
	const { first: p, last: q, value } = s;
	const lastYear = years.length - 1;
	if (line.same) {
		// every draw has the first draw's line
		const span = costSpan(line.kind, amounts[0]!, from[0]!, until ? until[0]! : Infinity);
		const start = span.first - years[0]!;
		const end = span.last - years[0]!;
		if (span.value === 0 || start > lastYear || end < start) return;
		if (end >= lastYear) {
			addConstant(span.value, n, tail.costs, start * tail.size);
			if (start < tail.costsFrom) tail.costsFrom = start;
		} else for (let y = start; y <= end; y++) addConstant(span.value, n, out.costs, y * out.stride + out.offset);
		return;
	}
	let low = lastYear + 1;
	let high = -1;
	for (let i = 0; i < n; i++) {
		const span = costSpan(line.kind, amounts[i]!, from[i]!, until ? until[i]! : Infinity);
		const start = span.first - years[0]!;
		const end = span.last - years[0]!;
		value[i] = 0;
		if (span.value === 0 || start > lastYear || end < start) continue;
		if (end >= lastYear) {
			const at = start * tail.size + i;
			tail.costs[at] = tail.costs[at]! + span.value;
			if (start < tail.costsFrom) tail.costsFrom = start;
			continue;
		}
		p[i] = start;
		q[i] = end;
		value[i] = span.value;
		if (start < low) low = start;
		if (end > high) high = end;
	}
	const costs = out.costs;
	for (let y = low; y <= high; y++) {
		const at = y * out.stride + out.offset;
		for (let i = 0; i < n; i++) if (value[i] !== 0 && p[i]! <= y && y <= q[i]!) costs[at + i] = costs[at + i]! + value[i]!;
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

function compileKernel(
	dataset: Dataset,
	scenario: Scenario,
	info: MeasureInfo,
	slotOf: (id: string) => number,
	size: number,
	years: readonly number[],
	varying?: ReadonlySet<number>
): Kernel {
	const maatregel = info.maatregel;
	const id = maatregel.id;
	const own = Object.hasOwn(scenario.overrides, id) ? scenario.overrides[id] : undefined;
	const mechanism = Object.hasOwn(dataset.mechanisms, id) ? dataset.mechanisms[id] : undefined;
	const slot = (name: string) => slotOf(`${id}.${name}`);
	const bind = (f: CompiledFormula) => f.bindBlock(slot, size);
	const varies = (f: CompiledFormula) => !varying || f.symbols.some((name) => varying.has(slot(name)));
	const reads = new Set([slotOf(`${id}.schaal`), slotOf(`${id}.verschuiving`), ...info.overlapSlots]);
	const finite = (f: CompiledFormula, rounding: Rounding) => {
		for (const name of f.symbols) reads.add(slot(name));
		const block = checked(f, bind(f), maatregel, rounding, size);
		return varies(f) ? block : once(block, size);
	};
	const year = (f: CompiledFormula) => finite(f, 'jaar');
	const printedAt = new Float64Array(LAST_TABLE_YEAR - FIRST_YEAR + 1);
	for (let i = 0; i < printedAt.length; i++) {
		const a = printedAmount(maatregel, FIRST_YEAR + i);
		printedAt[i] = a === PM ? NaN : a;
	}
	const printed2028 = printedAt[printedAt.length - 1]!;
	const structural = own?.structuralMln === undefined && mechanism?.structural ? finite(mechanism.structural, 'niveau') : null;
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
	const lines = (mechanism?.costs ?? []).map((line) => ({
		kind: line.kind,
		amount: finite(line.amount, 'bedrag'),
		from: year(line.from),
		until: line.until ? year(line.until) : null,
		same: !!varying && [line.amount, line.from, line.until].every((f) => !f || !varies(f))
	}));
	const allPm = shape.kind === 'asPrinted' && printedAt.every(Number.isNaN) && lines.length === 0;
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
		lines,
		rows: new RowIndex(
			shape.kind === 'asPrinted'
				? (delay) => printedRow(printedAt, years, delay)
				: shape.kind === 'ramp'
					? (shift) => Float64Array.from(years, (year) => rampFraction(shape.curve, year - shift))
					: (start, full, delay) => Float64Array.from(years, (year) => shapeFraction(shape.ramp, start, full, undefined, year - delay))
		),
		allPm,
		reads: allPm ? [] : [...reads].filter((slot) => slot >= 0)
	};
}

/** A formula whose inputs are the same in every draw: worked out for the first draw of the first block, then kept. */
function once(block: BlockFormula, size: number): BlockFormula {
	let kept: Float64Array | null = null;
	return (columns) => (kept ??= new Float64Array(size).fill(block(columns, 1)[0]!));
}

/** How a formula's results are rounded: years to whole years, levels to 1e-6 € mln (round6), cost amounts to ≥ 0. */
type Rounding = 'jaar' | 'niveau' | 'bedrag';

/**
 * A formula whose every result must be finite, then rounded. Each rounding has its own loop: a
 * rounding passed in as a function would be a call per draw that the JIT cannot inline.
 */
function checked(f: CompiledFormula, block: BlockFormula, maatregel: Maatregel, rounding: Rounding, size: number): BlockFormula {
	const out = new Float64Array(size);
	const fail = () => new FormulaError(f.text, `de uitkomst is geen eindig getal (${maatregel.code ?? maatregel.id})`);
	switch (rounding) {
		case 'jaar':
			return (columns, n) => {
				const raw = block(columns, n);
				for (let i = 0; i < n; i++) {
					const x = raw[i]!;
					if (!Number.isFinite(x)) throw fail();
					out[i] = Math.round(x);
				}
				return out;
			};
		case 'niveau':
			return (columns, n) => {
				const raw = block(columns, n);
				for (let i = 0; i < n; i++) {
					const x = raw[i]!;
					if (!Number.isFinite(x)) throw fail();
					out[i] = round6(x);
				}
				return out;
			};
		case 'bedrag':
			return (columns, n) => {
				const raw = block(columns, n);
				for (let i = 0; i < n; i++) {
					const x = raw[i]!;
					if (!Number.isFinite(x)) throw fail();
					out[i] = x > 0 ? x : 0;
				}
				return out;
			};
	}
}

/** A year formula's values, or a fixed number in every draw. */
function yearsOf(f: BlockFormula | number, columns: readonly Float64Array[], n: number, fixed: Float64Array): Float64Array {
	return typeof f === 'number' ? fixed.fill(f, 0, n) : f(columns, n);
}

/**
 * A measure's net amount per year and draw into `amount[y * size + i]` (NaN where PM), from the
 * rows and factors shapeOf set:
 * - as printed: the table's amount in (year − delay − verschuiving) × (level / printed 2028) × schaal;
 * - a ramp: level × the curve's fraction in (year − verschuiving) × schaal.
 */
function fillAmounts(k: Kernel, s: Scratch, n: number, nYears: number, size: number, amount: Float64Array): void {
	const rows = k.rows.list;
	for (let i = 0; i < n; i++) {
		const row = rows[s.keys[i]!]!;
		for (let y = 0; y < nYears; y++) amount[y * size + i] = row[y]! * s.mult[i]!;
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
