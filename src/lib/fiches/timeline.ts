import type { ChartTable } from '../charts/chartTable';
import type { FicheCheck } from '../data/loadFiches';
import { FIRST_YEAR, TIMETABLE_PHASES, type Dataset, type Measure, type SourceRef, type TimetablePhase, type TimetablePhaseId } from '../engine';
import { sourceText } from '../format/resultTable';

/** The three phases of the central assignment (document 004 L638–639), as the page names them. */
export const PHASE_LABELS: Readonly<Record<TimetablePhaseId, string>> = {
	a: 'a · doorlooptijd tot implementatie',
	b: 'b · implementatie',
	c: 'c · realisatie'
};

/** A phase with years, drawn as a bar. */
export interface TimelineBar {
	phase: TimetablePhaseId;
	from: number;
	/** The last year; null where the fiche gives no end. */
	until: number | null;
	/** The years are our reading of a duration (afgeleid), not the fiche's own. */
	derived: boolean;
	source: SourceRef;
}

/** One measure with a fiche on the timeline. */
export interface TimelineRow {
	measure: Measure;
	/** Its phases in order, as the timetable gives them (all `ontbreekt` without one). */
	phases: readonly TimetablePhase[];
	bars: TimelineBar[];
	/** Phases the fiche names without a year. */
	withoutYears: TimetablePhaseId[];
	/** The first year the table books a saving for it; null where every year is PM or nothing. */
	tableFrom: number | null;
}

/** The timeline: every measure with a fiche, and the measures without one. */
export interface Timeline {
	rows: TimelineRow[];
	withoutFiche: Measure[];
}

const label = (m: Measure) => m.code ?? m.name;
/** A measure in full: "B6: Tariefdifferentiatie", or the name alone where it has no code. */
const fullName = (m: Measure) => (m.code ? `${m.code}: ${m.name}` : m.name);

/**
 * The timeline of the fiches: per measure with a fiche its phases a, b and c from tijdpaden.csv
 * (a fiche without a timetable has every phase missing), with the first year its table books a
 * saving beside it; the measures without a fiche apart. In the data's order.
 *
 * @example timeline(dataset, check).rows.find((r) => r.measure.id === 'b19')?.bars.map((b) => b.phase) // ['a', 'b']
 */
export function timeline(dataset: Dataset, check: FicheCheck): Timeline {
	const rows: TimelineRow[] = [];
	const withoutFiche: Measure[] = [];
	for (const fiche of check.measures) {
		const measure = dataset.measures.find((m) => m.id === fiche.measure)!;
		if (!fiche.hasFiche) {
			withoutFiche.push(measure);
			continue;
		}
		const own = check.timetables.find((t) => t.measure === measure.id);
		const phases = own?.phases ?? TIMETABLE_PHASES.map((phase) => ({ phase, status: 'ontbreekt' as const, from: null, until: null, source: null }));
		const bars = phases.flatMap((p) =>
			(p.status === 'jaren' || p.status === 'afgeleid') && p.from !== null && p.source
				? [{ phase: p.phase, from: p.from, until: p.until, derived: p.status === 'afgeleid', source: p.source }]
				: []
		);
		const first = measure.amounts.findIndex((a) => typeof a === 'number' && a > 0);
		rows.push({
			measure,
			phases,
			bars,
			withoutYears: phases.filter((p) => p.status === 'zonder-jaren').map((p) => p.phase),
			tableFrom: first < 0 ? null : FIRST_YEAR + first
		});
	}
	return { rows, withoutFiche };
}

/**
 * What a row shows beside its bars, in words: the phases without a year and the missing ones
 * ("b zonder jaartal, c ontbreekt"), or that the fiche gives no timetable at all.
 *
 * @example rowNote(b19Row) // 'c ontbreekt'
 */
export function rowNote(row: TimelineRow): string {
	const missing = row.phases.filter((p) => p.status === 'ontbreekt').map((p) => p.phase);
	if (row.bars.length === 0 && row.withoutYears.length === 0) return 'geen tijdpad in de fiche';
	const list = (ids: TimetablePhaseId[]) => ids.join(', ');
	return [row.withoutYears.length > 0 ? `${list(row.withoutYears)} zonder jaartal` : '', missing.length > 0 ? `${list(missing)} ontbreekt` : '']
		.filter(Boolean)
		.join(', ');
}

/** A phase in words: "2022–2025 (onze lezing)", "vanaf 2023", "zonder jaartal", "ontbreekt". */
export function phaseText(p: TimetablePhase): string {
	if (p.status === 'zonder-jaren') return 'genoemd, zonder jaartal';
	if (p.status === 'ontbreekt' || p.from === null) return 'ontbreekt';
	const years = p.until === null ? `vanaf ${p.from}` : p.until === p.from ? String(p.from) : `${p.from}–${p.until}`;
	return p.status === 'afgeleid' ? `${years} (onze lezing van de bron)` : years;
}

/**
 * The timeline as a table, its text alternative and its CSV: a row per measure (those without a
 * fiche too), a column per phase, the first year in the table, and the lines of the source.
 */
export function timelineTable(t: Timeline): ChartTable {
	const sources = (phases: readonly TimetablePhase[]) =>
		phases
			.filter((p) => p.source)
			.map((p) => `${p.phase}: ${sourceText(p.source)}`)
			.join('; ');
	return {
		columns: [
			{ label: 'Maatregel', kind: 'label' },
			...TIMETABLE_PHASES.map((p) => ({ label: `Fase ${PHASE_LABELS[p]}`, kind: 'text' as const })),
			{ label: 'Tabel boekt een besparing vanaf', kind: 'text' },
			{ label: 'Bron', kind: 'text' }
		],
		rows: [
			...t.rows.map((r) => [
				fullName(r.measure),
				...r.phases.map(phaseText),
				r.tableFrom === null ? 'geen jaar (PM)' : String(r.tableFrom),
				sources(r.phases) || 'de fiche noemt geen tijdpad'
			]),
			...t.withoutFiche.map((m) => [fullName(m), 'geen fiche', 'geen fiche', 'geen fiche', '', ''])
		]
	};
}

/** One sentence on what the timeline shows, for the summary under the chart. */
export function timelineSummary(t: Timeline): string {
	const names = (rows: TimelineRow[]) => rows.map((r) => label(r.measure)).join(', ');
	const withYears = t.rows.filter((r) => r.bars.length > 0);
	const realised = t.rows.filter((r) => r.bars.some((b) => b.phase === 'c'));
	const onlyWords = t.rows.filter((r) => r.bars.length === 0 && r.withoutYears.length > 0);
	const none = t.rows.filter((r) => r.bars.length === 0 && r.withoutYears.length === 0);
	return (
		`Jaartallen geven de fiches voor ${withYears.length} maatregelen (${names(withYears)}), vooral voor de doorlooptijd (fase a); ` +
		`${realised.length === 0 ? 'geen enkele fiche noemt een jaar voor de realisatie' : `een jaar voor de realisatie noemen ${names(realised)}`}. ` +
		`Fasen zonder jaartal noemen ${names(onlyWords)}; geen tijdpad geven ${names(none)}. ` +
		`${t.withoutFiche.length} maatregelen hebben in de stukken geen fiche.`
	);
}
