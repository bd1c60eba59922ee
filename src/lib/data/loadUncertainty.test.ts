import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFormula } from './parseFormula';
import { DATA_FILE_NAMES, loadDataset, type DataFiles } from './loadDataset';

const files = Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, readFileSync(`data/${name}`, 'utf8')])) as unknown as DataFiles;
const HEADER = 'set,invoer,verdeling,laag,midden,hoog,keuzes,tempo,status,document,regel,reden';
const withRows = (...rows: string[]) => () => loadDataset({ ...files, 'onzekerheid.csv': [HEADER, ...rows].join('\n') }, parseFormula);
const withSets = (...rows: string[]) => () => loadDataset({ ...files, 'onzekerheidssets.csv': ['id,naam,standaard,toelichting', ...rows].join('\n') }, parseFormula);

describe('onzekerheidssets.csv and onzekerheid.csv', () => {
	const { uncertaintySets } = loadDataset(files, parseFormula);
	const set = (id: string) => uncertaintySets.find((s) => s.id === id)!;

	it('the bundled files load two sets, "Zoals de tabel" the default, every source range with its document and line', () => {
		expect(uncertaintySets.map((s) => [s.id, s.name, s.isDefault])).toEqual([
			['tabel', 'Zoals de tabel', true],
			['werkgroepen', 'Met de twijfels van de werkgroepen', false]
		]);
		for (const s of uncertaintySets) {
			expect(s.inputs.filter((u) => u.status !== 'aanname' && u.distribution && u.source === null).map((u) => u.id)).toEqual([]);
			expect(s.inputs.filter((u) => u.note.length < 20).map((u) => u.id)).toEqual([]);
		}
	});

	it('B17’s € 34.000 – € 140.000 (a whole trajectory) is no longer read as a saving per child per year', () => {
		for (const s of uncertaintySets) {
			const row = s.inputs.find((u) => u.id === 'b17.besparingPerKind');
			if (row?.distribution) expect(row.distribution).not.toMatchObject({ max: 140000 });
		}
		// the working groups: € 60.000 is the top (004 L6950), not the middle
		expect(set('werkgroepen').inputs.find((u) => u.id === 'b17.besparingPerKind')).toMatchObject({
			distribution: { kind: 'driehoek', min: 0, modus: 60000, max: 60000 },
			source: { document: '004', line: 6944 }
		});
	});

	it('costs never skew downward: every cost factor has the estimate as its lower bound', () => {
		const costRows = uncertaintySets.flatMap((s) => s.inputs.filter((u) => u.id.endsWith('.kosten') && u.distribution));
		expect(costRows.length).toBeGreaterThan(0);
		for (const u of costRows) expect(u.distribution).toMatchObject({ min: 1 });
	});

	it('timing inputs follow the shared tempo, levels do not', () => {
		const tempo = set('werkgroepen')
			.inputs.filter((u) => u.tempo)
			.map((u) => u.id)
			.sort();
		expect(tempo).toEqual(['*.verschuiving', 'b15.start', 'b15.vol', 'b17.startjaar', 'b2.wetswijziging', 'b23.vertraging']);
	});

	it.each([
		['tabel,b17.kinderen,uniform,0,,20000,,nee,bron,004,6953,x', 'onzekerheid.csv regel 2, verdeling: valt buiten het bereik 1000 – 45000 van b17.kinderen "uniform"'],
		['tabel,b99.schaal,uniform,0,,1,,nee,aanname,,,x', 'onzekerheid.csv regel 2, invoer: geen aanname en geen maatregel.schaal, maatregel.verschuiving, maatregel.kosten "b99.schaal"'],
		['tabel,*.verschuiving,keuze,,,,0:0.5;1:0.4,ja,aanname,,,x', 'onzekerheid.csv regel 2, verdeling: de kansen tellen op tot 90 % in plaats van 100 % "keuze"'],
		['tabel,b12.schaal,driehoek,1,0.5,2,,nee,bron,,,x', 'onzekerheid.csv regel 2, verdeling: min ≤ modus ≤ max is vereist "driehoek"'],
		['tabel,b12.schaal,uniform,0.5,,1,,nee,bron,,,x', 'onzekerheid.csv regel 2, document: een bereik uit de bron heeft een document en regel nodig'],
		['vng,b12.schaal,uniform,0.5,,1,,nee,aanname,,,x', 'onzekerheid.csv regel 2, set: onbekende set (tabel, werkgroepen) "vng"'],
		['tabel,b12.schaal,uniform,0.5,,1,,soms,aanname,,,x', 'onzekerheid.csv regel 2, tempo: moet ja of nee zijn "soms"']
	])('refuses %s', (row, message) => {
		expect(withRows(row)).toThrow(message);
	});

	it('refuses a set file without exactly one default', () => {
		expect(withSets('tabel,Zoals de tabel,ja,x', 'werkgroepen,Werkgroepen,ja,x')).toThrow('precies één set is de standaard');
		expect(withSets('tabel,Zoals de tabel,nee,x', 'werkgroepen,Werkgroepen,nee,x')).toThrow('precies één set is de standaard');
	});
});
