import type { Assumption, AssumptionStatus, ExternEntry } from '../engine';
import { DataError } from './DataError';
import { readNumber, readSource, readText } from './readCells';
import { readCsv } from './readCsv';

const ID = /^[a-z0-9][a-z0-9-]*\.[a-zA-Z][a-zA-Z0-9]*$/;
const UNITS = new Set(['kinderen', 'fractie', 'euro', 'mln', 'jaar', 'jaren', 'aantal', 'schakelaar']);
const STATUSES: readonly AssumptionStatus[] = ['bron', 'tabel', 'aanname', 'gekalibreerd'];

/**
 * Parse data/aannames.csv (or data/lokaal.csv, which has the same columns); every measure must
 * exist and every default lie within its range.
 */
export function loadAssumptions(
	text: string,
	measureIds: ReadonlySet<string>,
	documentIds: ReadonlySet<string>,
	extern: readonly ExternEntry[],
	FILE = 'aannames.csv'
): Assumption[] {
	const columns = ['id', 'maatregel', 'label', 'eenheid', 'standaard', 'min', 'max', 'stap', 'status', 'document', 'regel', 'toelichting'];
	const seen = new Set<string>();
	return readCsv(text, FILE, columns).map((row) => {
		const place = (column: string) => ({ file: FILE, row: row.line, column });
		const id = readText(row, FILE, 'id');
		if (!ID.test(id)) throw new DataError(place('id'), 'ongeldige id (maatregel.naam)', id);
		if (seen.has(id)) throw new DataError(place('id'), 'id komt twee keer voor', id);
		seen.add(id);
		const measure = row.get('maatregel') === '' ? null : row.get('maatregel');
		if (measure !== null && (!measureIds.has(measure) || !id.startsWith(`${measure}.`))) {
			throw new DataError(place('maatregel'), 'onbekende maatregel of past niet bij de id', measure);
		}
		const unit = readText(row, FILE, 'eenheid');
		if (!UNITS.has(unit)) throw new DataError(place('eenheid'), `onbekende eenheid (${[...UNITS].join(', ')})`, unit);
		const [defaultValue, min, max, step] = ['standaard', 'min', 'max', 'stap'].map((c) => readNumber(row, FILE, c)) as [number, number, number, number];
		if (!(min <= defaultValue && defaultValue <= max)) throw new DataError(place('standaard'), `ligt niet tussen ${min} en ${max}`, String(defaultValue));
		if (!(step > 0)) throw new DataError(place('stap'), 'moet groter dan 0 zijn', String(step));
		const status = readText(row, FILE, 'status') as AssumptionStatus;
		if (!STATUSES.includes(status)) throw new DataError(place('status'), 'moet bron, tabel, aanname of gekalibreerd zijn', status);
		const document = row.get('document');
		if ((status === 'bron' || status === 'tabel') && document === '') throw new DataError(place('document'), 'een waarde uit de bron of de tabel heeft een document en regel nodig');
		if (document !== '' && !documentIds.has(document)) throw new DataError(place('document'), 'onbekend brondocument', document);
		return Object.freeze({
			id,
			measure,
			label: readText(row, FILE, 'label'),
			unit,
			defaultValue,
			min,
			max,
			step,
			status,
			source: readSource(row, FILE, extern),
			note: readText(row, FILE, 'toelichting')
		});
	});
}
