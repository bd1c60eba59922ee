import Papa from 'papaparse';
import { DataError } from './DataError';

export interface CsvRow {
	/** Line number in the file (the header is line 1). */
	line: number;
	get(column: string): string;
}

/**
 * Parse the project's own comma-separated data files (header line first) into rows, checking that the header has exactly the
 * expected columns. A leading BOM is ignored; empty lines are skipped.
 *
 * @example readCsv('id,naam\nb2,Afbakening', 'x.csv', ['id', 'naam'])[0].get('naam') // 'Afbakening'
 */
export function readCsv(text: string, file: string, columns: readonly string[]): CsvRow[] {
	const clean = text.replace(/^\uFEFF/, '');
	if (clean.trim() === '') throw new DataError({ file }, 'het bestand is leeg');
	const parsed = Papa.parse<string[]>(clean, { delimiter: ',', skipEmptyLines: 'greedy' });
	const firstError = parsed.errors[0];
	if (firstError) {
		throw new DataError({ file, row: (firstError.row ?? 0) + 1 }, `CSV niet leesbaar (${firstError.message})`);
	}
	const [header, ...body] = parsed.data;
	if (!header) throw new DataError({ file }, 'het bestand is leeg');
	const names = header.map((h) => h.trim());
	const index = new Map<string, number>();
	names.forEach((name, i) => {
		if (!columns.includes(name)) throw new DataError({ file, row: 1 }, 'onbekende kolom', name);
		if (index.has(name)) throw new DataError({ file, row: 1 }, 'kolom komt twee keer voor', name);
		index.set(name, i);
	});
	for (const column of columns) {
		if (!index.has(column)) throw new DataError({ file, row: 1 }, 'kolom ontbreekt', column);
	}
	return body.map((cells, i) => {
		const line = i + 2;
		if (cells.length !== names.length) {
			throw new DataError({ file, row: line }, `verwacht ${names.length} kolommen, gevonden ${cells.length}`);
		}
		return { line, get: (column: string) => (cells[index.get(column)!] ?? '').trim() };
	});
}
