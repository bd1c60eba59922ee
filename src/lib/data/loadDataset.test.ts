import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFormula } from './parseFormula';
import { DataError } from './DataError';
import { loadDataset, type DataFiles } from './loadDataset';

const HEADER = 'id,code,naam,tabel,werkgroep,document,regel,2022,2023,2024,2025,2026,2027,2028,notitie';
const files = (maatregelen: string, twijfels = 'maatregel,jaar,gedrukt,gelezen,regel,extern,notitie'): DataFiles => ({
	'bronnen.csv': 'id,bestand,titel,datum\n004,x.txt,Stukken,2021\n000,y.txt,Convenant,2026\nextern,extern.md,Elders,2025\ncbs,z.csv,CBS,2025',
	'extern.csv': 'id,titel,datum,adres,soort,regel\nE2,Eerste Kamer,2022-12-14,https://zoek.officielebekendmakingen.nl/kst-36200-XVI-E.html,primair,17\nE3,Regering,2022-12-16,,primair,22\nE5,VNG,2021-07,https://vng.nl/nieuws/afspraken-met-het-rijk-en-ipo-over-stelpost-jeugd,primair,30',
	'maatregelen.csv': maatregelen,
	'twijfels.csv': twijfels,
	'totalen.csv': 'tabel,jaar,gedrukt,waarde,regel,bevestigd,notitie\n1,2023,374,374,691,E2:19,',
	'aannames.csv': 'id,maatregel,label,eenheid,standaard,min,max,stap,status,document,regel,toelichting',
	'mechanismen.json': '{"maatregelen": {}}',
	'onzekerheidssets.csv': 'id,naam,standaard,toelichting\ntabel,Zoals de tabel,ja,Alleen de bereiken van de bronnen',
	'onzekerheid.csv': 'set,invoer,verdeling,laag,midden,hoog,keuzes,tempo,status,document,regel,reden\n',
	'lokaal.csv': LOCAL,
	'doelen.csv': 'id,naam,kort,datum,soort,basis,na2028,document,regel,extern,toelichting,conflict\ncvw-tabel-1,Tabel 1,Tabel 1,2021-05,doel,,blijft,004,691,,Het richtbedrag.,',
	'doelbedragen.csv': ['doel,jaar,bedrag,status,document,regel,toelichting', ...[2022, 2023, 2024, 2025, 2026, 2027, 2028].map((y) => `cvw-tabel-1,${y},1,bedrag,004,691,x`)].join('\n')
});
const LOCAL = readFileSync('data/lokaal.csv', 'utf8');
const row = (cells: string) => `${HEADER}\n${cells}`;

function errorOf(f: () => unknown): string {
	try {
		f();
	} catch (e) {
		expect(e).toBeInstanceOf(DataError);
		return (e as Error).message;
	}
	throw new Error('expected a DataError');
}

