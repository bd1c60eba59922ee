import { assumptionValues } from './assumptionValues';
import { fastEvaluator, type Evaluator } from './fastEvaluator';
import { hasInvoeringskosten, planMeasure, pmThroughout, tableCostDelay, type MeasurePlan } from './measurePlan';
import { DEFAULT_TARGET, targetSeries } from './target';
import type { Assumption, CompiledFormula, Dataset, Scenario, SharedSaving, TargetStatus } from './types';
import { yearsUntil } from './years';

/**
 * Inputs every selected measure gets besides its assumptions: `schaal`, a factor on its saving
 * (1 = the table); `verschuiving`, whole years its saving comes later than planned (0 = the
 * table); and, where it has invoeringskosten, `kosten`, a factor on them (1 = as estimated). Schaal and
 * verschuiving never touch the costs: a saving that is smaller or later does not make the costs
 * of getting there smaller or later.
 */
export const MEASURE_INPUTS = ['schaal', 'verschuiving', 'kosten'] as const;

/** One number the model reads: an assumption, or a measure's level factor or timing shift. */
export interface ModelInput {
	/** `b17.kinderen`, `overlap.reikwijdte`, `b12.schaal`, `b12.verschuiving` */
	id: string;
	label: string;
	/** The measure it belongs to, or null for a package-level assumption. */
	measure: string | null;
	kind: 'aanname' | (typeof MEASURE_INPUTS)[number];
	/** Unit as in aannames.csv; `factor` for schaal and kosten, `jaren` for verschuiving. */
	unit: string;
	/** The scenario's value: what the deterministic run uses. */
	value: number;
	/** Drawn values are kept within [min, max] … */
	min: number;
	max: number;
	/** … and rounded where the input counts whole years or is a switch. */
	whole: boolean;
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
	/** The selected measures in the data's order, each with its rules decided (measurePlan.ts). */
	measures: MeasurePlan[];
	/** Packages whose overlap share is an input. */
	packages: { id: string; label: string; slot: number; measures: readonly string[] }[];
	/** Savings several selected measures share (B5 and B23). */
	shared: readonly SharedSaving[];
	/** The target the model is set against (data/doelen.csv), per year; null where it is PM or unknown. */
	targetId: string;
	targetStatus: TargetStatus[];
	target: (number | null)[];
	/**
	 * The slots whose values can change a total: the level, timing, overlap and formula inputs of
	 * the measures, except those that are PM throughout. Drawing any other input changes nothing.
	 */
	reads: ReadonlySet<number>;
	/**
	 * The fast evaluator for blocks of up to `size` draws (fastEvaluator.ts). With `varying` (the
	 * slots whose values differ between draws), a formula that reads none of them is worked out
	 * once: the other slots must then hold the same value in every draw and every block.
	 */
	evaluator(size: number, varying?: ReadonlySet<number>): Evaluator;
}

const WHOLE_UNITS = new Set(['jaar', 'jaren', 'schakelaar']);

/**
 * Why a value cannot be an assumption's, in Dutch, or null: outside its range, or not whole where
 * the unit counts whole years or is a switch (2026,5 is no year; 0,5 no switch). Every way in — a
 * scenario file, a link, `--set` — asks this, so what reads also computes.
 *
 * @example assumptionValueProblem({ unit: 'schakelaar', min: 0, max: 1, … }, 0.5) // 'moet een heel getal zijn (schakelaar)'
 */
export function assumptionValueProblem(assumption: Pick<Assumption, 'unit' | 'min' | 'max'>, value: number): string | null {
	if (!Number.isFinite(value) || value < assumption.min || value > assumption.max)
		return `ligt buiten het bereik ${assumption.min} tot en met ${assumption.max} (${assumption.unit})`;
	if (WHOLE_UNITS.has(assumption.unit) && !Number.isInteger(value)) return `moet een heel getal zijn (${assumption.unit})`;
	return null;
}
/** A saving comes at most this many years later than planned; never earlier (a PM year stays PM). */
const SHIFT_RANGE = { min: 0, max: 7 };

/**
 * The values a measure's own inputs can take: a factor from 0 to 10 (ten times the table is far
 * beyond any doubt in the sources, and a bound keeps a mistyped "1.250" from reading as 1.250
 * times), a shift 0 to 7 whole years.
 */
export const MEASURE_INPUT_RANGES: Readonly<Record<(typeof MEASURE_INPUTS)[number], { min: number; max: number }>> = {
	schaal: { min: 0, max: 10 },
	verschuiving: SHIFT_RANGE,
	kosten: { min: 0, max: 10 }
};

/**
 * Compile a scenario into a model: every input gets a slot, every selected measure a plan.
 * Throws on an unknown measure or an override that cannot apply.
 *
 * @example compileModel(dataset, preset).inputs.find((i) => i.id === 'b17.kinderen')?.value // 20000
 */
