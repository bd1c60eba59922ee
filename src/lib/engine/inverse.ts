import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { betaQuantiles } from './betaTable';
import { cumulativeOptions, normalFrom, optionAt, pertShape, type Distribution } from './distributions';

/*
 * The inverse CDFs: what turns a chance into a value. Apart from distributions.ts because they
 * need the @stdlib quantile functions: the Monte Carlo worker samples with the normal one (a PERT
 * through its table), and the distribution editor's exact `quantile` also uses the beta one. The
 * first page, which checks and describes distributions, does without them.
 */

function triangularQuantile(min: number, modus: number, max: number, p: number): number {
	const span = max - min;
	if (span === 0) return min;
	const split = (modus - min) / span;
	return p < split ? min + Math.sqrt(p * (span * (modus - min))) : max - Math.sqrt((1 - p) * (span * (max - modus)));
}

/**
 * The exact quantile (inverse CDF) at p ∈ (0, 1).
 * @example quantile({ kind: 'uniform', min: 10000, max: 20000 }, 0.1) // 11000
 */
export function quantile(d: Distribution, p: number): number {
	switch (d.kind) {
		case 'driehoek':
			return triangularQuantile(d.min, d.modus, d.max, p);
		case 'pert': {
			if (d.max === d.min) return d.min;
			const { alpha, beta } = pertShape(d.min, d.modus, d.max);
			return d.min + (d.max - d.min) * betaQuantile(p, alpha, beta);
		}
		case 'uniform':
			return d.min + (d.max - d.min) * p;
		case 'normaal': {
			const { mu, sigma } = normalFrom(d.p5, d.p95);
			return sigma === 0 ? mu : normalQuantile(p, mu, sigma);
		}
		case 'lognormaal': {
			const { mu, sigma } = normalFrom(Math.log(d.p5), Math.log(d.p95));
			return sigma === 0 ? d.p5 : Math.exp(normalQuantile(p, mu, sigma));
		}
		case 'keuze': {
			const { values, upTo } = cumulativeOptions(d.options);
			return values[optionAt(upTo, p)]!;
		}
	}
}

/**
 * The quantile at p as a draw of u = p gives it (sampler): a PERT's from its table, every other
 * kind as `quantile`. What the tornado's P10 and P90 use, so they are points the draws reach and
 * the worker needs no inverse beta function; a PERT's differs from the exact one by less than
 * 1e-6 of its range (betaTable.ts).
 *
 * @example drawnQuantile({ kind: 'uniform', min: 10000, max: 20000 }, 0.1) // 11000
 */
export function drawnQuantile(d: Distribution, p: number, tables: PertTables = pertTable): number {
	const column = Float64Array.of(p);
	sampler(d, tables)(column, 1);
	return column[0]!;
}

/** Cells of the keuze lookup: a draw finds its option in one step unless its cell holds a boundary. */
const KEUZE_CELLS = 1024;

/** Points in the PERT lookup table; linear interpolation between them is far below sampling error. */
const PERT_TABLE_SIZE = 4096;

/**
 * The quantiles of a PERT at 0, 1/PERT_TABLE_SIZE, …, 1, read from its density (betaTable.ts:
 * within 1e-6 of the range of the exact inverse beta function); a caller that samples the same
 * PERT again keeps the table (MonteCarloWorkspace).
 */
export function pertTable(d: Extract<Distribution, { kind: 'pert' }>): Float64Array {
	if (d.max === d.min) return new Float64Array(PERT_TABLE_SIZE + 1).fill(d.min);
	const { alpha, beta } = pertShape(d.min, d.modus, d.max);
	const table = betaQuantiles(alpha, beta, PERT_TABLE_SIZE);
	for (let i = 0; i <= PERT_TABLE_SIZE; i++) table[i] = d.min + (d.max - d.min) * table[i]!;
	return table;
}

/** Where a sampler finds a PERT's table: built anew, or kept by the caller. */
export type PertTables = (d: Extract<Distribution, { kind: 'pert' }>) => Float64Array;

/**
 * A fast inverse CDF for sampling: turns uniform draws u ∈ (0, 1) in `column[0…n)` into values,
 * in place, one loop per block, without allocation. Closed forms where they exist; PERT through
 * a table of its exact quantiles (the inverse beta function per draw would cost microseconds),
 * from `tables` (a caller's kept tables) or built here.
 */
export function sampler(d: Distribution, tables: PertTables = pertTable): (column: Float64Array, n: number) => void {
	switch (d.kind) {
		case 'driehoek': {
			// triangularQuantile with its constants worked out once
			const { min, modus, max } = d;
			const span = max - min;
			if (span === 0) return (column, n) => void column.fill(min, 0, n);
			const split = (modus - min) / span;
			const left = span * (modus - min);
			const right = span * (max - modus);
			return (column, n) => {
				for (let i = 0; i < n; i++) {
					const p = column[i]!;
					column[i] = p < split ? min + Math.sqrt(p * left) : max - Math.sqrt((1 - p) * right);
				}
			};
		}
		case 'uniform': {
			const { min, max } = d;
			return (column, n) => {
				for (let i = 0; i < n; i++) column[i] = min + (max - min) * column[i]!;
			};
		}
		case 'normaal':
		case 'lognormaal': {
			const log = d.kind === 'lognormaal';
			const { mu, sigma } = log ? normalFrom(Math.log(d.p5), Math.log(d.p95)) : normalFrom(d.p5, d.p95);
			return (column, n) => {
				for (let i = 0; i < n; i++) {
					const x = mu + sigma * normalQuantile(column[i]!, 0, 1);
					column[i] = log ? Math.exp(x) : x;
				}
			};
		}
		case 'keuze': {
			const { values, upTo } = cumulativeOptions(d.options);
			// The value for each of KEUZE_CELLS equal cells of (0, 1), or NaN where the cell holds a boundary.
			const cells = Float64Array.from({ length: KEUZE_CELLS }, (_, c) => {
				const k = optionAt(upTo, c / KEUZE_CELLS);
				return k === optionAt(upTo, (c + 1) / KEUZE_CELLS) ? values[k]! : NaN;
			});
			return (column, n) => {
				for (let i = 0; i < n; i++) {
					const u = column[i]!;
					const v = cells[(u * KEUZE_CELLS) | 0]!;
					column[i] = v === v ? v : values[optionAt(upTo, u)]!;
				}
			};
		}
		case 'pert': {
			const table = tables(d);
			return (column, n) => {
				for (let i = 0; i < n; i++) {
					const x = column[i]! * PERT_TABLE_SIZE;
					const k = Math.min(PERT_TABLE_SIZE - 1, x | 0);
					column[i] = table[k]! + (table[k + 1]! - table[k]!) * (x - k);
				}
			};
		}
	}
}
