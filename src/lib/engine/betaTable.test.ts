import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { describe, expect, it } from 'vitest';
import { betaQuantiles } from './betaTable';

describe('betaQuantiles: a beta distribution read from its density', () => {
	it('agrees with the inverse incomplete beta function of @stdlib to 1e-6 for the shapes of a PERT (α + β = 6)', () => {
		let worst = 0;
		for (const alpha of [1, 1.01, 1.1, 1.5, 2, 2.62, 3, 3.9, 4.5, 4.99, 5]) {
			const table = betaQuantiles(alpha, 6 - alpha, 4096);
			for (let i = 0; i <= 4096; i += 7) worst = Math.max(worst, Math.abs(table[i]! - betaQuantile(i / 4096, alpha, 6 - alpha)));
			expect(table[0]).toBe(0);
			expect(table[4096]).toBe(1);
		}
		expect(worst, `grootste verschil ${worst}`).toBeLessThan(1e-6);
	});
	it('is increasing, and a uniform (α = β = 1) is the identity', () => {
		const table = betaQuantiles(3, 3, 4096);
		expect(table.every((x, i) => i === 0 || x >= table[i - 1]!)).toBe(true);
		expect(table[2048]).toBeCloseTo(0.5, 12);
		const uniform = betaQuantiles(1, 1, 8);
		expect([...uniform].map((x) => Math.round(x * 1e9) / 1e9)).toEqual([0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1]);
	});
	it('refuses shapes below 1, where the density has no bound', () => {
		expect(() => betaQuantiles(0.5, 2, 16)).toThrow('α en β moeten minstens 1 zijn');
	});
});
