import type { Cell } from '../format/resultTable';

/**
 * The cells of a table on screen, header first. A cell with `data-value` gives that number;
 * a cell of class `num` is read back from Dutch notation ("1.018", "−47,5", "PM"); the rest is text.
 */
export function tableCells(table: HTMLTableElement): Cell[][] {
	return [...table.rows].map((row) => [...row.cells].map((cell) => readCell(cell)));
}

function readCell(cell: HTMLTableCellElement): Cell {
	const text = cell.textContent?.replace(/\s+/g, ' ').trim() ?? '';
	const raw = cell.dataset.value;
	if (raw !== undefined && raw !== '' && Number.isFinite(Number(raw))) return Number(raw);
	if (!cell.classList.contains('num') || cell.tagName === 'TH') return text;
	return dutchNumber(text) ?? text;
}

/**
 * A number written the Dutch way, or null: thousands dots, a decimal comma, the minus sign −.
 * @example dutchNumber('−1.018,5') // -1018.5
 */
export function dutchNumber(text: string): number | null {
	const cleaned = text.replace(/^€\s*/, '').replace(/\s*(mln|%)$/, '').replace('−', '-');
	if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(cleaned)) return null;
	return Number(cleaned.replace(/\./g, '').replace(',', '.'));
}
