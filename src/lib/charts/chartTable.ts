import type { Cell } from '../format/resultTable';
import { formatAmount } from '../format/formatMln';
import { formatChance } from '../uncertainty/params';

/**
 * The figures of a chart as one table: what its HTML table shows, what its CSV holds and what its
 * text alternative reads, all from this one object, so a download never depends on what the page
 * happens to display.
 */
export interface ChartTable {
	columns: ChartColumn[];
	/** One row per year, bar or step; the first cell names the row. Numbers are unrounded. */
	rows: Cell[][];
}

export interface ChartColumn {
	label: string;
	/** `label`: the row's name; `amount`: € (mln or as `unit` says); `chance`: a share 0…1; `number`: a plain value; `text`. */
	kind: 'label' | 'amount' | 'chance' | 'number' | 'text';
	/** The unit, written in the CSV header: "€ mln", "€ duizend", "%". */
	unit?: string;
}

/** A cell as the HTML table shows it: amounts in Dutch notation, chances in words ("< 1 %"). */
export function cellText(column: ChartColumn, cell: Cell): string {
	if (cell === null) return column.kind === 'amount' ? 'PM' : '';
	if (typeof cell === 'string') return cell;
	if (column.kind === 'label') return String(cell); // a year: 2029, never 2.029
	if (column.kind === 'chance') return formatChance(cell);
	if (column.kind === 'number') return cell.toLocaleString('nl-NL', { maximumFractionDigits: 4 });
	return formatAmount(cell);
}

/**
 * The table as CSV rows, header first: every unit in its header ("Netto (€ mln)", "Kans (%)"),
 * numbers as numbers, a chance as a percentage.
 */
export function chartTableRows(table: ChartTable): Cell[][] {
	const header = table.columns.map((c) => (c.kind === 'chance' ? `${c.label} (%)` : c.unit ? `${c.label} (${c.unit})` : c.label));
	const rows = table.rows.map((row) => row.map((cell, i) => (table.columns[i]!.kind === 'chance' && typeof cell === 'number' ? cell * 100 : cell)));
	return [header, ...rows];
}
