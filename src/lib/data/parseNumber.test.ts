import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber';

const value = (text: string, percent = false) => {
	const read = parseNumber(text, { percent });
	return read.ok ? read.value : null;
};

describe('parseNumber', () => {
	it.each([
		['10.000', 10_000],
		['20 000', 20_000],
		['1.234,5', 1234.5],
		['0,25', 0.25],
		['2.5', 2.5],
		['0.250', 0.25],
		['1.500', 1500],
		['−3', -3],
		['-3', -3],
		['€ 60.000', 60_000],
		['€ 1.000.000', 1_000_000],
		['25 %', 0.25],
		['25%', 0.25],
		['2026', 2026]
	])('parseNumber(%o) is %o', (text, expected) => {
		expect(value(text)).toBe(expected);
	});

	it.each(['', '   ', 'veel', '1,2,3', '1.234.5', '1e4', '2.03e3', '0x7ef', '--1', '12a', '1,234.5', 'Infinity', '9'.repeat(41)])('parseNumber(%o) is refused with a reason', (text) => {
		const read = parseNumber(text);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problem.length).toBeGreaterThan(5);
	});

	it('reads a percentage field in percent, and says so where "0,25" is taken as 25 %', () => {
		expect(value('25', true)).toBe(0.25);
		expect(value('25 %', true)).toBe(0.25);
		expect(value('0,5 %', true)).toBe(0.005);
		expect(parseNumber('0,25', { percent: true })).toEqual({ ok: true, value: 0.25, note: '0,25 gelezen als 25 %' });
		expect(value('1', true)).toBe(0.01);
	});

	it('names what it refuses in Dutch', () => {
		expect(parseNumber('veel')).toEqual({ ok: false, problem: '“veel” is geen getal; schrijf bijvoorbeeld 10.000, 2,5 of 25 %' });
		expect(parseNumber('')).toEqual({ ok: false, problem: 'vul een getal in' });
	});
});
