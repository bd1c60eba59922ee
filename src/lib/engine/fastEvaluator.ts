import { FormulaError, type BlockFormula } from './formula';
import { pmThroughout, printedRatio, tableCostDelay, type MeasurePlan } from './measurePlan';
import type { Model } from './model';
import { round6, roundWhole } from './round';
import { RowIndex } from './rowIndex';
import { costSpan, printedRow, rampRow, shapeRow, spanRow } from './rows';
import type { CompiledFormula } from './types';
import { addRows, addTimes, carry } from './yearSums';

/**
 * Evaluates a model for a block of draws. `columns[slot][i]` is input `slot` in draw i. The
 * savings and the counted costs go to `savings[y * stride + offset + i]` and `costs[…]`.
 */
export interface Evaluator {
	size: number;
	run(columns: readonly Float64Array[], n: number, out: { savings: Float64Array; costs: Float64Array; stride: number; offset: number }): void;
}

/**
 * One line of the model as the fast evaluator runs it: per draw a row (by its timing key) and a
 * factor ≥ 0; the amount in year y is `row[y] × factor`, added to the savings or the costs.
 */
interface FastLine {
	into: 'savings' | 'costs';
	/** Fills the scratch's keys for a block: one key (`a`) or three (`a`, `b`, `c`). */
	keys(columns: readonly Float64Array[], n: number, s: Scratch): void;
	/** The factor per draw (a buffer valid until the next call). */
	factor(columns: readonly Float64Array[], n: number, s: Scratch): Float64Array;
	rows: RowIndex;
	/** One key per draw (assignOne) or three (assign). */
	threeKeys: boolean;
}

/** Buffers the lines of an evaluator share, since they run one after another. */
interface Scratch {
	a: Float64Array;
	b: Float64Array;
	c: Float64Array;
	low: number;
	high: number;
	rowOf: Int32Array;
	factor: Float64Array;
	/** Per year: each row's value (PM as 0), for the lookup by row index. */
	values: Float64Array;
}

/**
 * The Monte Carlo's evaluator of a model: the same plans and timing rules as the reference
 * evaluator (reference.ts), arranged for 100 000 draws. Each distinct timing builds its row once
 * (RowIndex); a year adds `row × factor` for a whole block in one loop; a formula no drawn input
 * reaches is worked out once; and from the year every row of a line is flat, its amount is added
 * once and carried to the horizon. Costs a scenario does not count, and costs elsewhere, are not
 * part of its net and are left out here.
 *
 * `varying`: the slots whose values differ between draws. Without it every formula is worked out
 * per draw.
 */
export function fastEvaluator(model: Model, size: number, varying?: ReadonlySet<number>): Evaluator {
	const { years } = model;
	const nYears = years.length;
	const lines = model.measures.flatMap((plan) => linesOf(plan, model, size, varying));
	const scratch: Scratch = {
		a: new Float64Array(size),
		b: new Float64Array(size),
		c: new Float64Array(size),
		low: 0,
		high: 0,
		rowOf: new Int32Array(size),
		factor: new Float64Array(size),
		values: new Float64Array(8)
	};
	const tail = { savings: new Float64Array(nYears * size), costs: new Float64Array(nYears * size), savingsFrom: nYears, costsFrom: nYears };
	const running = new Float64Array(size);
	return {
		size,
		run(columns, n, out) {
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
			for (const line of lines) addLine(line, scratch, columns, n, nYears, size, out, tail);
			// What holds from a year to the horizon is added once, then carried year by year.
			for (const kind of ['savings', 'costs'] as const) {
				const from = kind === 'savings' ? tail.savingsFrom : tail.costsFrom;
				running.fill(0, 0, n);
				for (let y = from; y < nYears; y++) carry(tail[kind], running, out[kind], y * size, y * out.stride + out.offset, n);
			}
			tail.savingsFrom = tail.costsFrom = nYears;
		}
	};
}

/** A line's amounts for a block of draws, year by year, into the totals or (from the year its rows are flat) the tail. */
function addLine(
	line: FastLine,
	s: Scratch,
	columns: readonly Float64Array[],
	n: number,
	nYears: number,
	size: number,
	out: { savings: Float64Array; costs: Float64Array; stride: number; offset: number },
	tail: { savings: Float64Array; costs: Float64Array; savingsFrom: number; costsFrom: number }
): void {
	line.keys(columns, n, s);
	if (line.threeKeys) line.rows.assign(s.rowOf, n, s.a, s.b, s.c);
	else line.rows.assignOne(s.rowOf, n, s.a, s.low, s.high);
	const factor = line.factor(columns, n, s);
	const rows = line.rows.list;
	const count = rows.length;
	if (s.values.length < count) s.values = new Float64Array(count * 2);
	const values = s.values;
	const flatFrom = line.rows.flatFrom;
	const into = out[line.into];
	const tailInto = tail[line.into];
	for (let y = 0; y <= flatFrom && y < nYears; y++) {
		let any = false;
		for (let r = 0; r < count; r++) {
			const v = rows[r]![y]!;
			const known = v > 0 ? v : 0; // PM (NaN) and 0 add nothing
			values[r] = known;
			if (known > 0) any = true;
		}
		if (!any) continue;
		const inTail = y === flatFrom;
		if (inTail) {
			if (line.into === 'savings' && y < tail.savingsFrom) tail.savingsFrom = y;
			if (line.into === 'costs' && y < tail.costsFrom) tail.costsFrom = y;
		}
		const target = inTail ? tailInto : into;
		const at = inTail ? y * size : y * out.stride + out.offset;
		if (count === 1) addTimes(values[0]!, factor, n, target, at);
		else addRows(values, s.rowOf, factor, n, target, at);
	}
}

