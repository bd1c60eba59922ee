import type { Dataset, SourceRef, Timetable } from '../engine';
import { DataError } from './DataError';
import { dataVersion } from './loadDataset';
import { loadTimetables } from './loadTimetables';
import { readLines, readText } from './readCells';
import { readCsv, type CsvRow } from './readCsv';

/** The texts of data/fiches/, by file name. */
export interface FicheFiles {
	'onderdelen.csv': string;
	'fiches.csv': string;
	'check.csv': string;
	'tijdpaden.csv': string;
}

export const FICHE_FILE_NAMES = ['onderdelen.csv', 'fiches.csv', 'check.csv', 'tijdpaden.csv'] as const;

/** One item the central assignment asks every fiche to deliver (document 004 L611–639). */
export interface FicheItem {
	/** `aard`, `raming`, `tijdpad` … */
	id: string;
	label: string;
	/** A column header: "Raming", "Tijdpad". */
	short: string;
	/** What is asked, in our words. */
	question: string;
	source: SourceRef;
}

/** Whether the fiche delivers an item. */
export type FicheStatus = 'aangeleverd' | 'ontbreekt';

/** What a measure's fiche says of one item. */
export interface FicheCell {
	item: string;
	status: FicheStatus;
	/** Where the fiche treats the item (always for `aangeleverd`); null where it says nothing. */
	source: SourceRef | null;
	/** In our words: what the fiche delivers, or what it says without delivering the item. */
	note: string;
	/** A gap the source itself names, with its lines; null where it names none. */
	gap: { source: SourceRef; note: string } | null;
}

/** A measure of Tabel 1 or 2 against the assignment: whether it has a fiche, and per item what it delivers. */
export interface MeasureFiche {
	measure: string;
	hasFiche: boolean;
	/** Where the fiche stands, or where the papers say why there is none; null where they say nothing. */
	source: SourceRef | null;
	note: string;
	/** One cell per item, in the items' order; without a fiche every item `ontbreekt`. */
	cells: readonly FicheCell[];
}

/** The fiche check: the items, every measure in the data's order, and the timetables. */
export interface FicheCheck {
	items: readonly FicheItem[];
	measures: readonly MeasureFiche[];
	/**
	 * Each measure's timetable as its fiche gives it (tijdpaden.csv): only measures with a fiche
	 * that names at least one phase or says it has none.
	 */
	timetables: readonly Timetable[];
	/** Short hash of the files. */
	version: string;
}

const ITEM_ID = /^[a-z][a-z-]{1,30}$/;
const STATUSES: readonly FicheStatus[] = ['aangeleverd', 'ontbreekt'];

/**
 * Parse data/fiches/ into the fiche check, cross-checked with the dataset: every measure in
 * fiches.csv once; every measure with a fiche has every item in check.csv once, and one without
 * has none; an item delivered cites its lines and says what it delivers; a gap cites where the
 * source names it. The item `tijdpad` is delivered exactly where tijdpaden.csv names a phase
 * (with or without years). Errors name file, row, column and value.
 *
 * @example loadFiches(files, dataset).measures.find((m) => m.measure === 'b6')?.cells.find((c) => c.item === 'tijdpad')?.gap?.source.line // 4113
 */
