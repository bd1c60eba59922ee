import type { FicheCell, FicheCheck, MeasureFiche } from '../data/loadFiches';
import type { Dataset, Measure } from '../engine';
import { sourceText, type Cell } from '../format/resultTable';

/** One measure of the overview: the measure, its fiche and one cell per item. */
export interface FicheRow {
	measure: Measure;
	fiche: MeasureFiche;
	/** How many items the fiche delivers. */
	delivered: number;
}

/** The overview's rows, in the data's order (Tabel 1, then Tabel 2). */
export function ficheRows(check: FicheCheck, dataset: Dataset): FicheRow[] {
	return check.measures.map((fiche) => ({
		measure: dataset.measures.find((m) => m.id === fiche.measure)!,
		fiche,
		delivered: fiche.cells.filter((c) => c.status === 'aangeleverd').length
	}));
}

/** What the overview can be sorted by: the measure, its table, the number delivered, or one item. */
export type FicheSortKey = 'maatregel' | 'tabel' | 'aangeleverd' | `onderdeel:${string}`;

/**
 * The rows sorted by `key`, ties in the data's order. Ascending puts a measure's code in
 * alphabetical order, Tabel 1 before 2, few items before many, and for one item `ontbreekt`
 * before `aangeleverd`; descending turns that round.
 *
 * @example sortFicheRows(rows, 'aangeleverd', true)[0].measure.code // 'B17': 10 of the 11 items
 */
export function sortFicheRows(rows: readonly FicheRow[], key: FicheSortKey, descending: boolean): FicheRow[] {
	const value = (row: FicheRow): string | number => {
		if (key === 'maatregel') return (row.measure.code ?? row.measure.name).toLowerCase();
		if (key === 'tabel') return row.measure.table;
		if (key === 'aangeleverd') return row.delivered;
		const cell = row.fiche.cells.find((c) => c.item === key.slice('onderdeel:'.length));
		return cell?.status === 'aangeleverd' ? 1 : 0;
	};
	const order = new Map(rows.map((row, i) => [row, i]));
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const compared = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl', { numeric: true });
		return (descending ? -compared : compared) || order.get(a)! - order.get(b)!;
	});
}

/** "doc. 004, r. 6932–6937", or "" without a source. */
const lines = (cell: { source: FicheCell['source'] }) => (cell.source ? sourceText(cell.source) : '');

/**
 * The overview as a CSV: a row per measure, a column per item with `aangeleverd` or `ontbreekt`,
 * and how many items the fiche delivers. In the order given.
 */
export function ficheMatrixRows(check: FicheCheck, rows: readonly FicheRow[]): Cell[][] {
	return [
		['Code', 'Maatregel', 'Tabel', 'Fiche', 'Aangeleverd (aantal)', ...check.items.map((i) => i.label)],
		...rows.map((r) => [
			r.measure.code ?? '',
			r.measure.name,
			r.measure.table,
			r.fiche.hasFiche ? 'ja' : 'nee',
			r.delivered,
			...r.fiche.cells.map((c) => c.status)
		])
	];
}

/**
 * The fiche check as a CSV with a row per measure and item: status, the lines where the fiche
 * delivers it, our note, and a gap the source itself names. What `--fiches --format csv` prints.
 */
export function ficheLongRows(check: FicheCheck, rows: readonly FicheRow[]): Cell[][] {
	const label = (id: string) => check.items.find((i) => i.id === id)!.label;
	return [
		['Code', 'Maatregel', 'Tabel', 'Onderdeel', 'Status', 'Regels', 'Toelichting', 'Gat volgens de bron (regels)', 'Gat volgens de bron'],
		...rows.flatMap((r) =>
			r.fiche.cells.map((c) => [
				r.measure.code ?? '',
				r.measure.name,
				r.measure.table,
				label(c.item),
				c.status,
				lines(c),
				c.note || (r.fiche.hasFiche ? '' : r.fiche.note),
				c.gap ? sourceText(c.gap.source) : '',
				c.gap?.note ?? ''
			])
		)
	];
}
