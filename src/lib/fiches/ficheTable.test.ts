import { describe, expect, it } from 'vitest';
import { readDataset, readFiches } from '../../cli/projectData';
import { ficheLongRows, ficheMatrixRows, ficheRows, sortFicheRows } from './ficheTable';

const dataset = readDataset();
const check = readFiches(dataset);
const rows = ficheRows(check, dataset);
const codes = (list: ReturnType<typeof ficheRows>) => list.map((r) => r.measure.code ?? r.measure.id);

describe('ficheTable', () => {
	it('ficheRows counts what each fiche delivers: B17 10 of 11 (all but a substantiated raming), B6 2, B13 none', () => {
		const delivered = Object.fromEntries(rows.map((r) => [r.measure.id, r.delivered]));
		expect([delivered.b17, delivered.b6, delivered.b13]).toEqual([10, 2, 0]);
	});

	it('sortFicheRows by the number delivered, most first; ties keep the data’s order (Tabel 1, then Tabel 2)', () => {
		const sorted = sortFicheRows(rows, 'aangeleverd', true);
		expect(codes(sorted).slice(0, 3)).toEqual(['B17', 'B23', 'B2']);
		// B2, B15 and B19 each deliver 8: in the data's order
		expect(codes(sorted.filter((r) => r.delivered === 8))).toEqual(['B2', 'B15', 'B19']);
		expect(sorted.at(-1)!.delivered).toBe(0);
	});

	it('sortFicheRows by one item puts the measures that deliver it first when descending, last when ascending', () => {
		const tijdpad = sortFicheRows(rows, 'onderdeel:tijdpad', true);
		expect(codes(tijdpad).slice(0, 7)).toEqual(['B17', 'B2', 'B15', 'B5', 'B12', 'B23', 'B19']);
		expect(codes(sortFicheRows(rows, 'onderdeel:tijdpad', false)).slice(-7)).toEqual(['B17', 'B2', 'B15', 'B5', 'B12', 'B23', 'B19']);
	});

	it('sortFicheRows by code sorts numbers as numbers (B2 before B12), and by table keeps Tabel 1 first', () => {
		const byCode = codes(sortFicheRows(rows, 'maatregel', false)).filter((c) => /^B\d/.test(c));
		expect(byCode.indexOf('B2')).toBeLessThan(byCode.indexOf('B12'));
		expect(sortFicheRows(rows, 'tabel', true)[0]!.measure.table).toBe(2);
		// sorting never changes the rows it is given
		expect(codes(rows)[0]).toBe('B16');
	});

	it('ficheMatrixRows and ficheLongRows give a header and a row per measure, or per measure and item', () => {
		const matrix = ficheMatrixRows(check, rows);
		expect(matrix[0]!.slice(0, 5)).toEqual(['Code', 'Maatregel', 'Tabel', 'Fiche', 'Aangeleverd (aantal)']);
		expect(matrix).toHaveLength(23);
		expect(matrix.find((r) => r[0] === 'B6')!.slice(3)).toEqual(['ja', 2, 'aangeleverd', 'aangeleverd', ...Array(9).fill('ontbreekt')]);
		const long = ficheLongRows(check, rows);
		expect(long).toHaveLength(1 + 22 * 11);
		const b17 = long.find((r) => r[0] === 'B17' && r[3] === 'Transformatiekosten')!;
		expect([b17[4], b17[5], b17[7]]).toEqual(['aangeleverd', 'doc. 004, r. 6932–6937', 'doc. 004, r. 7049–7051, 7066–7068']);
	});
});
