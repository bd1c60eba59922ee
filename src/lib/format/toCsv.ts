import Papa from 'papaparse';
import { roundHalfAway } from '../engine';
import type { Cell } from './resultTable';
import { LICENCE_LINE } from '../opendata/licence';

/**
 * `excel-nl` opens cleanly in Dutch Excel: UTF-8 BOM, `;` between fields, decimal comma.
 * `plain` is the international form: no BOM, `,` and decimal point.
 */
export type CsvVariant = 'excel-nl' | 'plain';

/** Text a spreadsheet would run as a formula, with a ' in front. */
function safeText(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Rows to CSV text. Numbers are written with up to `decimals` decimals (3: € 1.000 in € mln),
 * rounded half away from zero, and no thousands separator; null (PM) is written as "PM". Text that a spreadsheet would run as
 * a formula is prefixed. After the rows come an empty line, the notes (say, which scenario and
 * data version the figures are), one per line, and the licence (LICENCE_LINE), as a StatLine
 * file ends in its notes.
 */
export function toCsv(rows: readonly (readonly Cell[])[], variant: CsvVariant = 'excel-nl', decimals = 3, notes: readonly string[] = []): string {
	const decimal = variant === 'excel-nl' ? ',' : '.';
	const cells = rows.map((row) =>
		row.map((cell) => {
			if (cell === null) return 'PM';
			if (typeof cell === 'number') return String(roundHalfAway(cell, decimals)).replace('.', decimal);
			return safeText(cell);
		})
	);
	const options = { delimiter: variant === 'excel-nl' ? ';' : ',', newline: '\r\n' };
	const end = [...notes, LICENCE_LINE].map((line) => [safeText(line)]);
	const text = `${Papa.unparse(cells, options)}\r\n\r\n${Papa.unparse(end, options)}\r\n`;
	return variant === 'excel-nl' ? `\uFEFF${text}` : text;
}
