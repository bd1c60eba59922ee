import { supportOf, type Distribution } from './distributions';
import { sampler } from './inverse';
import type { Model, ModelInput } from './model';
import { BAND_PERCENTILES, summaryOf } from './quantiles';
import { uniformStream } from './random';
import { MonteCarloWorkspace } from './workspace';
import type { Dataset, SourceRef, UncertaintySet, UncertaintyStatus } from './types';

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
	/** Follows the shared uitvoeringstempo. */
	tempo: boolean;
	/** Its default is the set's row for every measure (`*.schaal` …), not a row of its own: our generic assumption. */
	generic: boolean;
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
	/** The target per year; null where it is PM or unknown. */
	target: (number | null)[];
	/** Share of draws whose net reaches the target (net ≥ target), per year; null without a target. */
	pTarget: (number | null)[];
	/** Mean of max(0, target − net): how much is missing on average, per year; null without a target. */
	expectedShortfall: (number | null)[];
	/**
	 * The year from which cumulative net stays above 0 up to the horizon, with the share of
	 * draws; `year: null` collects the draws where that does not happen within the horizon.
	 */
	breakEven: { year: number | null; share: number }[];
	/** The draws of net in the year asked for (options.histogram), or null. */
	histogram: NetHistogram | null;
	/** Per other target asked for (options.targets): the share of draws that reach it, per year; null where it has no amount. */
	targetChances: { id: string; pTarget: (number | null)[] }[];
}

/** The uncertainty set a scenario uses: its own choice, else the data's default. Throws on an unknown id. */
export function uncertaintySetOf(dataset: Dataset, scenario: { uncertaintySet?: string }): UncertaintySet {
	const set =
		scenario.uncertaintySet === undefined
			? dataset.uncertaintySets.find((s) => s.isDefault)
			: dataset.uncertaintySets.find((s) => s.id === scenario.uncertaintySet);
	if (!set) throw new Error(`onbekende set van onzekerheid "${scenario.uncertaintySet}"; kies ${dataset.uncertaintySets.map((s) => s.id).join(' of ')}`);
	return set;
}

/**
 * The distribution each model input carries in a scenario, or none:
 * - the scenario's own entry in `distributions` wins (null: switched off);
 * - an assumption the scenario sets to a value is a chosen point: no spread;
 * - otherwise the input's row in the scenario's uncertainty set (onzekerheid.csv), or for a
 *   measure's schaal, verschuiving or kosten the set's `*.` row.
 */
export function uncertainInputs(dataset: Dataset, model: Model): UncertainModelInput[] {
	const rows = new Map(uncertaintySetOf(dataset, model.scenario).inputs.map((row) => [row.id, row]));
	const own = model.scenario.distributions ?? {};
	const result: UncertainModelInput[] = [];
	model.inputs.forEach((input, slot) => {
		const ownRow = rows.get(input.id);
		const row = ownRow ?? (input.kind === 'aanname' ? undefined : rows.get(`*.${input.kind}`));
		const generic = !ownRow && row !== undefined;
		if (Object.hasOwn(own, input.id)) {
			const distribution = own[input.id];
			// an own distribution of a timing input follows the tempo, whichever set is on
			const tempo = isTiming(dataset, input);
			if (distribution)
				result.push({ input, slot, distribution, status: 'scenario', source: null, note: model.scenario.notes[input.id] ?? '', tempo, generic: false });
			return;
		}
		if (input.kind === 'aanname' && Object.hasOwn(model.scenario.assumptions, input.id)) return;
		if (row?.distribution)
			result.push({ input, slot, distribution: row.distribution, status: row.status, source: row.source, note: row.note, tempo: row.tempo, generic });
	});
	return result;
}

/** Draws kept within the input's range, and whole where the input counts years or is a switch. */
export function toInputValue(input: ModelInput, x: number): number {
	const v = input.whole ? Math.round(x) : x;
	return v < input.min ? input.min : v > input.max ? input.max : v;
}

