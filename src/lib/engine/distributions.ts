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
			if (new Set(d.options.map((o) => o.value)).size < d.options.length) return 'elke waarde komt één keer voor; tel de kansen van dezelfde waarde op';
			const total = d.options.reduce((sum, o) => sum + o.chance, 0);
			return Math.abs(total - 1) <= 1e-9
				? null
				: `de kansen tellen op tot ${(total * 100).toLocaleString('nl-NL', { maximumFractionDigits: 4 })} % in plaats van 100 %`;
		}
	}
}

/** Normal parameters from a 90 % interval. */
export function normalFrom(p5: number, p95: number): { mu: number; sigma: number } {
	return { mu: (p5 + p95) / 2, sigma: (p95 - p5) / (2 * Z95) };
}

export function pertShape(min: number, modus: number, max: number): { alpha: number; beta: number } {
	const span = max - min;
	return { alpha: 1 + (4 * (modus - min)) / span, beta: 1 + (4 * (max - modus)) / span };
}

/** Options sorted by value, with their running chance: the inverse CDF of a keuze. */
export function cumulativeOptions(options: readonly { value: number; chance: number }[]): { values: Float64Array; upTo: Float64Array } {
	const sorted = [...options].sort((a, b) => a.value - b.value);
	const values = Float64Array.from(sorted, (o) => o.value);
	let sum = 0;
	const upTo = Float64Array.from(sorted, (o) => (sum += o.chance));
	upTo[upTo.length - 1] = 1;
	return { values, upTo };
}

/** Index of the option a cumulative chance p falls in: the first whose running chance reaches p. */
export function optionAt(upTo: Float64Array, p: number): number {
	let k = 0;
	while (k < upTo.length - 1 && p > upTo[k]!) k++;
	return k;
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
 * What is wrong with a distribution for an input that ranges over [min, max], in Dutch, or null:
 * its parameters (distributionProblem), or bounds outside the range (for normaal and lognormaal
 * the P5 and P95, since draws beyond the range are held at its ends).
 *
 * @example rangeProblem({ kind: 'uniform', min: 0, max: 20000 }, 1000, 45000) // 'valt buiten het bereik 1000 – 45000'
 */
export function rangeProblem(d: Distribution, min: number, max: number): string | null {
	const problem = distributionProblem(d);
	if (problem) return problem;
	const bounds = d.kind === 'keuze' ? d.options.map((o) => o.value) : d.kind === 'normaal' || d.kind === 'lognormaal' ? [d.p5, d.p95] : [d.min, d.max];
	if (!bounds.some((x) => x < min || x > max)) return null;
	return max === Infinity ? `valt onder ${min}, de kleinste mogelijke waarde` : `valt buiten het bereik ${min} – ${max}`;
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
