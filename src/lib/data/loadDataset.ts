import { fnv1a, TABLE_YEARS, type FormulaParser, type Dataset, type Doubt, type ExternEntry, type Measure, type PrintedTotal, type SourceDocument } from '../engine';
import { DataError } from './DataError';
import { deepFreeze } from './deepFreeze';
import { loadAssumptions } from './loadAssumptions';
import { loadMechanisms } from './loadMechanisms';
import { loadTargets } from './loadTargets';
import { loadUncertainty } from './loadUncertainty';
import { readBedrag, readExternRefs, readLine, readLines, readNumber, readText } from './readCells';
import { readCsv } from './readCsv';

/** The texts of the data files, by file name. */
export interface DataFiles {
	'bronnen.csv': string;
	'extern.csv': string;
	'maatregelen.csv': string;
	'twijfels.csv': string;
	'totalen.csv': string;
	'aannames.csv': string;
	'mechanismen.json': string;
	'onzekerheidssets.csv': string;
	'onzekerheid.csv': string;
	'lokaal.csv': string;
	'doelen.csv': string;
	'doelbedragen.csv': string;
}

export const DATA_FILE_NAMES = ['bronnen.csv', 'extern.csv', 'maatregelen.csv', 'twijfels.csv', 'totalen.csv', 'aannames.csv', 'mechanismen.json', 'onzekerheidssets.csv', 'onzekerheid.csv', 'lokaal.csv', 'doelen.csv', 'doelbedragen.csv'] as const;

/** The rows of lokaal.csv the local view reads. */
export const LOCAL_IDS = [
	'landelijk.jeugdigen',
	'landelijk.inwoners',
	'landelijk.jeugdhulpbudget',
	'cpb.groeiVeelWijkteam',
	'cpb.groeiWeinigWijkteam',
	'cpb.jaren',
	'convenant.doeljaar',
	'geld.extraPlusBesparing',
	'geld.totJaar'
] as const;

/** Tabel 1 and Tabel 2, their doubts and totals are all in document 004. */
const TABLES_DOCUMENT = '004';
const ID = /^[a-z0-9][a-z0-9-]{0,40}$/;
const YEAR_COLUMNS = TABLE_YEARS.map(String);

/**
 * Parse and cross-check the data files into a Dataset. Throws a DataError naming file, line,
 * column and bad value for the first problem found. `parse` reads the formulas of
 * mechanismen.json: parseFormula (mathjs). The CLI and the tests read the data here; the app gets
 * what this made at build time (dataText.ts).
 */
export function loadDataset(files: DataFiles, parse: FormulaParser): Dataset {
	const documents = readDocuments(files['bronnen.csv']);
	const documentIds = new Set(documents.map((d) => d.id));
	if (!documentIds.has('extern')) throw new DataError({ file: 'bronnen.csv' }, 'rij ontbreekt', 'extern');
	const extern = readExtern(files['extern.csv']);
	const doubts = readDoubts(files['twijfels.csv'], extern);
	const measures = readMeasures(files['maatregelen.csv'], documentIds, doubts);
	for (const [id, list] of doubts) {
		if (!measures.some((m) => m.id === id)) {
			throw new DataError({ file: 'twijfels.csv', row: list[0]!.line, column: 'maatregel' }, 'onbekende maatregel', id);
		}
	}
	const printedTotals = readTotals(files['totalen.csv'], extern);
	const measureIds = new Set(measures.map((m) => m.id));
	const assumptions = loadAssumptions(files['aannames.csv'], measureIds, documentIds, extern);
	const { mechanisms, packages, shared } = loadMechanisms(files['mechanismen.json'], measureIds, assumptions, documentIds, parse);
	const uncertaintySets = loadUncertainty(files['onzekerheidssets.csv'], files['onzekerheid.csv'], measureIds, assumptions, documentIds, extern);
	const local = loadAssumptions(files['lokaal.csv'], new Set(), documentIds, extern, 'lokaal.csv');
	const targets = loadTargets(files['doelen.csv'], files['doelbedragen.csv'], documentIds, extern);
	for (const id of LOCAL_IDS) {
		if (!local.some((a) => a.id === id)) throw new DataError({ file: 'lokaal.csv' }, 'rij ontbreekt', id);
	}
	// frozen throughout: no page or run can change what another one reads
	return deepFreeze({
		measures,
		printedTotals,
		documents,
		extern,
		assumptions,
		mechanisms,
		packages,
		shared,
		uncertaintySets,
		targets,
		local,
		version: dataVersion(DATA_FILE_NAMES.map((name) => files[name]))
	});
}

function readDocuments(text: string): SourceDocument[] {
	const file = 'bronnen.csv';
	return readCsv(text, file, ['id', 'bestand', 'titel', 'datum']).map((row) => ({
		id: readText(row, file, 'id'),
		file: readText(row, file, 'bestand'),
		title: readText(row, file, 'titel'),
		date: readText(row, file, 'datum')
	}));
}

