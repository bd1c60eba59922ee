import type { ScenarioResult, UncertaintyResult } from '../engine';

/** A cell of an exported table: text, a number (€ mln), or null for PM. */
export type Cell = string | number | null;

export interface ResultTable {
	header: string[];
	/** One row per measure: code, name, table, then the net amount per year. */
	measures: Cell[][];
	/** The total lines: savings, costs, net, cumulative net, PM count, target, gap. */
	totals: Cell[][];
}

/**
 * The scenario result as one table — shared by the CLI table, the CSV exports and the app's
 * download, so they always show the same figures.
 */
export function resultTable(result: ScenarioResult, uncertainty?: UncertaintyResult): ResultTable {
	const years = result.years.map((y, i) => (result.extrapolated[i] ? `${y} (extrapolatie)` : String(y)));
	const totalRow = (label: string, values: readonly number[]): Cell[] => ['', label, '', ...values];
	return {
		header: ['Code', 'Maatregel', 'Tabel', ...years],
		measures: result.measures.map((m): Cell[] => [m.code ?? '', m.name, m.table, ...m.net]),
		totals: [
			totalRow('Besparingen', result.totals.savings),
			totalRow('Invoeringskosten', result.totals.costs),
			totalRow('Netto', result.totals.net),
			totalRow('Cumulatief netto', result.totals.cumulativeNet),
			totalRow('Aantal PM-maatregelen', result.totals.pmCount),
			totalRow('Richtbedrag (Tabel 1)', result.target),
			totalRow('Tekort t.o.v. richtbedrag', result.gap),
			...(uncertainty ? uncertaintyRows(uncertainty, totalRow) : [])
		]
	};
}

/** The Monte Carlo lines: net percentiles and mean, and the chance of reaching the richtbedrag in %. */
function uncertaintyRows(u: UncertaintyResult, row: (label: string, values: readonly number[]) => Cell[]): Cell[][] {
	const runs = `${u.runs.toLocaleString('nl-NL')} trekkingen, seed ${u.seed}`;
	return [
		row(`Netto P5 (${runs})`, u.net.p5),
		row('Netto P50', u.net.p50),
		row('Netto P95', u.net.p95),
		row('Netto gemiddeld', u.net.mean),
		row('Kans richtbedrag gehaald (%)', u.pTarget.map((p) => Math.round(p * 1000) / 10))
	];
}

/** All rows of a result table, header first. */
export function tableRows(table: ResultTable): Cell[][] {
	return [table.header, ...table.measures, ...table.totals];
}
