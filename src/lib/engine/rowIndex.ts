/**
 * The distinct rows a measure's draws meet, by their whole-number key (a delay; or start, full
 * and delay years): each row is built once per run, and each draw of a block gets the index of
 * its row. Within a block the keys span a few years, so a dense table finds a draw's row in one
 * step; keys spread too wide for it are looked up one by one.
 */
export class RowIndex {
	/** The rows in the order first met: `list[k][y]` is the value in year index y. */
	readonly list: Float64Array[] = [];
	/** The first year index from which every row in the list keeps its last value. */
	flatFrom = 0;
	private readonly known = new Map<string, number>();
	/** The dense table, grown to the widest span of keys met (at most DENSE_CELLS). */
	private cells = new Int32Array(0);
	constructor(private readonly build: (a: number, b: number, c: number) => Float64Array) {}

	/** The dense table with its first `count` cells set to −1 (not looked up yet). */
	private cellsFor(count: number): Int32Array {
		if (this.cells.length < count) this.cells = new Int32Array(count);
		return this.cells.fill(-1, 0, count);
	}

	private indexOf(a: number, b: number, c: number): number {
		const key = `${a}|${b}|${c}`;
		let k = this.known.get(key);
		if (k === undefined) {
			const row = this.build(a, b, c);
			k = this.list.length;
			this.list.push(row);
			this.known.set(key, k);
			let flat = row.length - 1;
			while (flat > 0 && Object.is(row[flat - 1], row[row.length - 1])) flat--;
			if (flat > this.flatFrom) this.flatFrom = flat;
		}
		return k;
	}

	/** `keys[i]`: the row of draw i, whose key is (a[i], 0, 0); `low` and `high` are the smallest and largest a[i]. */
	assignOne(keys: Int32Array, n: number, a: Float64Array, low: number, high: number): void {
		const dense = high - low < DENSE_CELLS;
		const cells = dense ? this.cellsFor(high - low + 1) : this.cells;
		for (let i = 0; i < n; i++) {
			const key = a[i]!;
			const cell = (key - low) | 0;
			if (!dense || cell !== key - low) {
				keys[i] = this.indexOf(key, 0, 0); // a key too far out, or not a whole number
				continue;
			}
			let k = cells[cell]!;
			if (k < 0) k = cells[cell] = this.indexOf(key, 0, 0);
			keys[i] = k;
		}
	}

	/** `keys[i]`: the row of draw i, whose key is (a[i], b[i], c[i]). */
	assign(keys: Int32Array, n: number, a: Float64Array, b: Float64Array, c: Float64Array): void {
		const [aMin, aSpan] = spanOf(a, n);
		const [bMin, bSpan] = spanOf(b, n);
		const [cMin, cSpan] = spanOf(c, n);
		const cellCount = aSpan * bSpan * cSpan;
		if (!(cellCount <= DENSE_CELLS)) {
			for (let i = 0; i < n; i++) keys[i] = this.indexOf(a[i]!, b[i]!, c[i]!);
			return;
		}
		const cells = this.cellsFor(cellCount);
		for (let i = 0; i < n; i++) {
			const cell = (((a[i]! - aMin) * bSpan + (b[i]! - bMin)) * cSpan + (c[i]! - cMin)) | 0;
			let k = cells[cell]!;
			if (k < 0) k = cells[cell] = this.indexOf(a[i]!, b[i]!, c[i]!);
			keys[i] = k;
		}
	}
}

/** Cells of RowIndex's dense table: keys within a block rarely span more than a few years each. */
const DENSE_CELLS = 4096;

/** The smallest value of a column and how many whole numbers its values span; NaN when a value is not whole. */
function spanOf(column: Float64Array, n: number): [number, number] {
	let min = column[0]!;
	let max = min;
	let whole = true;
	for (let i = 0; i < n; i++) {
		const x = column[i]!;
		if (x < min) min = x;
		if (x > max) max = x;
		if (x !== Math.floor(x)) whole = false;
	}
	return [min, whole ? max - min + 1 : NaN];
}
