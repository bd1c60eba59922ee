import { describe, expect, it } from 'vitest';
import { describeInputDistribution, formatInput } from './units';

describe('formatInput', () => {
	it.each([
		['fractie', 0.25, '25 %'],
		['euro', 60000, '€ 60.000'],
		['mln', 1018, '€ 1.018 mln'],
		['jaar', 2026, '2026'],
		['jaren', 2, '2 jaar'],
		['factor', 0.7, '× 0,7'],
		['schakelaar', 1, 'aan'],
		['kinderen', 12500, '12.500 kinderen']
	])('%s %d → %s', (unit, value, text) => expect(formatInput(unit, value)).toBe(text.replace(/ /g, '\u00a0')));

	it('writes every number of a distribution with its unit', () => {
		expect(describeInputDistribution('fractie', { kind: 'driehoek', min: 0.1, modus: 0.25, max: 0.3 })).toBe('driehoek 10\u00a0% – 25\u00a0% – 30\u00a0%');
		expect(
			describeInputDistribution('jaar', {
				kind: 'keuze',
				options: [
					{ value: 2026, chance: 0.4 },
					{ value: 2027, chance: 0.6 }
				]
			})
		).toBe('keuze 2026 (40 %), 2027 (60 %)');
	});
});
