import { describe, expect, it } from 'vitest';
import { termOf, TERMS } from './terms';

describe('the glossary', () => {
	it('explains each term the issue names, in one or two sentences', () => {
		for (const id of ['richtbedrag', 'pm', 'p10-p90', 'mediaan', 'seed', 'trekkingen', 'eigen-kopie', 'gekalibreerd']) {
			const sentences = termOf(id).explanation.split(/(?<=[.?!])\s+/);
			expect(sentences.length, id).toBeGreaterThanOrEqual(1);
			expect(sentences.length, id).toBeLessThanOrEqual(2);
		}
	});

	it('has one entry per id, and refuses an unknown one', () => {
		expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
		expect(TERMS).toHaveLength(18);
		expect(() => termOf('bestaat-niet')).toThrow('onbekend begrip "bestaat-niet"');
	});
});
