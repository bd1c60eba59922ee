import { splitCells } from './rows';
import type { CompiledFormula, CostLine, Measure, Mechanism, MeasureOverride, RampCurve, Scenario } from './types';

/**
 * The domain rules of one measure in a scenario, decided once: where its saving comes from and
 * how it lies over time, its table costs and its cost lines. Both evaluators read a plan; neither
 * decides these rules itself.
 *
 * - The saving is the positive part of the table's cells (PM stays PM), scaled to the structural
 *   level (the scenario's override, the mechanism's formula, or the printed 2028 saving), shaped
 *   as printed (moved by a delay) or by a ramp; the measure's `schaal` multiplies it and its
 *   `verschuiving` moves it later; package overlap takes a share off. A measure the table leaves
 *   PM in every year stays PM until a scenario gives it an amount; its mechanism may give the
 *   shape (B19: its fiche's timetable). An override `pm` makes the saving PM in every year.
 * - The table's costs (its negative cells) keep their own size (or the scenario's costsMln) and
 *   follow only a deliberate delay of the printed series: a level, curve, schaal or verschuiving
 *   of the saving never touches them.
 * - Cost lines of the mechanism are placed by their own formulas (which follow the measure's
 *   start year where the data says so); `reeks` lines follow the saving.
 */
export interface MeasurePlan {
	measure: Measure;
	/** The table row split into saving (NaN where PM) and cost, per table year. */
	cells: { saving: Float64Array; cost: Float64Array };
	/** The structural saving: a formula (rounded to 1e-6 € mln, then at least 0) or a fixed number. */
	level: CompiledFormula | number;
	saving: SavingShape;
	/** Whether the table row has costs, and the factor on them (costsMln / printed total). */
	hasTableCosts: boolean;
	tableCostScale: number;
	/** The mechanism's cost lines, in the data's order. */
	lines: readonly CostLine[];
	/** Slots of the measure's own inputs. */
	scaleSlot: number;
	shiftSlot: number;
	/** The factor on the measure's invoeringskosten (its table costs and counted cost lines). */
	costSlot: number;
	/** Package overlap: the saving is multiplied by (1 − value) of each of these slots (where > 0). */
	overlapSlots: readonly number[];
	/** Slot of one of the measure's assumptions, by its name after the dot; −1 if unknown. */
	slotOfName(name: string): number;
}

/**
 * How the saving lies over time:
 * - `asPrinted`: the table's saving cells moved `delay` (+ verschuiving) years, × level / `divisor`
 *   (the printed 2028 saving);
 * - `ramp`: the scenario's curve, moved by verschuiving, × level;
 * - `formulaRamp`: the mechanism's step or ramp with formula years, moved by delay + verschuiving, × level.
 */
export type SavingShape =
	| { kind: 'asPrinted'; delay: CompiledFormula | number; divisor: number }
	| { kind: 'ramp'; curve: Exclude<RampCurve, { kind: 'asPrinted' }> }
	| { kind: 'formulaRamp'; ramp: 'step' | 'linear' | 'logistic'; start: CompiledFormula; full: CompiledFormula | null; delay: CompiledFormula | number };

/** What is wrong with an override of a measure: the field and the reason in Dutch, or null. */
export interface OverrideProblem {
	field: 'structuralMln' | 'curve' | 'costsMln' | 'pm';
	problem: string;
}

/**
 * Whether an override can apply to a measure, by the same rules the plan follows, so a scenario
 * that validates always computes: a saving is never negative, a level needs a saving in the
 * table to scale or a curve to shape, and costsMln needs costs in the table. A PM post has no
 * amount and no curve.
 *
 * @example overrideProblem(kwaliteitsagenda, undefined, { structuralMln: 20 })?.field // 'structuralMln'
 */
export function overrideProblem(measure: Measure, mechanism: Mechanism | undefined, override: MeasureOverride): OverrideProblem | null {
	const { saving, cost } = splitCells(measure);
	const saving2028 = saving[saving.length - 1]!;
	if (override.pm && (override.structuralMln !== undefined || override.curve)) {
		return { field: 'pm', problem: 'een PM-post heeft geen bedrag en geen verloop; laat structuralMln en curve weg' };
	}
	const printedShape = !override.curve ? !mechanism?.curve || mechanism.curve.kind === 'asPrinted' : override.curve.kind === 'asPrinted';
	if (override.structuralMln !== undefined) {
		if (!(override.structuralMln >= 0)) {
			return { field: 'structuralMln', problem: 'een besparing is 0 of meer; de invoeringskosten van de tabel wijzigt u met costsMln' };
		}
		if (printedShape && !(saving2028 > 0)) {
			return { field: 'structuralMln', problem: `de tabel heeft voor ${label(measure)} in 2028 geen besparing om te schalen; geef ook een curve (curve)` };
		}
	} else if (!printedShape && !mechanism?.structural && Number.isNaN(saving2028)) {
		return { field: 'curve', problem: `${label(measure)} staat in 2028 op PM: geef bij een curve ook het structurele bedrag (structuralMln)` };
	}
	if (override.costsMln !== undefined) {
		if (!(override.costsMln >= 0)) return { field: 'costsMln', problem: 'invoeringskosten zijn 0 of meer' };
		if (!cost.some((c) => c > 0)) return { field: 'costsMln', problem: `de tabel heeft voor ${label(measure)} geen invoeringskosten` };
	}
	return null;
}

