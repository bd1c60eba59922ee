import { describe, expect, it } from 'vitest';
import { cellText, chartTableRows } from './chartTable';
import { fanTable, histogramTable, savingsCostsTable } from './chartTables';

describe('chart tables', () => {
	it('savingsCostsTable gives costs a minus sign, the 80 % band in two numeric columns, and every unit in its header', () => {
		const table = savingsCostsTable({
			years: [2022, 2029],
			savings: [262, 1018],
			costs: [47, 0],
			net: [215, 1018],
			target: [215, 1018],
			extrapolated: [false, true],
			outside: { counted: [0, 0], uncounted: [74.75, 0] },
			bands: { savings: { low: [200.123456, 900], high: [300, 1100] }, costs: { low: [40, 0], high: [52, 0] } },
			unit: '€ mln'
		});
		const [header, first, second] = chartTableRows(table);
		expect(header).toEqual([
			'Jaar',
			'Soort jaar',
			'Besparingen (€ mln)',
			'Invoeringskosten in het netto (€ mln)',
			'waarvan buiten de tabel (€ mln)',
			'Buiten de tabel, niet meegeteld (€ mln)',
			'Netto (€ mln)',
			'Richtbedrag (€ mln)',
			'Besparingen P10 (€ mln)',
			'Besparingen P90 (€ mln)',
			'Invoeringskosten P10 (€ mln)',
			'Invoeringskosten P90 (€ mln)'
		]);
		// unrounded: what goes into the CSV is the figure itself, not what the page shows
		expect(first).toEqual([2022, 'tabeljaar', 262, -47, 0, -74.75, 215, 215, 200.123456, 300, -40, -52]);
		// the year stays a number after 2028, for a spreadsheet; the next column says it is extrapolated
		expect(second!.slice(0, 2)).toEqual([2029, 'extrapolatie']);
		expect(cellText(table.columns[0]!, 2029)).toBe('2029');
	});

	it('fanTable writes the chance as a percentage in the CSV and keeps every percentile unrounded', () => {
		const band = { mean: [101.26], p5: [80.7123], p10: [90], p50: [100], p90: [110], p95: [120] };
		const [header, row] = chartTableRows(fanTable({ years: [2028], band, net: [100], target: [105], pTarget: [0.3449], extrapolated: [false] }));
		expect(header!.at(-1)).toBe('Kans richtbedrag (%)');
		expect(row!.slice(0, -1)).toEqual([2028, 80.7123, 90, 100, 110, 120, 101.26, 100, 105]);
		expect(row!.at(-1)).toBeCloseTo(34.49, 9);
	});

	it('histogramTable gives each bin its bounds, count and share as numbers, for a spreadsheet', () => {
		const table = histogramTable({ year: 2028, cumulative: false, edges: [800, 850, 900], counts: [3, 1], target: 1018, pTarget: 0 }, 4);
		expect(chartTableRows(table)).toEqual([
			['Klasse', 'Van (€ mln)', 'Tot (€ mln)', 'Trekkingen', 'Aandeel (%)'],
			['800 tot 850', 800, 850, 3, 75],
			['850 tot 900', 850, 900, 1, 25]
		]);
	});
});
