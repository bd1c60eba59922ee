import { describe, expect, it } from 'vitest';
import { formatAmount, formatMln } from './formatMln';

describe('formatMln', () => {
	it.each([
		[1018, '€ 1.018 mln'],
		[-47, '€ \u221247 mln'],
		[0, '€ 0 mln'],
		[33.333, '€ 33,3 mln'],
		[-0.04, '€ 0 mln'],
		['PM', 'PM'],
		[null, 'PM']
	] as const)('formatMln(%o) is %s', (value, expected) => {
		expect(formatMln(value)).toBe(expected);
	});

	it('formatAmount(1234567) groups thousands with dots', () => {
		expect(formatAmount(1234567)).toBe('1.234.567');
	});
});