/** The lines a plan adds to a scenario's net: its saving, its table costs, its counted cost lines. */
function linesOf(plan: MeasurePlan, model: Model, size: number, varying: ReadonlySet<number> | undefined): FastLine[] {
	const { years } = model;
	const slot = plan.slotOfName;
	const varies = (f: CompiledFormula) => !varying || f.symbols.some((name) => varying.has(slot(name)));
	const bind = (f: CompiledFormula, rounding: Rounding): BlockFormula => {
		const block = checked(f, f.bindBlock(slot, size), plan, rounding, size);
		return varies(f) ? block : once(block, size);
	};
	const yearsOf = (f: CompiledFormula | number): ((columns: readonly Float64Array[], n: number) => Float64Array) => {
		if (typeof f !== 'number') return bind(f, 'jaar');
		const fixed = new Float64Array(size).fill(f);
		return () => fixed;
	};
	const shift = plan.shiftSlot;
	const scale = plan.scaleSlot;
	const saving = plan.saving;
	const levels = typeof plan.level === 'number' ? null : bind(plan.level, 'niveau');
	const fixedLevel = typeof plan.level === 'number' ? plan.level : 0;
	const result: FastLine[] = [];

	// The saving, and the shape a `reeks` cost line follows: keys, rows and the factor per unit of level.
	const savingKeys = (() => {
		if (saving.kind === 'formulaRamp') {
			const start = yearsOf(saving.start);
			const full = saving.full ? yearsOf(saving.full) : start;
			const delay = yearsOf(saving.delay);
			return {
				threeKeys: true,
				rows: () => new RowIndex((a, b, c) => shapeRow(saving.ramp, a, b, c, years)),
				keys(columns: readonly Float64Array[], n: number, s: Scratch) {
					const first = start(columns, n);
					const last = full(columns, n);
					const d = delay(columns, n);
					const moved = columns[shift]!;
					for (let i = 0; i < n; i++) {
						s.a[i] = first[i]!;
						s.b[i] = last[i]! > first[i]! ? last[i]! : first[i]!;
						s.c[i] = d[i]! + moved[i]!;
					}
				}
			};
		}
		const delay = saving.kind === 'asPrinted' ? yearsOf(saving.delay) : yearsOf(0);
		return {
			threeKeys: false,
			rows: () =>
				saving.kind === 'asPrinted'
					? new RowIndex((key) => printedRow(plan.cells.saving, years, key))
					: new RowIndex((key) => rampRow(saving.curve, years, key)),
			keys(columns: readonly Float64Array[], n: number, s: Scratch) {
				oneKey(s, delay(columns, n), columns[shift]!, n);
			}
		};
	})();
	/** factor = (level per unit of the shape) × schaal × `extra[i]` (overlap or a switch). */
	const perUnit = (level: BlockFormula | null, fixed: number, divisor: number | null) => {
		const fixedRatio = divisor === null ? fixed : printedRatio(fixed, divisor);
		return (columns: readonly Float64Array[], n: number, out: Float64Array) => {
			const schaal = columns[scale]!;
			if (level) {
				const x = level(columns, n);
				if (divisor === null) for (let i = 0; i < n; i++) out[i] = x[i]! * schaal[i]!;
				else for (let i = 0; i < n; i++) out[i] = printedRatio(x[i]!, divisor) * schaal[i]!;
			} else for (let i = 0; i < n; i++) out[i] = fixedRatio * schaal[i]!;
			return out;
		};
	};
	const divisor = saving.kind === 'asPrinted' ? saving.divisor : null;

	if (!pmThroughout(plan)) {
		const unit = perUnit(levels, fixedLevel, divisor);
		const shares = plan.overlapSlots;
		result.push({
			into: 'savings',
			threeKeys: savingKeys.threeKeys,
			rows: savingKeys.rows(),
			keys: savingKeys.keys,
			factor(columns, n, s) {
				const out = unit(columns, n, s.factor);
				for (const at of shares) {
					const share = columns[at]!;
					for (let i = 0; i < n; i++) {
						const x = share[i]!;
						if (x > 0) out[i] = out[i]! * (1 - x);
					}
				}
				return out;
			}
		});
	}

	const costFactor = plan.costSlot;
	if (plan.hasTableCosts) {
		const delay = yearsOf(tableCostDelay(plan));
		const scale = plan.tableCostScale;
		result.push({
			into: 'costs',
			threeKeys: false,
			rows: new RowIndex((key) => printedRow(plan.cells.cost, years, key)),
			keys(columns, n, s) {
				oneKey(s, delay(columns, n), null, n);
			},
			factor(columns, n, s) {
				const kosten = columns[costFactor]!;
				for (let i = 0; i < n; i++) s.factor[i] = scale * kosten[i]!;
				return s.factor;
			}
		});
	}

	for (const line of plan.lines) {
		if (line.role !== 'invoering' || line.counted === null) continue; // never in the net
		const switchSlot = slot(line.counted);
		// with `varying`, a switch that does not vary holds the scenario's value in every draw
		if (varying && !varying.has(switchSlot) && !(model.base[switchSlot]! >= 0.5)) continue; // not counted in any draw
		const switched = (columns: readonly Float64Array[]) => columns[switchSlot]!;
		const amountOf = bind(line.amount, 'bedrag');
		if (line.kind === 'reeks') {
			// a share of the saving before overlap: (level per unit × schaal) × ratio
			const unit = perUnit(levels, fixedLevel, divisor);
			result.push({
				into: 'costs',
				threeKeys: savingKeys.threeKeys,
				rows: savingKeys.rows(),
				keys: savingKeys.keys,
				factor(columns, n, s) {
					const out = unit(columns, n, s.factor);
					const ratio = amountOf(columns, n);
					const on = switched(columns);
					const kosten = columns[costFactor]!;
					for (let i = 0; i < n; i++) out[i] = out[i]! * (ratio[i]! * kosten[i]!) * (on[i]! >= 0.5 ? 1 : 0);
					return out;
				}
			});
			continue;
		}
		const kind = line.kind;
		const lastYear = years[years.length - 1]!;
		const from = yearsOf(line.from!);
		const until = line.until ? yearsOf(line.until) : null;
		result.push({
			into: 'costs',
			threeKeys: true,
			rows: new RowIndex((first, last) => spanRow(kind, first, last, years)),
			keys(columns, n, s) {
				const f = from(columns, n);
				const u = until ? until(columns, n) : null;
				for (let i = 0; i < n; i++) {
					const span = costSpan(kind, f[i]!, u ? u[i]! : Infinity);
					s.a[i] = span.first;
					// a jaarlijks line that runs past the horizon has the same row as one that ends there
					s.b[i] = kind === 'jaarlijks' && span.last > lastYear ? lastYear : span.last;
					s.c[i] = 0;
				}
			},
			factor(columns, n, s) {
				const x = amountOf(columns, n);
				const on = switched(columns);
				const kosten = columns[costFactor]!;
				for (let i = 0; i < n; i++) s.factor[i] = x[i]! * kosten[i]! * (on[i]! >= 0.5 ? 1 : 0);
				return s.factor;
			}
		});
	}
	return result;
}

