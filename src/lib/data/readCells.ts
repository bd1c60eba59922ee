import { PM, type Amount, type SourceRef } from '../engine';
import { DataError } from './DataError';
import type { CsvRow } from './readCsv';

const NUMBER = /^[-\u2212]?\d+(\.\d+)?$/;
const DASHES = new Set(['', '-', '–', '—']);

/** A table cell: "PM", a dash or empty (0, printed as a dash), or a number in € mln. */
export function readBedrag(row: CsvRow, file: string, column: string): { amount: Amount; dash: boolean } {
	const text = row.get(column);
	if (text.toUpperCase() === PM) return { amount: PM, dash: false };
	if (DASHES.has(text)) return { amount: 0, dash: true };
	return { amount: readNumber(row, file, column), dash: false };
}

/** A plain number (point as decimal separator, optional minus). */
export function readNumber(row: CsvRow, file: string, column: string): number {
	const text = row.get(column);
	if (!NUMBER.test(text)) throw new DataError({ file, row: row.line, column }, 'ongeldig getal', text);
	return Number(text.replace('\u2212', '-'));
}

/** A whole number ≥ 1 (a line number in a source document). */
export function readLine(row: CsvRow, file: string, column: string): number {
	const n = readNumber(row, file, column);
	if (!Number.isInteger(n) || n < 1) throw new DataError({ file, row: row.line, column }, 'geen regelnummer', row.get(column));
	return n;
}

/** A text cell that must not be empty. */
export function readText(row: CsvRow, file: string, column: string): string {
	const text = row.get(column);
	if (text === '') throw new DataError({ file, row: row.line, column }, 'mag niet leeg zijn');
	return text;
}

const LINES = /^\d+(-\d+)?(;\d+(-\d+)?)*$/;

/**
 * The lines a citation names: "721", a range "6932-6937", or a list "721;743;795" (ranges may be
 * listed too), every line in order; or a Dutch reason why the text is no citation.
 *
 * @example citedLines('3626;3635') // [3626, 3635]
 */
export function citedLines(text: string): number[] | string {
	const clean = text.replace(/\s/g, '');
	if (!LINES.test(clean)) return 'geen regelnummer(s): schrijf 721, 6932-6937 of 721;743';
	const lines: number[] = [];
	for (const part of clean.split(';')) {
		const [from, to = from] = part.split('-').map(Number) as [number, number?];
		if (from < 1 || to < from || to - from > 200) return `ongeldig regelbereik ${part}`;
		for (let n = from; n <= to; n++) lines.push(n);
	}
	return lines;
}

/** A source cell's lines (see citedLines): the first is the main line, `lines` lists all where there are several. */
export function readLines(row: CsvRow, file: string, column: string): { line: number; lines?: number[] } {
	const lines = citedLines(row.get(column));
	if (typeof lines === 'string') throw new DataError({ file, row: row.line, column }, lines, row.get(column));
	return lines.length === 1 ? { line: lines[0]! } : { line: lines[0]!, lines };
}

/**
 * Citations of extern.md: "E2:19;E3:24" (entry and line), each line within its entry. Empty is none.
 * `entries` gives each entry's first line; an entry runs until the next one starts.
 */
export function readExternRefs(row: CsvRow, file: string, column: string, entries: readonly { id: string; line: number }[]): SourceRef[] {
	const text = row.get(column).replace(/\s/g, '');
	if (text === '') return [];
	const starts = [...entries].sort((a, b) => a.line - b.line);
	return text.split(';').map((part) => {
		const match = /^(E\d+):(\d+)$/.exec(part);
		const fail = (problem: string): never => {
			throw new DataError({ file, row: row.line, column }, problem, part);
		};
		if (!match) return fail('schrijf een verwijzing naar extern.md als E2:19 (ingang en regel)');
		const [, entry, lineText] = match as unknown as [string, string, string];
		const at = starts.findIndex((e) => e.id === entry);
		if (at < 0) return fail('onbekende ingang van extern.md (zie extern.csv)');
		const line = Number(lineText);
		const next = starts[at + 1]?.line ?? Infinity;
		if (line < starts[at]!.line || line >= next) fail(`regel valt buiten ingang ${entry} (vanaf regel ${starts[at]!.line})`);
		return { document: 'extern', entry, line };
	});
}

/**
 * A row's source from its `document` and `regel` columns: null where no document is given; for
 * `extern` the regel cell names the entry and line (E17:124), otherwise the lines (readLines).
 */
export function readSource(row: CsvRow, file: string, extern: readonly { id: string; line: number }[]): SourceRef | null {
	const document = row.get('document');
	if (document === '') return null;
	if (document === 'extern') {
		const refs = readExternRefs(row, file, 'regel', extern);
		if (refs.length !== 1) throw new DataError({ file, row: row.line, column: 'regel' }, 'noem één ingang met regel (E17:124)', row.get('regel'));
		return refs[0]!;
	}
	return { document, ...readLines(row, file, 'regel') };
}
