import { MEASURE_INPUT_RANGES, MEASURE_INPUTS, rangeProblem, type Assumption, type Distribution, type ExternEntry, type UncertainInput, type UncertaintySet, type UncertaintyStatus } from '../engine';
import { DataError } from './DataError';
import type { CsvRow } from './readCsv';
import { readNumber, readSource, readText } from './readCells';
import { readCsv } from './readCsv';

const FILE = 'onzekerheid.csv';
const STATUSES: readonly UncertaintyStatus[] = ['bron', 'deels', 'aanname'];
const KINDS = ['driehoek', 'pert', 'uniform', 'normaal', 'lognormaal', 'keuze', 'geen'] as const;

/**
 * Parse data/onzekerheidssets.csv and data/onzekerheid.csv: named sets, each with the default
 * distribution per uncertain input. An input is an assumption (`b17.kinderen`), a measure's level
 * factor, timing shift or cost factor (`b2.schaal`, `b12.verschuiving`, `b3.kosten`), or the
 * fallback for every measure without its own row (`*.schaal` …). `geen` switches an input off.
 * A distribution of an assumption must stay within the assumption's range; every row states its
 * reason, and `tempo` says whether it follows the shared uitvoeringstempo. Exactly one set is
 * the default.
 */
export function loadUncertainty(
	setsText: string,
	text: string,
	measureIds: ReadonlySet<string>,
	assumptions: readonly Assumption[],
	documentIds: ReadonlySet<string>,
	extern: readonly ExternEntry[]
): UncertaintySet[] {
	const SETS = 'onzekerheidssets.csv';
	const sets = readCsv(setsText, SETS, ['id', 'naam', 'standaard', 'toelichting']).map((row) => {
		const id = readText(row, SETS, 'id');
		if (!/^[a-z][a-z0-9-]{0,30}$/.test(id)) throw new DataError({ file: SETS, row: row.line, column: 'id' }, 'ongeldige id', id);
		const standaard = row.get('standaard');
		if (standaard !== 'ja' && standaard !== 'nee') throw new DataError({ file: SETS, row: row.line, column: 'standaard' }, 'moet ja of nee zijn', standaard);
		return { id, name: readText(row, SETS, 'naam'), note: readText(row, SETS, 'toelichting'), isDefault: standaard === 'ja', inputs: [] as UncertainInput[] };
	});
	if (sets.filter((s) => s.isDefault).length !== 1) throw new DataError({ file: SETS, column: 'standaard' }, 'precies één set is de standaard');
	const columns = ['set', 'invoer', 'verdeling', 'laag', 'midden', 'hoog', 'keuzes', 'tempo', 'status', 'document', 'regel', 'reden'];
	const seen = new Set<string>();
	for (const row of readCsv(text, FILE, columns)) {
		const place = (column: string) => ({ file: FILE, row: row.line, column });
		const setId = readText(row, FILE, 'set');
		const set = sets.find((s) => s.id === setId);
		if (!set) throw new DataError(place('set'), `onbekende set (${sets.map((s) => s.id).join(', ')})`, setId);
		const id = readText(row, FILE, 'invoer');
		if (seen.has(`${setId}|${id}`)) throw new DataError(place('invoer'), 'invoer komt twee keer voor in deze set', id);
		seen.add(`${setId}|${id}`);
		const assumption = assumptions.find((a) => a.id === id);
		const [measure, input] = [id.slice(0, id.lastIndexOf('.')), id.slice(id.lastIndexOf('.') + 1)];
		const measureInput = (MEASURE_INPUTS as readonly string[]).includes(input) && (measure === '*' || measureIds.has(measure));
		if (!assumption && !measureInput) {
			throw new DataError(place('invoer'), `geen aanname en geen maatregel.${MEASURE_INPUTS.join(', maatregel.')}`, id);
		}
		const distribution = readDistribution(row);
		if (distribution) {
			const range = assumption ?? MEASURE_INPUT_RANGES[input as keyof typeof MEASURE_INPUT_RANGES];
			const problem = rangeProblem(distribution, range.min, range.max);
			if (problem) throw new DataError(place('verdeling'), problem.startsWith('val') ? `${problem} van ${id}` : problem, row.get('verdeling'));
		}
		const status = readText(row, FILE, 'status') as UncertaintyStatus;
		if (!STATUSES.includes(status)) throw new DataError(place('status'), 'moet bron, deels of aanname zijn', status);
		const document = row.get('document');
		if (status !== 'aanname' && distribution && document === '') throw new DataError(place('document'), 'een bereik uit de bron heeft een document en regel nodig');
		if (document !== '' && !documentIds.has(document)) throw new DataError(place('document'), 'onbekend brondocument', document);
		const tempo = row.get('tempo');
		if (tempo !== 'ja' && tempo !== 'nee') throw new DataError(place('tempo'), 'moet ja of nee zijn', tempo);
		set.inputs.push(
			Object.freeze({
				id,
				distribution,
				status,
				source: readSource(row, FILE, extern),
				note: readText(row, FILE, 'reden'),
				tempo: tempo === 'ja'
			})
		);
	}
	return sets.map((s) => Object.freeze({ ...s, inputs: Object.freeze(s.inputs) }));
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
