import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { DataError } from '../src/lib/data/DataError';
import { parseScenario } from '../src/lib/data/parseScenario';
import {
	compileModel,
	drawTotals,
	mixTempo,
	monteCarlo,
	overrideProblem,
	quantile,
	resultFor,
	sampler,
	simulate,
	TEMPO_ID,
	toInputValue,
	uncertainInputs,
	uniformStream,
	type MeasureOverride,
	type RampCurve,
	type Scenario
} from '../src/lib/engine';

// The engine keeps a measure's saving and its invoeringskosten apart, and PM stays PM. Every
// expected value is worked out by hand from Tabel 1 and Tabel 2 (document 004 L657–805) in the test.
const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;
const tabel1 = preset('cvw-tabel-1');
const rijk = preset('rijk');
const withOverrides = (base: Scenario, overrides: Record<string, MeasureOverride>): Scenario => ({ ...base, overrides: { ...base.overrides, ...overrides } });
const withValues = (base: Scenario, assumptions: Record<string, number>): Scenario => ({ ...base, assumptions: { ...base.assumptions, ...assumptions } });
const measure = (scenario: Scenario, id: string) => simulate(dataset, scenario).measures.find((m) => m.id === id)!;

describe('a saving and its costs are separate lines', () => {
	// B3 regionalisering: −47, −47, −46, −44, −43, 6, 6 → costs 47 + 47 + 46 + 44 + 43 = 227, saving 6 from 2027
	it('B3 with its structural saving set to 0 keeps its € 227 mln transition costs 2022–2026', () => {
		const b3 = measure(withOverrides(tabel1, { b3: { structuralMln: 0 } }), 'b3');
		expect(b3.costs).toEqual([47, 47, 46, 44, 43, 0, 0]);
		expect(b3.costs.reduce((a, b) => a + b, 0)).toBe(227);
		expect(b3.savings).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});

	it('B3 with a curve keeps its costs in their years; only the saving follows the curve', () => {
		// a step to the structural 6 from 2025: 6 a year from 2025, costs unchanged
		const b3 = measure(withOverrides(tabel1, { b3: { curve: { kind: 'step', start: 2025 } } }), 'b3');
		expect(b3.costs).toEqual([47, 47, 46, 44, 43, 0, 0]);
		expect(b3.savings).toEqual([0, 0, 0, 6, 6, 6, 6]);
		expect(b3.net).toEqual([-47, -47, -46, -38, -37, 6, 6]);
	});

	it('B3 delayed as a whole (asPrinted with a delay) moves its costs with it', () => {
		const b3 = measure(withOverrides(tabel1, { b3: { curve: { kind: 'asPrinted', delay: 1 } } }), 'b3');
		expect(b3.costs).toEqual([0, 47, 47, 46, 44, 43, 0]);
		expect(b3.savings).toEqual([0, 0, 0, 0, 0, 0, 6]);
	});

	it('the table costs change only as costs: B3 at 300 in all scales 47 … 43 by 300 / 227', () => {
		const b3 = measure(withOverrides(tabel1, { b3: { costsMln: 300 } }), 'b3');
		expect(b3.costs.map((c) => Math.round(c * 1e6) / 1e6)).toEqual([47, 47, 46, 44, 43, 0, 0].map((c) => Math.round(((c * 300) / 227) * 1e6) / 1e6));
		expect(b3.savings).toEqual([0, 0, 0, 0, 0, 6, 6]);
	});

	it('a positive override on the kwaliteitsagenda (a cost) is refused with the field named, never turned into a saving', () => {
		const file = JSON.stringify({ schema: 2, id: 'x', name: 'x', measures: rijk.measures, overrides: { kwaliteitsagenda: { structuralMln: 20 } } });
		expect(() => parseScenario(file, 'x.json', dataset)).toThrow(DataError);
		expect(() => parseScenario(file, 'x.json', dataset)).toThrow(
			/overrides\.kwaliteitsagenda\.structuralMln: de tabel heeft voor Kwaliteitsagenda .* geen besparing/
		);
		// the engine follows the same rule, so what validates computes and what does not is refused
		expect(() => simulate(dataset, withOverrides(rijk, { kwaliteitsagenda: { structuralMln: 20 } }))).toThrow(/structuralMln/);
		const cheaper = measure(withOverrides(rijk, { kwaliteitsagenda: { costsMln: 115 } }), 'kwaliteitsagenda');
		// 25 + 40 + 40 + 40 + 35 + 35 + 15 = 230 → half of every cell
		expect(cheaper.costs).toEqual([12.5, 20, 20, 20, 17.5, 17.5, 7.5]);
		expect(cheaper.savings).toEqual(Array(7).fill(0));
	});

	it('a negative structural saving is refused in a scenario file, naming the field', () => {
		const file = JSON.stringify({ schema: 2, id: 'x', name: 'x', measures: ['b2'], overrides: { b2: { structuralMln: -50 } } });
		expect(() => parseScenario(file, 'x.json', dataset)).toThrow(/x\.json, overrides\.b2\.structuralMln: een besparing is 0 of meer/);
	});
});

