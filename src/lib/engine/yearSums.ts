/**
 * The innermost loops of the Monte Carlo: one year of a measure added to the totals of a block of
 * draws (`into[at + i]`), and the tail carried into the years it holds for. Each loop reads few
 * arrays and tests nothing per draw that it can decide once, so the JIT keeps it tight; the
 * hottest take four draws per step, which V8 runs about a quarter faster than one.
 */

/**
 * One year of the tail: the running total gains the amounts that start now and goes into the
 * totals; the tail is left at 0 for the next block.
 */
export function carry(tail: Float64Array, running: Float64Array, into: Float64Array, from: number, at: number, n: number): void {
	let i = 0;
	for (; i + 3 < n; i += 4) {
		const r0 = running[i]! + tail[from + i]!;
		const r1 = running[i + 1]! + tail[from + i + 1]!;
		const r2 = running[i + 2]! + tail[from + i + 2]!;
		const r3 = running[i + 3]! + tail[from + i + 3]!;
		tail[from + i] = tail[from + i + 1] = tail[from + i + 2] = tail[from + i + 3] = 0;
		running[i] = r0;
		running[i + 1] = r1;
		running[i + 2] = r2;
		running[i + 3] = r3;
		into[at + i] = into[at + i]! + r0;
		into[at + i + 1] = into[at + i + 1]! + r1;
		into[at + i + 2] = into[at + i + 2]! + r2;
		into[at + i + 3] = into[at + i + 3]! + r3;
	}
	for (; i < n; i++) {
		const r = running[i]! + tail[from + i]!;
		tail[from + i] = 0;
		running[i] = r;
		into[at + i] = into[at + i]! + r;
	}
}

/** `into[at + i] += v × factor[i]`: one year of a row all draws share. */
export function addTimes(v: number, factor: Float64Array, n: number, into: Float64Array, at: number): void {
	let i = 0;
	for (; i + 3 < n; i += 4) {
		into[at + i] = into[at + i]! + v * factor[i]!;
		into[at + i + 1] = into[at + i + 1]! + v * factor[i + 1]!;
		into[at + i + 2] = into[at + i + 2]! + v * factor[i + 2]!;
		into[at + i + 3] = into[at + i + 3]! + v * factor[i + 3]!;
	}
	for (; i < n; i++) into[at + i] = into[at + i]! + v * factor[i]!;
}

/** `into[at + i] += values[keys[i]] × factor[i]`: one year when draws meet different rows. */
export function addRows(values: Float64Array, keys: Int32Array, factor: Float64Array, n: number, into: Float64Array, at: number): void {
	let i = 0;
	for (; i + 3 < n; i += 4) {
		into[at + i] = into[at + i]! + values[keys[i]!]! * factor[i]!;
		into[at + i + 1] = into[at + i + 1]! + values[keys[i + 1]!]! * factor[i + 1]!;
		into[at + i + 2] = into[at + i + 2]! + values[keys[i + 2]!]! * factor[i + 2]!;
		into[at + i + 3] = into[at + i + 3]! + values[keys[i + 3]!]! * factor[i + 3]!;
	}
	for (; i < n; i++) into[at + i] = into[at + i]! + values[keys[i]!]! * factor[i]!;
}
