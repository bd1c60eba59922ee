import Papa from 'papaparse';
import { DataError } from '../data/DataError';
import type { Gemeente } from '../engine';
import { cleanFigure, figureProblem, GEMEENTE_CODE } from './gemeenteLimits';

/**
 * Reading a table of gemeenten as people have it: a CBS StatLine download (`;`, quotes, decimal
 * comma, thousands dots, a BOM, a title above and footnotes below the table) or a plain CSV.
 * Columns are found by their header; a bad row is reported with its line and reason while the
 * good rows load. Only a file without a usable header fails as a whole.
 */

export type GemeenteField = 'naam' | 'code' | 'jeugdigen' | 'inwoners' | 'budgetEuro' | 'aandeel';

export interface ImportedColumn {
	field: GemeenteField;
	/** The header; for age groups added up, their headers joined with " + ". */
	header: string;
	/** Multiplier from the column's unit: 1000 for "(x 1 000 euro)", 0.01 for a percentage. */
	factor: number;
	/** For jongeren: the ages the column counts, from and up to (not including): [0, 20] is 0 tot 20 jaar. */
	ages?: [number, number];
}

/** The key's age group: jongeren 0 tot 20 jaar, as the national total of CBS 70072ned. */
export const KEY_AGES: [number, number] = [0, 20];

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
	/** What the reading decided that a user should know (age groups added up, the period used), in Dutch. */
	notes: string[];
	/** Rows that did not read beyond the first MAX_PROBLEMS, counted only; absent when none. */
	problemsLeftOut?: number;
}

/** How far a reading is, 0 to 1, for a progress bar: called now and then, never in a tight loop. */
export type ReadProgress = (fraction: number) => void;

const DELIMITERS = [';', ',', '\t'] as const;
const MISSING = new Set(['', '.', 'x', 'X', '-', '?', '..']);
/** The largest file read, in bytes: 20 MB (a table of all gemeenten is about 100 kB). */
export const MAX_BYTES = 20 * 1024 * 1024;
/** As many characters: a text that passed the byte limit is never refused for its length. */
const MAX_CHARS = MAX_BYTES;
/** More rows of gemeenten than this is no table of gemeenten (Nederland has 342; wijken and buurten run to thousands). */
export const MAX_GEMEENTEN = 5_000;
/** Problems kept line by line; beyond this only their number (`problemsLeftOut`). */
export const MAX_PROBLEMS = 1_000;
const thousands = (n: number) => n.toLocaleString('nl-NL');

/**
 * Header patterns, tried in this order on the last part of a header (StatLine joins levels with
 * "/"; "Bevolking/…/Totale bevolking (aantal)" is read as "totale bevolking (aantal)"). A key
 * column is taken only from a clear label, never from a loose word: households ("met kinderen")
 * and percentages are left out and listed as not used. Age groups ("Jonger dan 5 jaar", "5 tot
 * 10 jaar") are read by `agesOf` and added up into the key's 0 tot 20 jaar where they cover it.
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

/**
 * The ages a count header covers, [from, to) in years: "Jonger dan 5 jaar" [0, 5], "15 tot 20 jaar"
 * [15, 20], "0 tot en met 17 jaar" [0, 18], "Jongeren (0 tot 20 jaar)" [0, 20]; null for any other
 * header and for percentages.
 */
export function agesOf(header: string): [number, number] | null {
	const h = normalise(lastLevel(header));
	if (/\(%\)|procent|relatief|huishouden/.test(h)) return null;
	const under = /^jonger dan (\d+) jaar( \(aantal\))?$/.exec(h);
	if (under) return [0, Number(under[1])];
	const range = /^(?:(?:aantal )?(?:jeugdigen|jongeren|kinderen) )?\(?(?:van )?(\d+) ?(tot en met|t\/m|tot|-|–) ?(\d+)( jaar)?\)?( \(aantal\))?$/.exec(h);
	if (!range) return null;
	const [from, to] = [Number(range[1]), Number(range[3])];
	const inclusive = range[2] === 'tot en met' || range[2] === 't/m' || ((range[2] === '-' || range[2] === '–') && !range[4]);
	const end = inclusive ? to + 1 : to;
	return end > from ? [from, end] : null;
}

