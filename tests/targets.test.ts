import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { DATA_FILE_NAMES, loadDataset, type DataFiles } from '../src/lib/data/loadDataset';
import { parseFormula } from '../src/lib/data/parseFormula';
import { simulate, tabel1Target, TABLE_YEARS, targetSeries } from '../src/lib/engine';

const dataset = readDataset();
const presets = readPresets(dataset);
const tabel1 = presets.find((p) => p.id === 'cvw-tabel-1')!;
const printed = (year: number) => dataset.printedTotals.find((t) => t.table === 1 && t.year === year)!.valueMln!;

describe('the targets after the Commissie van Wijzen (doelen.csv)', () => {
	it('lists Tabel 1, the Hervormingsagenda, the € 511 mln on top of it, Groeipijn and the Voorjaarsnota 2025, in order of date', () => {
		expect(dataset.targets.map((t) => [t.id, t.date])).toEqual([
			['cvw-tabel-1', '2021-05-18'],
			['ha-2023', '2023-06'],
			['ha-2023-511', '2024-04'],
			['groeipijn', '2025-01-30'],
			['vjn-2025', '2025-04-18']
		]);
		for (const t of dataset.targets.filter((x) => x.id !== 'cvw-tabel-1')) expect(t.extern.length, t.id).toBeGreaterThan(0);
	});

	it('Tabel 1 is the sum of the Tabel 1 rows as read, the richtbedrag the engine always used', () => {
		expect(targetSeries(dataset, 'cvw-tabel-1', TABLE_YEARS).values).toEqual(tabel1Target(dataset.measures, TABLE_YEARS));
		expect(targetSeries(dataset, 'cvw-tabel-1', TABLE_YEARS).values).toEqual([215, 375, 464, 571, 962, 1018, 1018]);
	});

	it('the Hervormingsagenda freezes 2023–2025 at 374: the printed 463 − 89 and 570 − 196 (E9, E10); about € 1 mld from 2026', () => {
		expect([printed(2024) - 89, printed(2025) - 196]).toEqual([374, 374]);
		// E9: € 385 mln more for 2024 and 2025 together = 89 + 196 + the € 100 mln of 2024
		expect(89 + 196 + 100).toBe(385);
		const { values, status } = targetSeries(dataset, 'ha-2023', [...TABLE_YEARS, 2035]);
		expect(values).toEqual([214, 374, 374, 374, 1000, 1000, 1000, 1000]);
		expect(status.filter((s) => s !== 'bedrag')).toEqual([]);
		// the printed totals, not the cell sums (375 for 2023): the agreement booked 374
		expect(printed(2023)).toBe(374);
	});

	it('the € 511 mln lies on the Hervormingsagenda: nothing in 2024 and 2025, 500 in 2026, 511 from 2027', () => {
		expect(targetSeries(dataset, 'ha-2023-511', [2024, 2025, 2026, 2027, 2028, 2030]).values).toEqual([374, 374, 1500, 1511, 1511, 1511]);
	});

	it('Groeipijn gives no amount for 2026 and 2027 and PM from 2028; the Voorjaarsnota 2025 only from 2028: 70 + 260', () => {
		expect(targetSeries(dataset, 'groeipijn', [2025, 2026, 2027, 2028, 2031])).toEqual({
			values: [374, null, null, null, null],
			status: ['bedrag', 'onbekend', 'onbekend', 'pm', 'pm']
		});
		expect(targetSeries(dataset, 'vjn-2025', [2027, 2028, 2035]).values).toEqual([null, 70 + 260, 330]);
	});

	it('a result against another target: the gap is that target minus net, and none where the target has no amount', () => {
		const result = simulate(dataset, tabel1, 'groeipijn');
		expect(result.targetId).toBe('groeipijn');
		result.years.forEach((_, i) => expect(result.gap[i]).toBe(result.target[i] === null ? null : result.target[i]! - result.totals.net[i]!));
		expect(result.gap.slice(4)).toEqual([null, null, null]);
		expect(() => simulate(dataset, tabel1, 'vng-2030')).toThrow('onbekend doel "vng-2030"');
	});

	const files = Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, readFileSync(`data/${name}`, 'utf8')])) as unknown as DataFiles;
	const withAmounts = (edit: (text: string) => string) => () => loadDataset({ ...files, 'doelbedragen.csv': edit(files['doelbedragen.csv']) }, parseFormula);
	const withTargets = (edit: (text: string) => string) => () => loadDataset({ ...files, 'doelen.csv': edit(files['doelen.csv']) }, parseFormula);
	it.each([
		[
			'an amount with status pm',
			withAmounts((t) => t.replace('groeipijn,2028,,pm', 'groeipijn,2028,5,pm')),
			'doelbedragen.csv regel 29, bedrag: geen bedrag bij pm "5"'
		],
		[
			'no amount with status bedrag',
			withAmounts((t) => t.replace('ha-2023,2026,1000,bedrag', 'ha-2023,2026,,bedrag')),
			'doelbedragen.csv regel 13, bedrag: een bedrag is nodig'
		],
		['a missing year', withAmounts((t) => t.replace(/\nvjn-2025,2022[^\n]*/, '')), 'doelbedragen.csv, jaar: vjn-2025 heeft 6 van de 7 tabeljaren'],
		[
			'a year outside the table',
			withAmounts((t) => t.replace('vjn-2025,2022', 'vjn-2025,2021')),
			'doelbedragen.csv regel 30, jaar: geen tabeljaar (2022 tot en met 2028) "2021"'
		],
		['a layer on nothing', withTargets((t) => t.replace('laag,ha-2023,', 'laag,,')), 'doelen.csv regel 4, basis: een laag ligt op een doel: noem het'],
		[
			'an unknown status',
			withAmounts((t) => t.replace('vjn-2025,2023,,onbekend', 'vjn-2025,2023,,misschien')),
			'doelbedragen.csv regel 31, status: moet bedrag, pm of onbekend zijn "misschien"'
		]
	])('refuses %s', (_, load, message) => {
		expect(load).toThrow(message);
	});
});

