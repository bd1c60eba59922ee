import { PM, type Bedrag } from '../engine';
import { DataError } from './DataError';
import type { CsvRow } from './readCsv';

const NUMBER = /^[-\u2212]?\d+(\.\d+)?$/;
const DASHES = new Set(['', '-', '–', '—']);

/** A table cell: "PM", a dash or empty (0, printed as a dash), or a number in € mln. */
export function readBedrag(row: CsvRow, file: string, column: string): { amount: Bedrag; dash: boolean } {
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
