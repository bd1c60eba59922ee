import { describe, expect, it } from 'vitest';
import { dutchNumber } from './tableCells';

describe('dutchNumber', () => {
	it.each([
		['1.018', 1018],
		['−47', -47],
		['−1.559,5', -1559.5],
		['€ 868 mln', 868],
		['12,5 %', 12.5],
		['0', 0]
	])('reads %s as %d', (text, value) => expect(dutchNumber(text)).toBe(value));

	it.each(['PM', '', '1.01', '12 – 14', 'abc', '1,2,3'])('leaves %j as text', (text) => expect(dutchNumber(text)).toBeNull());
});