export function loadFiches(files: FicheFiles, dataset: Dataset): FicheCheck {
	const documentIds = new Set(dataset.documents.map((d) => d.id));
	const items = readItems(files['onderdelen.csv'], documentIds);
	const fiches = readFicheRows(files['fiches.csv'], dataset, documentIds);
	const cells = readCells(files['check.csv'], fiches, items, documentIds);
	const timetables = loadTimetables(files['tijdpaden.csv'], new Set(dataset.measures.map((m) => m.id)), documentIds);
	const measures = dataset.measures.map((m) => {
		const fiche = fiches.get(m.id)!;
		const own = cells.get(m.id);
		if (fiche.hasFiche && (!own || own.size < items.length)) {
			const missing = items.filter((i) => !own?.has(i.id)).map((i) => i.id);
			throw new DataError({ file: 'check.csv', column: 'onderdeel' }, `${m.id} mist ${missing.join(', ')}`);
		}
		const row = items.map((item) =>
			fiche.hasFiche ? own!.get(item.id)!.cell : Object.freeze({ item: item.id, status: 'ontbreekt' as const, source: null, note: '', gap: null })
		);
		checkTimetable(m.id, fiche, own, timetables);
		return Object.freeze({ measure: m.id, hasFiche: fiche.hasFiche, source: fiche.source, note: fiche.note, cells: Object.freeze(row) });
	});
	return Object.freeze({ items, measures: Object.freeze(measures), timetables: Object.freeze(timetables), version: dataVersion(FICHE_FILE_NAMES.map((name) => files[name])) });
}

function readItems(text: string, documentIds: ReadonlySet<string>): FicheItem[] {
	const file = 'onderdelen.csv';
	const items: FicheItem[] = [];
	if (!documentIds.has('004')) throw new DataError({ file, column: 'regel' }, 'document 004 ontbreekt in bronnen.csv');
	for (const row of readCsv(text, file, ['id', 'label', 'kort', 'regel', 'vraag'])) {
		const id = readText(row, file, 'id');
		if (!ITEM_ID.test(id)) throw new DataError({ file, row: row.line, column: 'id' }, 'ongeldige id (kleine letters)', id);
		if (items.some((i) => i.id === id)) throw new DataError({ file, row: row.line, column: 'id' }, 'komt twee keer voor', id);
		items.push(Object.freeze({ id, label: readText(row, file, 'label'), short: readText(row, file, 'kort'), question: readText(row, file, 'vraag'), source: { document: '004', ...readLines(row, file, 'regel') } }));
	}
	if (items.length === 0) throw new DataError({ file }, 'geen onderdelen');
	return items;
}

interface FicheRow {
	hasFiche: boolean;
	source: SourceRef | null;
	note: string;
	line: number;
}

function readFicheRows(text: string, dataset: Dataset, documentIds: ReadonlySet<string>): Map<string, FicheRow> {
	const file = 'fiches.csv';
	const known = new Set(dataset.measures.map((m) => m.id));
	const rows = new Map<string, FicheRow>();
	for (const row of readCsv(text, file, ['maatregel', 'fiche', 'document', 'regel', 'toelichting'])) {
		const place = (column: string) => ({ file, row: row.line, column });
		const id = row.get('maatregel');
		if (!known.has(id)) throw new DataError(place('maatregel'), 'onbekende maatregel', id);
		if (rows.has(id)) throw new DataError(place('maatregel'), 'komt twee keer voor', id);
		const fiche = row.get('fiche');
		if (fiche !== 'ja' && fiche !== 'nee') throw new DataError(place('fiche'), 'moet ja of nee zijn', fiche);
		const source = readSource(row, file, 'regel', documentIds);
		if (fiche === 'ja' && !source) throw new DataError(place('regel'), 'noem de regels van de fiche');
		rows.set(id, { hasFiche: fiche === 'ja', source, note: readText(row, file, 'toelichting'), line: row.line });
	}
	const missing = dataset.measures.find((m) => !rows.has(m.id));
	if (missing) throw new DataError({ file, column: 'maatregel' }, 'maatregel ontbreekt', missing.id);
	return rows;
}