/** Keeps draws within the input's range, or null when the distribution cannot leave it. */
function keepInRange(input: ModelInput, distribution: Distribution): ((column: Float64Array, n: number) => void) | null {
	const support = supportOf(distribution);
	const { min, max, whole } = input;
	if (support.min >= min && support.max <= max && (support.whole || !whole)) return null;
	return (column, n) => {
		for (let i = 0; i < n; i++) {
			const v = whole ? Math.round(column[i]!) : column[i]!;
			column[i] = v < min ? min : v > max ? max : v;
		}
	};
}

/** A timing input: a shift or a year, or one that a set lets follow the shared tempo. */
function isTiming(dataset: Dataset, input: ModelInput): boolean {
	if (input.kind === 'verschuiving' || input.unit === 'jaar' || input.unit === 'jaren') return true;
	return dataset.uncertaintySets.some((set) => set.inputs.some((row) => row.id === input.id && row.tempo));
}

/**
 * The shared uitvoeringstempo on one input's uniform draws, in place: where the input's own coin
 * falls below `strength`, the draw takes the shared uniform. Own draws, shared draws and coins
 * are independent uniforms, so each input keeps its own distribution; only their timing comes
 * together.
 */
export function mixTempo(column: Float64Array, shared: Float64Array, coins: Float64Array, strength: number, n: number): void {
	for (let i = 0; i < n; i++) if (coins[i]! < strength) column[i] = shared[i]!;
}

/** The assumption that sets the strength of the shared uitvoeringstempo (0 = independent timing). */
export const TEMPO_ID = 'samenhang.tempo';

/** Runs evaluated per block: the input draws of one block stay in cache. */
const BLOCK = 4096;

/** How many draws, from which seed, and the caller's workspace (new arrays and tables without one). */
export interface MonteCarloOptions {
	runs: number;
	seed: number;
	workspace?: MonteCarloWorkspace;
	/** The year (or cumulative up to it) whose draws of net are counted in a histogram. */
	histogram?: { year: number; cumulative: boolean };
	/** Other targets to count the same draws against (the chance of each frame, one pass). */
	targets?: readonly { id: string; values: readonly (number | null)[] }[];
}

/** How the draws of net fall in one year (or cumulative up to it): equal bins with their counts, and the target. */
export interface NetHistogram {
	year: number;
	cumulative: boolean;
	/** Bin edges, € mln: bin i runs from edges[i] to edges[i + 1]. */
	edges: number[];
	counts: number[];
	/** The target of that year (summed up to it when cumulative); null where a year has none. */
	target: number | null;
	/** Share of draws at or above the target; null without a target. */
	pTarget: number | null;
}

/**
 * A seeded Monte Carlo over a compiled model: every uncertain input is drawn from its own
 * stream (seed + input id, so scenarios share random numbers), the model's totals are evaluated
 * per draw into typed arrays, and each year gets its mean and percentiles. With no uncertain
 * inputs every draw equals the deterministic run, and so do the mean and every percentile.
 * PM amounts stay out of the sums, as in the deterministic run.
 *
 * @example monteCarlo(model, uncertainInputs(dataset, model), { runs: 10000, seed: 1 }).pTarget.at(-1) // e.g. 0.34
 */
