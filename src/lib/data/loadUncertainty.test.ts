import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFormula } from './parseFormula';
import { DATA_FILE_NAMES, loadDataset, type DataFiles } from './loadDataset';

const files = Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, readFileSync(`data/${name}`, 'utf8')])) as unknown as DataFiles;
const HEADER = 'invoer,verdeling,laag,midden,hoog,keuzes,status,document,regel,toelichting';
const withRows = (...rows: string[]) => () => loadDataset({ ...files, 'onzekerheid.csv': [HEADER, ...rows].join('\n') }, parseFormula);

describe('onzekerheid.csv', () => {
	it('the bundled file loads: every source range names its document and line', () => {
		const { uncertainty } = loadDataset(files, parseFormula);
		expect(uncertainty.find((u) => u.id === 'b17.besparingPerKind')).toMatchObject({
			distribution: { kind: 'pert', min: 34000, modus: 60000, max: 140000 },
			status: 'bron',
			source: { document: '004', line: 6947 }
		});
		expect(uncertainty.filter((u) => u.status !== 'aanname' && u.distribution && u.source === null).map((u) => u.id)).toEqual([]);
	});

	it.each([
		['b17.kinderen,uniform,0,,20000,,bron,004,6953,x', 'onzekerheid.csv regel 2, verdeling: valt buiten het bereik van b17.kinderen (1000 – 45000) "uniform"'],
		['b99.schaal,uniform,0,,1,,aanname,,,x', 'onzekerheid.csv regel 2, invoer: geen aanname en geen maatregel.schaal of maatregel.verschuiving "b99.schaal"'],
		['*.verschuiving,keuze,,,,0:0.5;1:0.4,aanname,,,x', 'onzekerheid.csv regel 2, verdeling: de kansen tellen op tot 0.9 in plaats van 1 "keuze"'],
		['b12.schaal,driehoek,1,0.5,2,,bron,,,x', 'onzekerheid.csv regel 2, verdeling: min ≤ modus ≤ max is vereist "driehoek"'],
		['b12.schaal,uniform,0.5,,1,,bron,,,x', 'onzekerheid.csv regel 2, document: een bereik uit de bron heeft een document en regel nodig']
	])('refuses %s', (row, message) => {
		expect(withRows(row)).toThrow(message);
	});
});
