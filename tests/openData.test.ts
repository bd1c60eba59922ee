import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli';

/** A data file read as plain rows by papaparse, not by the project's loader. */
function rows(file: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

const schema = JSON.parse(readFileSync('static/open-data.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

function json(...args: string[]) {
	const out = run(args);
	expect(out.code, out.stderr).toBe(0);
	return JSON.parse(out.stdout);
}

/** The open-data CSV as rows of cells (BOM and licence line off), read by papaparse. */
function csvRows(...args: string[]): string[][] {
	const out = run(args);
	expect(out.code, out.stderr).toBe(0);
	const [table] = out.stdout.replace(/^\uFEFF/, '').split('\r\n\r\n');
	return Papa.parse<string[]>(table!, { delimiter: args.includes('plain') ? ',' : ';' }).data;
}

describe('npm run simulate -- --open-data', { timeout: 30_000 }, () => {
	const data = json('--open-data', '--format', 'json');

	it('--format json validates against static/open-data.schema.json, and a row without its source does not', () => {
		expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		const broken = structuredClone(data);
		delete broken.measures[0].source;
		expect(validate(broken)).toBe(false);
		const extra = { ...structuredClone(data), surprise: 1 };
		expect(validate(extra)).toBe(false);
	});

	it('holds every cell of maatregelen.csv as printed: a number, PM (null) or a dash (0)', () => {
		const measures = rows('maatregelen.csv');
		expect(data.measures).toHaveLength(measures.length);
		for (const row of measures) {
			const m = data.measures.find((x: { id: string }) => x.id === row.id);
			expect(m.source).toMatchObject({ document: row.document, line: Number(row.regel!.split(/[-;]/)[0]) });
			const expected = ['2022', '2023', '2024', '2025', '2026', '2027', '2028'].map((year) => {
				const cell = row[year]!;
				if (cell === 'PM') return { year: Number(year), amountMln: null, pm: true, dash: false };
				if (cell === '–' || cell === '') return { year: Number(year), amountMln: 0, pm: false, dash: true };
				return { year: Number(year), amountMln: Number(cell), pm: false, dash: false };
			});
			expect(m.cells, row.id).toEqual(expected);
		}
	});

	it('gives each figure from elsewhere the address of extern.csv, and each doubt, total, assumption, distribution and target amount', () => {
		const addresses = new Map(rows('extern.csv').map((r) => [r.id!, r.adres || null]));
		expect(data.extern.map((e: { id: string; address: string | null }) => [e.id, e.address])).toEqual([...addresses]);
		const sources: { document: string; entry?: string; address?: string | null }[] = [];
		const collect = (value: unknown) => {
			if (Array.isArray(value)) value.forEach(collect);
			else if (value && typeof value === 'object') {
				if ('document' in value && 'line' in value) sources.push(value as (typeof sources)[number]);
				Object.values(value).forEach(collect);
			}
		};
		collect(data);
		const outside = sources.filter((s) => s.document === 'extern');
		expect(outside.length).toBeGreaterThan(20);
		for (const s of outside) expect(s.address, s.entry).toBe(addresses.get(s.entry!));
		expect(data.doubts).toHaveLength(rows('twijfels.csv').length);
		expect(data.printedTotals).toHaveLength(rows('totalen.csv').length);
		expect(data.assumptions).toHaveLength(rows('aannames.csv').length);
		expect(data.localAssumptions).toHaveLength(rows('lokaal.csv').length);
		expect(data.uncertaintySets.flatMap((s: { inputs: unknown[] }) => s.inputs)).toHaveLength(rows('onzekerheid.csv').length);
		expect(data.targets.flatMap((t: { years: unknown[] }) => t.years)).toHaveLength(rows('doelbedragen.csv').length);
		expect(Object.keys(data.mechanisms)).toHaveLength(Object.keys(JSON.parse(readFileSync('data/mechanismen.json', 'utf8')).maatregelen).length);
	});

	it('--format json states the licence, CC BY 4.0 for the data and MIT for the code, as LICENSE does', () => {
		expect(data.licence).toMatchObject({ data: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl', code: 'MIT' });
		const licence = readFileSync('LICENSE', 'utf8');
		expect(licence).toMatch(/^MIT License/);
		expect(licence).toContain('CC BY 4.0');
		expect(JSON.parse(readFileSync('package.json', 'utf8')).license).toBe('MIT');
		// and so does every JSON with figures: a result, a comparison, a gemeente's share
		for (const args of [
			['--scenario', 'rijk'],
			['--compare', 'rijk,vng'],
			['--aandeel', '0.01']
		])
			expect(json(...args, '--format', 'json').licence, args.join(' ')).toEqual(data.licence);
	});

	it('as CSV for Dutch Excel: one row per fact, each with its source; amounts with a decimal comma; the licence first and last', () => {
		const out = run(['--open-data']);
		expect(out.stdout.startsWith('\uFEFFOnderdeel;Id;Omschrijving;Jaar;Waarde;Eenheid;')).toBe(true);
		expect(out.stdout.trimEnd().split('\r\n').at(-1)).toMatch(/^"Licentie: data CC BY 4\.0 /);
		const table = csvRows('--open-data');
		const header = table[0]!;
		const col = (name: string) => header.indexOf(name);
		const body = table.slice(1);
		const of = (part: string) => body.filter((r) => r[0] === part);
		expect(of('licentie')[0]![col('Adres')]).toBe('https://creativecommons.org/licenses/by/4.0/deed.nl');
		// 22 measures × 7 years, each cell with its row's line in document 004
		expect(of('cel')).toHaveLength(rows('maatregelen.csv').length * 7);
		const b17 = of('cel').filter((r) => r[col('Id')] === 'b17');
		expect(b17.map((r) => r[col('Waarde')])).toEqual(['PM', 'PM', 'PM', 'PM', '300', '300', '300']);
		expect(b17.every((r) => r[col('Bron')] === 'doc. 004, r. 665')).toBe(true);
		// B23 2023 printed 132, read 112, with the four outside sources that support the reading
		const b23 = of('twijfel').find((r) => r[col('Id')] === 'b23')!;
		expect([b23[col('Omschrijving')], b23[col('Jaar')], b23[col('Waarde')], b23[col('Extern')]]).toEqual([
			'gedrukt: 132',
			'2023',
			'112',
			'E2 r. 19; E3 r. 24; E4 r. 28; E5 r. 37'
		]);
		expect(b23[col('Adres')]).toContain('https://zoek.officielebekendmakingen.nl/kst-36200-XVI-E.html');
		// a fraction with a decimal comma: B17's succesaandeel 0,25 in [0, 1]
		const succes = of('aanname').find((r) => r[col('Id')] === 'b17.succes')!;
		expect([succes[col('Waarde')], succes[col('Laag')], succes[col('Hoog')], succes[col('Eenheid')]]).toEqual(['0,25', '0', '1', 'fractie']);
		expect(of('verdeling')).toHaveLength(rows('onzekerheid.csv').length);
		expect(of('doelbedrag')).toHaveLength(rows('doelbedragen.csv').length);
		// every fact carries where it comes from (a source, or "aanname" where it is our own)
		for (const part of ['cel', 'twijfel', 'gedrukt totaal', 'aanname', 'lokale aanname', 'verdeling', 'doel', 'doelbedrag', 'kostenregel', 'extern'])
			for (const r of of(part)) expect(r[col('Bron')], `${part} ${r[col('Id')]}`).not.toBe('');
	});

	it('--csv plain writes commas and decimal points', () => {
		const table = csvRows('--open-data', '--csv', 'plain');
		const succes = table.find((r) => r[0] === 'aanname' && r[1] === 'b17.succes')!;
		expect(succes[4]).toBe('0.25');
	});
});

describe('npm run simulate -- --list-assumptions --format json|csv', { timeout: 30_000 }, () => {
	it('--format json lists every row of aannames.csv with default, unit, range and source', () => {
		const list = json('--list-assumptions', '--format', 'json');
		const file = rows('aannames.csv');
		expect(list.map((a: { id: string }) => a.id)).toEqual(file.map((r) => r.id));
		// data/README: b17.kinderen, 20.000 by default, document 004 line 6905
		expect(list[0]).toMatchObject({
			id: 'b17.kinderen',
			default: 20000,
			unit: 'kinderen',
			min: 1000,
			max: 45000,
			status: 'bron',
			source: { document: '004', line: 6905 }
		});
		for (const [a, r] of list.map((a: { default: number; min: number; max: number }, i: number) => [a, file[i]!]))
			expect([a.default, a.min, a.max]).toEqual([Number(r.standaard), Number(r.min), Number(r.max)]);
	});

	it('--format csv writes the same rows as the open data, for Dutch Excel', () => {
		const table = csvRows('--list-assumptions', '--format', 'csv');
		expect(table[0]!.slice(0, 9)).toEqual(['Onderdeel', 'Id', 'Omschrijving', 'Jaar', 'Waarde', 'Eenheid', 'Laag', 'Midden', 'Hoog']);
		expect(table).toHaveLength(rows('aannames.csv').length + 1);
		expect(table[1]!.slice(0, 9)).toEqual([
			'aanname',
			'b17.kinderen',
			'Kinderen in residentieel verblijf binnen bereik',
			'',
			'20000',
			'kinderen',
			'1000',
			'',
			'45000'
		]);
	});
});
