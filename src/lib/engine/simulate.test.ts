import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { PM, type Dataset, type Measure, type Scenario } from './types';
import { tabel1Target } from './target';
import { TABLE_YEARS } from './years';

function measure(id: string, table: 1 | 2, amounts: Measure['amounts']): Measure {
	return {
		id,
		code: id.toUpperCase(),
		name: `Measure ${id}`,
		table,
		werkgroep: 'test',
		source: { document: '004', line: 1 },
		amounts,
		printedDash: amounts.map(() => false),
		doubts: [],
		note: ''
	};
}

/** Deep-freeze so any mutation by the engine throws in strict mode. */
function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}

const measures = [
	measure('a', 1, [10, 20, 30, 40, 50, 60, 70]),
	measure('b', 1, [-5, -5, PM, 0, 5, 5, 5]),
	measure('c', 1, [PM, PM, PM, PM, 100, 100, 100]),
	measure('d', 2, [0, 7, 7, 7, 7, 7, -3])
];
/** The Tabel 1 target as the data gives it: the sums of the Tabel 1 rows. */
const tabel1Years = tabel1Target(measures, TABLE_YEARS);

const dataset: Dataset = deepFreeze({
	measures,
	printedTotals: [],
	documents: [],
	extern: [],
	assumptions: [],
	mechanisms: {},
	packages: [],
	shared: [],
	uncertaintySets: [{ id: 'tabel', name: 'Zoals de tabel', note: '', isDefault: true, inputs: [] }],
	targets: [
		{
			id: 'cvw-tabel-1',
			name: 'Tabel 1',
			short: 'Tabel 1',
			date: '2021-05',
			kind: 'doel' as const,
			base: null,
			after: 'blijft' as const,
			source: { document: '004', line: 691 },
			extern: [],
			note: '',
			conflict: '',
			years: TABLE_YEARS.map((year, i) => ({ year, amount: tabel1Years[i]!, status: 'bedrag' as const, source: { document: '004', line: 691 }, note: '' }))
		}
	],
	local: [],
	version: 'test'
});

function scenario(measures: string[], overrides: Scenario['overrides'] = {}, horizon = 2028): Scenario {
	return deepFreeze({ id: 't', name: 'test', description: '', measures, overrides, assumptions: {}, notes: {}, horizon });
}

