import fc from 'fast-check';
import { quantile as ssQuantile } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { meanOf, quantilesOf, summaryOf } from './quantiles';

describe('quantilesOf', () => {
	it('gives exactly what simple-statistics gives, for any column', () => {
		const ps = [0.05, 0.1, 0.5, 0.9, 0.95];
		// x + 0 turns −0 into 0: the two compare equal, so their order after sorting is arbitrary
		fc.assert(
			fc.property(
				fc.array(
					fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x + 0),
					{ minLength: 1, maxLength: 3000 }
				),
				(values) => {
					const column = Float64Array.from(values);
					expect(quantilesOf(column, ps)).toEqual(ssQuantile([...values], ps));
					expect(summaryOf(column, ps)).toEqual({ mean: meanOf(column), quantiles: ssQuantile([...values], ps) });
					expect([...column]).toEqual(values); // the column is left as it was
				}
			),
			{ seed: 20261123, numRuns: 200 }
		);
	});

	it('interpolates at (n − 1)·p: of 1, 2, 3, 4 the median is 2,5 and P90 is 3 + 0,7 × (4 − 3) = 3,7', () => {
		const [median, p90] = quantilesOf(Float64Array.of(4, 1, 3, 2), [0.5, 0.9]) as [number, number];
		expect(median).toBe(2.5);
		expect(p90).toBeCloseTo(3.7, 12);
		expect(quantilesOf(Float64Array.of(3, 1, 2), [0.5])).toEqual([2]);
	});

	it('a constant column has that constant as every quantile and as its mean, exactly', () => {
		const column = new Float64Array(100_000).fill(0.1 + 0.2);
		expect(quantilesOf(column, [0.05, 0.95])).toEqual([0.1 + 0.2, 0.1 + 0.2]);
		expect(meanOf(column)).toBe(0.1 + 0.2);
	});

	it('stays exact when the extremes lie between the sampled values (every 64th)', () => {
		// 10 000 values 0…9 999 in a shuffled order, the sampled positions holding only middle values
		const column = Float64Array.from({ length: 10_000 }, (_, i) => (i % 64 === 0 ? 4000 + i / 64 : (i * 7919) % 10_000));
		const values = [...column];
		expect(summaryOf(column, [0, 0.05, 0.5, 0.95, 1])).toEqual({ mean: meanOf(column), quantiles: ssQuantile(values, [0, 0.05, 0.5, 0.95, 1]) });
	});

	it('a column whose sampled values are equal but whose others are not', () => {
		const column = Float64Array.from({ length: 1000 }, (_, i) => (i % 64 === 0 ? 7 : i));
		expect(quantilesOf(column, [0.05, 0.5, 0.95])).toEqual(ssQuantile([...column], [0.05, 0.5, 0.95]));
	});
});
