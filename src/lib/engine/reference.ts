import { printedRatio, tableCostDelay, type MeasurePlan } from './measurePlan';
import type { Model } from './model';
import { round6, roundWhole } from './round';
import { costSpan, printedRow, rampRow, shapeRow, spanRow } from './rows';
import type { CompiledFormula, CostLine } from './types';

/** One measure in one draw, year by year (€ mln). */
export interface DrawMeasure {
	/** The saving after package overlap; NaN where PM. */
	saving: Float64Array;
	/** The saving before package overlap; NaN where PM. */
	gross: Float64Array;
	/** The table's own invoeringskosten (≥ 0). */
	tableCost: Float64Array;
	/** Each cost line of the mechanism, with whether it counts in the net. */
	lines: { line: CostLine; counted: boolean; perYear: Float64Array }[];
	/** The level formula's result before a negative result is taken as 0 (for a warning); null without a formula. */
	formulaLevel: number | null;
}

/**
 * The reference evaluator: every measure of a model for one input vector (`values[slot]`), by
 * the plan's rules and nothing else — one draw, plain loops, no buffers kept, no shortcuts. The
 * deterministic result is built on it, and the Monte Carlo's fast evaluator is tested against it
 * draw by draw.
 *
 * @example evaluateDraw(model, model.base)[0].saving // the first measure's saving per year
 */
export function evaluateDraw(model: Model, values: Float64Array): DrawMeasure[] {
	return model.measures.map((plan) => evaluateMeasure(plan, model.years, values));
}

function evaluateMeasure(plan: MeasurePlan, years: readonly number[], values: Float64Array): DrawMeasure {
	const value = (f: CompiledFormula) => {
		const scope: Record<string, number> = Object.create(null);
		for (const name of f.symbols) scope[name] = values[plan.slotOfName(name)]!;
		return f.evaluate(scope);
	};
	const year = (f: CompiledFormula | number) => (typeof f === 'number' ? f : roundWhole(value(f)));
	const amount = (f: CompiledFormula) => {
		const x = value(f);
		return x > 0 ? x : 0;
	};
	const shift = values[plan.shiftSlot]!;
	const schaal = values[plan.scaleSlot]!;
	const kosten = values[plan.costSlot]!;
	const formulaLevel = typeof plan.level === 'number' ? null : round6(value(plan.level));
	const level = formulaLevel === null ? (plan.level as number) : formulaLevel > 0 ? formulaLevel : 0;

	// The shape of the saving (a fraction of the level, or printed cells to scale) and its factor.
	let shape: Float64Array;
	let factor: number;
	const saving = plan.saving;
	if (saving.kind === 'asPrinted') {
		shape = printedRow(plan.cells.saving, years, year(saving.delay) + shift);
		factor = printedRatio(level, saving.divisor) * schaal;
	} else if (saving.kind === 'ramp') {
		shape = rampRow(saving.curve, years, shift);
		factor = level * schaal;
	} else {
		const start = year(saving.start);
		const full = saving.full ? year(saving.full) : start;
		shape = shapeRow(saving.ramp, start, full > start ? full : start, year(saving.delay) + shift, years);
		factor = level * schaal;
	}
	let kept = 1;
	for (const slot of plan.overlapSlots) {
		const share = values[slot]!;
		if (share > 0) kept *= 1 - share;
	}
	const gain = factor * kept;
	const gross = shape.map((s) => s * factor);
	const net = shape.map((s) => s * gain);

	const tableCost = new Float64Array(years.length);
	if (plan.hasTableCosts) {
		const row = printedRow(plan.cells.cost, years, year(tableCostDelay(plan)));
		const factor = plan.tableCostScale * kosten;
		row.forEach((c, y) => (tableCost[y] = c * factor));
	}

	const lines = plan.lines.map((line) => {
		const size = amount(line.amount);
		let perYear: Float64Array;
		// an invoeringskost follows the measure's cost factor; a cost elsewhere is not the measure's to carry
		const f = line.role === 'invoering' ? kosten : 1;
		if (line.kind === 'reeks') perYear = gross.map((g) => (g > 0 ? g * (size * f) : 0));
		else {
			const span = costSpan(line.kind, year(line.from!), line.until ? year(line.until) : Infinity);
			perYear = spanRow(line.kind, span.first, span.last, years).map((share) => share * (size * f));
		}
		const counted = line.role === 'invoering' && line.counted !== null && values[plan.slotOfName(line.counted)]! >= 0.5;
		return { line, counted, perYear };
	});
	return { saving: net, gross, tableCost, lines, formulaLevel };
}