/** Age columns that together cover exactly `ages`, contiguous, each once; the fewest such. */
function coverAges(columns: readonly { index: number; ages: [number, number] }[], ages: [number, number]): { index: number; ages: [number, number] }[] | null {
	let best: { index: number; ages: [number, number] }[] | null = null;
	const walk = (at: number, chain: { index: number; ages: [number, number] }[]) => {
		if (at === ages[1]) {
			if (!best || chain.length < best.length) best = chain;
			return;
		}
		for (const c of columns) if (c.ages[0] === at && c.ages[1] <= ages[1]) walk(c.ages[1], [...chain, c]);
	};
	walk(ages[0], []);
	return best;
}

const agesText = ([from, to]: [number, number]) => (from === 0 ? `0 tot ${to} jaar` : `${from} tot ${to} jaar`);

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
 * Decode a file's bytes: UTF-16 where it starts with a byte-order mark or has the zero bytes of
 * one (Excel's "Unicode-tekst"), else UTF-8 if it is valid UTF-8, otherwise Windows-1252 (what
 * Excel wrote on Dutch Windows for years). Windows-1252 is decoded by hand, because Node's
 * TextDecoder may treat it as Latin-1.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
	const utf16 = utf16Of(bytes);
	if (utf16) return { text: new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, ''), encoding: utf16 };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		let text = '';
		for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
		return { text, encoding: 'windows-1252' };
	}
}

/** UTF-16 by its byte-order mark, or by text whose every other byte is zero (ASCII in UTF-16). */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const sample = bytes.subarray(0, 200 - (Math.min(bytes.length, 200) % 2));
	if (sample.length < 8) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < sample.length; i += 2) {
		if (sample[i] === 0) evenZero++;
		if (sample[i + 1] === 0) oddZero++;
	}
	const pairs = sample.length / 2;
	if (oddZero > pairs * 0.6 && evenZero === 0) return 'utf-16le';
	if (evenZero > pairs * 0.6 && oddZero === 0) return 'utf-16be';
	return null;
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

/** Periods in time order: "2024" before "2025", "2024JJ00" before "2025JJ00"; by text where they hold no year. */
function comparePeriods(a: string, b: string): number {
	const year = (p: string) => Number(/(\d{4})/.exec(p)?.[1] ?? NaN);
	const [ya, yb] = [year(a), year(b)];
	if (Number.isFinite(ya) && Number.isFinite(yb) && ya !== yb) return ya - yb;
	return a.localeCompare(b, 'nl', { numeric: true });
}

const count = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '').length;

/**
 * Read a table of gemeenten. Throws a DataError only when the file as a whole cannot be used
 * (empty, too large, or no header with a name column and a figure column).
 */
