import { describe, expect, it } from 'vitest';
import { formatChance, parseSeed, readUncertaintyParams } from './params';

describe('uncertainty parameters in a link', () => {
	it('takes whole numbers in range', () => {
		expect(readUncertaintyParams(new URLSearchParams('trekkingen=50000&seed=7'))).toEqual({ runs: 50000, seed: 7, problems: [] });
		expect(readUncertaintyParams(new URLSearchParams(''))).toEqual({ runs: 10000, seed: 1, problems: [] });
	});

	it.each([
		['trekkingen=999', 'Het aantal trekkingen in de link ("999") is geen geheel getal van 1.000 tot en met 100.000; 10.000 wordt gebruikt.'],
		['trekkingen=1e5', 'Het aantal trekkingen in de link ("1e5")'],
		['trekkingen=%3Cscript%3E', 'Het aantal trekkingen in de link ("<script>")'],
		['seed=-1', 'De seed in de link ("-1") is geen geheel getal van 0 tot en met 4.294.967.295; 1 wordt gebruikt.'],
		['seed=4294967296', 'De seed in de link ("4294967296")'],
		['seed=1.5', 'De seed in de link ("1.5")']
	])('refuses %s with a Dutch message and keeps the default', (query, message) => {
		const read = readUncertaintyParams(new URLSearchParams(query));
		expect(read.runs).toBe(10000);
		expect(read.seed).toBe(1);
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0]).toContain(message);
	});

	it('a typed seed', () => {
		expect(parseSeed(' 42 ')).toEqual({ seed: 42 });
		expect(parseSeed('4294967295')).toEqual({ seed: 4294967295 });
		expect(parseSeed('1.234')).toEqual({ seed: 1234 });
		expect(parseSeed('2,5')).toHaveProperty('problem');
		expect(parseSeed('abc')).toEqual({ problem: 'de seed moet een geheel getal van 0 tot en met 4.294.967.295 zijn' });
		expect(parseSeed('')).toHaveProperty('problem');
	});

	it('a chance in words never rounds to certainty', () => {
		expect(formatChance(0.3449)).toBe('34 %');
		expect(formatChance(0.004)).toBe('< 1 %');
		expect(formatChance(0.996)).toBe('> 99 %');
		expect(formatChance(0)).toBe('0 %');
		expect(formatChance(1)).toBe('100 %');
	});
});
