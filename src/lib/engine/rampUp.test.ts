import { describe, expect, it } from 'vitest';
import { rampFraction, rampUp } from './rampUp';

// Expected values worked out by hand from the definitions in rampUp.ts.
describe('rampFraction', () => {
	it.each([
		// curve, year, expected
		[{ kind: 'step', start: 2026 }, 2025, 0],
		[{ kind: 'step', start: 2026 }, 2026, 1],
		[{ kind: 'step', start: 2026 }, 2035, 1],
		[{ kind: 'step', start: 2022, delay: 4 }, 2025, 0],
		[{ kind: 'step', start: 2022, delay: 4 }, 2026, 1],
		[{ kind: 'linear', start: 2022, full: 2025 }, 2021, 0],
		[{ kind: 'linear', start: 2022, full: 2025 }, 2022, 0.25],
		[{ kind: 'linear', start: 2022, full: 2025 }, 2023, 0.5],
		[{ kind: 'linear', start: 2022, full: 2025 }, 2024, 0.75],
		[{ kind: 'linear', start: 2022, full: 2025 }, 2025, 1],
		[{ kind: 'linear', start: 2022, full: 2025 }, 2030, 1],
		[{ kind: 'linear', start: 2022, full: 2025, delay: 2 }, 2024, 0.25],
		[{ kind: 'linear', start: 2026, full: 2026 }, 2026, 1],
		[{ kind: 'logistic', start: 2023, full: 2026 }, 2022, 0],
		[{ kind: 'logistic', start: 2023, full: 2026 }, 2024, 0.5],
		[{ kind: 'logistic', start: 2023, full: 2026 }, 2026, 1],
		[{ kind: 'custom', from: 2024, fractions: [0.1, 0.4, 0.9] }, 2023, 0],
		[{ kind: 'custom', from: 2024, fractions: [0.1, 0.4, 0.9] }, 2025, 0.4],
		[{ kind: 'custom', from: 2024, fractions: [0.1, 0.4, 0.9] }, 2031, 0.9],
		[{ kind: 'custom', from: 2024, fractions: [0.1, 0.4, 0.9], delay: 1 }, 2025, 0.1]
	] as const)('rampFraction(%o, %i) is %d', (curve, year, expected) => {
		expect(rampFraction(curve, year)).toBeCloseTo(expected, 12);
	});

	it("rampFraction('logistic') follows the normalised S-curve between its anchors", () => {
		// start 2023, full 2026 → zero year 2022, span 4, k = 10/4 = 2.5, midpoint 2024.
		const s = (t: number) => 1 / (1 + Math.exp(-2.5 * (t - 2024)));
		const byHand = (s(2023) - s(2022)) / (s(2026) - s(2022));
		expect(byHand).toBeCloseTo(0.0701, 4);
		const curve = { kind: 'logistic', start: 2023, full: 2026 } as const;
		expect(rampFraction(curve, 2023)).toBeCloseTo(byHand, 12);
		// symmetric around the midpoint
		expect(rampFraction(curve, 2025)).toBeCloseTo(1 - byHand, 12);
	});

	it("rampFraction('logistic') with a steeper curve stays closer to 0 before the midpoint", () => {
		const gentle = rampFraction({ kind: 'logistic', start: 2023, full: 2026, steepness: 1 }, 2023);
		const steep = rampFraction({ kind: 'logistic', start: 2023, full: 2026, steepness: 4 }, 2023);
		expect(steep).toBeLessThan(gentle);
	});
});

describe('rampUp', () => {
	it('rampUp(linear) turns B17 300 structural into 100, 200, 300 over 2024–2026', () => {
		const curve = Object.freeze({ kind: 'linear', start: 2024, full: 2026 } as const);
		const years = Object.freeze([2023, 2024, 2025, 2026, 2027]);
		expect(rampUp(curve, 300, years)).toEqual([0, 100, 200, 300, 300]);
	});

	it('rampUp(step) with a 4-year law-change delay moves B2 200 from 2022 to 2026', () => {
		expect(rampUp({ kind: 'step', start: 2022, delay: 4 }, 200, [2022, 2025, 2026, 2028])).toEqual([0, 0, 200, 200]);
	});

	it('rampUp keeps the sign of a cost', () => {
		expect(rampUp({ kind: 'linear', start: 2022, full: 2023 }, -40, [2022, 2023])).toEqual([-20, -40]);
	});
});