export function readGemeenten(input: string, file: string, onProgress?: ReadProgress): GemeenteImport {
	if (input.length > MAX_CHARS)
		throw new DataError(
			{ file },
			`het bestand is te groot (meer dan ${(MAX_CHARS / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} miljoen tekens)`
		);
	const text = input.replace(/^\uFEFF/, '');
	if (text.trim() === '') throw new DataError({ file }, 'het bestand is leeg');
	const delimiter = guessDelimiter(text.split(/\r?\n/, 60));
	// Row by row, so a large file reports how far it is; parsing is about half of the work.
	const table: string[][] = [];
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		step: (results) => {
			if (table.push(results.data) % 20_000 === 0) onProgress?.((0.5 * results.meta.cursor) / text.length);
		}
	});

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
	const columns: (ImportedColumn & { indices: number[] })[] = [];
	const ignoredColumns: string[] = [];
	const notes: string[] = [];
	// Jongeren: one column of 0 tot 20 jaar, else age groups that add up to it, else a column named jeugdigen of another age group.
	const ageColumns = header.flatMap((cell, index) => {
		const ages = agesOf(cell);
		return ages ? [{ index, ages }] : [];
	});
	const cover = coverAges(ageColumns, KEY_AGES);
	if (cover) {
		const headers = cover.map((c) => header[c.index]!.trim());
		columns.push({ field: 'jeugdigen', header: headers.join(' + '), factor: 1, ages: KEY_AGES, indices: cover.map((c) => c.index) });
		if (cover.length > 1) notes.push(`Jongeren ${agesText(KEY_AGES)}: de leeftijdsgroepen ${cover.map((c) => agesText(c.ages)).join(', ')} zijn opgeteld.`);
	}
	const periodIndex = header.findIndex((cell) => /^perioden?$/.test(normalise(lastLevel(cell))));
	// Kerncijfers wijken en buurten: one column says whether a row is a gemeente, a wijk or a buurt.
	const kindIndex = header.findIndex((cell) => /^soort regio/.test(normalise(lastLevel(cell))));
	header.forEach((cell, index) => {
		if (index === kindIndex || columns.some((c) => c.indices.includes(index))) return;
		const ages = agesOf(cell);
		const field = fieldOf(cell);
		if (field === null || columns.some((c) => c.field === field)) {
			if (cell.trim() !== '') ignoredColumns.push(cell.trim());
			return;
		}
		const own = field === 'jeugdigen' ? (ages ?? undefined) : undefined;
		columns.push({ field, header: cell.trim(), factor: factorOf(field, cell), ...(own ? { ages: own } : {}), indices: [index] });
		if (own && (own[0] !== KEY_AGES[0] || own[1] !== KEY_AGES[1])) {
			notes.push(
				`De kolom “${lastLevel(cell.trim())}” telt ${agesText(own)}, de landelijke jongeren ${agesText(KEY_AGES)}: het aandeel klopt alleen als het landelijke aantal dezelfde leeftijden telt (een rij Nederland in het bestand, of zelf ingevuld).`
			);
		}
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
		body.flatMap((row) => figureColumns.flatMap((c) => c.indices.map((index) => row[index] ?? '')))
	);
	// Several periods (a StatLine download of more than one year): per gemeente the latest.
	const periods = periodIndex < 0 ? [] : [...new Set(body.filter((row) => filled(row) > 0).map((row) => (row[periodIndex] ?? '').trim()))];
	const latest = periods.length > 1 ? [...periods].sort(comparePeriods).at(-1)! : null;
	if (latest !== null) ignoredColumns.splice(ignoredColumns.indexOf(header[periodIndex]!.trim()), 1);
	if (latest !== null)
		notes.push(
			`Het bestand heeft ${periods.length} perioden (${[...periods].sort(comparePeriods).join(', ')}): per gemeente is de laatste met cijfers gebruikt.`
		);

	const rows: GemeenteImport['rows'] = [];
	const problems: RowProblem[] = [];
	const seen = new Map<string, number>();
	let nederland: Gemeente | null = null;
	/** With several periods: the period of the row kept per gemeente, so a later one replaces it. */
	const periodOf = new Map<string, string>();
	let nederlandPeriod = '';
	let otherRegions = 0;
	let withoutFigures = 0;
	let problemsLeftOut = 0;
	const problem = (line: number, reason: string) => {
		if (problems.length < MAX_PROBLEMS) problems.push({ line, reason });
		else problemsLeftOut++;
	};
	body.forEach((cells, i) => {
		const line = headerIndex + i + 2;
		if (onProgress && i % 20_000 === 19_999) onProgress(0.5 + (0.5 * i) / body.length);
		if (filled(cells) === 0) return;
		const kind = kindIndex < 0 ? '' : normalise(cells[kindIndex] ?? '');
		if (kind !== '' && kind !== 'gemeente' && kind !== 'land' && kind !== 'nederland') {
			otherRegions++;
			return;
		}
		// a name with every figure empty: a former gemeente, as StatLine lists them
		if (figureColumns.every((c) => c.indices.every((index) => MISSING.has((cells[index] ?? '').trim())))) {
			withoutFigures++;
			return;
		}
		const read = readRow(cells, columns, notation, header.length);
		if (typeof read === 'string') {
			problem(line, read);
			return;
		}
		const period = latest === null ? '' : (cells[periodIndex] ?? '').trim();
		if (normalise(read.naam) === 'nederland' || read.code?.toUpperCase() === 'NL01') {
			if (nederland === null || comparePeriods(period, nederlandPeriod) > 0) [nederland, nederlandPeriod] = [read, period];
			return;
		}
		const key = normalise(read.code ?? read.naam);
		const earlier = seen.get(key);
		if (earlier !== undefined && latest !== null) {
			// a later period of the same gemeente replaces the earlier one; an earlier period is passed over
			if (comparePeriods(period, periodOf.get(key)!) <= 0) return;
			const at = rows.findIndex((r) => r.line === earlier);
			rows.splice(at, 1);
		} else if (earlier !== undefined) {
			problem(line, `${read.naam} staat al op regel ${earlier}`);
			return;
		}
		if (rows.length === MAX_GEMEENTEN) {
			throw new DataError(
				{ file },
				`meer dan ${thousands(MAX_GEMEENTEN)} gemeenten (bij regel ${thousands(line)}), terwijl Nederland er 342 heeft. Staan er wijken, buurten of andere regio's in? Houd alleen de gemeenten over`
			);
		}
		seen.set(key, line);
		periodOf.set(key, period);
		rows.push({ line, gemeente: read });
	});
	onProgress?.(1);
	if (otherRegions > 0) notes.push(`${count.format(otherRegions)} regels van wijken en buurten overgeslagen: alleen gemeenten tellen.`);
	if (withoutFigures > 0) notes.push(`${count.format(withoutFigures)} regio’s zonder cijfers overgeslagen (zoals opgeheven gemeenten).`);
	return {
		file,
		rows,
		nederland,
		problems,
		columns: columns.map(({ field, header, factor, ages }) => ({ field, header, factor, ...(ages ? { ages } : {}) })),
		ignoredColumns,
		notes,
		...(problemsLeftOut > 0 ? { problemsLeftOut } : {}),
		delimiter,
		notation,
		skipped: { above: asText(table.slice(0, headerIndex)), below: asText(table.slice(lastData + 1)) }
	};
}

