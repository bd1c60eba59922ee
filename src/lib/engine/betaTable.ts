/**
 * The quantiles of a beta distribution with α, β ≥ 1 (every PERT has them: α + β = 6) at
 * 0, 1/size, …, 1, from its density: the density is summed over a fine grid (trapezoids, in log
 * space) into the distribution function, which is then read backwards. No special functions, and
 * about a millisecond, where thousands of inverse incomplete beta functions took tens; the
 * difference with them is below 1e-6 of the range (betaTable.test.ts), far below what 100.000
 * draws can tell apart.
 */
const GRID = 1 << 14;

export function betaQuantiles(alpha: number, beta: number, size: number): Float64Array {
	if (!(alpha >= 1 && beta >= 1)) throw new Error(`betaQuantiles: α en β moeten minstens 1 zijn (${alpha}, ${beta})`);
	const [a1, b1] = [alpha - 1, beta - 1];
	const h = 1 / GRID;
	// the distribution function at the grid points, unnormalised
	const cdf = new Float64Array(GRID + 1);
	const density = (x: number) => (x <= 0 ? (a1 === 0 ? 1 : 0) : x >= 1 ? (b1 === 0 ? 1 : 0) : Math.exp(a1 * Math.log(x) + b1 * Math.log1p(-x)));
	// The end cells by their power law (x^(α−1) near 0, (1−x)^(β−1) near 1), where a trapezoid
	// would miss the bend of a shape close to 1; the cells between as trapezoids.
	const end = (power: number, other: number) => (h ** (power + 1) / (power + 1)) * (1 - h / 2) ** other;
	cdf[1] = end(a1, b1);
	let previous = density(h);
	for (let k = 2; k < GRID; k++) {
		const next = density(k * h);
		cdf[k] = cdf[k - 1]! + 0.5 * h * (previous + next);
		previous = next;
	}
	cdf[GRID] = cdf[GRID - 1]! + end(b1, a1);
	const total = cdf[GRID]!;
	const table = new Float64Array(size + 1);
	table[size] = 1;
	let k = 0;
	for (let i = 1; i < size; i++) {
		const target = (i / size) * total;
		while (cdf[k + 1]! < target) k++;
		const step = cdf[k + 1]! - cdf[k]!;
		if (k === 0) table[i] = h * (target / step) ** (1 / alpha);
		else if (k === GRID - 1) table[i] = 1 - h * ((total - target) / step) ** (1 / beta);
		// within one grid step the distribution function is close to linear
		else table[i] = (k + (step > 0 ? (target - cdf[k]!) / step : 0)) * h;
	}
	return table;
}
