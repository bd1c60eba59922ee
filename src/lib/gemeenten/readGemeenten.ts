import Papa from 'papaparse';
import { DataError } from '../data/DataError';
import type { Gemeente } from '../engine';

/**
 * Reading a table of gemeenten as people have it: a CBS StatLine download (`;`, quotes, decimal
 * comma, thousands dots, a BOM, a title above and footnotes below the table) or a plain CSV.
 * Columns are found by their header; a bad row is reported with its line and reason while the
 * good rows load. Only a file without a usable header fails as a whole.
 */

export type GemeenteField = 'naam' | 'code' | 'jeugdigen' | 'inwoners' | 'budgetEuro' | 'aandeel';

export interface ImportedColumn {
	field: GemeenteField;
	header: string;
	/** Multiplier from the column's unit: 1000 for "(x 1 000 euro)", 0.01 for a percentage. */
	factor: number;
}

export interface RowProblem {
	/** Line in the file (the first line is 1). */
	line: number;
	reason: string;
}

export interface GemeenteImport {
	file: string;
	rows: { line: number; gemeente: Gemeente }[];
	/** A row "Nederland" (or code NL01), as StatLine includes it: the national totals of the same table. */
	nederland: Gemeente | null;
	problems: RowProblem[];
	columns: ImportedColumn[];
	/** Headers that match no field and are left out. */
	ignoredColumns: string[];
	delimiter: ';' | ',' | '\t';
	/** How numbers were read: `nederlands` 1.234,5 or `internationaal` 1234.5. */
	notation: 'nederlands' | 'internationaal';
	/** Lines above the header and below the table (titles, footnotes) that were skipped, as text. */
	skipped: { above: string[]; below: string[] };
}

const DELIMITERS = [';', ',', '\t'] as const;
const MISSING = new Set(['', '.', 'x', 'X', '-', '?', '..']);
const MAX_CHARS = 20_000_000;

/**
 * Header patterns, tried in this order on the last part of a header (StatLine joins levels with
 * "/"; "Bevolking/…/Totale bevolking (aantal)" is read as "totale bevolking (aantal)"). A key
 * column is taken only from a clear label, never from a loose word: households ("met kinderen"),
 * percentages and age groups other than 0–17 are left out and listed as not used.
 */
