import { describe, expect, it } from 'vitest';
import { explainYear } from './explainYear';
import type { ScenarioResult } from './types';

const result: ScenarioResult = Object.freeze({
	scenario: 't',
	years: [2025, 2026],
	extrapolated: [false, false],
	targetId: 'cvw-tabel-1',
	targetStatus: ['bedrag', 'bedrag'],
	measures: [
		{ id: 'a', code: 'A', name: 'A', table: 1, savings: [10, 20], costs: [0, 0], net: [10, 20], pm: [false, false], costLines: [] },
		{ id: 'b', code: 'B', name: 'B', table: 1, savings: [0, 0], costs: [40, 30], net: [-40, -30], pm: [false, false], costLines: [] },
		{ id: 'c', code: null, name: 'C', table: 2, savings: [0, 0], costs: [0, 0], net: [0, 0], pm: [true, false], costLines: [] }
	],
	totals: {
		savings: [10, 20],
		costs: [40, 30],
		net: [-30, -10],
		cumulativeNet: [-30, -40],
		pmCount: [1, 0],
		tableCosts: [40, 30],
		outsideCosts: [0, 0],
		outsideCostsCounted: [0, 0],
		elsewhere: [0, 0]
	},
	target: [0, 0],
	gap: [30, 10],
	overlap: [],
	warnings: []
}) as ScenarioResult;

describe('explainYear', () => {
	it('explainYear(result, 2025) lists contributions largest first, and the PM measures', () => {
		const why = explainYear(result, 2025);
		expect(why.contributions.map((c) => [c.id, c.netMln])).toEqual([
			['b', -40],
			['a', 10]
		]);
		expect(why.pm.map((p) => p.id)).toEqual(['c']);
		expect(why.netMln).toBe(-30);
	});

	it('explainYear leaves out measures at zero', () => {
		expect(explainYear(result, 2026).contributions.map((c) => c.id)).toEqual(['b', 'a']);
		expect(explainYear(result, 2026).pm).toEqual([]);
	});

	it('explainYear counts the known invoeringskosten of a PM measure, so the parts add up', () => {
		const withCosts = {
			...result,
			measures: [
				...result.measures,
				{ id: 'd', code: 'D', name: 'D', table: 1, savings: [0, 0], costs: [5, 0], net: [-5, 0], pm: [true, true], costLines: [] }
			],
			totals: { ...result.totals, net: [-35, -10] }
		} as ScenarioResult;
		const why = explainYear(withCosts, 2025);
		expect(why.contributions.map((c) => [c.id, c.netMln])).toEqual([
			['b', -40],
			['a', 10],
			['d', -5]
		]);
		expect(why.contributions.find((c) => c.id === 'd')).toMatchObject({ savingsMln: 0, costsMln: 5, pm: true });
		expect(why.contributions.reduce((s, c) => s + c.netMln, 0)).toBe(why.netMln);
		expect(why.pm.map((p) => p.id)).toEqual(['c', 'd']);
	});

	it('explainYear rejects a year outside the horizon', () => {
		expect(() => explainYear(result, 2030)).toThrow(/buiten de horizon/);
	});
});