export function compileModel(dataset: Dataset, scenario: Scenario, targetId: string = DEFAULT_TARGET): Model {
	const years = yearsUntil(scenario.horizon);
	const byId = new Map(dataset.measures.map((m) => [m.id, m]));
	const chosen = new Set(scenario.measures);
	for (const id of chosen) if (!byId.has(id)) throw new Error(`Onbekende maatregel in scenario ${scenario.id}: ${id}`);
	// Always in the data's order, so the totals do not depend on how a scenario lists its measures.
	const selected = dataset.measures.filter((m) => chosen.has(m.id));
	const inputs: ModelInput[] = [];
	const values = assumptionValues(dataset, scenario);
	for (const a of dataset.assumptions) {
		if (a.measure !== null && !chosen.has(a.measure)) continue;
		const owner = a.measure === null ? undefined : byId.get(a.measure);
		const label = owner ? `${owner.code ?? owner.name}: ${a.label}` : a.label;
		inputs.push({
			id: a.id,
			label,
			measure: a.measure,
			kind: 'aanname',
			unit: a.unit,
			value: values.get(a.id)!,
			min: a.min,
			max: a.max,
			whole: WHOLE_UNITS.has(a.unit)
		});
	}
	for (const m of selected) {
		const name = m.code ?? m.name;
		inputs.push({
			id: `${m.id}.schaal`,
			label: `${name}: deel van de tabelbesparing dat gehaald wordt`,
			measure: m.id,
			kind: 'schaal',
			unit: 'factor',
			value: 1,
			...MEASURE_INPUT_RANGES.schaal,
			whole: false
		});
		inputs.push({
			id: `${m.id}.verschuiving`,
			label: `${name}: jaren later dan gepland`,
			measure: m.id,
			kind: 'verschuiving',
			unit: 'jaren',
			value: 0,
			...MEASURE_INPUT_RANGES.verschuiving,
			whole: true
		});
		// a cost factor only where there are invoeringskosten to scale
		if (!hasInvoeringskosten(m, Object.hasOwn(dataset.mechanisms, m.id) ? dataset.mechanisms[m.id] : undefined)) continue;
		inputs.push({
			id: `${m.id}.kosten`,
			label: `${name}: invoeringskosten t.o.v. de raming`,
			measure: m.id,
			kind: 'kosten',
			unit: 'factor',
			value: 1,
			...MEASURE_INPUT_RANGES.kosten,
			whole: false
		});
	}
	const slots = new Map(inputs.map((input, i) => [input.id, i]));
	const slotOf = (id: string) => slots.get(id) ?? -1;
	const packages = dataset.packages.map((p) => ({ id: p.id, label: p.label, slot: slotOf(p.overlap), measures: p.measures })).filter((p) => p.slot >= 0);
	const measures = selected.map((m) =>
		planMeasure(
			m,
			Object.hasOwn(dataset.mechanisms, m.id) ? dataset.mechanisms[m.id] : undefined,
			scenario,
			slotOf,
			packages.filter((p) => p.measures.includes(m.id)).map((p) => p.slot)
		)
	);

	const model: Model = {
		scenario,
		years,
		inputs,
		slotOf,
		base: Float64Array.from(inputs, (input) => input.value),
		measures,
		packages,
		shared: dataset.shared.filter((s) => s.measures.every((id) => chosen.has(id))),
		targetId,
		...(({ values, status }) => ({ target: values, targetStatus: status }))(targetSeries(dataset, targetId, years)),
		reads: new Set(measures.flatMap(readsOf)),
		evaluator: (size, varying) => fastEvaluator(model, size, varying)
	};
	return model;
}

/** The slots a plan's lines read in the net (none for a measure that is PM throughout without costs). */
function readsOf(plan: MeasurePlan): number[] {
	const formulas = (...fs: (CompiledFormula | number | null)[]) =>
		fs.flatMap((f) => (f === null || typeof f === 'number' ? [] : f.symbols.map((name) => plan.slotOfName(name))));
	const s = plan.saving;
	const saving = [
		plan.scaleSlot,
		plan.shiftSlot,
		...formulas(plan.level),
		...(s.kind === 'asPrinted' ? formulas(s.delay) : s.kind === 'formulaRamp' ? formulas(s.start, s.full, s.delay) : [])
	];
	const slots: number[] = pmThroughout(plan) ? [] : [...saving, ...plan.overlapSlots];
	if (plan.hasTableCosts) slots.push(plan.costSlot, ...formulas(tableCostDelay(plan)));
	for (const line of plan.lines) {
		if (line.role !== 'invoering' || line.counted === null) continue;
		slots.push(plan.costSlot, plan.slotOfName(line.counted), ...formulas(line.amount, line.from, line.until));
		if (line.kind === 'reeks') slots.push(...saving);
	}
	return slots.filter((slot) => slot >= 0);
}
