/** The percentiles reported for every band. */
export const BAND_PERCENTILES = [0.05, 0.1, 0.5, 0.9, 0.95] as const;

const BUCKETS = 2048;

/**
 * Exact quantiles of a column, by the definition simple-statistics' `quantile` uses, without
 * sorting the whole column: one pass for min and max, one to count values per bucket, one to
 * gather the few buckets that hold the wanted ranks, which are then sorted. A full sort of
 * 100 000 numbers takes milliseconds; a Monte Carlo needs dozens of columns per run.
 * The column is not changed.
 *
 * @example quantilesOf(Float64Array.of(3, 1, 2, 4), [0.5, 0.9]) // [2.5, 3.7], as ss.quantile([3, 1, 2, 4], [0.5, 0.9])
 */
export function quantilesOf(column: Float64Array, ps: readonly number[]): number[] {
	const n = column.length;
	if (n === 0) throw new Error('geen waarden om kwantielen van te nemen');
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < n; i++) {
		const x = column[i]!;
		if (x < min) min = x;
		if (x > max) max = x;
	}
	if (min === max) return ps.map(() => min);

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
		return combine((rank) => sorted[rank]!);
	}
	const bucketOf = (x: number) => Math.min(BUCKETS - 1, Math.floor((x - min) * scale));
	const counts = new Int32Array(BUCKETS);
	for (let i = 0; i < n; i++) { const b = bucketOf(column[i]!); counts[b] = counts[b]! + 1; }
	const startOf = new Int32Array(BUCKETS + 1);
	for (let b = 0; b < BUCKETS; b++) startOf[b + 1] = startOf[b]! + counts[b]!;

	const locate = (rank: number) => {
		let lo = 0;
		let hi = BUCKETS - 1;
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
	const filled = new Int32Array(buffers.length);
	for (let i = 0; i < n; i++) {
		const x = column[i]!;
		const k = slot[bucketOf(x)]!;
		if (k >= 0) buffers[k]![filled[k]!++] = x;
	}
	for (const values of buffers) values.sort();
	return combine((rank) => {
		const b = locate(rank);
		return buffers[slot[b]!]![rank - startOf[b]!]!;
	});
}

/**
 * The mean, computed as the first value plus the mean of the differences from it: when every
 * value is the same the mean is that value exactly, and sums of large equal amounts lose no
 * precision.
 */
export function meanOf(column: Float64Array): number {
	const first = column[0]!;
	let sum = 0;
	for (let i = 0; i < column.length; i++) sum += column[i]! - first;
	return first + sum / column.length;
}