describe('PM stays PM', () => {
	it('a later B17 start year keeps the years before it PM, and pmCount with them', () => {
		// Tabel 1 PM counts: 7, 6, 6, 6, 5, 5, 5 (B17 PM 2022–2025). Start 2028: B17 PM 2022–2027.
		const result = simulate(dataset, withValues(tabel1, { 'b17.startjaar': 2028 }));
		expect(result.measures.find((m) => m.id === 'b17')!.pm).toEqual([true, true, true, true, true, true, false]);
		expect(result.totals.pmCount).toEqual([7, 6, 6, 6, 6, 6, 5]);
		// 2026 and 2027 lose B17's 300: 962 − 300 and 1018 − 300
		expect(result.totals.net).toEqual([215, 375, 464, 571, 662, 718, 1018]);
	});

	it('with B17 costs counted, its row shows the known part in a PM year, and the rows add up to Netto', () => {
		const result = simulate(dataset, withValues(tabel1, { 'b17.kostenMee': 1 }));
		// 2022: 215 − (295 / 4 + 5 / 5) = 215 − 74,75 = 140,25
		expect(result.totals.net[0]).toBe(140.25);
		const b17 = result.measures.find((m) => m.id === 'b17')!;
		expect([b17.net[0], b17.pm[0]]).toEqual([-74.75, true]);
		expect(result.measures.reduce((sum, m) => sum + m.net[0]!, 0)).toBe(140.25);
	});
});

describe('B5 and B23 share one saving', () => {
	it('an amount at B5 beside B23 is carried as a Dutch warning in the result', () => {
		const scenario = withOverrides(tabel1, { b5: { structuralMln: 100, curve: { kind: 'linear', start: 2023, full: 2025 } } });
		const result = simulate(dataset, scenario);
		expect(result.warnings).toHaveLength(1);
		expect(result.warnings[0]).toMatch(
			/^B5 en B23 delen één besparing \(lagere coördinatiekosten, document 004 r\. 3692–3693\); B5 heeft in dit scenario een eigen bedrag naast B23/
		);
		// the amount itself is added as asked: 2025 = 571 + 100
		expect(result.totals.net[3]).toBe(671);
		expect(simulate(dataset, tabel1).warnings).toEqual([]);
		// without B23 there is nothing to count twice
		expect(simulate(dataset, { ...scenario, measures: scenario.measures.filter((id) => id !== 'b23') }).warnings).toEqual([]);
	});

	it('a formula that gives a negative saving is taken as 0, and said', () => {
		// 1 op 12 now, 1 op 10 as the aim: 2000 × (10 − 12) / 10 × 0,5 = −200
		const result = simulate(dataset, withValues(tabel1, { 'b2.eenOpNu': 12 }));
		expect(result.measures.find((m) => m.id === 'b2')!.savings).toEqual(Array(7).fill(0));
		expect(result.warnings.map((w) => w.replace(/\u00a0/g, ' '))).toEqual([
			'B2: de aannames geven een negatieve besparing (€ −200 mln); een besparing is 0 of meer, dus gerekend met € 0 mln.'
		]);
	});
});

