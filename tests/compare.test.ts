import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { applyStep, compareMonteCarlo, compileModel, gapWaterfall, simulate, uncertainInputs, type Scenario } from '../src/lib/engine';

const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;

/**
 * Tabel 2 as printed (document 004 L753–769, reading in cvw-tabellen.md), per year 2022–2028:
 * kwaliteitsagenda −25 −40 −40 −40 −35 −35 −15; behandelduur – 47 71 94 94 94 94;
 * voorliggend veld 155 ×7; leren en verbeteren – 66 131 262 262 262 262; accres 41 ×7;
 * eigen bijdragen – 94 155 184 184 184 184; B8 and B19 PM.
 */
const TABEL_2_SUMS = [
	-25 + 155 + 41,
	-40 + 47 + 155 + 66 + 41 + 94,
	-40 + 71 + 155 + 131 + 41 + 155,
	-40 + 94 + 155 + 262 + 41 + 184,
	-35 + 94 + 155 + 262 + 41 + 184,
	-35 + 94 + 155 + 262 + 41 + 184,
	-15 + 94 + 155 + 262 + 41 + 184
];

describe('presets rijk and vng', () => {
	it('vng is Tabel 1 only: the net per year is the Tabel 1 column sum', () => {
		expect(simulate(dataset, preset('vng')).totals.net).toEqual([215, 375, 464, 571, 962, 1018, 1018]);
		expect(preset('vng').measures.filter((id) => dataset.measures.find((m) => m.id === id)!.table !== 1)).toEqual([]);
	});

	it('rijk − vng per year is the sum of the Tabel 2 rows: 171, 363, 513, 696, 701, 701, 721', () => {
		const rijk = simulate(dataset, preset('rijk')).totals.net;
		const vng = simulate(dataset, preset('vng')).totals.net;
		expect(TABEL_2_SUMS).toEqual([171, 363, 513, 696, 701, 701, 721]);
		expect(rijk.map((x, i) => x - vng[i]!)).toEqual(TABEL_2_SUMS);
	});
});

describe('gap waterfall', () => {
	it('from vng to rijk in 2028: one step per Tabel 2 measure, its own 2028 amount, largest first', () => {
		const w = gapWaterfall(dataset, preset('vng'), preset('rijk'), { year: 2028, cumulative: false });
		expect(w.gapEuros).toBe(721_000_000);
		const parts = w.parts.map((p) => [p.step.kind === 'maatregel' ? p.step.measure : p.step.id, p.mln]);
		expect(parts).toEqual([
			['leren-verbeteren', 262],
			['b20-b22', 184],
			['voorliggend-veld', 155],
			['behandelduur', 94],
			['accres', 41],
			['kwaliteitsagenda', -15],
			['b19', 0], // PM: counted, no amount
			['b8', 0]
		]);
		expect(w.parts.filter((p) => !(p.step.kind === 'maatregel' && p.step.add))).toEqual([]);
	});

	it('cumulative to 2028: the gap is the sum of the Tabel 2 sums', () => {
		const w = gapWaterfall(dataset, preset('vng'), preset('rijk'), { year: 2028, cumulative: true });
		expect(w.gapEuros).toBe(TABEL_2_SUMS.reduce((a, b) => a + b) * 1e6);
		// leren en verbeteren over 2022–2028: 0 + 66 + 131 + 262 × 4
		expect(w.parts[0]!.mln).toBe(66 + 131 + 262 * 4);
	});

	it('Tabel 1 to werkgroepen: B17 as a PM post is the largest step (its € 300 mln leaves the net), then B2 and B6', () => {
		const w = gapWaterfall(dataset, preset('cvw-tabel-1'), preset('werkgroepen'), { year: 2028, cumulative: false });
		expect(w.gapEuros).toBe((639 - 1018) * 1e6);
		expect(w.parts.map((p) => [p.step.id, p.aloneMln])).toEqual([
			['curve:b17', -300],
			['aanname:b2.wetswijziging', -67],
			['aanname:b6.factor', -12],
			// B15 is at its full 101 by 2028 in both
			['aanname:b15.start', 0],
			['aanname:b15.vol', 0]
		]);
	});

	it('Tabel 1 to werkgroepen-illustratief: the assumption steps, B17 kinderen the largest (20 000 → 10 000 halves € 300 mln)', () => {
		const w = gapWaterfall(dataset, preset('cvw-tabel-1'), preset('werkgroepen-illustratief'), { year: 2028, cumulative: false });
		expect(w.toEuros - w.fromEuros).toBe(w.gapEuros);
		expect(w.gapEuros).toBe((789 - 1018) * 1e6);
		const first = w.parts[0]!;
		expect(first.step).toMatchObject({ kind: 'aanname', assumption: 'b17.kinderen', from: 20000, to: 10000 });
		expect(first.aloneMln).toBe(-150); // 10 000 × 25 % × € 60 000 = € 150 mln instead of € 300 mln
	});

	it('taking every step in A gives B’s figures', () => {
		const a = preset('vng');
		const b = preset('werkgroepen');
		const w = gapWaterfall(dataset, a, b, { year: 2028, cumulative: true });
		const moved = w.parts.reduce((s: Scenario, p) => applyStep(dataset, s, p.step), a);
		expect(simulate(dataset, moved).totals).toEqual(simulate(dataset, b).totals);
	});

	it('the parts add up to the total gap exactly, for random scenarios (property)', () => {
		const measureIds = dataset.measures.map((m) => m.id);
		const numeric = dataset.assumptions.filter((a) => a.unit !== 'schakelaar' && a.max - a.min > 0);
		const scenarioArb = fc
			.record({
				measures: fc.subarray(measureIds, { minLength: 0 }),
				values: fc.dictionary(fc.constantFrom(...numeric.map((a) => a.id)), fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 6 }),
				horizon: fc.integer({ min: 2028, max: 2035 })
			})
			.map(({ measures, values, horizon }): Scenario => {
				const assumptions = Object.fromEntries(
					Object.entries(values).map(([id, t]) => {
						const a = numeric.find((x) => x.id === id)!;
						const v = a.min + t * (a.max - a.min);
						return [id, a.unit === 'jaar' || a.unit === 'jaren' ? Math.round(v) : v];
					})
				);
				return { id: 'x', name: 'x', description: '', measures, overrides: {}, assumptions, notes: {}, horizon };
			});
		fc.assert(
			fc.property(scenarioArb, scenarioArb, fc.integer({ min: 2022, max: 2028 }), fc.boolean(), (a, b, year, cumulative) => {
				const w = gapWaterfall(dataset, a, b, { year, cumulative });
				const sum = w.parts.reduce((s, p) => s + p.euros, 0);
				expect(sum).toBe(w.gapEuros);
				// the ends are the scenarios' own figures, in whole euros
				const horizon = Math.max(a.horizon, b.horizon);
				const metric = (s: Scenario) => {
					const t = simulate(dataset, { ...s, horizon }).totals;
					return Math.round((cumulative ? t.cumulativeNet : t.net)[year - 2022]! * 1e6);
				};
				expect(w.gapEuros).toBe(metric(b) - metric(a));
			}),
			{ numRuns: 40, seed: 20261123 }
		);
	});
});