const SOURCES = resolve(import.meta.dirname, '../../shared/sources');
describe.skipIf(!existsSync(SOURCES))('each target cites the lines that carry its figures (extern.md, document 004)', () => {
	const text = (document: string) => readFileSync(resolve(SOURCES, dataset.documents.find((d) => d.id === document)!.file), 'utf8').split('\n');
	const lines = { extern: text('extern'), '004': text('004') } as Record<string, string[]>;
	/** What the cited line must say, per target and year where the amount stands on it. */
	const SAYS: Record<string, string> = {
		'ha-2023 2022': '214',
		'ha-2023 2023': '374',
		'ha-2023 2024': '89',
		'ha-2023 2025': '196',
		'ha-2023 2026': '1 mld',
		'ha-2023-511 2024': '100',
		'ha-2023-511 2025': '2025 tranche was dropped',
		'ha-2023-511 2026': '500',
		'ha-2023-511 2027': '511',
		'groeipijn 2026': 'not feasible',
		'groeipijn 2028': 'PM from 2028',
		'vjn-2025 2028': '70'
	};
	it('every year that names a figure', () => {
		const checked: string[] = [];
		for (const t of dataset.targets) {
			for (const y of t.years) {
				const says = SAYS[`${t.id} ${y.year}`];
				if (says === undefined) continue;
				const cited = (y.source.lines ?? [y.source.line]).map((n) => lines[y.source.document]![n - 1]).join('\n');
				expect(cited, `${t.id} ${y.year}`).toContain(says);
				checked.push(`${t.id} ${y.year}`);
			}
		}
		expect(checked.sort()).toEqual(Object.keys(SAYS).sort());
		// Tabel 1's rows stand on 657–695, its printed total of 2023 on 691
		expect(lines['004']![690]).toMatch(/374/);
	});
});

describe('the chance of each frame from the same draws', () => {
	it('counting the draws against another target gives that target’s own chance exactly', async () => {
		const { compileModel, monteCarlo, uncertainInputs } = await import('../src/lib/engine');
		const scenario = { ...tabel1, uncertaintySet: 'werkgroepen' };
		const model = compileModel(dataset, scenario);
		const targets = dataset.targets.map((t) => ({ id: t.id, values: targetSeries(dataset, t.id, model.years).values }));
		const all = monteCarlo(model, uncertainInputs(dataset, model), { runs: 3000, seed: 6, targets });
		for (const t of dataset.targets) {
			const own = compileModel(dataset, scenario, t.id);
			const alone = monteCarlo(own, uncertainInputs(dataset, own), { runs: 3000, seed: 6 });
			expect(all.targetChances.find((c) => c.id === t.id)!.pTarget, t.id).toEqual(alone.pTarget);
		}
		// Groeipijn has no amount from 2026: no chance there
		expect(all.targetChances.find((c) => c.id === 'groeipijn')!.pTarget.slice(4)).toEqual([null, null, null]);
	});
});
