import { TABLE_YEARS, type ExternEntry, type Target, type TargetStatus, type TargetYear } from '../engine';
import { DataError } from './DataError';
import { readCsv } from './readCsv';
import { readExternRefs, readNumber, readSource, readText } from './readCells';

const KINDS = ['doel', 'laag', 'kader'] as const;
const AFTER = ['blijft', 'pm', 'onbekend'] as const;
const STATUSES: readonly TargetStatus[] = ['bedrag', 'pm', 'onbekend'];
const ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

/**
 * Parse data/doelen.csv and data/doelbedragen.csv: the targets and frames that followed the
 * Commissie van Wijzen, each with its sources, and per table year an amount or PM or "onbekend"
 * with the line it stands on. Every target has every table year; an amount is given exactly where
 * the status is `bedrag`; a layer names a target that comes before it.
 */
export function loadTargets(targetsText: string, amountsText: string, documentIds: ReadonlySet<string>, extern: readonly ExternEntry[]): Target[] {
	const FILE = 'doelen.csv';
	const AMOUNTS = 'doelbedragen.csv';
	const years = new Map<string, TargetYear[]>();
	for (const row of readCsv(amountsText, AMOUNTS, ['doel', 'jaar', 'bedrag', 'status', 'document', 'regel', 'toelichting'])) {
		const place = (column: string) => ({ file: AMOUNTS, row: row.line, column });
		const id = readText(row, AMOUNTS, 'doel');
		const year = readNumber(row, AMOUNTS, 'jaar');
		if (!TABLE_YEARS.includes(year)) throw new DataError(place('jaar'), 'geen tabeljaar (2022 tot en met 2028)', row.get('jaar'));
		const status = row.get('status') as TargetStatus;
		if (!STATUSES.includes(status)) throw new DataError(place('status'), 'moet bedrag, pm of onbekend zijn', row.get('status'));
		const amount = row.get('bedrag') === '' ? null : readNumber(row, AMOUNTS, 'bedrag');
		if ((status === 'bedrag') !== (amount !== null)) throw new DataError(place('bedrag'), status === 'bedrag' ? 'een bedrag is nodig' : `geen bedrag bij ${status}`, row.get('bedrag'));
		if (!documentIds.has(row.get('document'))) throw new DataError(place('document'), 'onbekend brondocument', row.get('document'));
		const list = years.get(id) ?? [];
		if (list.some((y) => y.year === year)) throw new DataError(place('jaar'), 'jaar komt twee keer voor bij dit doel', String(year));
		list.push(Object.freeze({ year, amount, status, source: readSource(row, AMOUNTS, extern)!, note: readText(row, AMOUNTS, 'toelichting') }));
		years.set(id, list);
	}
	const targets: Target[] = [];
	for (const row of readCsv(targetsText, FILE, ['id', 'naam', 'kort', 'datum', 'soort', 'basis', 'na2028', 'document', 'regel', 'extern', 'toelichting', 'conflict'])) {
		const place = (column: string) => ({ file: FILE, row: row.line, column });
		const id = readText(row, FILE, 'id');
		if (!ID.test(id)) throw new DataError(place('id'), 'ongeldige id', id);
		if (targets.some((t) => t.id === id)) throw new DataError(place('id'), 'komt twee keer voor', id);
		const kind = row.get('soort') as Target['kind'];
		if (!KINDS.includes(kind)) throw new DataError(place('soort'), 'moet doel, laag of kader zijn', row.get('soort'));
		const base = row.get('basis') === '' ? null : row.get('basis');
		if ((kind === 'laag') !== (base !== null)) throw new DataError(place('basis'), kind === 'laag' ? 'een laag ligt op een doel: noem het' : 'alleen een laag heeft een basis', row.get('basis'));
		if (base !== null && !targets.some((t) => t.id === base)) throw new DataError(place('basis'), 'onbekend doel (het moet erboven staan)', base);
		const after = row.get('na2028') as Target['after'];
		if (!AFTER.includes(after)) throw new DataError(place('na2028'), 'moet blijft, pm of onbekend zijn', row.get('na2028'));
		if (!/^\d{4}(-\d{2}){0,2}$/.test(row.get('datum'))) throw new DataError(place('datum'), 'schrijf een datum als 2023-06 of 2025-01-30', row.get('datum'));
		if (!documentIds.has(row.get('document'))) throw new DataError(place('document'), 'onbekend brondocument', row.get('document'));
		const own = (years.get(id) ?? []).sort((a, b) => a.year - b.year);
		if (own.length !== TABLE_YEARS.length) throw new DataError({ file: AMOUNTS, column: 'jaar' }, `${id} heeft ${own.length} van de ${TABLE_YEARS.length} tabeljaren`);
		years.delete(id);
		targets.push(
			Object.freeze({
				id,
				name: readText(row, FILE, 'naam'),
				short: readText(row, FILE, 'kort'),
				date: row.get('datum'),
				kind,
				base,
				after,
				source: readSource(row, FILE, extern)!,
				extern: Object.freeze(readExternRefs(row, FILE, 'extern', extern)),
				note: readText(row, FILE, 'toelichting'),
				conflict: row.get('conflict'),
				years: Object.freeze(own)
			})
		);
	}
	for (const id of years.keys()) throw new DataError({ file: AMOUNTS, column: 'doel' }, 'onbekend doel', id);
	if (!targets.some((t) => t.id === 'cvw-tabel-1')) throw new DataError({ file: FILE }, 'rij ontbreekt', 'cvw-tabel-1');
	return [...targets].sort((a, b) => a.date.localeCompare(b.date));
}
