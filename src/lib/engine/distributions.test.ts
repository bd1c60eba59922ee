import { describe, expect, it } from 'vitest';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { describeDistribution, distributionProblem, mean, Z95, type Distribution } from './distributions';
import { quantile, sampler } from './inverse';
import { meanOf, quantilesOf } from './quantiles';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { fnv1a, uniformStream } from './random';

/** 200 000 seeded draws through the sampler, the way the Monte Carlo draws them. */
function draws(d: Distribution, seed = 7): Float64Array {
	const column = uniformStream(seed, 'test')(new Float64Array(200_000));
	sampler(d)(column, column.length);
	return column;
}

// Closed forms, written out per distribution:
// - driehoek(a, c, b): mean (a + b + c) / 3; F⁻¹(p) = a + √(p (b − a)(c − a)) for p < (c − a)/(b − a)
// - PERT(a, m, b): mean (a + 4m + b) / 6
// - uniform(a, b): mean (a + b) / 2; F⁻¹(p) = a + p (b − a)
// - normaal from a 90 % interval: μ = (P5 + P95) / 2, P5 and P95 themselves
// - lognormaal from a 90 % interval: median √(P5 · P95), mean exp(μ + σ²/2)
// - keuze: mean Σ waarde × kans
describe('Z95', () => {
	it('is the standard normal 95th percentile to the last digit', () => {
		expect(Z95).toBe(normalQuantile(0.95, 0, 1));
	});
});

describe('distributions match their closed forms', () => {
	it('driehoek 0,7 – 1 – 1,1: mean 0,9333…, P10 = 0,7 + √(0,1 · 0,4 · 0,3)', () => {
		const d: Distribution = { kind: 'driehoek', min: 0.7, modus: 1, max: 1.1 };
		expect(mean(d)).toBeCloseTo(2.8 / 3, 12);
		expect(quantile(d, 0.1)).toBeCloseTo(0.7 + Math.sqrt(0.1 * 0.4 * 0.3), 12);
		const x = draws(d);
		expect(meanOf(x)).toBeCloseTo(2.8 / 3, 3);
		expect(quantilesOf(x, [0.1])[0]).toBeCloseTo(0.7 + Math.sqrt(0.012), 2);
	});

	it('PERT 34 000 – 60 000 – 140 000 (B17 per child): mean (34 000 + 240 000 + 140 000) / 6 = 69 000', () => {
		const d: Distribution = { kind: 'pert', min: 34000, modus: 60000, max: 140000 };
		expect(mean(d)).toBe(69000);
		expect(meanOf(draws(d)) / 69000).toBeCloseTo(1, 2);
		// a symmetric PERT has its median at the mode
		expect(quantile({ kind: 'pert', min: 0, modus: 5, max: 10 }, 0.5)).toBeCloseTo(5, 9);
	});

	it('uniform 10 000 – 20 000 children: mean 15 000, P10 11 000, P90 19 000', () => {
		const d: Distribution = { kind: 'uniform', min: 10000, max: 20000 };
		expect(quantile(d, 0.1)).toBe(11000);
		expect(quantile(d, 0.9)).toBe(19000);
		const x = draws(d);
		expect(meanOf(x) / 15000).toBeCloseTo(1, 2);
		const [p10, p90] = quantilesOf(x, [0.1, 0.9]) as [number, number];
		expect(p10 / 11000).toBeCloseTo(1, 2);
		expect(p90 / 19000).toBeCloseTo(1, 2);
	});

	it('normaal with 90 % interval 100 – 300: mean 200, P5 100, P95 300', () => {
		const d: Distribution = { kind: 'normaal', p5: 100, p95: 300 };
		expect(quantile(d, 0.05)).toBeCloseTo(100, 9);
		expect(quantile(d, 0.95)).toBeCloseTo(300, 9);
		const x = draws(d);
		expect(meanOf(x)).toBeCloseTo(200, 0);
		const [p5, p95] = quantilesOf(x, [0.05, 0.95]) as [number, number];
		expect(Math.abs(p5 - 100)).toBeLessThan(1.5);
		expect(Math.abs(p95 - 300)).toBeLessThan(1.5);
	});

	it('lognormaal with 90 % interval 200 – 1 200: median √(200 · 1 200), mean exp(μ + σ²/2)', () => {
		const d: Distribution = { kind: 'lognormaal', p5: 200, p95: 1200 };
		const mu = (Math.log(200) + Math.log(1200)) / 2;
		const sigma = (Math.log(1200) - Math.log(200)) / (2 * 1.6448536269514722);
		expect(quantile(d, 0.5)).toBeCloseTo(Math.sqrt(200 * 1200), 9);
		expect(mean(d)).toBeCloseTo(Math.exp(mu + (sigma * sigma) / 2), 9);
		const x = draws(d);
		expect(meanOf(x) / mean(d)).toBeCloseTo(1, 2);
		expect(quantilesOf(x, [0.5])[0]! / Math.sqrt(240000)).toBeCloseTo(1, 2);
	});

	it('keuze 2026 (40 %), 2027 (35 %), 2028 (25 %): mean 2026,85, each share as given', () => {
		const d: Distribution = {
			kind: 'keuze',
			options: [
				{ value: 2027, chance: 0.35 },
				{ value: 2026, chance: 0.4 },
				{ value: 2028, chance: 0.25 }
			]
		};
		expect(mean(d)).toBeCloseTo(2026 * 0.4 + 2027 * 0.35 + 2028 * 0.25, 9);
		expect(quantile(d, 0.1)).toBe(2026);
		expect(quantile(d, 0.5)).toBe(2027);
		expect(quantile(d, 0.9)).toBe(2028);
		const x = draws(d);
		const share = (v: number) => x.filter((t) => t === v).length / x.length;
		expect(share(2026)).toBeCloseTo(0.4, 2);
		expect(share(2027)).toBeCloseTo(0.35, 2);
		expect(share(2028)).toBeCloseTo(0.25, 2);
	});

	it('names what is wrong with bad parameters, in Dutch', () => {
		expect(distributionProblem({ kind: 'driehoek', min: 5, modus: 1, max: 9 })).toBe('min ≤ modus ≤ max is vereist');
		expect(distributionProblem({ kind: 'lognormaal', p5: 0, p95: 9 })).toBe('0 < P5 ≤ P95 is vereist');
		expect(distributionProblem({ kind: 'keuze', options: [{ value: 1, chance: 0.5 }] })).toBe('de kansen tellen op tot 50 % in plaats van 100 %');
		expect(
			distributionProblem({
				kind: 'keuze',
				options: [
					{ value: 1, chance: 0.5 },
					{ value: 1, chance: 0.5 }
				]
			})
		).toBe('elke waarde komt één keer voor; tel de kansen van dezelfde waarde op');
		expect(distributionProblem({ kind: 'uniform', min: Number.NaN, max: 1 })).toBe('min en max moeten getallen zijn');
		expect(distributionProblem({ kind: 'pert', min: 1, modus: 2, max: 3 })).toBeNull();
	});

	it('describes a distribution in Dutch', () => {
		expect(describeDistribution({ kind: 'driehoek', min: 0.7, modus: 1, max: 1.1 })).toBe('driehoek 0,7 – 1 – 1,1');
		expect(
			describeDistribution({
				kind: 'keuze',
				options: [
					{ value: 0, chance: 0.6 },
					{ value: 1, chance: 0.4 }
				]
			})
		).toBe('keuze 0 (60 %), 1 (40 %)');
	});
});