export function monteCarlo(model: Model, uncertain: readonly UncertainModelInput[], options: MonteCarloOptions): UncertaintyResult {
	const { runs, seed } = options;
	const { years } = model;
	const nYears = years.length;
	const workspace = options.workspace ?? new MonteCarloWorkspace();
	const { savings, costs } = drawTotals(model, uncertain, { ...options, workspace }, 'a');

	const band = (all: Float64Array) => bandOf(all, runs, nYears);
	const savingsBand = band(savings);
	const costsBand = band(costs);

	// One pass per year turns savings into net and costs into cumulative net (no more arrays of
	// 100 000 × years), counts the draws that reach the target and their shortfall, and keeps per
	// draw the last year its cumulative net was not above 0 (the break-even year is the one after).
	const net = savings;
	const cumulative = costs;
	const lastNotAbove = new Int32Array(runs).fill(-1);
	const pTarget: (number | null)[] = [];
	const expectedShortfall: (number | null)[] = [];
	const others = options.targets ?? [];
	const otherChances = others.map(() => [] as (number | null)[]);
	for (let y = 0; y < nYears; y++) {
		const target = model.target[y]!;
		// without a target the pass still makes net and cumulative net; it counts against +∞ and is not reported
		const { reached, shortfall } = netYear(savings, costs, runs, y, target ?? Infinity, lastNotAbove);
		pTarget.push(target === null ? null : reached / runs);
		expectedShortfall.push(target === null ? null : shortfall / runs);
		others.forEach((other, k) => {
			const t = other.values[y] ?? null;
			otherChances[k]!.push(t === null ? null : countAtLeast(net, y * runs, runs, t) / runs);
		});
	}

	const asked = options.histogram && years.includes(options.histogram.year) ? options.histogram : null;
	let histogram: NetHistogram | null = null;
	if (asked) {
		const y = years.indexOf(asked.year);
		const column = (asked.cumulative ? cumulative : net).subarray(y * runs, (y + 1) * runs);
		const upTo = model.target.slice(0, y + 1);
		const target = asked.cumulative ? (upTo.some((t) => t === null) ? null : upTo.reduce<number>((a, b) => a + b!, 0)) : model.target[y]!;
		const pTarget = target === null ? null : column.reduce((n, x) => (x >= target ? n + 1 : n), 0) / runs;
		histogram = { ...asked, ...histogramOf(column), target, pTarget };
	}
	return {
		runs,
		seed,
		years,
		inputs: [...uncertain],
		savings: savingsBand,
		costs: costsBand,
		net: band(net),
		cumulativeNet: band(cumulative),
		target: model.target,
		pTarget,
		expectedShortfall,
		breakEven: breakEvenOf(lastNotAbove, years),
		histogram,
		targetChances: others.map((other, k) => ({ id: other.id, pTarget: otherChances[k]! }))
	};
}

/** How many of `runs` values from `from` are at least `threshold`. */
function countAtLeast(values: Float64Array, from: number, runs: number, threshold: number): number {
	let n = 0;
	for (let r = 0; r < runs; r++) if (values[from + r]! >= threshold) n++;
	return n;
}

/**
 * Draws counted in about 30 equal bins of a round width (1, 2 or 5 × a power of ten) that cover
 * every draw. All draws equal: one bin of width 1 around them.
 *
 * @example histogramOf(Float64Array.of(0, 30)).edges.length // 32: bins of width 1 from 0 to 31
 */
export function histogramOf(column: Float64Array): { edges: number[]; counts: number[] } {
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < column.length; i++) {
		const x = column[i]!;
		if (x < min) min = x;
		if (x > max) max = x;
	}
	if (!(max > min)) return { edges: [min - 0.5, min + 0.5], counts: [column.length] };
	const rough = (max - min) / 30;
	const power = 10 ** Math.floor(Math.log10(rough));
	const width = [1, 2, 5, 10].map((m) => m * power).find((w) => w >= rough)!;
	// floor(min / width) × width can land a hair above min when the width is a fraction
	let first = Math.floor(min / width) * width;
	if (first > min) first -= width;
	const bins = Math.max(1, Math.ceil((max - first) / width + 1e-9));
	const counts = new Array<number>(bins).fill(0);
	for (let i = 0; i < column.length; i++) counts[Math.max(0, Math.min(bins - 1, Math.floor((column[i]! - first) / width)))]!++;
	return { edges: Array.from({ length: bins + 1 }, (_, k) => first + k * width), counts };
}

/**
 * One year of monteCarlo's pass: savings become net and costs cumulative net, in place; counts
 * the draws that reach the target and sums their shortfall; notes the year in `lastNotAbove`
 * for each draw whose cumulative net is not above 0.
 */
function netYear(
	savings: Float64Array,
	costs: Float64Array,
	runs: number,
	y: number,
	target: number,
	lastNotAbove: Int32Array
): { reached: number; shortfall: number } {
	const row = y * runs;
	const before = y === 0 ? -1 : row - runs; // the year before, or none
	let reached = 0;
	let shortfall = 0;
	for (let r = 0; r < runs; r++) {
		const x = savings[row + r]! - costs[row + r]!;
		const c = before < 0 ? x : costs[before + r]! + x;
		savings[row + r] = x;
		costs[row + r] = c;
		if (x >= target) reached++;
		else shortfall += target - x;
		if (!(c > 0)) lastNotAbove[r] = y;
	}
	return { reached, shortfall };
}

