/** Share of the font size a character takes, by kind: narrow, wide, capital, digit, else. */
const NARROW = /[ il.,:;'’!|()[\]ftjrI\-/]/;
const WIDE = /[mwMW€%]/;

/**
 * An estimate of how wide a text is in a sans-serif font at `fontSize` pixels, the same on the
 * server and in the browser, so a chart can break its labels before it has been drawn. It errs
 * on the wide side of Arial and Segoe UI.
 *
 * @example estimateTextWidth(10)('mi') // 8.5 + 3 = 11.5
 */
export function estimateTextWidth(fontSize: number): (text: string) => number {
	return (text) => {
		let em = 0;
		for (const char of text) {
			if (NARROW.test(char)) em += 0.3;
			else if (WIDE.test(char)) em += 0.85;
			else if (/[0-9]/.test(char)) em += 0.56;
			else if (char !== char.toLowerCase()) em += 0.68;
			else em += 0.54;
		}
		return em * fontSize;
	};
}