/** One data row as a Gemeente, or the reason it cannot be one. */
function readRow(
	cells: readonly string[],
	columns: readonly (ImportedColumn & { indices: number[] })[],
	notation: GemeenteImport['notation'],
	width: number
): Gemeente | string {
	const extra = cells.slice(width).some((c) => c.trim() !== '');
	if (cells.length < width || extra) return `verwacht ${width} kolommen, gevonden ${cells.length}`;
	const gemeente: Gemeente = { naam: '', code: null, jeugdigen: null, inwoners: null, budgetEuro: null, aandeel: null };
	for (const column of columns) {
		if (column.field === 'naam' || column.field === 'code') {
			const cell = (cells[column.indices[0]!] ?? '').trim();
			if (column.field === 'naam') gemeente.naam = cell.replace(/\s+/g, ' ');
			else if (cell !== '' && !GEMEENTE_CODE.test(cell)) return `code "${cell.slice(0, 20)}" is geen gemeentecode`;
			else gemeente.code = cell === '' ? null : cell;
			continue;
		}
		// age groups added up: a missing group leaves the sum unknown, not smaller
		let sum: number | null = 0;
		const parts = column.header.split(' + ');
		for (const [k, index] of column.indices.entries()) {
			const cell = (cells[index] ?? '').trim();
			if (MISSING.has(cell)) {
				sum = null;
				break;
			}
			const number = readNumber(cell, notation);
			const example = notation === 'nederlands' ? '1.234,5' : '1234.5';
			const name = column.indices.length > 1 ? lastLevel(parts[k] ?? column.header) : column.header;
			if (number === null || !Number.isFinite(number)) return `${name}: "${cell.slice(0, 40)}" is geen getal (verwacht zoals ${example})`;
			if (number < 0) return `${name}: ${cell} is negatief`;
			sum += number;
		}
		if (sum === null) continue;
		const value = cleanFigure(sum * column.factor);
		if (column.field === 'aandeel' && value > 1) return `${column.header}: ${cells[column.indices[0]!]?.trim()} is meer dan 100 %`;
		// after the unit: "1e303" in a column of mln euro is no budget
		const problem = figureProblem(column.field, value);
		if (problem) return `${column.header}: ${problem}`;
		gemeente[column.field] = value;
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