describe('simulate', () => {
	it('simulate() sums known amounts, keeps PM out of the sums and counts it', () => {
		const result = simulate(dataset, scenario(['a', 'b', 'c']));
		// by hand, per year: a + b + c with PM left out
		expect(result.totals.net).toEqual([10 - 5, 20 - 5, 30, 40 + 0, 50 + 5 + 100, 60 + 5 + 100, 70 + 5 + 100]);
		expect(result.totals.pmCount).toEqual([1, 1, 2, 1, 0, 0, 0]);
		// a PM year holds only what is known (nothing here), flagged as PM
		expect(result.measures[2]!.net).toEqual([0, 0, 0, 0, 100, 100, 100]);
		expect(result.measures[2]!.pm).toEqual([true, true, true, true, false, false, false]);
	});

	it('simulate() keeps the saving and the invoeringskosten of a row apart', () => {
		const result = simulate(dataset, scenario(['a', 'b']));
		expect(result.totals.savings).toEqual([10, 20, 30, 40, 55, 65, 75]);
		expect(result.totals.costs).toEqual([5, 5, 0, 0, 0, 0, 0]);
		expect(result.totals.tableCosts).toEqual([5, 5, 0, 0, 0, 0, 0]);
		expect(result.measures[1]!.savings).toEqual([0, 0, 0, 0, 5, 5, 5]);
		expect(result.measures[1]!.costs).toEqual([5, 5, 0, 0, 0, 0, 0]);
		expect(result.measures[1]!.pm).toEqual([false, false, true, false, false, false, false]);
		expect(result.measures[1]!.costLines.map((l) => [l.role, l.counted, l.perYearMln])).toEqual([['tabel', true, [5, 5, 0, 0, 0, 0, 0]]]);
	});

	it('simulate() gives cumulative net as a running sum', () => {
		const result = simulate(dataset, scenario(['a']));
		expect(result.totals.cumulativeNet).toEqual([10, 30, 60, 100, 150, 210, 280]);
	});

	it('simulate() takes the target from Tabel 1 as read, whatever the selection', () => {
		const result = simulate(dataset, scenario(['d']));
		const tabel1 = [10 - 5, 20 - 5, 30, 40, 155, 165, 175];
		expect(result.target).toEqual(tabel1);
		expect(result.totals.net).toEqual([0, 7, 7, 7, 7, 7, -3]);
		expect(result.gap).toEqual(tabel1.map((t, i) => t - [0, 7, 7, 7, 7, 7, -3][i]!));
	});

	it('simulate() with horizon 2031 holds a printed series at its 2028 level and marks the years', () => {
		const result = simulate(dataset, scenario(['a', 'c'], {}, 2031));
		expect(result.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
		expect(result.extrapolated).toEqual([false, false, false, false, false, false, false, true, true, true]);
		expect(result.totals.net.slice(7)).toEqual([170, 170, 170]);
		expect(result.target.slice(7)).toEqual([175, 175, 175]);
	});

	it('simulate() with a delayed series keeps it moving after 2028', () => {
		// a moved two years later: 2029 holds the 2027 cell (60), 2030 the 2028 cell (70)
		const result = simulate(dataset, scenario(['a'], { a: { curve: { kind: 'asPrinted', delay: 2 } } }, 2031));
		expect(result.totals.net.slice(6)).toEqual([50, 60, 70, 70]);
	});

	it('simulate() applies a curve to the structural (2028) amount when overridden', () => {
		const result = simulate(dataset, scenario(['c'], { c: { curve: { kind: 'linear', start: 2024, full: 2027 } } }));
		// 100 × 0, 0, 1/4, 2/4, 3/4, 1, 1 — and no longer PM before 2026
		expect(result.measures[0]!.net).toEqual([0, 0, 25, 50, 75, 100, 100]);
		expect(result.totals.pmCount).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});

	it('simulate() scales the printed series to a new structural amount', () => {
		const result = simulate(dataset, scenario(['a'], { a: { structuralMln: 35 } }));
		expect(result.measures[0]!.net).toEqual([5, 10, 15, 20, 25, 30, 35]);
	});

	it('simulate() shifts the printed series by a delay, with nothing before it', () => {
		const result = simulate(dataset, scenario(['a'], { a: { curve: { kind: 'asPrinted', delay: 2 } } }));
		expect(result.measures[0]!.net).toEqual([0, 0, 10, 20, 30, 40, 50]);
		expect(result.measures[0]!.pm).toEqual([false, false, false, false, false, false, false]);
	});

	it('simulate() keeps PM before a delayed series whose first cell is PM', () => {
		// c is PM 2022–2025; two years later it is PM 2022–2027 and 100 in 2028
		const result = simulate(dataset, scenario(['c'], { c: { curve: { kind: 'asPrinted', delay: 2 } } }));
		expect(result.measures[0]!.pm).toEqual([true, true, true, true, true, true, false]);
		expect(result.totals.pmCount).toEqual([1, 1, 1, 1, 1, 1, 0]);
	});

	it('simulate() never lets a level or curve of the saving touch the costs', () => {
		// b: −5, −5, PM, 0, 5, 5, 5 → costs 5, 5 and a saving of 5 from 2026
		const none = simulate(dataset, scenario(['b'], { b: { structuralMln: 0 } })).measures[0]!;
		expect(none.savings).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(none.costs).toEqual([5, 5, 0, 0, 0, 0, 0]);
		const ramped = simulate(dataset, scenario(['b'], { b: { curve: { kind: 'linear', start: 2026, full: 2027 } } })).measures[0]!;
		expect(ramped.savings).toEqual([0, 0, 0, 0, 2.5, 5, 5]);
		expect(ramped.costs).toEqual([5, 5, 0, 0, 0, 0, 0]);
		// the table's costs change only as costs: 20 over the table years instead of 10
		const dearer = simulate(dataset, scenario(['b'], { b: { costsMln: 20 } })).measures[0]!;
		expect(dearer.costs).toEqual([10, 10, 0, 0, 0, 0, 0]);
		expect(dearer.savings).toEqual([0, 0, 0, 0, 5, 5, 5]);
	});

	it('simulate() refuses a level for a curve-less measure that is PM in 2028 and a level without a saving to scale', () => {
		expect(() => simulate(dataset, scenario(['c'], { c: { structuralMln: 50 } }))).not.toThrow();
		const noLevel = deepFreeze({ ...dataset, measures: [measure('z', 1, [1, 2, 3, 4, 5, 6, 0])] });
		expect(() => simulate(noLevel, scenario(['z'], { z: { structuralMln: 50 } }))).toThrow(/geen besparing om te schalen/);
		const pmOnly = deepFreeze({ ...dataset, measures: [measure('p', 1, [PM, PM, PM, PM, PM, PM, PM])] });
		expect(() => simulate(pmOnly, scenario(['p'], { p: { curve: { kind: 'step', start: 2024 } } }))).toThrow(/geef bij een curve ook het structurele bedrag/);
		const given = simulate(pmOnly, scenario(['p'], { p: { structuralMln: 40, curve: { kind: 'step', start: 2024 } } }));
		expect(given.measures[0]!.net).toEqual([0, 0, 40, 40, 40, 40, 40]);
	});

	it('simulate() gives a step its level from the 2028 saving', () => {
		const result = simulate(dataset, scenario(['c'], { c: { curve: { kind: 'step', start: 2022 } } }));
		expect(result.measures[0]!.net).toEqual([100, 100, 100, 100, 100, 100, 100]);
	});

	it('simulate() rejects an unknown measure id', () => {
		expect(() => simulate(dataset, scenario(['x']))).toThrow(/Onbekende maatregel.*x/);
	});
});