describe('uncertainty never makes a cost cheaper on average', () => {
	/** Only the given measure's own inputs uncertain (schaal and verschuiving from *.schaal and *.verschuiving). */
	const onlyMeasure = (scenario: Scenario, id: string): Scenario => {
		const model = compileModel(dataset, scenario);
		return { ...scenario, distributions: Object.fromEntries(model.inputs.filter((i) => i.measure !== id).map((i) => [i.id, null])) };
	};

	it('with only B3 uncertain and the working groups’ doubts, the mean invoeringskosten are at least 47 in 2022: 47 × 7/6 on average', () => {
		const scenario = { ...onlyMeasure(tabel1, 'b3'), uncertaintySet: 'werkgroepen' };
		const model = compileModel(dataset, scenario);
		const uncertain = uncertainInputs(dataset, model);
		expect(uncertain.map((u) => u.input.id)).toEqual(['b3.schaal', 'b3.verschuiving', 'b3.kosten']);
		const result = monteCarlo(model, uncertain, { runs: 10_000, seed: 3 });
		// the cost factor is driehoek 1 – 1 – 1,5: mean (1 + 1 + 1,5) / 3 = 7/6, sd 0,118, so the
		// mean of 10 000 draws lies within 0,3 (over five standard errors) of 47 × 7/6 = 54,83
		expect(result.costs.mean[0]).toBeGreaterThanOrEqual(47);
		expect(Math.abs(result.costs.mean[0]! - (47 * 7) / 6)).toBeLessThan(0.3);
		[47, 47, 46, 44, 43].forEach((c, y) => expect(result.costs.p5[y]).toBeGreaterThanOrEqual(c));
		// the saving of 6 from 2027 is what varies the other way: smaller (schaal) and later (verschuiving)
		expect(result.savings.mean[5]).toBeLessThan(resultFor(model, model.base).totals.savings[5]!);
	});

	it('the table’s own ranges give B3 no spread at all: the sources name no range for its costs or its saving', () => {
		const model = compileModel(dataset, onlyMeasure(tabel1, 'b3'));
		expect(model.inputs.filter((i) => i.measure === 'b3').map((i) => i.id)).toEqual(['b3.schaal', 'b3.verschuiving', 'b3.kosten']);
		expect(uncertainInputs(dataset, model)).toEqual([]);
	});

	it.each(['tabel', 'werkgroepen'])('with the Rijk agenda and set %s, no year’s mean invoeringskosten fall below the deterministic ones', (set) => {
		const model = compileModel(dataset, { ...rijk, horizon: 2035, uncertaintySet: set });
		const result = monteCarlo(model, uncertainInputs(dataset, model), { runs: 20_000, seed: 5 });
		const certain = resultFor(model, model.base).totals.costs;
		result.years.forEach((year, y) => expect(result.costs.mean[y], String(year)).toBeGreaterThanOrEqual(certain[y]! - 1e-9));
	});
});

// Random scenarios for the properties: any selection of measures, a horizon, costs counted or
// not, a B17 start year, and overrides of level, curve, delay and costs — each one only where
// the engine's own rule (overrideProblem) lets it apply.
const ids = dataset.measures.map((m) => m.id);
const curveArb: fc.Arbitrary<RampCurve> = fc.oneof(
	fc.record({ kind: fc.constant('asPrinted' as const), delay: fc.integer({ min: 0, max: 5 }) }),
	fc
		.integer({ min: 2022, max: 2030 })
		.chain((start) => fc.record({ kind: fc.constant('linear' as const), start: fc.constant(start), full: fc.integer({ min: start, max: 2034 }) })),
	fc
		.integer({ min: 2022, max: 2030 })
		.chain((start) => fc.record({ kind: fc.constant('logistic' as const), start: fc.constant(start), full: fc.integer({ min: start, max: 2034 }) })),
	fc.record({ kind: fc.constant('step' as const), start: fc.integer({ min: 2022, max: 2032 }) }),
	fc.record({
		kind: fc.constant('custom' as const),
		from: fc.integer({ min: 2022, max: 2030 }),
		fractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 })
	})
);
const overrideArb: fc.Arbitrary<MeasureOverride> = fc.record(
	{ structuralMln: fc.double({ min: 0, max: 800, noNaN: true }), curve: curveArb, costsMln: fc.double({ min: 0, max: 500, noNaN: true }) },
	{ requiredKeys: [] }
);
const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		measures: fc.subarray(ids, { minLength: 1 }),
		horizon: fc.integer({ min: 2028, max: 2035 }),
		counted: fc.boolean(),
		startjaar: fc.integer({ min: 2023, max: 2032 }),
		overlap: fc.constantFrom(0, 0.2),
		overrides: fc.dictionary(fc.constantFrom(...ids), overrideArb, { maxKeys: 5 })
	})
	.map(({ measures, horizon, counted, startjaar, overlap, overrides }) => {
		const usable = Object.fromEntries(
			Object.entries(overrides).filter(([id, o]) => {
				if (!measures.includes(id)) return false;
				const m = dataset.measures.find((x) => x.id === id)!;
				return overrideProblem(m, dataset.mechanisms[id], o) === null;
			})
		);
		const assumptions = {
			'b17.startjaar': startjaar,
			'overlap.reikwijdte': overlap,
			...(counted ? { 'b17.kostenMee': 1, 'b19.kostenMee': 1, 'b15.kostenMee': 1, 'b15.voorinvestering': 40 } : {})
		};
		return { ...rijk, id: 'willekeurig', measures, horizon, overrides: usable, assumptions };
	});

