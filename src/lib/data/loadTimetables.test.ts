import { describe, expect, it } from 'vitest';
import { DataError } from './DataError';
import { loadTimetables } from './loadTimetables';

const HEADER = 'maatregel,fase,status,van,tot,document,regel';
const measures = new Set(['b17', 'b19']);
const documents = new Set(['004', 'extern']);
const load = (...rows: string[]) => loadTimetables([HEADER, ...rows].join('\n'), measures, documents);
const B19 = ['b19,a,jaren,2022,2022,004,6604-6606', 'b19,b,jaren,2023,,004,6603-6604', 'b19,c,ontbreekt,,,,'];

function errorOf(f: () => unknown): string {
	try {
		f();
	} catch (e) {
		expect(e).toBeInstanceOf(DataError);
		return (e as Error).message;
	}
	throw new Error('no error');
}

describe('loadTimetables', () => {
	it('loadTimetables reads the three phases in order, with years, open ends and sources', () => {
		const [b19] = load(B19[2]!, B19[0]!, B19[1]!);
		expect(b19!.measure).toBe('b19');
		expect(b19!.phases.map((p) => [p.phase, p.status, p.from, p.until])).toEqual([
			['a', 'jaren', 2022, 2022],
			['b', 'jaren', 2023, null],
			['c', 'ontbreekt', null, null]
		]);
		expect(b19!.phases[1]!.source).toEqual({ document: '004', line: 6603, lines: [6603, 6604] });
		expect(b19!.phases[2]!.source).toBeNull();
	});

	it('loadTimetables names file, row, column and value for each broken cell', () => {
		expect(errorOf(() => load('b99,a,jaren,2022,,004,1'))).toBe('tijdpaden.csv regel 2, maatregel: onbekende maatregel "b99"');
		expect(errorOf(() => load('b19,d,jaren,2022,,004,1'))).toBe('tijdpaden.csv regel 2, fase: moet a, b of c zijn "d"');
		expect(errorOf(() => load('b19,a,gepland,2022,,004,1'))).toMatch(/^tijdpaden\.csv regel 2, status: moet jaren, afgeleid, zonder-jaren, ontbreekt zijn "gepland"$/);
		expect(errorOf(() => load('b19,a,jaren,,,004,1'))).toBe('tijdpaden.csv regel 2, van: een fase met jaren heeft een eerste jaar ""');
		expect(errorOf(() => load('b19,a,zonder-jaren,2022,,004,1'))).toBe('tijdpaden.csv regel 2, van: een fase met status zonder-jaren heeft geen jaren "2022"');
		expect(errorOf(() => load('b19,a,jaren,2024,2023,004,1'))).toBe('tijdpaden.csv regel 2, tot: het laatste jaar ligt voor het eerste (2024) "2023"');
		expect(errorOf(() => load('b19,a,jaren,22,,004,1'))).toBe('tijdpaden.csv regel 2, van: geen jaartal van 2021 tot en met 2035 "22"');
		expect(errorOf(() => load('b19,a,jaren,2022,,,'))).toBe('tijdpaden.csv regel 2, regel: noem de regels waar de fiche dit zegt ""');
		expect(errorOf(() => load('b19,a,jaren,2022,,xyz,1'))).toBe('tijdpaden.csv regel 2, document: onbekend brondocument "xyz"');
		expect(errorOf(() => load(...B19, 'b19,a,ontbreekt,,,,'))).toBe('tijdpaden.csv regel 5, fase: fase a staat al bij b19 "a"');
		expect(errorOf(() => load(B19[0]!, B19[1]!))).toBe('tijdpaden.csv regel 2, fase: fase c ontbreekt bij b19');
	});
});
