import { describe, expect, it } from 'vitest';
import { bandWords as words } from './bandWords';

/** The sentence with its no-break spaces as plain ones, to compare with text typed here. */
const bandWords = (...args: Parameters<typeof words>) => words(...args).replace(/\u00a0/g, ' ');

const pull = (id: string, mln: number) => ({ id, label: id.toUpperCase(), mln });
const y2028 = { year: 2028, cumulative: false };

describe('the band in words', () => {
	it('names how far the median lies below and the inputs that pull it there, largest first', () => {
		expect(bandWords(y2028, 854, 1018, [pull('b17', -88), pull('b2', -50), pull('b12', 20), pull('b6', -3)])).toBe(
			'De mediaan van het netto in 2028 ligt € 164 mln onder de uitkomst zonder onzekerheid (€ 854 mln tegen € 1.018 mln), vooral door B17 (€ −88 mln) en B2 (€ −50 mln).'
		);
	});

	it('above, cumulative, three at most', () => {
		expect(bandWords({ year: 2026, cumulative: true }, 3100, 3000, [pull('a', 40), pull('b', 30), pull('c', 20), pull('d', 15)])).toBe(
			'De mediaan van het cumulatieve netto t/m 2026 ligt € 100 mln boven de uitkomst zonder onzekerheid (€ 3.100 mln tegen € 3.000 mln), vooral door A (€ 40 mln), B (€ 30 mln) en C (€ 20 mln).'
		);
	});

	it('on the figure when the shift is below half a million', () => {
		expect(bandWords(y2028, 1018.3, 1018, [pull('b17', 0.3)])).toBe(
			'De mediaan van het netto in 2028 (€ 1.018 mln) ligt op de uitkomst zonder onzekerheid: de verdelingen liggen om de waarden van het scenario heen.'
		);
	});

	it('says so when no input explains the shift on its own', () => {
		expect(bandWords(y2028, 990, 1018, [pull('b17', 5)])).toBe(
			'De mediaan van het netto in 2028 ligt € 28 mln onder de uitkomst zonder onzekerheid (€ 990 mln tegen € 1.018 mln); geen invoer verklaart dat op zichzelf: het komt uit hun samenspel.'
		);
	});
});
