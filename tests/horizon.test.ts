import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { compileModel, monteCarlo, simulate, targetSeries, uncertainInputs } from '../src/lib/engine';
import { horizonChances, horizonRows, horizonTable, type HorizonEntry } from '../src/lib/format/horizonTable';

const dataset = readDataset();
const presets = readPresets(dataset);
const at2035 = (id: string) => ({ ...presets.find((p) => p.id === id)!, horizon: 2035 });
const entry = (id: string, withMc: boolean): HorizonEntry => {
	const scenario = at2035(id);
	const result = simulate(dataset, scenario);
	if (!withMc) return { name: scenario.name, result, uncertainty: null };
	const model = compileModel(dataset, scenario);
	const targets = dataset.targets.map((t) => ({ id: t.id, values: targetSeries(dataset, t.id, model.years).values }));
	return { name: scenario.name, result, uncertainty: monteCarlo(model, uncertainInputs(dataset, model), { runs: 2000, seed: 7, targets }) };
};

describe('the view from 2028', () => {
	it('Tabel 1 carries its 2028 total of 1.018 on to 2035: eight years, 8.144 together; the Rijk’s 1.739 gives 13.912', () => {
		// 1.018 = the Tabel 1 cells of 2028 (cvw-tabellen.md); the Rijk adds Tabel 2: 1.018 + 721
		const [tabel1, rijk] = horizonRows([entry('cvw-tabel-1', false), entry('rijk', false)], 2028);
		expect(tabel1!.net).toEqual([1018, 1018, 1018, 1018, 1018, 1018, 1018, 1018]);
		expect(tabel1!.total).toBe(8 * 1018);
		expect(rijk!.net[0]).toBeCloseTo(1739, 9);
		expect(rijk!.total).toBeCloseTo(8 * 1739, 6);
		expect(tabel1!.extrapolated).toEqual([false, true, true, true, true, true, true, true]);
		expect(tabel1!.low.filter((x) => x !== null)).toEqual([]);
	});

	it('with a Monte Carlo the P10 lies at or below the P90 every year', () => {
		const [w] = horizonRows([entry('werkgroepen', true)], 2028);
		w!.net.forEach((_, i) => expect(w!.low[i]!).toBeLessThanOrEqual(w!.high[i]!));
	});

	it('the chance is left out for Groeipijn (PM from 2028), and given for Tabel 1, HA 2023 and the Voorjaarsnota', () => {
		const chances = horizonChances(dataset, [entry('rijk', true)], 2028);
		const of = (id: string) => chances.find((c) => c.targetId === id)!;
		expect(of('groeipijn').amounts).toEqual([null, null]);
		expect(of('groeipijn').chances[0]).toEqual([null, null]);
		expect(of('ha-2023').amounts).toEqual([1000, 1000]);
		expect(of('vjn-2025').amounts).toEqual([330, 330]);
		const [p2028] = of('cvw-tabel-1').chances[0]!;
		expect(p2028).toBeGreaterThanOrEqual(0);
		expect(p2028).toBeLessThanOrEqual(1);
		// without draws there is no chance to give, not a zero
		expect(horizonChances(dataset, [entry('rijk', false)], 2028)[0]!.chances[0]).toEqual([null, null]);
	});

	it('the CSV has one row each for net, P10 and P90 per scenario, the sum last, and names the extrapolated years', () => {
		const rows = horizonRows([entry('vng', false)], 2028);
		const table = horizonTable(rows, entry('vng', false).result.years, 2028);
		expect(table.header[2]).toBe('2028 (€ mln)');
		expect(table.header[3]).toBe('2029 (€ mln, extrapolatie)');
		expect(table.header.at(-1)).toBe('Som 2028–2035 (€ mln)');
		expect(table.rows[0]).toEqual(['VNG: alleen Tabel 1', 'Netto', 1018, 1018, 1018, 1018, 1018, 1018, 1018, 1018, 8144]);
		expect(table.rows.map((r) => r[1])).toEqual(['Netto', 'Netto P10', 'Netto P90']);
	});
});
