import { TIMETABLE_PHASES, type Timetable, type TimetablePhase, type TimetableStatus } from '../engine';
import { DataError } from './DataError';
import { readSource } from './readCells';
import { readCsv } from './readCsv';

const FILE = 'tijdpaden.csv';
const STATUSES: readonly TimetableStatus[] = ['jaren', 'afgeleid', 'zonder-jaren', 'ontbreekt'];

/**
 * tijdpaden.csv: per measure with a fiche its phases a, b and c, each once. A phase with years
 * (`jaren`, `afgeleid`) has a first year (2021–2035) and may have a last one; a phase without
 * years has neither. Every phase but a missing one cites the lines where the fiche says it; a
 * missing one may cite where the fiche itself says so. Errors name file, row, column and value.
 *
 * @example loadTimetables(text, measureIds, documentIds).find((t) => t.measure === 'b19')?.phases[1].from // 2023
 */
export function loadTimetables(text: string, measureIds: ReadonlySet<string>, documentIds: ReadonlySet<string>): Timetable[] {
	const byMeasure = new Map<string, { row: number; phases: TimetablePhase[] }>();
	for (const row of readCsv(text, FILE, ['maatregel', 'fase', 'status', 'van', 'tot', 'document', 'regel'])) {
		const fail = (column: string, problem: string, value = row.get(column)): never => {
			throw new DataError({ file: FILE, row: row.line, column }, problem, value);
		};
		const year = (column: string) => {
			const v = row.get(column);
			if (v !== '' && !(/^\d{4}$/.test(v) && +v >= 2021 && +v <= 2035)) fail(column, 'geen jaartal van 2021 tot en met 2035');
			return v === '' ? null : +v;
		};
		const measure = row.get('maatregel');
		if (!measureIds.has(measure)) fail('maatregel', 'onbekende maatregel');
		const phase = row.get('fase') as TimetablePhase['phase'];
		if (!TIMETABLE_PHASES.includes(phase)) fail('fase', 'moet a, b of c zijn');
		const status = row.get('status') as TimetableStatus;
		if (!STATUSES.includes(status)) fail('status', `moet ${STATUSES.join(', ')} zijn`);
		const [from, until] = [year('van'), year('tot')];
		const withYears = status === 'jaren' || status === 'afgeleid';
		if (withYears && from === null) fail('van', 'een fase met jaren heeft een eerste jaar');
		if (!withYears && (from ?? until) !== null) fail(from !== null ? 'van' : 'tot', `een fase met status ${status} heeft geen jaren`);
		if (from !== null && until !== null && until < from) fail('tot', `het laatste jaar ligt voor het eerste (${from})`);
		if (row.get('document') !== '' && (!documentIds.has(row.get('document')) || row.get('document') === 'extern')) fail('document', 'onbekend brondocument');
		const source = readSource(row, FILE, []);
		if (!source && status !== 'ontbreekt') fail('regel', 'noem de regels waar de fiche dit zegt');
		const entry = byMeasure.get(measure) ?? { row: row.line, phases: [] };
		if (entry.phases.some((p) => p.phase === phase)) fail('fase', `fase ${phase} staat al bij ${measure}`);
		entry.phases.push(Object.freeze({ phase, status, from, until, source }));
		byMeasure.set(measure, entry);
	}
	return [...byMeasure].map(([measure, { row, phases }]) => {
		const missing = TIMETABLE_PHASES.filter((p) => !phases.some((x) => x.phase === p));
		if (missing.length > 0) throw new DataError({ file: FILE, row, column: 'fase' }, `fase ${missing.join(' en ')} ontbreekt bij ${measure}`);
		return Object.freeze({ measure, phases: Object.freeze(TIMETABLE_PHASES.map((p) => phases.find((x) => x.phase === p)!)) });
	});
}
