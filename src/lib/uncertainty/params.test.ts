import { describe, expect, it } from 'vitest';
import { FIRST_BATCH, firstBatch, formatChance, parseSeed, RUN_CHOICES } from './params';

describe('uncertainty parameters', () => {
	it('a first batch of 10.000 draws from 30.000 draws on: at most a third more work', () => {
		expect(RUN_CHOICES.map((runs) => [runs, firstBatch(runs)])).toEqual([
			[1000, null],
			[10_000, null],
			[50_000, 10_000],
			[100_000, 10_000]
		]);
		expect([firstBatch(29_999), firstBatch(30_000)]).toEqual([null, FIRST_BATCH]);
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