function readCells(
	text: string,
	fiches: ReadonlyMap<string, FicheRow>,
	items: readonly FicheItem[],
	documentIds: ReadonlySet<string>
): Map<string, Map<string, { cell: FicheCell; line: number }>> {
	const file = 'check.csv';
	const byMeasure = new Map<string, Map<string, { cell: FicheCell; line: number }>>();
	for (const row of readCsv(text, file, ['maatregel', 'onderdeel', 'status', 'document', 'regel', 'toelichting', 'gat_regel', 'gat'])) {
		const place = (column: string) => ({ file, row: row.line, column });
		const measure = row.get('maatregel');
		const fiche = fiches.get(measure);
		if (!fiche) throw new DataError(place('maatregel'), 'onbekende maatregel', measure);
		if (!fiche.hasFiche) throw new DataError(place('maatregel'), 'heeft geen fiche volgens fiches.csv', measure);
		const item = row.get('onderdeel');
		if (!items.some((i) => i.id === item)) throw new DataError(place('onderdeel'), `onbekend onderdeel (${items.map((i) => i.id).join(', ')})`, item);
		const status = row.get('status') as FicheStatus;
		if (!STATUSES.includes(status)) throw new DataError(place('status'), 'moet aangeleverd of ontbreekt zijn', row.get('status'));
		const source = readSource(row, file, 'regel', documentIds);
		const note = row.get('toelichting');
		if (status === 'aangeleverd' && !source) throw new DataError(place('regel'), 'noem de regels waar de fiche dit aanlevert');
		if (status === 'aangeleverd' && note === '') throw new DataError(place('toelichting'), 'zeg in eigen woorden wat de fiche aanlevert');
		if (source && note === '') throw new DataError(place('toelichting'), 'zeg wat op deze regels staat');
		const gapSource = readSource(row, file, 'gat_regel', documentIds);
		const gapNote = row.get('gat');
		if ((gapSource === null) !== (gapNote === '')) throw new DataError(place(gapSource ? 'gat' : 'gat_regel'), 'een gat heeft regels en een toelichting');
		const own = byMeasure.get(measure) ?? new Map();
		if (own.has(item)) throw new DataError(place('onderdeel'), `staat al bij ${measure}`, item);
		own.set(item, { cell: Object.freeze({ item, status, source, note, gap: gapSource ? Object.freeze({ source: gapSource, note: gapNote }) : null }), line: row.line });
		byMeasure.set(measure, own);
	}
	// in the items' order
	for (const [measure, own] of byMeasure) byMeasure.set(measure, new Map(items.filter((i) => own.has(i.id)).map((i) => [i.id, own.get(i.id)!])));
	return byMeasure;
}

/** The item `tijdpad` and tijdpaden.csv tell the same: delivered exactly where a phase is named. */
function checkTimetable(measure: string, fiche: FicheRow, own: Map<string, { cell: FicheCell; line: number }> | undefined, timetables: readonly Timetable[]): void {
	const timetable = timetables.find((t) => t.measure === measure);
	if (!fiche.hasFiche) {
		if (timetable) throw new DataError({ file: 'fiches.csv', row: fiche.line, column: 'fiche' }, `tijdpaden.csv noemt een tijdpad voor ${measure}, dus er is een fiche`);
		return;
	}
	const named = timetable?.phases.some((p) => p.status !== 'ontbreekt') ?? false;
	const entry = own!.get('tijdpad');
	if (!entry) return;
	if ((entry.cell.status === 'aangeleverd') !== named) {
		throw new DataError(
			{ file: 'check.csv', row: entry.line, column: 'status' },
			named ? 'tijdpaden.csv noemt een fase, dus aangeleverd' : 'tijdpaden.csv noemt geen fase, dus ontbreekt',
			entry.cell.status
		);
	}
}

/** A source from the `document` column and a lines column; null where both are empty. */
function readSource(row: CsvRow, file: string, column: string, documentIds: ReadonlySet<string>): SourceRef | null {
	const document = row.get('document');
	if (row.get(column) === '') return null;
	if (document === '' || !documentIds.has(document) || document === 'extern') {
		throw new DataError({ file, row: row.line, column: 'document' }, 'onbekend brondocument', document);
	}
	return Object.freeze({ document, ...readLines(row, file, column) });
}
