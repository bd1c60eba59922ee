import { describe, expect, it } from 'vitest';
import { formatEuros, formatShare } from './formatEuros';

describe('formatEuros', () => {
	it('writes millions in € mln and smaller amounts in whole euros, with a real minus', () => {
		expect(formatEuros(44_327_348)).toBe('€ 44,3 mln');
		expect(formatEuros(999_949)).toBe('€ 999.949');
		expect(formatEuros(-53_120.4)).toBe('€ −53.120');
		expect(formatEuros(0)).toBe('€ 0');
	});

	it('writes amounts per head with cents', () => {
		expect(formatEuros(58.1714, { cents: true })).toBe('€ 58,17');
		expect(formatEuros(1234.5, { cents: true })).toBe('€ 1.234,50');
	});
});

describe('formatShare', () => {
	it('keeps enough digits for the smallest gemeente', () => {
		expect(formatShare(150_225 / 3_450_000)).toBe('4,35 %');
		expect(formatShare(0.01)).toBe('1 %');
		expect(formatShare(180 / 3_450_000)).toBe('0,0052 %');
	});
});
