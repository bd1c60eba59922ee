import { describe, expect, it } from 'vitest';
import { formatAmount, formatKnown, formatMeasureCell, formatMln } from './formatMln';
import { toCsv } from './toCsv';

describe('formatMln', () => {
	it.each([
		[1018, '€\u00a01.018\u00a0mln'],
		[-47, '€\u00a0\u221247\u00a0mln'],
		[0, '€\u00a00\u00a0mln'],
		[33.333, '€\u00a033,3\u00a0mln'],
		[-0.04, '€\u00a00\u00a0mln'],
		[3083.5, '€\u00a03.084\u00a0mln'],
		[99.94, '€\u00a099,9\u00a0mln'],
		[99.96, '€\u00a0100\u00a0mln'],
		['PM', 'PM'],
		[null, 'PM']
	] as const)('formatMln(%o) is %s', (value, expected) => {
		expect(formatMln(value)).toBe(expected);
	});

	it('formatAmount(1234567) groups thousands with dots', () => {
		expect(formatAmount(1234567)).toBe('1.234.567');
	});

	it('rounds half away from zero, the same on both sides, with a decimal only below 100: ±148,5 → ±149, ±0,05 → ±0,1', () => {
		expect([formatAmount(148.5), formatAmount(-148.5), formatAmount(0.05), formatAmount(-0.05), formatAmount(1.25), formatAmount(-1.25)]).toEqual([
			'149',
			'\u2212149',
			'0,1',
			'\u22120,1',
			'1,3',
			'\u22121,3'
		]);
		// and in a CSV, to three decimals (its first line; the licence follows the rows)
		expect(toCsv([[-0.0005, 0.0005, -2.0625]], 'plain').split('\r\n')[0]).toBe('-0.001,0.001,-2.063');
	});

	it('formatKnown shows the known part of a PM year and the PM after it', () => {
		expect([formatKnown(-74.75, true), formatKnown(0, true), formatKnown(-74.75, false), formatKnown(300, false)]).toEqual([
			'\u221274,8 + PM',
			'PM',
			'\u221274,8',
			'300'
		]);
	});

	it('formatMeasureCell shows a printed dash only while the cell stays 0', () => {
		// behandelduur prints "–" for 2022; a ramp from 2022 gives it 94 / 8 = 11,75
		expect([formatMeasureCell(0, false, true), formatMeasureCell(11.75, false, true), formatMeasureCell(0, false, false)]).toEqual(['–', '11,8', '0']);
	});
});
