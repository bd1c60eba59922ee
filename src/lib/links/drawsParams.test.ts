import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawsQuery, readDrawsQuery } from './drawsParams';

describe('uncertainty parameters in a link', () => {
	it('takes whole numbers in range', () => {
		expect(readDrawsQuery(new URLSearchParams('trekkingen=50000&seed=7'))).toEqual({ runs: 50000, seed: 7, problems: [] });
		expect(readDrawsQuery(new URLSearchParams(''))).toEqual({ runs: 10000, seed: 1, problems: [] });
	});

	it.each([
		['trekkingen=999', 'Het aantal trekkingen in de link ("999") is geen geheel getal van 1.000 tot en met 100.000; 10.000 wordt gebruikt.'],
		['trekkingen=1e5', 'Het aantal trekkingen in de link ("1e5")'],
		['trekkingen=%3Cscript%3E', 'Het aantal trekkingen in de link ("<script>")'],
		['seed=-1', 'De seed in de link ("-1") is geen geheel getal van 0 tot en met 4.294.967.295; 1 wordt gebruikt.'],
		['seed=4294967296', 'De seed in de link ("4294967296")'],
		['seed=1.5', 'De seed in de link ("1.5")']
	])('refuses %s with a Dutch message and keeps the default', (query, message) => {
		const read = readDrawsQuery(new URLSearchParams(query));
		expect(read.runs).toBe(10000);
		expect(read.seed).toBe(1);
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0]).toContain(message);
	});

	it('reads back what it writes, for any draws and seed in range (round trip)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1000, max: 100_000 }), fc.integer({ min: 0, max: 0xffffffff }), (runs, seed) => {
				expect(readDrawsQuery(drawsQuery({ runs, seed }))).toEqual({ runs, seed, problems: [] });
			}),
			{ seed: 21, numRuns: 200 }
		);
		expect(drawsQuery({ runs: 10_000, seed: 1 }).toString()).toBe('');
	});
});
