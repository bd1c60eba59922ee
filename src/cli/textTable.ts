import { formatAmount } from '../lib/format/formatMln';
import type { Cell, ResultTable } from '../lib/format/resultTable';

const NAME_WIDTH = 44;

/** A result table as aligned plain text, Dutch number formatting, numbers right-aligned. */
export function textTable(table: ResultTable): string {
	const show = (row: readonly Cell[]) =>
		row.map((cell, c) => (typeof cell === 'number' || cell === null ? formatAmount(cell) : c === 1 ? clip(cell) : cell));
	const header = table.header;
	const measures = table.measures.map(show);
	const totals = table.totals.map(show);
	const all = [header, ...measures, ...totals];
	const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
	const line = (row: readonly string[]) =>
		row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	return [line(header), rule, ...measures.map(line), rule, ...totals.map(line)].join('\n');
}

function clip(name: string): string {
	return name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name;
}
