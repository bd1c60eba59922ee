import type { Dataset, SourceRef } from '../engine';

/**
 * A source as the JSON exports give it: the document and the line (every line where a range or a
 * list is cited), and for a figure from elsewhere (`extern`) its entry with title, address and
 * kind, so a reader can follow it without the project's files.
 */
export interface SourceJson {
	document: string;
	line: number;
	lines?: number[];
	entry?: string;
	title?: string;
	address?: string | null;
	kind?: 'primair' | 'secundair';
}

/**
 * @example sourceJson(dataset, { document: 'extern', entry: 'E2', line: 19 })
 * // { document: 'extern', line: 19, entry: 'E2', title: 'Eerste Kamer, …', address: 'https://zoek.officielebekendmakingen.nl/…', kind: 'primair' }
 */
export function sourceJson(dataset: Dataset, source: SourceRef): SourceJson {
	const entry = source.entry ? dataset.extern.find((e) => e.id === source.entry) : undefined;
	return {
		document: source.document,
		line: source.line,
		...(source.lines && source.lines.length > 1 ? { lines: [...source.lines] } : {}),
		...(entry ? { entry: entry.id, title: entry.title, address: entry.url || null, kind: entry.primary ? 'primair' : 'secundair' } : {})
	};
}