/** extern.csv: the entries of extern.md (figures published elsewhere), with address and kind. */
function readExtern(text: string): ExternEntry[] {
	const file = 'extern.csv';
	const seen = new Set<string>();
	return readCsv(text, file, ['id', 'titel', 'datum', 'adres', 'soort', 'regel']).map((row) => {
		const id = readText(row, file, 'id');
		if (!/^E\d+$/.test(id)) throw new DataError({ file, row: row.line, column: 'id' }, 'ongeldige ingang (E1, E2 …)', id);
		if (seen.has(id)) throw new DataError({ file, row: row.line, column: 'id' }, 'ingang komt twee keer voor', id);
		seen.add(id);
		const url = row.get('adres');
		if (url !== '' && !/^https:\/\/[^\s"<>]+$/.test(url)) throw new DataError({ file, row: row.line, column: 'adres' }, 'geen https-adres', url);
		const kind = row.get('soort');
		if (kind !== 'primair' && kind !== 'secundair') throw new DataError({ file, row: row.line, column: 'soort' }, 'moet primair of secundair zijn', kind);
		return Object.freeze({ id, title: readText(row, file, 'titel'), date: readText(row, file, 'datum'), url, primary: kind === 'primair', line: readLine(row, file, 'regel') });
	});
}

type DoubtsById = Map<string, (Doubt & { line: number })[]>;

function readDoubts(text: string, extern: readonly ExternEntry[]): DoubtsById {
	const file = 'twijfels.csv';
	const byId: DoubtsById = new Map();
	for (const row of readCsv(text, file, ['maatregel', 'jaar', 'gedrukt', 'gelezen', 'regel', 'extern', 'notitie'])) {
		const id = readText(row, file, 'maatregel');
		const year = readNumber(row, file, 'jaar');
		if (!TABLE_YEARS.includes(year)) throw new DataError({ file, row: row.line, column: 'jaar' }, 'geen tabeljaar', row.get('jaar'));
		const doubt = {
			year,
			printed: readText(row, file, 'gedrukt'),
			readMln: readNumber(row, file, 'gelezen'),
			source: { document: TABLES_DOCUMENT, ...readLines(row, file, 'regel') },
			note: readText(row, file, 'notitie'),
			support: Object.freeze(readExternRefs(row, file, 'extern', extern)),
			line: row.line
		};
		byId.set(id, [...(byId.get(id) ?? []), doubt]);
	}
	return byId;
}

function readMeasures(text: string, documentIds: Set<string>, doubts: DoubtsById): Measure[] {
	const file = 'maatregelen.csv';
	const columns = ['id', 'code', 'naam', 'tabel', 'werkgroep', 'document', 'regel', ...YEAR_COLUMNS, 'notitie'];
	const seen = new Set<string>();
	return readCsv(text, file, columns).map((row) => {
		const id = readText(row, file, 'id');
		if (!ID.test(id)) throw new DataError({ file, row: row.line, column: 'id' }, 'ongeldige id (kleine letters, cijfers, streepjes)', id);
		if (seen.has(id)) throw new DataError({ file, row: row.line, column: 'id' }, 'id komt twee keer voor', id);
		seen.add(id);
		const table = row.get('tabel');
		if (table !== '1' && table !== '2') throw new DataError({ file, row: row.line, column: 'tabel' }, 'tabel moet 1 of 2 zijn', table);
		const document = readText(row, file, 'document');
		if (!documentIds.has(document)) throw new DataError({ file, row: row.line, column: 'document' }, 'onbekend brondocument', document);
		const cells = YEAR_COLUMNS.map((column) => readBedrag(row, file, column));
		const ownDoubts = (doubts.get(id) ?? []).map(({ line, ...doubt }) => {
			const cell = cells[doubt.year - TABLE_YEARS[0]!]!;
			if (cell.amount !== doubt.readMln) {
				throw new DataError({ file: 'twijfels.csv', row: line, column: 'gelezen' }, `wijkt af van maatregelen.csv (${cell.amount})`, String(doubt.readMln));
			}
			return Object.freeze(doubt);
		});
		const code = row.get('code');
		return Object.freeze({
			id,
			code: code === '' ? null : code,
			name: readText(row, file, 'naam'),
			table: table === '1' ? 1 : 2,
			werkgroep: readText(row, file, 'werkgroep'),
			source: { document, ...readLines(row, file, 'regel') },
			amounts: Object.freeze(cells.map((c) => c.amount)),
			printedDash: Object.freeze(cells.map((c) => c.dash)),
			doubts: Object.freeze(ownDoubts),
			note: row.get('notitie')
		});
	});
}

function readTotals(text: string, extern: readonly ExternEntry[]): PrintedTotal[] {
	const file = 'totalen.csv';
	return readCsv(text, file, ['tabel', 'jaar', 'gedrukt', 'waarde', 'regel', 'bevestigd', 'notitie']).map((row) => {
		const table = row.get('tabel');
		if (table !== '1' && table !== '2') throw new DataError({ file, row: row.line, column: 'tabel' }, 'tabel moet 1 of 2 zijn', table);
		const year = readNumber(row, file, 'jaar');
		if (!TABLE_YEARS.includes(year)) throw new DataError({ file, row: row.line, column: 'jaar' }, 'geen tabeljaar', row.get('jaar'));
		return Object.freeze({
			table: table === '1' ? 1 : 2,
			year,
			printed: row.get('gedrukt'),
			valueMln: row.get('waarde') === '' ? null : readNumber(row, file, 'waarde'),
			source: { document: TABLES_DOCUMENT, line: readLine(row, file, 'regel') },
			note: row.get('notitie'),
			confirmedBy: Object.freeze(readExternRefs(row, file, 'bevestigd', extern))
		});
	});
}

/** FNV-1a over the file texts (line endings normalised): a short, stable data version. */
export function dataVersion(texts: readonly string[]): string {
	return fnv1a(texts.map((text) => text.replace(/\r\n/g, '\n')).join('')).toString(16).padStart(8, '0');
}