describe('properties over random scenarios', () => {
	it('the rows add up to Netto in every year: savings, costs and net, costs in and outside the table', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const result = simulate(dataset, scenario);
				const { totals } = result;
				result.years.forEach((year, i) => {
					const sum = (pick: (m: (typeof result.measures)[number]) => number) => result.measures.reduce((s, m) => s + pick(m), 0);
					expect(
						sum((m) => m.net[i]!),
						`${year} net`
					).toBeCloseTo(totals.net[i]!, 9);
					expect(
						sum((m) => m.savings[i]!),
						`${year} savings`
					).toBeCloseTo(totals.savings[i]!, 9);
					expect(
						sum((m) => m.costs[i]!),
						`${year} costs`
					).toBeCloseTo(totals.costs[i]!, 9);
					expect(totals.tableCosts[i]! + totals.outsideCostsCounted[i]!, `${year} costs in and outside the table`).toBeCloseTo(totals.costs[i]!, 9);
					expect(totals.net[i], `${year}`).toBeCloseTo(totals.savings[i]! - totals.costs[i]!, 9);
					expect(totals.outsideCostsCounted[i]!).toBeLessThanOrEqual(totals.outsideCosts[i]! + 1e-9);
					for (const m of result.measures) {
						expect(m.net[i], `${m.id} ${year}`).toBeCloseTo(m.savings[i]! - m.costs[i]!, 9);
						expect(Math.min(m.savings[i]!, m.costs[i]!), `${m.id} ${year}: saving and cost are never negative`).toBeGreaterThanOrEqual(0);
						if (m.pm[i]) expect(m.savings[i], `${m.id} ${year}: a PM year adds no saving`).toBe(0);
					}
					expect(totals.pmCount[i]).toBe(result.measures.filter((m) => m.pm[i]).length);
				});
			}),
			{ seed: 16, numRuns: 300 }
		);
	});

	it('the fast evaluator of the Monte Carlo agrees with the reference evaluator draw for draw', () => {
		fc.assert(
			fc.property(scenarioArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (random, seed, strength) => {
				// the set that draws most (levels, timing, cost factors) with the shared tempo at a random strength
				const scenario = { ...random, uncertaintySet: 'werkgroepen', assumptions: { ...random.assumptions, [TEMPO_ID]: strength } };
				const model = compileModel(dataset, scenario);
				const uncertain = uncertainInputs(dataset, model);
				const runs = 300;
				const { savings, costs } = drawTotals(model, uncertain, { runs, seed });
				// the draws rebuilt by hand: each input's own uniforms, the shared tempo where its coin says so, its inverse CDF
				const shared = uniformStream(seed, TEMPO_ID)(new Float64Array(runs));
				const drawn = uncertain.map((u) => {
					const column = uniformStream(seed, u.input.id)(new Float64Array(runs));
					if (u.tempo && strength > 0) mixTempo(column, shared, uniformStream(seed, `${u.input.id}|tempo`)(new Float64Array(runs)), strength, runs);
					sampler(u.distribution)(column, runs);
					return column.map((x) => toInputValue(u.input, x));
				});
				for (let r = 0; r < runs; r += 7) {
					const values = Float64Array.from(model.base);
					uncertain.forEach((u, k) => (values[u.slot] = drawn[k]![r]!));
					const { totals } = resultFor(model, values);
					model.years.forEach((year, y) => {
						expect(savings[y * runs + r], `draw ${r} ${year} savings`).toBeCloseTo(totals.savings[y]!, 9);
						expect(costs[y * runs + r], `draw ${r} ${year} costs`).toBeCloseTo(totals.costs[y]!, 9);
					});
				}
			}),
			{ seed: 17, numRuns: 60 }
		);
	});

	it('the fast evaluator agrees with the reference evaluator for inputs anywhere in their range', () => {
		// not only the default distributions: every input of the model at a random point of its range
		fc.assert(
			fc.property(scenarioArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 80, maxLength: 80 }), (scenario, us) => {
				const model = compileModel(dataset, scenario);
				const values = Float64Array.from(model.base);
				model.inputs.forEach((input, slot) => {
					const u = us[slot % us.length]!;
					const max = Number.isFinite(input.max) ? input.max : 3;
					values[slot] = toInputValue(input, quantile({ kind: 'uniform', min: input.min, max }, u));
				});
				const n = model.years.length;
				const out = { savings: new Float64Array(n), costs: new Float64Array(n), stride: 1, offset: 0 };
				model.evaluator(1).run(
					Array.from(values, (v) => Float64Array.of(v)),
					1,
					out
				);
				const { totals } = resultFor(model, values);
				model.years.forEach((year, y) => {
					expect(out.savings[y], `${year} savings`).toBeCloseTo(totals.savings[y]!, 9);
					expect(out.costs[y], `${year} costs`).toBeCloseTo(totals.costs[y]!, 9);
				});
			}),
			{ seed: 18, numRuns: 300 }
		);
	});
});
