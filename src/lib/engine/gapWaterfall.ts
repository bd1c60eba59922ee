import { assumptionValues } from './assumptionValues';
import { simulate } from './simulate';
import type { Dataset, MeasureOverride, Scenario } from './types';

/** What the gap is measured on: net in one year, or net added up from the first year to it. */
export interface GapMetric {
	year: number;
	cumulative: boolean;
}

/** One thing in which scenario B differs from A, and what taking B's side means. */
export type GapStep =
	| { kind: 'maatregel'; id: string; measure: string; label: string; add: boolean }
	| { kind: 'aanname'; id: string; assumption: string; measure: string | null; label: string; from: number; to: number }
	| { kind: 'curve'; id: string; measure: string; label: string; from: MeasureOverride | null; to: MeasureOverride | null };

export interface GapPart {
	step: GapStep;
	/** What this step adds to the metric, taken after the steps before it; whole euros. */
	euros: number;
	/** The same in € mln. */
	mln: number;
	/** The step's effect on A alone (no other step taken), € mln: the order's key. */
	aloneMln: number;
}

export interface GapWaterfall {
	metric: GapMetric;
	/** The common horizon both scenarios are run to. */
	horizon: number;
	/** The metric for A and for B, whole euros. */
	fromEuros: number;
	toEuros: number;
	/** B − A, whole euros: exactly the sum of the parts' euros. */
	gapEuros: number;
	/** Largest effect (on A alone) first. */
	parts: GapPart[];
}

/**
 * Split the difference B − A of a metric into the steps that turn A into B: measures added or
 * left out, measure overrides, and assumption values. The steps are ordered by their effect on A
 * alone, largest first; then they are taken one after another, each part being the change it
 * makes after the ones before. The parts therefore add up to the whole gap; they are counted in
 * whole euros, so the sum is exact, not close. Where steps interact (a level and its measure),
 * the interaction falls to the later step.
 *
 * @example gapWaterfall(dataset, tabel1, rijk, { year: 2028, cumulative: false }).gapEuros // 721_000_000
 */
export function gapWaterfall(dataset: Dataset, a: Scenario, b: Scenario, metric: GapMetric): GapWaterfall {
	const horizon = Math.max(a.horizon, b.horizon, metric.year);
	const start: Scenario = { ...a, horizon };
	const end: Scenario = { ...b, horizon };
	const value = (scenario: Scenario) => metricEuros(dataset, scenario, metric);
	const fromEuros = value(start);
	const steps = gapSteps(dataset, start, end);
	const alone = new Map(steps.map((step) => [step.id, value(applyStep(dataset, start, step)) - fromEuros]));
	const ordered = [...steps].sort((x, y) => Math.abs(alone.get(y.id)!) - Math.abs(alone.get(x.id)!) || x.id.localeCompare(y.id));

	const parts: GapPart[] = [];
	let scenario = start;
	let before = fromEuros;
	for (const step of ordered) {
		scenario = applyStep(dataset, scenario, step);
		const after = value(scenario);
		parts.push({ step, euros: after - before, mln: (after - before) / 1e6, aloneMln: alone.get(step.id)! / 1e6 });
		before = after;
	}
	// All steps taken, A has become B: same measures, overrides and assumption values.
	const toEuros = value(end);
	if (before !== toEuros) throw new Error(`kloofanalyse komt niet uit: ${before} ≠ ${toEuros}`);
	return { metric, horizon, fromEuros, toEuros, gapEuros: toEuros - fromEuros, parts };
}

/** The metric of a scenario in whole euros (€ mln × 10⁶, rounded). */
function metricEuros(dataset: Dataset, scenario: Scenario, metric: GapMetric): number {
	const { years, totals } = simulate(dataset, scenario);
	const i = years.indexOf(metric.year);
	if (i < 0) throw new Error(`jaar ${metric.year} valt buiten ${years[0]}–${years.at(-1)}`);
	const mln = metric.cumulative ? totals.cumulativeNet[i]! : totals.net[i]!;
	return Math.round(mln * 1e6);
}

/** Every way B differs from A that can move a figure; distributions and notes cannot. */
export function gapSteps(dataset: Dataset, a: Scenario, b: Scenario): GapStep[] {
	const steps: GapStep[] = [];
	const inA = new Set(a.measures);
	const inB = new Set(b.measures);
	const name = (id: string) => {
		const m = dataset.measures.find((x) => x.id === id);
		return m?.code ?? m?.name ?? id;
	};
	for (const m of dataset.measures) {
		if (inA.has(m.id) !== inB.has(m.id)) {
			const add = inB.has(m.id);
			steps.push({ kind: 'maatregel', id: `maatregel:${m.id}`, measure: m.id, label: `${name(m.id)} ${add ? 'opnemen' : 'weglaten'}`, add });
		}
		const from = a.overrides[m.id] ?? null;
		const to = b.overrides[m.id] ?? null;
		if (inB.has(m.id) && JSON.stringify(from) !== JSON.stringify(to)) {
			steps.push({ kind: 'curve', id: `curve:${m.id}`, measure: m.id, label: `${name(m.id)}: niveau en verloop`, from, to });
		}
	}
	const valuesA = assumptionValues(dataset, a);
	const valuesB = assumptionValues(dataset, b);
	for (const assumption of dataset.assumptions) {
		const from = valuesA.get(assumption.id)!;
		const to = valuesB.get(assumption.id)!;
		if (from === to) continue;
		// An assumption of a measure neither scenario has cannot move a figure.
		if (assumption.measure !== null && !inA.has(assumption.measure) && !inB.has(assumption.measure)) continue;
		const label = assumption.measure === null ? assumption.label : `${name(assumption.measure)}: ${assumption.label}`;
		steps.push({ kind: 'aanname', id: `aanname:${assumption.id}`, assumption: assumption.id, measure: assumption.measure, label, from, to });
	}
	return steps;
}

/**
 * Take B's side of one step in scenario A ("neem deze waarde over"): A gains or loses the
 * measure, gets B's override, or B's assumption value. Nothing else in A changes.
 */
export function applyStep(dataset: Dataset, scenario: Scenario, step: GapStep): Scenario {
	switch (step.kind) {
		case 'maatregel': {
			const chosen = new Set(scenario.measures);
			if (step.add) chosen.add(step.measure);
			else chosen.delete(step.measure);
			const overrides = { ...scenario.overrides };
			if (!step.add) delete overrides[step.measure];
			return { ...scenario, measures: dataset.measures.filter((m) => chosen.has(m.id)).map((m) => m.id), overrides };
		}
		case 'curve': {
			const overrides = { ...scenario.overrides };
			if (step.to) overrides[step.measure] = step.to;
			else delete overrides[step.measure];
			return { ...scenario, overrides };
		}
		case 'aanname':
			return { ...scenario, assumptions: { ...scenario.assumptions, [step.assumption]: step.to } };
	}
}
