import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * A probability distribution for one uncertain input. Ranges are given the way analysts state
 * them: a minimum, most likely value and maximum (driehoek, PERT), bounds (uniform), a 90 %
 * interval P5–P95 (normaal, lognormaal, as Guesstimate and Squiggle take them), or a choice
 * among values with their chances (keuze, e.g. the start year).
 */
export type Distribution =
	| { kind: 'driehoek'; min: number; modus: number; max: number }
	| { kind: 'pert'; min: number; modus: number; max: number }
	| { kind: 'uniform'; min: number; max: number }
	| { kind: 'normaal'; p5: number; p95: number }
	| { kind: 'lognormaal'; p5: number; p95: number }
	| { kind: 'keuze'; options: readonly { value: number; chance: number }[] };

export type DistributionKind = Distribution['kind'];
export const DISTRIBUTION_KINDS: readonly DistributionKind[] = ['driehoek', 'pert', 'uniform', 'normaal', 'lognormaal', 'keuze'];

/**
 * The standard normal's 95th percentile: a 90 % interval spans ±Z95 standard deviations. Written
 * out (the test checks every digit), so no quantile function runs when the module loads.
 */
export const Z95 = 1.6448536269514724;

/**
 * What is wrong with a distribution's parameters, in Dutch, or null when it is usable.
 * @example distributionProblem({ kind: 'driehoek', min: 5, modus: 1, max: 9 }) // 'min ≤ modus ≤ max is vereist'
 */
export function distributionProblem(d: Distribution): string | null {
	const finite = (...xs: number[]) => xs.every((x) => typeof x === 'number' && Number.isFinite(x));
	switch (d.kind) {
		case 'driehoek':
		case 'pert':
			if (!finite(d.min, d.modus, d.max)) return 'min, modus en max moeten getallen zijn';
			if (!(d.min <= d.modus && d.modus <= d.max)) return 'min ≤ modus ≤ max is vereist';
			return null;
		case 'uniform':
			if (!finite(d.min, d.max)) return 'min en max moeten getallen zijn';
			return d.min <= d.max ? null : 'min ≤ max is vereist';
		case 'normaal':
			if (!finite(d.p5, d.p95)) return 'P5 en P95 moeten getallen zijn';
			return d.p5 <= d.p95 ? null : 'P5 ≤ P95 is vereist';
		case 'lognormaal':
			if (!finite(d.p5, d.p95)) return 'P5 en P95 moeten getallen zijn';
			return 0 < d.p5 && d.p5 <= d.p95 ? null : '0 < P5 ≤ P95 is vereist';
		case 'keuze': {
			if (d.options.length === 0) return 'geen waarden om uit te kiezen';
			if (!d.options.every((o) => finite(o.value, o.chance) && o.chance >= 0)) return 'elke keuze heeft een getal en een kans ≥ 0';
			const total = d.options.reduce((sum, o) => sum + o.chance, 0);
			return Math.abs(total - 1) <= 1e-9 ? null : `de kansen tellen op tot ${total} in plaats van 1`;
		}
	}
}

/** Normal parameters from a 90 % interval. */
function normalFrom(p5: number, p95: number): { mu: number; sigma: number } {
	return { mu: (p5 + p95) / 2, sigma: (p95 - p5) / (2 * Z95) };
}

function pertShape(min: number, modus: number, max: number): { alpha: number; beta: number } {
	const span = max - min;
	return { alpha: 1 + (4 * (modus - min)) / span, beta: 1 + (4 * (max - modus)) / span };
}

/** Options sorted by value, with their running chance: the inverse CDF of a keuze. */
function cumulativeOptions(options: readonly { value: number; chance: number }[]): { values: Float64Array; upTo: Float64Array } {
	const sorted = [...options].sort((a, b) => a.value - b.value);
	const values = Float64Array.from(sorted, (o) => o.value);
	let sum = 0;
	const upTo = Float64Array.from(sorted, (o) => (sum += o.chance));
	upTo[upTo.length - 1] = 1;
	return { values, upTo };
}

