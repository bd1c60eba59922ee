import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGemeenten, gemeentenCsv } from '../src/lib/gemeenten/buildGemeenten';
import { findGemeente, readBundledGemeenten, searchGemeenten } from '../src/lib/gemeenten/findGemeente';
import { DataError } from '../src/lib/data/DataError';
import { readGemeenten } from '../src/lib/gemeenten/readGemeenten';

const CBS = resolve(import.meta.dirname, '../../shared/data/cbs');
const haveCbs = existsSync(CBS);
const bundled = readFileSync(resolve(import.meta.dirname, '../data/gemeenten.csv'), 'utf8');
const gemeenten = readBundledGemeenten(bundled);

describe('data/gemeenten.csv, the 342 gemeenten of 2025 from CBS', () => {
	it('holds 342 gemeenten, each code once, and they add up to the Nederland row of 70072ned (18.044.027 inwoners, 3.719.481 jongeren 0–19)', () => {
		expect(gemeenten).toHaveLength(342);
		expect(new Set(gemeenten.map((g) => g.code)).size).toBe(342);
		// the totals of the Nederland row, as the README of the CBS files gives them
		expect(gemeenten.reduce((s, g) => s + g.inwoners, 0)).toBe(18_044_027);
		expect(gemeenten.reduce((s, g) => s + g.jongeren, 0)).toBe(3_719_481);
	});

	it('Amsterdam (GM0363): 934.526 inwoners; jongeren 42.787 + 38.809 + 39.207 + 45.406 = 166.209, 4,47 % of the country’s', () => {
		const amsterdam = findGemeente(gemeenten, 'GM0363')!;
		expect(amsterdam).toEqual({ code: 'GM0363', naam: 'Amsterdam', inwoners: 934_526, jongeren: 42_787 + 38_809 + 39_207 + 45_406 });
		expect(amsterdam.jongeren / 3_719_481).toBeCloseTo(0.0447, 4);
	});

	it.runIf(haveCbs)('is what the two real StatLine downloads give, joined on the name (the three "(gemeente)" names included)', () => {
		const built = buildGemeenten(
			readFileSync(resolve(CBS, '70072ned-2025-gemeenten-leeftijd.csv'), 'utf8'),
			readFileSync(resolve(CBS, '85984ned-kwb-2024-inwoners-leeftijd.csv'), 'utf8')
		);
		expect(gemeentenCsv(built.gemeenten)).toBe(bundled);
		expect(built.nederland).toEqual({ inwoners: 18_044_027, jongeren: 3_719_481 });
		for (const naam of ["'s-Gravenhage", 'Groningen', 'Utrecht']) expect(findGemeente(built.gemeenten, `${naam} (gemeente)`)?.naam).toBe(naam);
	});

	it('findGemeente takes a code in any case or length, and a name without accents or with the CBS suffix', () => {
		expect(findGemeente(gemeenten, 'gm363')?.naam).toBe('Amsterdam');
		expect(findGemeente(gemeenten, 'Súdwest-Fryslân')?.code).toBe('GM1900');
		expect(findGemeente(gemeenten, '  sudwest-fryslan ')?.code).toBe('GM1900');
		expect(findGemeente(gemeenten, 'Utrecht (gemeente)')?.code).toBe('GM0344');
		expect(findGemeente(gemeenten, 'Beek (L.)')?.naam).toBe('Beek (L.)');
		expect(findGemeente(gemeenten, 'Atlantis')).toBeNull();
		expect(findGemeente(gemeenten, 'GM9999')).toBeNull();
	});

	it('searchGemeenten puts names that start with the text first, then names that contain it', () => {
		const found = searchGemeenten(gemeenten, 'berg').map((g) => g.naam);
		expect(found[0]).toMatch(/^berg/i);
		expect(found).toContain('Bergen (NH.)');
		expect(found.filter((n) => !/^berg/i.test(n) && /berg/i.test(n)).length).toBeGreaterThan(0);
		expect(searchGemeenten(gemeenten, 'fryslan').map((g) => g.naam)).toContain('Súdwest-Fryslân');
	});

	it('the bundled table reads as an imported one too (the page’s "alle 342 gemeenten"): jongeren as the key, nothing left out', () => {
		const read = readGemeenten(bundled, 'gemeenten.csv');
		expect(read.rows).toHaveLength(342);
		expect(read.problems).toEqual([]);
		expect(read.ignoredColumns).toEqual([]);
		const amsterdam = read.rows.find((r) => r.gemeente.code === 'GM0363')!.gemeente;
		expect([amsterdam.jeugdigen, amsterdam.inwoners]).toEqual([166_209, 934_526]);
	});

	it('readBundledGemeenten names the row and column of a bad figure', () => {
		expect(() => readBundledGemeenten('code,naam,inwoners,jongeren\nGM0001,X,100,200')).toThrow(DataError);
		expect(() => readBundledGemeenten('code,naam,inwoners,jongeren\nGM0001,X,100,200')).toThrow(/gemeenten.csv regel 2, jongeren: meer jongeren dan inwoners/);
		expect(() => readBundledGemeenten('code,naam,inwoners\nGM0001,X,100')).toThrow(/kolom ontbreekt "jongeren"/);
	});
});