/** One timing key per draw (delay + verschuiving), with the smallest and largest key. */
function oneKey(s: Scratch, delay: Float64Array, moved: Float64Array | null, n: number): void {
	let low = Infinity;
	let high = -Infinity;
	for (let i = 0; i < n; i++) {
		const key = moved ? delay[i]! + moved[i]! : delay[i]!;
		s.a[i] = key;
		if (key < low) low = key;
		if (key > high) high = key;
	}
	s.low = low;
	s.high = high;
}

/** A formula whose inputs are the same in every draw: worked out for the first draw of the first block, then kept. */
function once(block: BlockFormula, size: number): BlockFormula {
	let kept: Float64Array | null = null;
	return (columns) => (kept ??= new Float64Array(size).fill(block(columns, 1)[0]!));
}

/** How a formula's results are rounded, as in the reference evaluator: whole years; levels to 1e-6 € mln and ≥ 0; amounts ≥ 0. */
type Rounding = 'jaar' | 'niveau' | 'bedrag';

/**
 * A formula whose every result must be finite, then rounded. Each rounding has its own loop: a
 * rounding passed in as a function would be a call per draw that the JIT cannot inline.
 */
function checked(f: CompiledFormula, block: BlockFormula, plan: MeasurePlan, rounding: Rounding, size: number): BlockFormula {
	const out = new Float64Array(size);
	const fail = () => new FormulaError(f.text, `de uitkomst is geen eindig getal (${plan.measure.code ?? plan.measure.id})`);
	switch (rounding) {
		case 'jaar':
			return (columns, n) => {
				const raw = block(columns, n);
				for (let i = 0; i < n; i++) {
					const x = raw[i]!;
					if (!Number.isFinite(x)) throw fail();
					out[i] = roundWhole(x);
				}
				return out;
			};
		case 'niveau':
			return (columns, n) => {
				const raw = block(columns, n);
				for (let i = 0; i < n; i++) {
					const x = raw[i]!;
					if (!Number.isFinite(x)) throw fail();
					const r = round6(x);
					out[i] = r > 0 ? r : 0;
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