/** Index of the option a cumulative chance p falls in: the first whose running chance reaches p. */
function optionAt(upTo: Float64Array, p: number): number {
	let k = 0;
	while (k < upTo.length - 1 && p > upTo[k]!) k++;
	return k;
}

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
 * The distribution's mean in closed form.
 * - driehoek: (min + modus + max) / 3
 * - PERT: (min + 4·modus + max) / 6
 * - uniform: (min + max) / 2
 * - normaal: (P5 + P95) / 2
 * - lognormaal: exp(μ + σ²/2), with μ, σ of the logarithm from its 90 % interval
 * - keuze: Σ waarde × kans
 */
export function mean(d: Distribution): number {
	switch (d.kind) {
		case 'driehoek':
			return (d.min + d.modus + d.max) / 3;
		case 'pert':
			return (d.min + 4 * d.modus + d.max) / 6;
		case 'uniform':
			return (d.min + d.max) / 2;
		case 'normaal':
			return (d.p5 + d.p95) / 2;
		case 'lognormaal': {
			const { mu, sigma } = normalFrom(Math.log(d.p5), Math.log(d.p95));
			return Math.exp(mu + (sigma * sigma) / 2);
		}
		case 'keuze':
			return d.options.reduce((sum, o) => sum + o.value * o.chance, 0);
	}
}

/** Cells of the keuze lookup: a draw finds its option in one step unless its cell holds a boundary. */
const KEUZE_CELLS = 1024;

/** Points in the PERT lookup table; linear interpolation between them is far below sampling error. */
const PERT_TABLE_SIZE = 4096;

/**
 * The exact quantiles of a PERT at 0, 1/PERT_TABLE_SIZE, …, 1: thousands of inverse beta
 * functions, so a caller that samples the same PERT again keeps the table (MonteCarloWorkspace).
 */
export function pertTable(d: Extract<Distribution, { kind: 'pert' }>): Float64Array {
	const table = new Float64Array(PERT_TABLE_SIZE + 1);
	for (let i = 0; i <= PERT_TABLE_SIZE; i++) table[i] = quantile(d, i / PERT_TABLE_SIZE);
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

/**
 * The smallest and largest value a draw can take, and whether every draw is a whole number.
 * @example supportOf({ kind: 'keuze', options: [{ value: 0, chance: 0.6 }, { value: 2, chance: 0.4 }] }) // { min: 0, max: 2, whole: true }
 */
export function supportOf(d: Distribution): { min: number; max: number; whole: boolean } {
	switch (d.kind) {
		case 'driehoek':
		case 'pert':
		case 'uniform':
			return { min: d.min, max: d.max, whole: d.min === d.max && Number.isInteger(d.min) };
		case 'normaal':
			return { min: d.p5 === d.p95 ? d.p5 : -Infinity, max: d.p5 === d.p95 ? d.p5 : Infinity, whole: false };
		case 'lognormaal':
			return { min: d.p5 === d.p95 ? d.p5 : 0, max: d.p5 === d.p95 ? d.p5 : Infinity, whole: false };
		case 'keuze': {
			const values = d.options.map((o) => o.value);
			return { min: Math.min(...values), max: Math.max(...values), whole: values.every(Number.isInteger) };
		}
	}
}

/**
 * The distribution in short Dutch, for tables and tooltips.
 * @example describeDistribution({ kind: 'driehoek', min: 0.7, modus: 1, max: 1.1 }) // 'driehoek 0,7 – 1 – 1,1'
 */
export function describeDistribution(d: Distribution, format: (x: number) => string = (x) => x.toLocaleString('nl-NL')): string {
	switch (d.kind) {
		case 'driehoek':
		case 'pert':
			return `${d.kind === 'pert' ? 'PERT' : 'driehoek'} ${format(d.min)} – ${format(d.modus)} – ${format(d.max)}`;
		case 'uniform':
			return `uniform ${format(d.min)} – ${format(d.max)}`;
		case 'normaal':
		case 'lognormaal':
			return `${d.kind}, 90 %: ${format(d.p5)} – ${format(d.p95)}`;
		case 'keuze':
			return `keuze ${d.options.map((o) => `${format(o.value)} (${Math.round(o.chance * 100)} %)`).join(', ')}`;
	}
}
