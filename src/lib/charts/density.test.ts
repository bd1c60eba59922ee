import { describe, expect, it } from 'vitest';
import { densityOf } from './density';

describe('the shape of a distribution', () => {
	it('a uniform is flat: every bin holds the same share', () => {
		const shape = densityOf({ kind: 'uniform', min: 10000, max: 20000 });
		if (shape.kind !== 'curve') throw new Error('a curve expected');
		const inner = shape.bins.slice(1, -1);
		// 400 points over 10.000: density 1 / 10.000 per unit everywhere inside
		for (const b of inner) expect(b.density).toBeCloseTo(1 / 10000, 6);
	});

	it('a triangle with its mode at the top rises to the right', () => {
		const shape = densityOf({ kind: 'driehoek', min: 0, modus: 60000, max: 60000 });
		if (shape.kind !== 'curve') throw new Error('a curve expected');
		const densities = shape.bins.map((b) => b.density);
		expect(densities.at(-2)!).toBeGreaterThan(densities[1]! * 5);
	});

	it('a keuze gives its options as bars; a point gives one bar', () => {
		expect(
			densityOf({
				kind: 'keuze',
				options: [
					{ value: 2027, chance: 0.35 },
					{ value: 2026, chance: 0.65 }
				]
			})
		).toEqual({
			kind: 'bars',
			bars: [
				{ x: 2026, p: 0.65 },
				{ x: 2027, p: 0.35 }
			]
		});
		expect(densityOf({ kind: 'driehoek', min: 5, modus: 5, max: 5 })).toEqual({ kind: 'bars', bars: [{ x: 5, p: 1 }] });
	});

	it('holds a normal within the input’s range, as the model does', () => {
		const shape = densityOf({ kind: 'normaal', p5: 0, p95: 1 }, { min: 0, max: 2 });
		if (shape.kind !== 'curve') throw new Error('a curve expected');
		expect(shape.x0).toBe(0);
		// 5 % of the draws are held at 0: the first bin is the tallest
		expect(shape.bins[0]!.density).toBe(Math.max(...shape.bins.map((b) => b.density)));
	});
});
