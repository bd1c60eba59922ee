import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './estimateTextWidth';

describe('estimateTextWidth', () => {
	it('estimateTextWidth(10) counts narrow, wide, capital, digit and other characters', () => {
		// i 0,3 + m 0,85 + B 0,68 + 2 0,56 + a 0,54 = 2,93 em
		expect(estimateTextWidth(10)('imB2a')).toBeCloseTo(29.3, 6);
		expect(estimateTextWidth(13)('')).toBe(0);
	});
});
