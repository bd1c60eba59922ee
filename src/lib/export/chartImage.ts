/** Style properties copied onto every element, so a saved SVG looks as it does on screen. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'font-family',
	'text-anchor',
	'dominant-baseline',
	'visibility'
];
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ImageText {
	title: string;
	/** Scenario name and date. */
	subtitle: string;
	/** Where the figures come from. */
	source: string;
}

/**
 * A standalone SVG of a chart on screen: computed styles written inline, with the title and
 * subtitle above the plot and the source line below, so the file tells its own story.
 */
export function chartSvg(svg: SVGSVGElement, text: ImageText): { svg: string; width: number; height: number } {
	const box = svg.viewBox.baseVal;
	const width = Math.round(box?.width || svg.clientWidth);
	const plotHeight = Math.round(box?.height || svg.clientHeight);
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const live = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	live.forEach((element, i) => {
		const style = getComputedStyle(element);
		const copy = copies[i] as SVGElement;
		copy.removeAttribute('class');
		copy.setAttribute('style', STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
	});
	const header = 56;
	const footer = 28;
	const height = header + plotHeight + footer;
	const root = document.createElementNS(SVG_NS, 'svg');
	root.setAttribute('xmlns', SVG_NS);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const add = (tag: string, attributes: Record<string, string>, content = '') => {
		const element = document.createElementNS(SVG_NS, tag);
		for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
		element.textContent = content;
		root.append(element);
		return element;
	};
	const font = 'font-family:Arial,Helvetica,sans-serif';
	add('rect', { x: '0', y: '0', width: String(width), height: String(height), fill: '#ffffff' });
	add('text', { x: '4', y: '20', style: `${font};font-size:16px;font-weight:700;fill:#1b1b1b` }, text.title);
	add('text', { x: '4', y: '42', style: `${font};font-size:13px;fill:#4a4a4a` }, text.subtitle);
	clone.setAttribute('x', '0');
	clone.setAttribute('y', String(header));
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(plotHeight));
	clone.removeAttribute('role');
	root.append(clone);
	add('text', { x: '4', y: String(height - 8), style: `${font};font-size:11px;fill:#4a4a4a` }, text.source);
	return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** The SVG drawn on a canvas at twice its size, as PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * 2;
		canvas.height = height * 2;
		const context = canvas.getContext('2d')!;
		context.scale(2, 2);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG maken mislukt'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