/**
 * Savings and costs of every draw, year-major (`savings[y * runs + r]`): every uncertain input
 * drawn from its own stream (seed + input id), the model's totals evaluated per block. The arrays
 * are the workspace's (`slot` a or b, years × runs long), or new ones without a workspace.
 */
export function drawTotals(
	model: Model,
	uncertain: readonly UncertainModelInput[],
	options: MonteCarloOptions,
	slot: 'a' | 'b' = 'a'
): { savings: Float64Array; costs: Float64Array } {
	const { runs, seed, workspace } = options;
	if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) throw new Error(`aantal trekkingen moet een geheel getal van 1 tot en met ${MAX_RUNS} zijn`);
	if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error('seed moet een geheel getal van 0 tot en met 4294967295 zijn');
	const nYears = model.years.length;
	// Year-major columns: the draws of one year lie next to each other for the statistics.
	const { savings, costs } = workspace
		? workspace.totals(slot, nYears * runs)
		: { savings: new Float64Array(nYears * runs), costs: new Float64Array(nYears * runs) };
	// An input no measure reads (say, the timing of a measure that is PM throughout) changes no
	// total, and every input has its own stream, so leaving it undrawn changes nothing else.
	const drawn = uncertain.filter((u) => model.reads.has(u.slot));
	const streams = drawn.map((u) => uniformStream(seed, u.input.id));
	// The shared uitvoeringstempo: in a share `strength` of the draws (each input tossing its own
	// coin) a timing input takes the one shared uniform instead of its own, so delays come
	// together. Every input keeps its own distribution; at strength 0 nothing is touched.
	const tempoSlot = model.slotOf(TEMPO_ID);
	const strength = tempoSlot >= 0 ? model.base[tempoSlot]! : 0;
	const tempoInputs = strength > 0 ? drawn.map((u) => u.tempo) : drawn.map(() => false);
	const shared = tempoInputs.some(Boolean) ? uniformStream(seed, TEMPO_ID) : null;
	const coins = drawn.map((u, k) => (tempoInputs[k] ? uniformStream(seed, `${u.input.id}|tempo`) : null));
	const inverse = drawn.map((u) => sampler(u.distribution, workspace?.pert));
	const clamps = drawn.map((u) => keepInRange(u.input, u.distribution));
	const size = Math.min(BLOCK, runs);
	// One column per input: the draws of an uncertain input, the scenario's value for the rest.
	const columns = Array.from(model.base, (value) => new Float64Array(size).fill(value));
	const evaluator = model.evaluator(size, new Set(drawn.map((u) => u.slot)));

	const sharedColumn = new Float64Array(size);
	const coinColumn = new Float64Array(size);
	for (let start = 0; start < runs; start += size) {
		const n = Math.min(size, runs - start);
		if (shared) shared(sharedColumn.subarray(0, n));
		drawn.forEach((u, k) => {
			const column = columns[u.slot]!;
			streams[k]!(column.subarray(0, n));
			const coin = coins[k];
			if (coin) {
				coin(coinColumn.subarray(0, n));
				mixTempo(column, sharedColumn, coinColumn, strength, n);
			}
			inverse[k]!(column, n);
			clamps[k]?.(column, n);
		});
		evaluator.run(columns, n, { savings, costs, stride: runs, offset: start });
	}
	return { savings, costs };
}

/**
 * Mean and percentiles of each year's column of a year-major array. A column equal draw for
 * draw to the year before (savings and costs once every measure is flat) has that year's band.
 */