describe('loadDataset', () => {
	it('loadDataset reads PM, dashes and negative amounts', () => {
		const data = loadDataset(files(row('b3,B3,Regionalisering,1,R,004,681,-47,–,PM,\u221244,0,6,6,')), parseFormula);
		const b3 = data.measures[0]!;
		expect(b3.amounts).toEqual([-47, 0, 'PM', -44, 0, 6, 6]);
		expect(b3.printedDash).toEqual([false, true, false, false, false, false, false]);
		expect(b3.code).toBe('B3');
	});

	it('loadDataset names file, line, column and value of a bad amount', () => {
		expect(errorOf(() => loadDataset(files(row('b3,B3,R,1,R,004,681,-47,abc,PM,-44,0,6,6,')), parseFormula))).toBe(
			'maatregelen.csv regel 2, 2023: ongeldig getal "abc"'
		);
	});

	it('loadDataset rejects a Dutch decimal comma in an amount rather than guessing', () => {
		expect(errorOf(() => loadDataset(files(row('b3,B3,R,1,R,004,681,"1,5",0,0,0,0,0,0,')), parseFormula))).toMatch(/2022: ongeldig getal "1,5"/);
	});

	it('loadDataset reports a missing column, an unknown column and a short row', () => {
		expect(errorOf(() => loadDataset(files(HEADER.replace(',2025', '')), parseFormula))).toMatch(/regel 1: kolom ontbreekt "2025"/);
		expect(errorOf(() => loadDataset(files(`${HEADER},extra`), parseFormula))).toMatch(/onbekende kolom "extra"/);
		expect(errorOf(() => loadDataset(files(row('b3,B3,R,1,R,004,681,1,2,3')), parseFormula))).toMatch(/regel 2: verwacht 15 kolommen, gevonden 10/);
	});

	it('loadDataset rejects duplicate ids, bad tables and unknown documents', () => {
		const line = 'b3,B3,R,1,R,004,681,1,1,1,1,1,1,1,';
		expect(errorOf(() => loadDataset(files(`${HEADER}\n${line}\n${line}`), parseFormula))).toMatch(/regel 3, id: id komt twee keer voor "b3"/);
		expect(errorOf(() => loadDataset(files(row(line.replace(',1,R,', ',3,R,'))), parseFormula))).toMatch(/tabel moet 1 of 2 zijn "3"/);
		expect(errorOf(() => loadDataset(files(row(line.replace(',004,', ',999,'))), parseFormula))).toMatch(/onbekend brondocument "999"/);
	});

	it('loadDataset checks a doubt against the amount it is about', () => {
		const doubt = 'maatregel,jaar,gedrukt,gelezen,regel,extern,notitie\nb3,2024,46,-46,681,,minteken';
		expect(errorOf(() => loadDataset(files(row('b3,B3,R,1,R,004,681,1,1,46,1,1,1,1,'), doubt), parseFormula))).toMatch(
			/twijfels.csv regel 2, gelezen: wijkt af van maatregelen.csv \(46\) "-46"/
		);
		const ok = loadDataset(files(row('b3,B3,R,1,R,004,681,1,1,-46,1,1,1,1,'), doubt), parseFormula);
		expect(ok.measures[0]!.doubts).toEqual([
			{ year: 2024, printed: '46', readMln: -46, source: { document: '004', line: 681 }, note: 'minteken', support: [] }
		]);
	});

	it('loadDataset reads a doubt and a total that outside sources support, each line within its entry of extern.md', () => {
		const doubt = 'maatregel,jaar,gedrukt,gelezen,regel,extern,notitie\nb23,2023,132,112,685,E2:19;E3:24,celsom';
		const data = loadDataset(files(row('b23,B23,S,1,R,004,685,48,112,126,155,224,224,224,'), doubt), parseFormula);
		expect(data.measures[0]!.doubts[0]!.support).toEqual([
			{ document: 'extern', entry: 'E2', line: 19 },
			{ document: 'extern', entry: 'E3', line: 24 }
		]);
		expect(data.printedTotals[0]!.confirmedBy).toEqual([{ document: 'extern', entry: 'E2', line: 19 }]);
		expect(data.extern.map((e) => [e.id, e.primary, e.url !== ''])).toEqual([['E2', true, true], ['E3', true, false], ['E5', true, true]]);
		// line 24 belongs to E3 (from line 22), not to E2 (lines 17–21)
		const wrong = files(row('b23,B23,S,1,R,004,685,48,112,126,155,224,224,224,'), doubt.replace('E2:19', 'E2:24'));
		expect(errorOf(() => loadDataset(wrong, parseFormula))).toBe('twijfels.csv regel 2, extern: regel valt buiten ingang E2 (vanaf regel 17) "E2:24"');
		const unknown = files(row('b23,B23,S,1,R,004,685,48,112,126,155,224,224,224,'), doubt.replace('E3:24', 'E9:70'));
		expect(errorOf(() => loadDataset(unknown, parseFormula))).toMatch(/onbekende ingang van extern.md/);
	});

	it('loadDataset reads several lines or a range where a cell cites them', () => {
		const doubt = 'maatregel,jaar,gedrukt,gelezen,regel,extern,notitie\nb3,2024,46,-46,681;3626-3628,,minteken';
		const data = loadDataset(files(row('b3,B3,R,1,R,004,681,1,1,-46,1,1,1,1,'), doubt), parseFormula);
		expect(data.measures[0]!.doubts[0]!.source).toEqual({ document: '004', line: 681, lines: [681, 3626, 3627, 3628] });
		const bad = files(row('b3,B3,R,1,R,004,681,1,1,-46,1,1,1,1,'), doubt.replace('681;3626-3628', '3628-3626'));
		expect(errorOf(() => loadDataset(bad, parseFormula))).toMatch(/regel: ongeldig regelbereik 3628-3626/);
	});

	it('loadDataset rejects an empty file and a header-only file gives no measures', () => {
		expect(errorOf(() => loadDataset(files(''), parseFormula))).toMatch(/maatregelen.csv: het bestand is leeg/);
		expect(loadDataset(files(HEADER), parseFormula).measures).toEqual([]);
	});

	it('loadDataset refuses a mechanism formula that escapes, naming file and path', () => {
		const data = files(row('b17,B17,R,1,R,004,665,PM,PM,PM,PM,300,300,300,'));
		data['aannames.csv'] += '\nb17.kinderen,b17,Kinderen,kinderen,20000,0,40000,1,aanname,,,reden';
		data['mechanismen.json'] = '{"maatregelen": {"b17": {"uitleg": "x", "structureel": "kinderen.constructor"}}}';
		expect(errorOf(() => loadDataset(data, parseFormula))).toMatch(/^mechanismen.json, maatregelen.b17.structureel: formule "kinderen.constructor": eigenschappen of elementen opvragen is niet toegestaan/);
		data['mechanismen.json'] = '{"maatregelen": {"b17": {"uitleg": "x", "structureel": "kinderen * andere"}}}';
		expect(errorOf(() => loadDataset(data, parseFormula))).toMatch(/onbekende naam "andere" \(bekend: kinderen\)/);
	});

	it('loadDataset refuses an assumption whose default lies outside its range', () => {
		const data = files(row('b17,B17,R,1,R,004,665,PM,PM,PM,PM,300,300,300,'));
		data['aannames.csv'] += '\nb17.kinderen,b17,Kinderen,kinderen,50000,0,40000,1,aanname,,,reden';
		expect(errorOf(() => loadDataset(data, parseFormula))).toBe('aannames.csv regel 2, standaard: ligt niet tussen 0 en 40000 "50000"');
	});

	it('loadDataset ignores a BOM and Windows line endings, and the version ignores them too', () => {
		const plain = loadDataset(files(row('b2,B2,A,1,R,004,671,33,67,133,200,200,200,200,')), parseFormula);
		const windows = loadDataset(files(`\uFEFF${row('b2,B2,A,1,R,004,671,33,67,133,200,200,200,200,')}`.replace(/\n/g, '\r\n')), parseFormula);
		expect(windows.measures).toEqual(plain.measures);
		expect(plain.version).toMatch(/^[0-9a-f]{8}$/);
	});

	it('loadDataset reads lokaal.csv and names a missing row of it', () => {
		const data = files(row('b2,B2,A,1,R,004,671,33,67,133,200,200,200,200,'));
		expect(loadDataset(data, parseFormula).local.find((a) => a.id === 'cpb.groeiWeinigWijkteam')).toMatchObject({ defaultValue: 0.25, source: { document: '004', line: 7585 } });
		data['lokaal.csv'] = LOCAL.split('\n').filter((line) => !line.startsWith('landelijk.jeugdigen')).join('\n');
		expect(errorOf(() => loadDataset(data, parseFormula))).toBe('lokaal.csv: rij ontbreekt "landelijk.jeugdigen"');
	});
});
