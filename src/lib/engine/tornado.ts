import { drawnQuantile, pertTable, type PertTables } from './inverse';
import type { Model } from './model';
import { toInputValue, type UncertainModelInput } from './monteCarlo';

/** What a tornado bar measures: one year's net, or the cumulative net up to and including that year. */
export interface TornadoMetric {
	year: number;
	cumulative: boolean;
}

export interface TornadoBar {
	id: string;
	label: string;
	/** The input's P10 and P90. */
	low: number;
	high: number;
	/** The metric with this input at its P10 / P90 and every other uncertain input at its median. */
	atLow: number;
	atHigh: number;
	/** |atHigh − atLow| */
	swing: number;
}

/** What one uncertain input does to the metric when it moves from the scenario's value to its median. */
export interface TornadoPull {
	id: string;
	label: string;
	/** The metric with this input at its median (the rest at the scenario's values) minus the metric without uncertainty. */
	mln: number;
}

export interface Tornado {
	metric: TornadoMetric;
	/** The metric with every uncertain input at its median. */
	base: number;
	/** The metric without uncertainty: every input at the scenario's value. */
	certain: number;
	/** Largest swing first. */
	bars: TornadoBar[];
	/** Why the middle of the band lies where it does: each input's pull from the scenario's value to its median, largest first (zero pulls left out). */
	pulls: TornadoPull[];
}

/**
 * One-at-a-time sensitivity: each uncertain input from its P10 to its P90 while the others sit
 * at their median; bars sorted by how far they move the metric. The quantiles are the draws' own
 * (drawnQuantile), from `tables` where the caller keeps the PERT tables of its Monte Carlo.
 *
 * @example tornado(model, inputs, { year: 2028, cumulative: false }).bars[0].id // the input that matters most
 */
export function tornado(model: Model, uncertain: readonly UncertainModelInput[], metric: TornadoMetric, tables: PertTables = pertTable): Tornado {
	const y = model.years.indexOf(metric.year);
	if (y < 0) throw new Error(`jaar ${metric.year} valt buiten de horizon`);
	const n = model.years.length;
	const savings = new Float64Array(n);
	const costs = new Float64Array(n);
	const evaluator = model.evaluator(1);
	const columns = Array.from(model.base, () => new Float64Array(1));
	const evaluate = (values: Float64Array) => {
		values.forEach((v, slot) => (columns[slot]![0] = v));
		evaluator.run(columns, 1, { savings, costs, stride: 1, offset: 0 });
		if (!metric.cumulative) return savings[y]! - costs[y]!;
		let sum = 0;
		for (let i = 0; i <= y; i++) sum += savings[i]! - costs[i]!;
		return sum;
	};
	const medians = Float64Array.from(model.base);
	for (const u of uncertain) medians[u.slot] = toInputValue(u.input, drawnQuantile(u.distribution, 0.5, tables));
	const base = evaluate(medians);
	const bars = uncertain.map((u) => {
		const [low, high] = [0.1, 0.9].map((p) => toInputValue(u.input, drawnQuantile(u.distribution, p, tables))) as [number, number];
		const values = Float64Array.from(medians);
		values[u.slot] = low;
		const atLow = evaluate(values);
		values[u.slot] = high;
		const atHigh = evaluate(values);
		return { id: u.input.id, label: u.input.label, low, high, atLow, atHigh, swing: Math.abs(atHigh - atLow) };
	});
	bars.sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id));
	const certain = evaluate(Float64Array.from(model.base));
	const pulls = uncertain
		.map((u) => {
			const values = Float64Array.from(model.base);
			values[u.slot] = medians[u.slot]!;
			return { id: u.input.id, label: u.input.label, mln: evaluate(values) - certain };
		})
		.filter((p) => Math.abs(p.mln) > 1e-9)
		.sort((a, b) => Math.abs(b.mln) - Math.abs(a.mln) || a.id.localeCompare(b.id));
	return { metric, base, certain, bars, pulls };
}
