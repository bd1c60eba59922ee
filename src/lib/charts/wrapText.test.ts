import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

/** Every character 10 wide, so a line of width 100 holds 10 characters. */
const tenEach = (s: string) => s.length * 10;

describe('wrapText', () => {
	it('wrapText(title, 100) breaks at the last space that fits, keeping every word', () => {
		// "Netto per jaar" = 14 characters; "Netto per" = 9 fits, adding " jaar" makes 14
		expect(wrapText('Netto per jaar', 100, tenEach)).toEqual(['Netto per', 'jaar']);
	});

	it('wrapText keeps the whole title of the savings chart, over three lines at 300 wide', () => {
		const title = 'Rijk: besparingen, invoeringskosten en netto tegen het richtbedrag (€ mln)';
		// 30 characters a line: "Rijk: besparingen," (18) + " invoeringskosten" (17) = 35 > 30
		expect(wrapText(title, 300, tenEach)).toEqual(['Rijk: besparingen,', 'invoeringskosten en netto', 'tegen het richtbedrag (€ mln)']);
	});

	it('wrapText leaves a text that fits on one line', () => {
		expect(wrapText('Netto', 50, tenEach)).toEqual(['Netto']);
	});

	it('wrapText does not break at a no-break space', () => {
		// "was 20.000 kinderen" with a no-break space: "20.000 kinderen" (15) stays one word
		expect(wrapText('was 20.000\u00a0kinderen', 160, tenEach)).toEqual(['was', '20.000\u00a0kinderen']);
	});

	it('wrapText breaks a word longer than a line inside the word', () => {
		expect(wrapText('B 123456789012', 50, tenEach)).toEqual(['B', '12345', '67890', '12']);
	});

	it('wrapText(…, maxLines 2) ends the second line in an ellipsis when more would follow', () => {
		// lines would be "aaa bbb", "ccc ddd", "eee"; the second becomes "ccc ddd…" (8 ≤ 8)
		expect(wrapText('aaa bbb ccc ddd eee', 80, tenEach, 2)).toEqual(['aaa bbb', 'ccc ddd…']);
		// at 70 wide "ccc ddd…" (8) does not fit: letters go until "ccc dd…" (7) does
		expect(wrapText('aaa bbb ccc ddd eee', 70, tenEach, 2)).toEqual(['aaa bbb', 'ccc dd…']);
	});

	it('wrapText of an empty text is no lines', () => {
		expect(wrapText('  ', 100, tenEach)).toEqual([]);
	});
});