function bandOf(all: Float64Array, runs: number, nYears: number): Band {
	const result: Band = { mean: [], p5: [], p10: [], p50: [], p90: [], p95: [] };
	for (let y = 0; y < nYears; y++) {
		if (y > 0 && sameAsYearBefore(all, runs, y)) {
			for (const band of Object.values(result)) band.push(band[y - 1]!);
			continue;
		}
		const { mean, quantiles } = summaryOf(all.subarray(y * runs, (y + 1) * runs), BAND_PERCENTILES);
		const [p5, p10, p50, p90, p95] = quantiles as [number, number, number, number, number];
		result.mean.push(mean);
		result.p5.push(p5);
		result.p10.push(p10);
		result.p50.push(p50);
		result.p90.push(p90);
		result.p95.push(p95);
	}
	return result;
}

/** Whether every draw of year y equals the same draw of year y − 1; stops at the first that differs. */
function sameAsYearBefore(all: Float64Array, runs: number, y: number): boolean {
	const at = y * runs;
	for (let r = 0; r < runs; r++) if (all[at + r] !== all[at - runs + r]) return false;
	return true;
}

/** Two scenarios drawn with the same random numbers, and how their net compares. */
export interface MonteCarloDifference {
	runs: number;
	seed: number;
	years: number[];
	/** Share of draws in which A's net is above B's, per year. */
	pAAboveB: number[];
	/** Net A − net B per draw: mean and percentiles per year. */
	difference: Band;
	/** The same for cumulative net. */
	cumulative: { pAAboveB: number[]; difference: Band };
}

/**
 * Run A and B over the same draws (common random numbers: an input both scenarios share gets the
 * same value in the same draw), so the difference is the scenarios', not the dice's. With no
 * uncertain input the difference is the deterministic one in every draw.
 *
 * @example compareMonteCarlo(rijk, vng, { runs: 10000, seed: 1 }).pAAboveB.at(-1) // 1: Rijk's net is higher in every draw
 */
export function compareMonteCarlo(
	a: { model: Model; uncertain: readonly UncertainModelInput[] },
	b: { model: Model; uncertain: readonly UncertainModelInput[] },
	options: MonteCarloOptions
): MonteCarloDifference {
	const { years } = a.model;
	if (years.join() !== b.model.years.join()) throw new Error('scenario’s met verschillende jaren zijn niet te vergelijken');
	const { runs, seed } = options;
	const workspace = options.workspace ?? new MonteCarloWorkspace();
	const x = drawTotals(a.model, a.uncertain, { ...options, workspace }, 'a');
	const y = drawTotals(b.model, b.uncertain, { ...options, workspace }, 'b');
	const nYears = years.length;
	// Net difference into x.savings, cumulative difference into x.costs.
	const diff = x.savings;
	const cumulative = x.costs;
	const above: number[] = [];
	const cumulativeAbove: number[] = [];
	for (let t = 0; t < nYears; t++) {
		let count = 0;
		let cumulativeCount = 0;
		for (let r = 0; r < runs; r++) {
			const i = t * runs + r;
			const d = x.savings[i]! - x.costs[i]! - (y.savings[i]! - y.costs[i]!);
			const c = t === 0 ? d : cumulative[i - runs]! + d;
			diff[i] = d;
			cumulative[i] = c;
			if (d > 0) count++;
			if (c > 0) cumulativeCount++;
		}
		above.push(count / runs);
		cumulativeAbove.push(cumulativeCount / runs);
	}
	return {
		runs,
		seed,
		years,
		pAAboveB: above,
		difference: bandOf(diff, runs, nYears),
		cumulative: { pAAboveB: cumulativeAbove, difference: bandOf(cumulative, runs, nYears) }
	};
}

/** The break-even year of each draw (the year after the last one its cumulative net was not above 0), counted per year. */
function breakEvenOf(lastNotAbove: Int32Array, years: readonly number[]): UncertaintyResult['breakEven'] {
	const counts = new Int32Array(years.length + 1);
	for (let r = 0; r < lastNotAbove.length; r++) {
		const y = lastNotAbove[r]! + 1;
		counts[y] = counts[y]! + 1;
	}
	const result: UncertaintyResult['breakEven'] = [];
	years.forEach((year, y) => counts[y]! > 0 && result.push({ year, share: counts[y]! / lastNotAbove.length }));
	if (counts[years.length]! > 0) result.push({ year: null, share: counts[years.length]! / lastNotAbove.length });
	return result;
}
