import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';

describe('base64url', () => {
	it('toBase64Url writes only URL-safe characters, without padding', () => {
		expect(toBase64Url('€')).toBe('4oKs');
		expect(toBase64Url('??>')).toBe('Pz8-');
		expect(toBase64Url('a')).toBe('YQ');
	});

	it('reads back any text it wrote, accents, emoji and quotes included (round trip)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
				const code = toBase64Url(text);
				expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(fromBase64Url(code)).toBe(text);
			}),
			{ seed: 22, numRuns: 300 }
		);
	});

	it('fromBase64Url refuses what base64url of UTF-8 cannot be', () => {
		for (const code of ['a+b', 'a/b', 'ab==', 'a', '__8']) expect(() => fromBase64Url(code), code).toThrow();
	});
});