const FIELDS: { field: GemeenteField; pattern: RegExp; not?: RegExp }[] = [
	{ field: 'naam', pattern: /^(gemeente|gemeentenaam|gemeenten|naam|regio|regios|regio's|regionaam|regio naam)( \(.*\))?$/ },
	{ field: 'code', pattern: /^(gemeentecode|code|codering|regiocode|cbs ?code|cbs-code|gm ?code)( \(.*\))?$/ },
	{ field: 'aandeel', pattern: /aandeel|verdeelsleutel/ },
	{ field: 'budgetEuro', pattern: /budget|uitgaven|lasten|kosten|euro|€/, not: /huishouden|\(%\)|procent|relatief/ },
	{
		field: 'jeugdigen',
		pattern: new RegExp(
			[
				'^(aantal )?(jeugdigen|jongeren|kinderen)( \\(aantal\\))?$',
				'^(aantal )?(jeugdigen|jongeren|kinderen) \\(?(van )?0 ?(tot en met|t/m|-|–) ?17( jaar)?\\)?( \\(aantal\\))?$',
				'^(aantal )?((jeugdigen|jongeren|kinderen) )?\\(?0 ?(tot|-|–) ?18( jaar)?\\)?( \\(aantal\\))?$',
				'^jonger dan 18 jaar( \\(aantal\\))?$',
				'^0 tot en met 17 jaar( \\(aantal\\))?$'
			].join('|')
		),
		not: /jeugdhulp|zorg|hulp|huishouden|\(%\)|procent|relatief/
	},
	{
		field: 'inwoners',
		pattern: /^(aantal )?inwoners( \(aantal\))?$|^totale bevolking( \(aantal\))?$|^bevolking( op 1 januari)?( \(aantal\))?$/,
		not: /\(%\)|procent|relatief/
	}
];

const LABELS: Record<GemeenteField, string> = {
	naam: 'gemeentenaam',
	code: 'code',
	jeugdigen: 'jeugdigen',
	inwoners: 'inwoners',
	budgetEuro: 'jeugdhulpbudget',
	aandeel: 'aandeel'
};

/** Lowercase, no accents or surrounding quotes, single spaces. */
function normalise(header: string): string {
	return header
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘`]/g, "'")
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** The last level of a StatLine header ("Bevolking/…/Totale bevolking (aantal)" → "Totale bevolking (aantal)"). */
function lastLevel(header: string): string {
	const parts = header
		.split(/[/|]/)
		.map((p) => p.trim())
		.filter(Boolean);
	return parts.at(-1) ?? header;
}

function fieldOf(header: string): GemeenteField | null {
	const h = normalise(lastLevel(header));
	for (const { field, pattern, not } of FIELDS) if (pattern.test(h) && !(not && not.test(h))) return field;
	return null;
}

/** The unit a header names: "(x 1 000 euro)" → 1000, "mln" → 1e6, "%" → 0.01. */
function factorOf(field: GemeenteField, header: string): number {
	const h = normalise(header);
	if (field === 'aandeel') return /%|procent/.test(h) ? 0.01 : 1;
	if (field !== 'budgetEuro') return 1;
	if (/x ?1[ .]?000[ .]?000|mln|miljoen/.test(h)) return 1e6;
	if (/x ?1[ .]?000|duizend|k€|€ ?k\b/.test(h)) return 1000;
	return 1;
}

/** Windows-1252 bytes 0x80–0x9F (where it differs from Latin-1); the rest is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decode a file's bytes: UTF-8 if it is valid UTF-8, otherwise Windows-1252 (what Excel wrote on
 * Dutch Windows for years). Decoded by hand, because Node's TextDecoder may treat it as Latin-1.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		let text = '';
		for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
		return { text, encoding: 'windows-1252' };
	}
}

function guessDelimiter(lines: readonly string[]): ';' | ',' | '\t' {
	let best: ';' | ',' | '\t' = ';';
	let bestRows = -1;
	for (const delimiter of DELIMITERS) {
		const rows = Papa.parse<string[]>(lines.join('\n'), { delimiter }).data.filter((r) => r.filter((c) => c.trim() !== '').length >= 2).length;
		if (rows > bestRows) [best, bestRows] = [delimiter, rows];
	}
	return best;
}

const DUTCH = /^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+(,\d+)?$/;
const INTERNATIONAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const THOUSANDS_ONLY = /^-?\d{1,3}(\.\d{3})+$/;

/** Read one number in the file's notation; a percent sign is allowed and left to the column's factor. */
function readNumber(cell: string, notation: GemeenteImport['notation']): number | null {
	const text = cell
		.replace(/[\s\u00a0]/g, '')
		.replace(/%$/, '')
		.replace('\u2212', '-');
	if (notation === 'nederlands') return DUTCH.test(text) ? Number(text.replace(/\./g, '').replace(',', '.')) : null;
	return INTERNATIONAL.test(text) ? Number(text) : null;
}

/**
 * A `;` or tab file is Dutch unless a number has a decimal point that cannot be a thousands dot;
 * a `,` file is international.
 */
function notationOf(delimiter: string, cells: readonly string[]): GemeenteImport['notation'] {
	if (delimiter === ',') return 'internationaal';
	const numbers = cells.map((c) => c.replace(/[\s\u00a0%]/g, '')).filter((c) => /^-?[\d.,]+$/.test(c));
	if (numbers.some((c) => c.includes(','))) return 'nederlands';
	return numbers.some((c) => c.includes('.') && !THOUSANDS_ONLY.test(c)) ? 'internationaal' : 'nederlands';
}

const count = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '').length;

/**
 * Read a table of gemeenten. Throws a DataError only when the file as a whole cannot be used
 * (empty, too large, or no header with a name column and a figure column).
 */
export function readGemeenten(input: string, file: string): GemeenteImport {
	if (input.length > MAX_CHARS) throw new DataError({ file }, `het bestand is te groot (meer dan ${MAX_CHARS / 1_000_000} miljoen tekens)`);
	const text = input.replace(/^\uFEFF/, '');
	if (text.trim() === '') throw new DataError({ file }, 'het bestand is leeg');
	const delimiter = guessDelimiter(text.split(/\r?\n/, 60));
	const table = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;

	const headerIndex = table.findIndex((row) => {
		const fields = row.map(fieldOf);
		return fields.includes('naam') && fields.some((f) => f !== null && f !== 'naam' && f !== 'code');
	});
	if (headerIndex < 0) {
		throw new DataError(
			{ file },
			"geen kopregel gevonden: verwacht een kolom Gemeente (of Regio's) en minstens één kolom met jeugdigen, inwoners, jeugdhulpbudget of aandeel"
		);
	}
	const header = table[headerIndex]!;
	const columns: (ImportedColumn & { index: number })[] = [];
	const ignoredColumns: string[] = [];
	header.forEach((cell, index) => {
		const field = fieldOf(cell);
		if (field === null || columns.some((c) => c.field === field)) {
			if (cell.trim() !== '') ignoredColumns.push(cell.trim());
			return;
		}
		columns.push({ field, header: cell.trim(), factor: factorOf(field, cell), index });
	});

	// Footnotes: the block of rows below the last row with two or more cells filled.
	let lastData = table.length - 1;
	while (lastData > headerIndex && filled(table[lastData]!) < 2) lastData--;
	const body = table.slice(headerIndex + 1, lastData + 1);
	const asText = (rows: string[][]) =>
		rows
			.filter((row) => filled(row) > 0)
			.map((row) =>
				row
					.filter((c) => c.trim() !== '')
					.join(' ')
					.slice(0, 80)
			);
	const figureColumns = columns.filter((c) => c.field !== 'naam' && c.field !== 'code');
	const notation = notationOf(
		delimiter,
		body.flatMap((row) => figureColumns.map((c) => row[c.index] ?? ''))
	);

	const rows: GemeenteImport['rows'] = [];
	const problems: RowProblem[] = [];
	const seen = new Map<string, number>();
	let nederland: Gemeente | null = null;
	body.forEach((cells, i) => {
		const line = headerIndex + i + 2;
		if (filled(cells) === 0) return;
		const read = readRow(cells, columns, notation, header.length);
		if (typeof read === 'string') {
			problems.push({ line, reason: read });
			return;
		}
		if (normalise(read.naam) === 'nederland' || read.code?.toUpperCase() === 'NL01') {
			nederland = read;
			return;
		}
		const key = normalise(read.code ?? read.naam);
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			problems.push({ line, reason: `${read.naam} staat al op regel ${earlier}` });
			return;
		}
		seen.set(key, line);
		rows.push({ line, gemeente: read });
	});
	return {
		file,
		rows,
		nederland,
		problems,
		columns: columns.map(({ field, header, factor }) => ({ field, header, factor })),
		ignoredColumns,
		delimiter,
		notation,
		skipped: { above: asText(table.slice(0, headerIndex)), below: asText(table.slice(lastData + 1)) }
	};
}

/** One data row as a Gemeente, or the reason it cannot be one. */
function readRow(
	cells: readonly string[],
	columns: readonly (ImportedColumn & { index: number })[],
	notation: GemeenteImport['notation'],
	width: number
): Gemeente | string {
	const extra = cells.slice(width).some((c) => c.trim() !== '');
	if (cells.length < width || extra) return `verwacht ${width} kolommen, gevonden ${cells.length}`;
	const gemeente: Gemeente = { naam: '', code: null, jeugdigen: null, inwoners: null, budgetEuro: null, aandeel: null };
	for (const column of columns) {
		const cell = (cells[column.index] ?? '').trim();
		if (column.field === 'naam' || column.field === 'code') {
			if (column.field === 'naam') gemeente.naam = cell.replace(/\s+/g, ' ');
			else gemeente.code = cell === '' ? null : cell;
			continue;
		}
		if (MISSING.has(cell)) continue;
		const number = readNumber(cell, notation);
		const example = notation === 'nederlands' ? '1.234,5' : '1234.5';
		if (number === null || !Number.isFinite(number)) return `${column.header}: "${cell.slice(0, 40)}" is geen getal (verwacht zoals ${example})`;
		if (number < 0) return `${column.header}: ${cell} is negatief`;
		gemeente[column.field] = number * column.factor;
		if (column.field === 'aandeel' && gemeente.aandeel! > 1) return `${column.header}: ${cell} is meer dan 100 %`;
	}
	if (gemeente.naam === '') return 'geen gemeentenaam';
	if (gemeente.naam.length > 120) return 'de gemeentenaam is langer dan 120 tekens';
	if (gemeente.jeugdigen !== null && gemeente.inwoners !== null && gemeente.jeugdigen > gemeente.inwoners) {
		return `meer jeugdigen (${count.format(gemeente.jeugdigen)}) dan inwoners (${count.format(gemeente.inwoners)})`;
	}
	if (gemeente.jeugdigen === null && gemeente.inwoners === null && gemeente.budgetEuro === null && gemeente.aandeel === null) {
		return `geen ${columns
			.filter((c) => c.field !== 'naam' && c.field !== 'code')
			.map((c) => LABELS[c.field])
			.join(', ')} ingevuld`;
	}
	return gemeente;
}
