import { sampler, type Distribution } from './distributions';
import type { Model, ModelInput } from './model';
import { BAND_PERCENTILES, meanOf, quantilesOf } from './quantiles';
import { uniformStream } from './random';
import type { Dataset, SourceRef, UncertaintyStatus } from './types';

export const MIN_RUNS = 1000;
export const MAX_RUNS = 100_000;

/** Mean and percentiles per year. */
export interface Band {
	mean: number[];
	p5: number[];
	p10: number[];
	p50: number[];
	p90: number[];
	p95: number[];
}

/** An input that carries uncertainty in this run, with its distribution and where that comes from. */
export interface UncertainModelInput {
	input: ModelInput;
	slot: number;
	distribution: Distribution;
	/** `scenario`: set by the scenario; otherwise as in data/onzekerheid.csv. */
	status: UncertaintyStatus | 'scenario';
	source: SourceRef | null;
	note: string;
}

export interface UncertaintyResult {
	runs: number;
	seed: number;
	years: number[];
	inputs: UncertainModelInput[];
	savings: Band;
	costs: Band;
	net: Band;
	cumulativeNet: Band;
	target: number[];
	/** Share of draws whose net reaches the target (net ≥ richtbedrag), per year. */
	pTarget: number[];
	/** Mean of max(0, target − net): how much is missing on average, per year. */
	expectedShortfall: number[];
	/**
	 * The year from which cumulative net stays above 0 up to the horizon, with the share of
	 * draws; `year: null` collects the draws where that does not happen within the horizon.
	 */
	breakEven: { year: number | null; share: number }[];
}

/**
 * The distribution each model input carries in a scenario, or none:
 * - the scenario's own entry in `distributions` wins (null: switched off);
 * - an assumption the scenario sets to a value is a chosen point: no spread;
 * - otherwise the input's row in onzekerheid.csv, or for a measure's schaal/verschuiving the
 *   `*.schaal` / `*.verschuiving` row.
 */
export function uncertainInputs(dataset: Dataset, model: Model): UncertainModelInput[] {
	const rows = new Map(dataset.uncertainty.map((row) => [row.id, row]));
	const own = model.scenario.distributions ?? {};
	const result: UncertainModelInput[] = [];
	model.inputs.forEach((input, slot) => {
		if (Object.hasOwn(own, input.id)) {
			const distribution = own[input.id];
			if (distribution) result.push({ input, slot, distribution, status: 'scenario', source: null, note: model.scenario.notes[input.id] ?? '' });
			return;
		}
		if (input.kind === 'aanname' && Object.hasOwn(model.scenario.assumptions, input.id)) return;
		const row = rows.get(input.id) ?? (input.kind === 'aanname' ? undefined : rows.get(`*.${input.kind}`));
		if (row?.distribution) result.push({ input, slot, distribution: row.distribution, status: row.status, source: row.source, note: row.note });
	});
	return result;
}

/** Draws kept within the input's range, and whole where the input counts years or is a switch. */
export function toInputValue(input: ModelInput, x: number): number {
	const v = input.whole ? Math.round(x) : x;
	return v < input.min ? input.min : v > input.max ? input.max : v;
}

function keepInRange(input: ModelInput, column: Float64Array, n: number): void {
	const { min, max, whole } = input;
	for (let i = 0; i < n; i++) {
		const v = whole ? Math.round(column[i]!) : column[i]!;
		column[i] = v < min ? min : v > max ? max : v;
	}
}

/** Runs evaluated per block: the input draws of one block stay in cache. */
const BLOCK = 4096;

/**
 * A seeded Monte Carlo over a compiled model: every uncertain input is drawn from its own
 * stream (seed + input id, so scenarios share random numbers), the model's totals are evaluated
 * per draw into typed arrays, and each year gets its mean and percentiles. With no uncertain
 * inputs every draw equals the deterministic run, and so do the mean and every percentile.
 * PM amounts stay out of the sums, as in the deterministic run.
 *
 * @example monteCarlo(model, uncertainInputs(dataset, model), { runs: 10000, seed: 1 }).pTarget.at(-1) // e.g. 0.34
 */
