/** The percentiles reported for every band. */
export const BAND_PERCENTILES = [0.05, 0.1, 0.5, 0.9, 0.95] as const;

const BUCKETS = 2048;

/** Every SAMPLE_STEP-th value sets the bucket range; values outside it fall into the end buckets. */
const SAMPLE_STEP = 64;

/**
 * Exact quantiles of a column, by the definition simple-statistics' `quantile` uses, without
 * sorting the whole column: the bucket range comes from a sparse sample, one pass counts values
 * per bucket (and sums them for the mean), one gathers the few buckets that hold the wanted
 * ranks, which are then sorted. A full sort of 100 000 numbers takes milliseconds; a Monte
 * Carlo needs dozens of columns per run. The column is not changed.
 *
 * @example quantilesOf(Float64Array.of(3, 1, 2, 4), [0.5, 0.9]) // [2.5, 3.7], as ss.quantile([3, 1, 2, 4], [0.5, 0.9])
 */
export function quantilesOf(column: Float64Array, ps: readonly number[]): number[] {
	return summaryOf(column, ps).quantiles;
}

/**
 * The mean (as meanOf) and exact quantiles (as quantilesOf) of a column, in two passes over it.
 * @example summaryOf(Float64Array.of(3, 1, 2, 4), [0.5]) // { mean: 2.5, quantiles: [2.5] }
 */
export function summaryOf(column: Float64Array, ps: readonly number[]): { mean: number; quantiles: number[] } {
	const n = column.length;
	if (n === 0) throw new Error('geen waarden om kwantielen van te nemen');
	const first = column[0]!;
	let min = first;
	let max = first;
	for (let i = 0; i < n; i += SAMPLE_STEP) {
		const x = column[i]!;
		if (x < min) min = x;
		if (x > max) max = x;
	}
	if (min === max) {
		// The sample is flat: the column may be too, and then every quantile is that value.
		let differs = -1;
		for (let i = 0; i < n && differs < 0; i++) if (column[i] !== first) differs = i;
		if (differs < 0) return { mean: first, quantiles: ps.map(() => first) };
		min = Math.min(first, column[differs]!);
		max = Math.max(first, column[differs]!);
	}

	// The 0-based ranks each p needs: linear interpolation between order statistics at
	// (n − 1)·p (numpy's "linear", R's type 7), as simple-statistics computes it.
	const needs = ps.map((p) => {
		const idx = (n - 1) * p;
		if (p >= 1) return { lower: n - 1, upper: n - 1, fraction: 0 };
		if (p <= 0) return { lower: 0, upper: 0, fraction: 0 };
		return { lower: Math.floor(idx), upper: Math.ceil(idx), fraction: idx - Math.floor(idx) };
	});
	const combine = (at: (rank: number) => number) =>
		needs.map(({ lower, upper, fraction }) => (lower === upper ? at(lower) : at(lower) + fraction * (at(upper) - at(lower))));

	const scale = BUCKETS / (max - min);
	if (!Number.isFinite(scale)) {
		// a range too narrow to split into buckets (subnormal numbers): sort a copy
		const sorted = Float64Array.from(column).sort();
		return { mean: meanOf(column), quantiles: combine((rank) => sorted[rank]!) };
	}
	const last = BUCKETS - 1;
	// Pass 1: values per bucket, and their sum for the mean. Two draws per step, each with its
	// own counts and sum, so neither waits for the other's addition.
	const even = new Int32Array(BUCKETS);
	const odd = new Int32Array(BUCKETS);
	let sumEven = 0;
	let sumOdd = 0;
	let i = 0;
	for (; i + 1 < n; i += 2) {
		const x = column[i]!;
		const z = column[i + 1]!;
		const t = (x - min) * scale;
		const u = (z - min) * scale;
		const b = t < 0 ? 0 : t < BUCKETS ? t | 0 : last;
		const c = u < 0 ? 0 : u < BUCKETS ? u | 0 : last;
		even[b] = even[b]! + 1;
		odd[c] = odd[c]! + 1;
		sumEven += x - first;
		sumOdd += z - first;
	}
	if (i < n) {
		const x = column[i]!;
		const t = (x - min) * scale;
		const b = t < 0 ? 0 : t < BUCKETS ? t | 0 : last;
		even[b] = even[b]! + 1;
		sumEven += x - first;
	}
	const sum = sumEven + sumOdd;
	const counts = even;
	for (let b = 0; b < BUCKETS; b++) counts[b] = counts[b]! + odd[b]!;
	const startOf = new Int32Array(BUCKETS + 1);
	for (let b = 0; b < BUCKETS; b++) startOf[b + 1] = startOf[b]! + counts[b]!;

	const locate = (rank: number) => {
		let lo = 0;
		let hi = last;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (startOf[mid + 1]! <= rank) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	// Buckets holding a wanted rank get a buffer; slot −1 means "not wanted".
	const slot = new Int32Array(BUCKETS).fill(-1);
	const buffers: Float64Array[] = [];
	for (const rank of needs.flatMap(({ lower, upper }) => [lower, upper])) {
		const b = locate(rank);
		if (slot[b] === -1) {
			slot[b] = buffers.length;
			buffers.push(new Float64Array(counts[b]!));
		}
	}
	// Pass 2: the values of the wanted buckets, gathered to be sorted.
	const filled = new Int32Array(buffers.length);
	for (let i = 0; i < n; i++) {
		const x = column[i]!;
		const t = (x - min) * scale;
		const k = slot[t < 0 ? 0 : t < BUCKETS ? t | 0 : last]!;
		if (k >= 0) buffers[k]![filled[k]!++] = x;
	}
	for (const values of buffers) values.sort();
	return {
		mean: first + sum / n,
		quantiles: combine((rank) => {
			const b = locate(rank);
			return buffers[slot[b]!]![rank - startOf[b]!]!;
		})
	};
}

/**
 * The mean, computed as the first value plus the mean of the differences from it: when every
 * value is the same the mean is that value exactly, and sums of large equal amounts lose no
 * precision.
 */
export function meanOf(column: Float64Array): number {
	const first = column[0]!;
	// even and odd positions summed apart, as summaryOf sums them
	let sumEven = 0;
	let sumOdd = 0;
	for (let i = 0; i < column.length; i++) {
		if (i % 2 === 0) sumEven += column[i]! - first;
		else sumOdd += column[i]! - first;
	}
	return first + (sumEven + sumOdd) / column.length;
}