describe('compare Monte Carlo', () => {
	const prepare = (scenario: Scenario) => {
		const model = compileModel(dataset, scenario);
		return { model, uncertain: uncertainInputs(dataset, model) };
	};

	it('common random numbers: adding one measure without uncertainty moves every draw by exactly its amount', () => {
		const a = preset('vng');
		// accres (41 per year, Tabel 2) with its level and timing fixed
		const b: Scenario = { ...a, measures: [...a.measures, 'accres'], distributions: { 'accres.schaal': null, 'accres.verschuiving': null } };
		const d = compareMonteCarlo(prepare(b), prepare(a), { runs: 2000, seed: 5 });
		for (const key of ['mean', 'p5', 'p10', 'p50', 'p90', 'p95'] as const) {
			for (const x of d.difference[key]) expect(x).toBeCloseTo(41, 9);
			d.cumulative.difference[key].forEach((x, i) => expect(x).toBeCloseTo(41 * (i + 1), 9));
		}
		expect(d.pAAboveB).toEqual([1, 1, 1, 1, 1, 1, 1]);
	});

	it('a scenario against itself: no difference in any draw, never above', () => {
		const d = compareMonteCarlo(prepare(preset('rijk')), prepare(preset('rijk')), { runs: 1000, seed: 9 });
		expect(d.difference.p95).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(d.difference.p5).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(d.pAAboveB).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});

	it('rijk against vng with uncertainty: the same seed gives the same chance; the chance is a share of the draws', () => {
		const one = compareMonteCarlo(prepare(preset('rijk')), prepare(preset('vng')), { runs: 2000, seed: 3 });
		const two = compareMonteCarlo(prepare(preset('rijk')), prepare(preset('vng')), { runs: 2000, seed: 3 });
		expect(one).toEqual(two);
		// every chance is a count of draws out of 2000
		expect(one.pAAboveB.filter((p) => !Number.isInteger(p * 2000))).toEqual([]);
		// Tabel 2 adds 721 in 2028 as printed; its P5 difference stays above 0 in 2028
		expect(one.difference.p5.at(-1)!).toBeGreaterThan(0);
	});
});