describe('seeded streams', () => {
	it('the same seed and input give the same draws; another seed or input gives others', () => {
		const a = uniformStream(42, 'b17.kinderen')(new Float64Array(5));
		expect(uniformStream(42, 'b17.kinderen')(new Float64Array(5))).toEqual(a);
		expect(uniformStream(43, 'b17.kinderen')(new Float64Array(5))).not.toEqual(a);
		expect(uniformStream(42, 'b17.succes')(new Float64Array(5))).not.toEqual(a);
		for (const u of a) {
			expect(u).toBeGreaterThan(0);
			expect(u).toBeLessThan(1);
		}
	});

	it('a stream continues where it stopped, so blocks of draws join up', () => {
		const next = uniformStream(1, 'x');
		const joined = [...next(new Float64Array(3)), ...next(new Float64Array(2))];
		expect(joined).toEqual([...uniformStream(1, 'x')(new Float64Array(5))]);
	});
});

describe('the stream step', () => {
	it('gives what pure-rand’s xoroshiro128+ gives, draw for draw', () => {
		const rng = xoroshiro128plus(fnv1a('7|b17.kinderen') | 0);
		const expected = Array.from({ length: 10_000 }, () => ((rng.next() >>> 0) + 0.5) * 2 ** -32);
		expect([...uniformStream(7, 'b17.kinderen')(new Float64Array(10_000))]).toEqual(expected);
	});
});

describe('the samplers', () => {
	it('give the quantile to the last digits where it has a closed form (driehoek, uniform, normaal, lognormaal, keuze)', () => {
		const ds: Distribution[] = [
			{ kind: 'driehoek', min: 0.7, modus: 1, max: 1.1 },
			{ kind: 'driehoek', min: 10_000, modus: 10_000, max: 20_000 },
			{ kind: 'uniform', min: 34_000, max: 140_000 },
			{ kind: 'normaal', p5: 100, p95: 300 },
			{ kind: 'lognormaal', p5: 0.025, p95: 0.9 },
			{
				kind: 'keuze',
				options: [
					{ value: 2026, chance: 0.3 },
					{ value: 2027, chance: 0.5 },
					{ value: 2029, chance: 0.2 }
				]
			}
		];
		const ps = uniformStream(3, 'p')(new Float64Array(2000));
		for (const d of ds) {
			const column = Float64Array.from(ps);
			sampler(d)(column, column.length);
			// normaal and lognormaal scale the standard normal's quantile, so the last bit may differ
			const worst = Math.max(...ps.map((p, i) => Math.abs(column[i]! - quantile(d, p)) / Math.abs(quantile(d, p))));
			expect(worst, d.kind).toBeLessThan(1e-12);
		}
	});
});
