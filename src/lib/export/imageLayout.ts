import { wrapText } from '../charts/wrapText';
import { LEGEND_SPACING, legendLayout } from './legendLayout';

/** A kind of text in an exported image: its size, weight, colour, line height and baseline below the top of its line (px). */
export interface ImageTextStyle {
	size: number;
	weight: 400 | 700;
	colour: string;
	lineHeight: number;
	baseline: number;
}

/** The texts an export adds around the chart. */
export const IMAGE_TEXT = {
	title: { size: 16, weight: 700, colour: '#1b1b1b', lineHeight: 20, baseline: 16 },
	note: { size: 13, weight: 400, colour: '#4a4a4a', lineHeight: 17, baseline: 13 },
	legend: { size: 12, weight: 400, colour: '#1b1b1b', lineHeight: LEGEND_SPACING.lineHeight, baseline: 12 },
	source: { size: 11, weight: 400, colour: '#4a4a4a', lineHeight: 14, baseline: 11 }
} as const satisfies Record<string, ImageTextStyle>;

export type ImageTextKind = keyof typeof IMAGE_TEXT;

/** What goes in the image besides the plot. */
export interface ImageContent {
	/** The image's width (px), the plot's width. */
	width: number;
	title: string;
	/** Lines under the title: scenario, draws, date; each wraps on its own. */
	notes: readonly string[];
	/** The legend's keys (their size) and labels. */
	legend: readonly { keyWidth: number; keyHeight: number; label: string }[];
	plotHeight: number;
	source: string;
}

/** Where everything stands: each line of text (x and baseline y), each legend key (top left), the plot's top, the height. */
export interface ImageLayout {
	texts: { x: number; y: number; text: string; kind: ImageTextKind }[];
	keys: { x: number; y: number }[];
	plotY: number;
	height: number;
}

/** Space to the left and right of the text, and above the title. */
const PAD = 4;

/**
 * The exported image from top to bottom: the title, wrapped (never cut); the notes; the legend
 * in rows; the plot; the source line. `measure` gives a text's width in a style (px).
 *
 * @example imageLayout({ width: 208, title: 'Netto', notes: [], legend: [], plotHeight: 100, source: 'Bron' }, (s) => s.length * 10)
 * // title at y 20, plot at 32, source at 151, height 158
 */
export function imageLayout(content: ImageContent, measure: (text: string, style: ImageTextStyle) => number): ImageLayout {
	const lineWidth = content.width - 2 * PAD;
	const texts: ImageLayout['texts'] = [];
	let y = PAD;
	const paragraph = (text: string, kind: ImageTextKind) => {
		const style = IMAGE_TEXT[kind];
		for (const line of wrapText(text, lineWidth, (s) => measure(s, style))) {
			texts.push({ x: PAD, y: y + style.baseline, text: line, kind });
			y += style.lineHeight;
		}
	};
	paragraph(content.title, 'title');
	if (content.notes.length > 0) y += 2;
	for (const note of content.notes) paragraph(note, 'note');
	y += 8;

	const legendStyle = IMAGE_TEXT.legend;
	const legend = legendLayout(content.legend, lineWidth, (s) => measure(s, legendStyle));
	const keys = legend.entries.map((entry, i) => {
		const box = content.legend[i]!;
		const x = PAD + entry.x;
		const top = y + entry.y;
		entry.lines.forEach((line, j) =>
			texts.push({ x: x + box.keyWidth + LEGEND_SPACING.keyGap, y: top + j * legendStyle.lineHeight + legendStyle.baseline, text: line, kind: 'legend' })
		);
		return { x, y: top + (legendStyle.lineHeight - box.keyHeight) / 2 };
	});
	if (legend.height > 0) y += legend.height + 8;

	const plotY = y;
	y += content.plotHeight + 8;
	paragraph(content.source, 'source');
	return { texts, keys, plotY, height: y + PAD };
}
