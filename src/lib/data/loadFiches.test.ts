import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/projectData';
import { DataError } from './DataError';
import { FICHE_FILE_NAMES, loadFiches, type FicheFiles } from './loadFiches';

const dataset = readDataset();
const real = Object.fromEntries(FICHE_FILE_NAMES.map((name) => [name, readFileSync(`data/fiches/${name}`, 'utf8')])) as unknown as FicheFiles;
/** The real files with one file's text changed. */
const withFile = (name: keyof FicheFiles, change: (text: string) => string): FicheFiles => ({ ...real, [name]: change(real[name]) });

function errorOf(f: () => unknown): string {
	try {
		f();
	} catch (e) {
		expect(e).toBeInstanceOf(DataError);
		return (e as Error).message;
	}
	throw new Error('no error');
}

describe('loadFiches', () => {
	it('loadFiches gives every measure every item, ontbreekt throughout where there is no fiche', () => {
		const check = loadFiches(real, dataset);
		expect(check.measures.map((m) => m.measure)).toEqual(dataset.measures.map((m) => m.id));
		for (const m of check.measures) expect(m.cells.map((c) => c.item), m.measure).toEqual(check.items.map((i) => i.id));
		const b13 = check.measures.find((m) => m.measure === 'b13')!;
		expect([b13.hasFiche, b13.cells.every((c) => c.status === 'ontbreekt' && c.source === null)]).toEqual([false, true]);
		expect(check.version).toMatch(/^[0-9a-f]{8}$/);
	});

	it('loadFiches names file, row, column and value for a broken row', () => {
		const b17 = (line: string) => line.startsWith('b17,transformatiekosten,');
		const edit = (change: (line: string) => string) => withFile('check.csv', (t) => t.split('\n').map((l) => (b17(l) ? change(l) : l)).join('\n'));
		expect(errorOf(() => loadFiches(edit((l) => l.replace('b17,transformatiekosten,', 'b99,transformatiekosten,')), dataset))).toBe(
			'check.csv regel 106, maatregel: onbekende maatregel "b99"'
		);
		expect(errorOf(() => loadFiches(edit((l) => l.replace('transformatiekosten', 'kosten')), dataset))).toMatch(/^check\.csv regel 106, onderdeel: onbekend onderdeel \(aard, /);
		expect(errorOf(() => loadFiches(edit((l) => l.replace(',aangeleverd,', ',geleverd,')), dataset))).toBe(
			'check.csv regel 106, status: moet aangeleverd of ontbreekt zijn "geleverd"'
		);
		expect(errorOf(() => loadFiches(edit((l) => l.replace(',6932-6937,', ',,')), dataset))).toBe(
			'check.csv regel 106, regel: noem de regels waar de fiche dit aanlevert'
		);
		expect(errorOf(() => loadFiches(edit((l) => l.replace(',6932-6937,', ',6932-69x,')), dataset))).toBe(
			'check.csv regel 106, regel: geen regelnummer(s): schrijf 721, 6932-6937 of 721;743 "6932-69x"'
		);
		expect(errorOf(() => loadFiches(edit((l) => l.replace(/,[^,]*,"De opbouw[^"]*"$/, ',7049-7051,')), dataset))).toBe(
			'check.csv regel 106, gat: een gat heeft regels en een toelichting'
		);
	});

	it('loadFiches refuses a measure with a fiche that misses an item, and an item twice', () => {
		const without = withFile('check.csv', (t) =>
			t
				.split('\n')
				.filter((l) => !l.startsWith('b6,risico,'))
				.join('\n')
		);
		expect(errorOf(() => loadFiches(without, dataset))).toBe('check.csv, onderdeel: b6 mist risico');
		const twice = withFile('check.csv', (t) => `${t.trimEnd()}\nb6,risico,ontbreekt,,,,,\n`);
		expect(errorOf(() => loadFiches(twice, dataset))).toMatch(/^check\.csv regel \d+, onderdeel: staat al bij b6 "risico"$/);
	});

	it('loadFiches refuses a row for a measure without a fiche, and a measure fiches.csv leaves out', () => {
		const row = withFile('check.csv', (t) => `${t.trimEnd()}\nb13,aard,ontbreekt,,,,,\n`);
		expect(errorOf(() => loadFiches(row, dataset))).toMatch(/^check\.csv regel \d+, maatregel: heeft geen fiche volgens fiches\.csv "b13"$/);
		const left = withFile('fiches.csv', (t) =>
			t
				.split('\n')
				.filter((l) => !l.startsWith('accres,'))
				.join('\n')
		);
		expect(errorOf(() => loadFiches(left, dataset))).toBe('fiches.csv, maatregel: maatregel ontbreekt "accres"');
	});

	it('loadFiches keeps the item tijdpad in line with tijdpaden.csv: delivered exactly where a phase is named', () => {
		// B19's fiche names a lead time and an implementation (tijdpaden.csv), so its tijdpad cannot be missing
		const b19 = withFile('check.csv', (t) => t.replace(/^b19,tijdpad,aangeleverd,/m, 'b19,tijdpad,ontbreekt,'));
		expect(errorOf(() => loadFiches(b19, dataset))).toMatch(/^check\.csv regel \d+, status: tijdpaden\.csv noemt een fase, dus aangeleverd "ontbreekt"$/);
		// B6's fiche says it has no timetable (L4114), so its tijdpad cannot be delivered
		const b6 = withFile('check.csv', (t) => t.replace(/^b6,tijdpad,ontbreekt,004,,,/m, 'b6,tijdpad,aangeleverd,004,4114,Iets,'));
		expect(errorOf(() => loadFiches(b6, dataset))).toMatch(/^check\.csv regel \d+, status: tijdpaden\.csv noemt geen fase, dus ontbreekt "aangeleverd"$/);
	});
});
