import { wrapText } from '../charts/wrapText';

/** One legend entry: the width of its key and its label. */
export interface LegendBox {
	keyWidth: number;
	label: string;
}

/** Where an entry stands: `x` and `y` (the top of its first line) from the legend's corner, and its label's lines. */
export interface PlacedLegendEntry {
	x: number;
	y: number;
	lines: string[];
}

/** Space between a key and its label, between two entries on a row, and from one line to the next. */
export const LEGEND_SPACING = { keyGap: 6, gap: 16, lineHeight: 16 };

/**
 * Legend entries set in rows within `width`, as words in a paragraph: an entry moves to the next
 * row when it does not fit after the one before it, and a label too long for a row of its own is
 * wrapped beside its key. The export draws the legend this way, in the image.
 *
 * @example legendLayout([{ keyWidth: 14, label: 'Netto' }], 200, (s) => s.length * 10)
 * // { entries: [{ x: 0, y: 0, lines: ['Netto'] }], height: 16 }
 */
export function legendLayout(
	boxes: readonly LegendBox[],
	width: number,
	measure: (text: string) => number,
	spacing = LEGEND_SPACING
): { entries: PlacedLegendEntry[]; height: number } {
	const { keyGap, gap, lineHeight } = spacing;
	const entries: PlacedLegendEntry[] = [];
	let x = 0;
	let rowTop = 0;
	let rowLines = 1;
	for (const box of boxes) {
		const entryWidth = box.keyWidth + keyGap + measure(box.label);
		if (x > 0 && x + entryWidth > width) {
			rowTop += rowLines * lineHeight;
			rowLines = 1;
			x = 0;
		}
		const fits = entryWidth <= width;
		const lines = fits ? [box.label] : wrapText(box.label, width - box.keyWidth - keyGap, measure);
		entries.push({ x, y: rowTop, lines });
		rowLines = Math.max(rowLines, lines.length);
		// an entry wrapped over lines fills its row
		x = fits ? x + entryWidth + gap : width;
	}
	return { entries, height: boxes.length === 0 ? 0 : rowTop + rowLines * lineHeight };
}
