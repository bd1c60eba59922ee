import { distributionProblem, MEASURE_INPUTS, type Assumption, type Distribution, type ExternEntry, type UncertainInput, type UncertaintyStatus } from '../engine';
import { DataError } from './DataError';
import type { CsvRow } from './readCsv';
import { readNumber, readSource, readText } from './readCells';
import { readCsv } from './readCsv';

const FILE = 'onzekerheid.csv';
const STATUSES: readonly UncertaintyStatus[] = ['bron', 'deels', 'aanname'];
const KINDS = ['driehoek', 'pert', 'uniform', 'normaal', 'lognormaal', 'keuze', 'geen'] as const;

/**
 * Parse data/onzekerheid.csv: the default distribution per uncertain input. An input is an
 * assumption (`b17.kinderen`), a measure's level factor or timing shift (`b2.schaal`,
 * `b12.verschuiving`), or the fallback for every measure without its own row (`*.schaal`,
 * `*.verschuiving`). `geen` switches an input off. A distribution of an assumption must stay
 * within the assumption's range.
 */
export function loadUncertainty(
	text: string,
	measureIds: ReadonlySet<string>,
	assumptions: readonly Assumption[],
	documentIds: ReadonlySet<string>,
	extern: readonly ExternEntry[]
): UncertainInput[] {
	const columns = ['invoer', 'verdeling', 'laag', 'midden', 'hoog', 'keuzes', 'status', 'document', 'regel', 'toelichting'];
	const seen = new Set<string>();
	return readCsv(text, FILE, columns).map((row) => {
		const place = (column: string) => ({ file: FILE, row: row.line, column });
		const id = readText(row, FILE, 'invoer');
		if (seen.has(id)) throw new DataError(place('invoer'), 'invoer komt twee keer voor', id);
		seen.add(id);
		const assumption = assumptions.find((a) => a.id === id);
		const [measure, input] = [id.slice(0, id.lastIndexOf('.')), id.slice(id.lastIndexOf('.') + 1)];
		const measureInput = (MEASURE_INPUTS as readonly string[]).includes(input) && (measure === '*' || measureIds.has(measure));
		if (!assumption && !measureInput) {
			throw new DataError(place('invoer'), `geen aanname en geen maatregel.schaal of maatregel.verschuiving`, id);
		}
		const distribution = readDistribution(row);
		if (distribution) {
			const problem = distributionProblem(distribution);
			if (problem) throw new DataError(place('verdeling'), problem, row.get('verdeling'));
			if (assumption) checkWithin(distribution, assumption, place('verdeling'));
		}
		const status = readText(row, FILE, 'status') as UncertaintyStatus;
		if (!STATUSES.includes(status)) throw new DataError(place('status'), 'moet bron, deels of aanname zijn', status);
		const document = row.get('document');
		if (status !== 'aanname' && distribution && document === '') throw new DataError(place('document'), 'een bereik uit de bron heeft een document en regel nodig');
		if (document !== '' && !documentIds.has(document)) throw new DataError(place('document'), 'onbekend brondocument', document);
		return Object.freeze({
			id,
			distribution,
			status,
			source: readSource(row, FILE, extern),
			note: readText(row, FILE, 'toelichting')
		});
	});
}

function readDistribution(row: CsvRow): Distribution | null {
	const kind = row.get('verdeling') as (typeof KINDS)[number];
	const number = (column: string) => readNumber(row, FILE, column);
	switch (kind) {
		case 'geen':
			return null;
		case 'driehoek':
		case 'pert':
			return { kind, min: number('laag'), modus: number('midden'), max: number('hoog') };
		case 'uniform':
			return { kind, min: number('laag'), max: number('hoog') };
		case 'normaal':
		case 'lognormaal':
			return { kind, p5: number('laag'), p95: number('hoog') };
		case 'keuze':
			return { kind, options: readOptions(row.get('keuzes'), row.line) };
		default:
			throw new DataError({ file: FILE, row: row.line, column: 'verdeling' }, `onbekende verdeling (${KINDS.join(', ')})`, kind);
	}
}

/** "2026:0.4;2027:0.6" → [{ value: 2026, chance: 0.4 }, { value: 2027, chance: 0.6 }] */
function readOptions(text: string, line: number): { value: number; chance: number }[] {
	const place = { file: FILE, row: line, column: 'keuzes' };
	if (text === '') throw new DataError(place, 'geen keuzes (waarde:kans;waarde:kans)');
	return text.split(';').map((part) => {
		const match = /^(-?\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(part.trim());
		if (!match) throw new DataError(place, 'keuze moet waarde:kans zijn', part);
		return { value: Number(match[1]), chance: Number(match[2]) };
	});
}

function checkWithin(d: Distribution, a: Assumption, place: { file: string; row?: number; column: string }): void {
	const bounds =
		d.kind === 'keuze'
			? d.options.map((o) => o.value)
			: d.kind === 'normaal' || d.kind === 'lognormaal'
				? [d.p5, d.p95]
				: [d.min, d.max];
	if (bounds.some((x) => x < a.min || x > a.max)) {
		throw new DataError(place, `valt buiten het bereik van ${a.id} (${a.min} – ${a.max})`, d.kind);
	}
}