/** Plan one selected measure of a scenario. Throws on an override that cannot apply (see overrideProblem). */
export function planMeasure(
	measure: Measure,
	mechanism: Mechanism | undefined,
	scenario: Scenario,
	slotOf: (id: string) => number,
	overlapSlots: readonly number[]
): MeasurePlan {
	const id = measure.id;
	const own = Object.hasOwn(scenario.overrides, id) ? scenario.overrides[id]! : undefined;
	const problem = own ? overrideProblem(measure, mechanism, own) : null;
	if (problem) throw new Error(`${label(measure)}, ${problem.field}: ${problem.problem}`);
	const printed = splitCells(measure);
	// A PM post: no saving in any year; the table's costs stay.
	const cells = own?.pm ? { saving: new Float64Array(printed.saving.length).fill(NaN), cost: printed.cost } : printed;
	const saving2028 = cells.saving[cells.saving.length - 1]!;
	const level = own?.pm ? 0 : (own?.structuralMln ?? mechanism?.structural ?? saving2028);

	let saving: SavingShape;
	const spec = own?.curve ? null : (mechanism?.curve ?? null);
	if (own?.curve && own.curve.kind !== 'asPrinted') saving = { kind: 'ramp', curve: own.curve };
	else if (own?.curve) saving = { kind: 'asPrinted', delay: own.curve.delay ?? 0, divisor: saving2028 };
	else if (!spec || spec.kind === 'asPrinted') saving = { kind: 'asPrinted', delay: spec?.delay ?? 0, divisor: saving2028 };
	else if (own?.pm) saving = { kind: 'asPrinted', delay: 0, divisor: saving2028 };
	else saving = { kind: 'formulaRamp', ramp: spec.kind, start: spec.start, full: spec.kind === 'step' ? null : spec.full, delay: spec.delay ?? 0 };
	if (saving.kind === 'asPrinted' && typeof level !== 'number' && !(saving2028 > 0)) {
		throw new Error(`${label(measure)}: de tabel heeft geen besparing in 2028 om de formule naar te schalen`);
	}

	const printedCosts = cells.cost.reduce((sum, c) => sum + c, 0);
	return {
		measure,
		cells,
		level,
		saving,
		hasTableCosts: printedCosts > 0,
		tableCostScale: own?.costsMln === undefined || printedCosts === 0 ? 1 : own.costsMln / printedCosts,
		lines: mechanism?.costs ?? [],
		scaleSlot: slotOf(`${id}.schaal`),
		shiftSlot: slotOf(`${id}.verschuiving`),
		costSlot: slotOf(`${id}.kosten`),
		overlapSlots,
		slotOfName: (name) => slotOf(`${id}.${name}`)
	};
}

/** Whether a measure has invoeringskosten of its own: negative cells in the table, or an invoering cost line. */
export function hasInvoeringskosten(measure: Measure, mechanism: Mechanism | undefined): boolean {
	return splitCells(measure).cost.some((c) => c > 0) || (mechanism?.costs ?? []).some((line) => line.role === 'invoering');
}

/**
 * The factor on the printed saving cells for a level: level / printed 2028 saving. The table's own
 * level gives exactly 1, also where the table has no saving in 2028 to divide by (only costs, or PM).
 */
export function printedRatio(level: number, divisor: number): number {
	return level === divisor || !(divisor > 0) ? 1 : level / divisor;
}

/** The deliberate delay of a plan's printed series, which its table costs follow too (0 for a ramp). */
export function tableCostDelay(plan: MeasurePlan): CompiledFormula | number {
	return plan.saving.kind === 'asPrinted' ? plan.saving.delay : 0;
}

/**
 * Whether the measure's saving is PM in every year: the table says nothing but PM and nothing
 * gives it an amount (a printed series of PM cells, or a shape without a level: B19's timetable).
 */
export function pmThroughout(plan: MeasurePlan): boolean {
	return plan.cells.saving.every(Number.isNaN) && (plan.saving.kind === 'asPrinted' || (typeof plan.level === 'number' && Number.isNaN(plan.level)));
}

function label(m: Measure): string {
	return m.code ?? m.name;
}
