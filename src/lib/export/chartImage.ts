import { IMAGE_TEXT, imageLayout, type ImageTextStyle } from './imageLayout';

/** Style properties copied onto every element, so a saved SVG looks as it does on screen. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linejoin',
	'stroke-linecap',
	// a gradient's colours (the open end of a phase on the timeline) are black without these
	'stop-color',
	'stop-opacity',
	// a label's white halo (stroke under the fill) turns into a white stroke over it without this
	'paint-order',
	'opacity',
	'font-size',
	'font-weight',
	'font-family',
	'text-anchor',
	'dominant-baseline',
	'visibility'
];
const SVG_NS = 'http://www.w3.org/2000/svg';
/** The font of the texts the export adds; the plot keeps the page's. */
const FONT_FAMILY = 'Arial, Helvetica, sans-serif';

export interface ImageText {
	title: string;
	/** Lines under the title: the scenario and its changed assumptions, draws and seed, the date. */
	notes: readonly string[];
	/** Where the figures come from. */
	source: string;
}

/** A legend entry on screen: its key (a small SVG) and its label. */
export interface LegendEntry {
	key: SVGSVGElement;
	label: string;
}

/** A copy of an SVG element on screen with its computed styles written inline and its classes gone. */
function copyWithStyles<T extends SVGElement>(live: T): T {
	const copy = live.cloneNode(true) as T;
	const lives = [live, ...live.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	lives.forEach((element, i) => {
		const style = getComputedStyle(element);
		const target = copies[i] as SVGElement;
		target.removeAttribute('class');
		target.setAttribute('style', STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
	});
	return copy;
}

/** Text widths in the export's font, measured on a canvas; a little wide, as another viewer's Arial may be. */
function canvasMeasure(): (text: string, style: ImageTextStyle) => number {
	const context = document.createElement('canvas').getContext('2d');
	return (text, style) => {
		if (!context) return text.length * style.size * 0.6;
		context.font = `${style.weight} ${style.size}px ${FONT_FAMILY}`;
		return context.measureText(text).width * 1.03;
	};
}

/**
 * A standalone SVG of a chart on screen, so the file tells its own story in a nota: the title
 * (wrapped, never cut), the notes (scenario, draws, date), the legend with the keys as drawn on
 * screen, the plot with its computed styles inline, and the source line. The full title is also
 * the file's `<title>`.
 */
export function chartSvg(svg: SVGSVGElement, text: ImageText, legend: readonly LegendEntry[] = []): { svg: string; width: number; height: number } {
	const box = svg.viewBox.baseVal;
	const width = Math.round(box?.width || svg.clientWidth);
	const plotHeight = Math.round(box?.height || svg.clientHeight);
	const keys = legend.map((entry) => copyWithStyles(entry.key));
	const layout = imageLayout(
		{
			width,
			title: text.title,
			notes: text.notes,
			legend: legend.map((entry) => ({ keyWidth: entry.key.width.baseVal.value, keyHeight: entry.key.height.baseVal.value, label: entry.label })),
			plotHeight,
			source: text.source
		},
		canvasMeasure()
	);

	const root = document.createElementNS(SVG_NS, 'svg');
	root.setAttribute('xmlns', SVG_NS);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(layout.height));
	root.setAttribute('viewBox', `0 0 ${width} ${layout.height}`);
	const add = (tag: string, attributes: Record<string, string>, content = '') => {
		const element = document.createElementNS(SVG_NS, tag);
		for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
		element.textContent = content;
		root.append(element);
		return element;
	};
	add('title', {}, text.title);
	add('rect', { x: '0', y: '0', width: String(width), height: String(layout.height), fill: '#ffffff' });
	for (const line of layout.texts) {
		const style = IMAGE_TEXT[line.kind];
		add(
			'text',
			{ x: String(line.x), y: String(line.y), style: `font-family:${FONT_FAMILY};font-size:${style.size}px;font-weight:${style.weight};fill:${style.colour}` },
			line.text
		);
	}
	keys.forEach((key, i) => {
		key.setAttribute('x', String(layout.keys[i]!.x));
		key.setAttribute('y', String(layout.keys[i]!.y));
		root.append(key);
	});

	const plot = copyWithStyles(svg);
	plot.setAttribute('x', '0');
	plot.setAttribute('y', String(layout.plotY));
	plot.setAttribute('width', String(width));
	plot.setAttribute('height', String(plotHeight));
	plot.removeAttribute('role');
	root.append(plot);
	return { svg: new XMLSerializer().serializeToString(root), width, height: layout.height };
}

/**
 * The SVG drawn on a canvas as PNG, at twice its size or the screen's pixel ratio if that is
 * higher, so it stays sharp in a printed nota.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
	const ratio = Math.max(2, Math.ceil(globalThis.devicePixelRatio || 1));
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image(width * ratio, height * ratio);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * ratio;
		canvas.height = height * ratio;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0, width * ratio, height * ratio);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG maken mislukt'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