export function monteCarlo(model: Model, uncertain: readonly UncertainModelInput[], options: { runs: number; seed: number }): UncertaintyResult {
	const { runs, seed } = options;
	if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) throw new Error(`aantal trekkingen moet een geheel getal van 1 tot en met ${MAX_RUNS} zijn`);
	if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error('seed moet een geheel getal van 0 tot en met 4294967295 zijn');
	const { years } = model;
	const nYears = years.length;
	// Year-major columns: the draws of one year lie next to each other for the statistics.
	const savings = new Float64Array(nYears * runs);
	const costs = new Float64Array(nYears * runs);
	const streams = uncertain.map((u) => uniformStream(seed, u.input.id));
	const inverse = uncertain.map((u) => sampler(u.distribution));
	const size = Math.min(BLOCK, runs);
	// One column per input: the draws of an uncertain input, the scenario's value for the rest.
	const columns = Array.from(model.base, (value) => new Float64Array(size).fill(value));
	const evaluator = model.evaluator(size);

	for (let start = 0; start < runs; start += size) {
		const n = Math.min(size, runs - start);
		uncertain.forEach((u, k) => {
			const column = columns[u.slot]!;
			streams[k]!(column.subarray(0, n));
			inverse[k]!(column, n);
			keepInRange(u.input, column, n);
		});
		evaluator.run(columns, n, { savings, costs, stride: runs, offset: start });
	}

	const net = new Float64Array(nYears * runs);
	const cumulative = new Float64Array(nYears * runs);
	for (let y = 0; y < nYears; y++) {
		for (let r = 0; r < runs; r++) {
			const i = y * runs + r;
			net[i] = savings[i]! - costs[i]!;
			cumulative[i] = y === 0 ? net[i]! : cumulative[i - runs]! + net[i]!;
		}
	}
	const column = (all: Float64Array, y: number) => all.subarray(y * runs, (y + 1) * runs);
	const band = (all: Float64Array): Band => {
		const result: Band = { mean: [], p5: [], p10: [], p50: [], p90: [], p95: [] };
		for (let y = 0; y < nYears; y++) {
			const col = column(all, y);
			const [p5, p10, p50, p90, p95] = quantilesOf(col, BAND_PERCENTILES) as [number, number, number, number, number];
			result.mean.push(meanOf(col));
			result.p5.push(p5);
			result.p10.push(p10);
			result.p50.push(p50);
			result.p90.push(p90);
			result.p95.push(p95);
		}
		return result;
	};

	const pTarget: number[] = [];
	const expectedShortfall: number[] = [];
	for (let y = 0; y < nYears; y++) {
		const col = column(net, y);
		const target = model.target[y]!;
		let reached = 0;
		let shortfall = 0;
		for (let r = 0; r < runs; r++) {
			const x = col[r]!;
			if (x >= target) reached++;
			else shortfall += target - x;
		}
		pTarget.push(reached / runs);
		expectedShortfall.push(shortfall / runs);
	}

	return {
		runs,
		seed,
		years,
		inputs: [...uncertain],
		savings: band(savings),
		costs: band(costs),
		net: band(net),
		cumulativeNet: band(cumulative),
		target: model.target,
		pTarget,
		expectedShortfall,
		breakEven: breakEvenOf(cumulative, years, runs)
	};
}

/** Per draw the first year from which cumulative net stays above 0; counted per year. */
function breakEvenOf(cumulative: Float64Array, years: readonly number[], runs: number): UncertaintyResult['breakEven'] {
	const counts = new Int32Array(years.length + 1);
	for (let r = 0; r < runs; r++) {
		let y = years.length;
		while (y > 0 && cumulative[(y - 1) * runs + r]! > 0) y--;
		counts[y] = counts[y]! + 1;
	}
	const result: UncertaintyResult['breakEven'] = [];
	years.forEach((year, y) => counts[y]! > 0 && result.push({ year, share: counts[y]! / runs }));
	if (counts[years.length]! > 0) result.push({ year: null, share: counts[years.length]! / runs });
	return result;
}
