import { formatAmount } from '../lib/format/formatMln';
import type { Cell, ResultTable } from '../lib/format/resultTable';

const NAME_WIDTH = 44;

/** A result table as aligned plain text, Dutch number formatting, numbers right-aligned. */
export function textTable(table: ResultTable): string {
	return alignedText(table.header, [table.measures, table.totals]);
}

/** A header and sections of rows as aligned text, a rule between sections; text columns left, numbers right. */
export function alignedText(header: readonly Cell[], sections: readonly (readonly (readonly Cell[])[])[]): string {
	const show = (row: readonly Cell[]) =>
		row.map((cell, c) => (typeof cell === 'number' || cell === null ? formatAmount(cell) : c === 1 || c === 3 ? clip(cell) : cell));
	const head = show(header);
	const shown = sections.map((rows) => rows.map(show));
	const all = [head, ...shown.flat()];
	const numeric = head.map((_, c) => sections.some((rows) => rows.some((row) => typeof row[c] === 'number')));
	const widths = head.map((_, c) => Math.max(...all.map((row) => row[c]?.length ?? 0)));
	const line = (row: readonly string[]) =>
		row
			.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	return [line(head), ...shown.flatMap((rows) => [rule, ...rows.map(line)])].join('\n');
}

function clip(name: string): string {
	return name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name;
}
