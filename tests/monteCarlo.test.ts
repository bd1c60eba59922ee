import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import {
	compileModel,
	drawTotals,
	histogramOf,
	meanOf,
	monteCarlo,
	pertTable,
	quantile,
	quantilesOf,
	resultFor,
	sampler,
	simulate,
	toInputValue,
	tornado,
	uncertainInputs,
	uniformStream,
	type Distribution,
	type Scenario
} from '../src/lib/engine';

const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;
const run = (scenario: Scenario, runs = 2000, seed = 1) => {
	const model = compileModel(dataset, scenario);
	return monteCarlo(model, uncertainInputs(dataset, model), { runs, seed });
};
/** Every uncertain input switched off. */
const certain = (scenario: Scenario): Scenario => {
	const model = compileModel(dataset, scenario);
	return { ...scenario, distributions: Object.fromEntries(model.inputs.map((i) => [i.id, null])) };
};
/** Only the given distributions, everything else fixed. */
const only = (scenario: Scenario, distributions: Record<string, Distribution>): Scenario => {
	const off = certain(scenario).distributions!;
	return { ...scenario, distributions: { ...off, ...distributions } };
};

describe('Monte Carlo', () => {
	it('with all uncertainty off, mean and every percentile equal the deterministic run exactly', () => {
		for (const id of ['cvw-tabel-1', 'rijk', 'werkgroepen']) {
			const scenario = certain({ ...preset(id), horizon: 2035 });
			const result = run(scenario, 1000);
			const net = simulate(dataset, scenario).totals;
			for (const key of ['mean', 'p5', 'p10', 'p50', 'p90', 'p95'] as const) {
				expect(result.net[key], `${id} ${key}`).toEqual(net.net);
				expect(result.cumulativeNet[key], `${id} ${key}`).toEqual(net.cumulativeNet);
			}
		}
		// and the deterministic Tabel 1 net is the hand sum of the table (B23 2023 read as 112)
		expect(run(certain(preset('cvw-tabel-1')), 1000).net.mean).toEqual([215, 375, 464, 571, 962, 1018, 1018]);
	});

	it('the same seed gives the same numbers; another seed other numbers', () => {
		const scenario = preset('rijk');
		expect(run(scenario, 3000, 7)).toEqual(run(scenario, 3000, 7));
		expect(run(scenario, 3000, 8).net.p50).not.toEqual(run(scenario, 3000, 7).net.p50);
	});

	it('B17 children uniform 10 000 – 20 000, rest fixed: B17 2026 is 15 000 × 25 % × € 60 000 = 225 on average', () => {
		const scenario = only(preset('cvw-tabel-1'), { 'b17.kinderen': { kind: 'uniform', min: 10000, max: 20000 } });
		const result = run(scenario, 20000);
		// Tabel 1 2026 is 962 with B17 at 300; B17 = kinderen × 0,25 × 0,06 is linear in kinderen,
		// so the mean is 962 − 300 + 225 = 887 and P10 / P90 sit at 11 000 / 19 000 children:
		// 962 − 300 + 165 = 827 and 962 − 300 + 285 = 947.
		const i = result.years.indexOf(2026);
		expect(result.net.mean[i]).toBeCloseTo(887, 0);
		expect(result.net.p10[i]).toBeCloseTo(827, -1);
		expect(result.net.p90[i]).toBeCloseTo(947, -1);
		// the target (962) is reached only when B17 gets its full 300: never below 20 000 children
		expect(result.pTarget[i]).toBe(0);
		// expected shortfall = 962 − mean = 75
		expect(result.expectedShortfall[i]).toBeCloseTo(75, 0);
	});

	it('timing: B17 start year 2026 or 2027 (50/50) gives 2026 net 962 or 662, so pTarget 2026 ≈ 0,5', () => {
		const scenario = only(preset('cvw-tabel-1'), {
			'b17.startjaar': {
				kind: 'keuze',
				options: [
					{ value: 2026, chance: 0.5 },
					{ value: 2027, chance: 0.5 }
				]
			}
		});
		const result = run(scenario, 20000);
		const i = result.years.indexOf(2026);
		expect(result.net.p5[i]).toBe(662);
		expect(result.net.p95[i]).toBe(962);
		expect(result.pTarget[i]).toBeCloseTo(0.5, 1);
		expect(result.pTarget[result.years.indexOf(2027)]).toBe(1);
	});

	it('break-even: with B17 costs on and an early start, cumulative net turns positive in the first year it stays positive', () => {
		const scenario = certain({ ...preset('cvw-tabel-1'), assumptions: { 'b17.kostenMee': 1 } });
		// 2022 costs: 295 / 4 + 5 / 5 = 74,75 against 215 of savings → cumulative net positive from 2022
		expect(run(scenario, 1000).breakEven).toEqual([{ year: 2022, share: 1 }]);
	});

	it('common random numbers: two scenarios that differ only in a fixed input differ by exactly that, draw by draw', () => {
		const base = preset('rijk');
		const fixedB6 = { 'b6.factor': null, 'b6.verschuiving': null };
		const lower = { ...base, assumptions: { ...base.assumptions, 'b6.niveau': 12 }, distributions: fixedB6 };
		const higher = { ...base, assumptions: { ...base.assumptions, 'b6.niveau': 24 }, distributions: fixedB6 };
		const a = run(lower, 5000, 3);
		const b = run(higher, 5000, 3);
		// B6 2028 moves from 24 to 12 with every other draw the same, so every percentile moves 12
		const i = a.years.indexOf(2028);
		for (const key of ['p5', 'p50', 'p95', 'mean'] as const) expect(b.net[key][i]! - a.net[key][i]!).toBeCloseTo(12, 6);
	});

	it('P5 ≤ P10 ≤ P50 ≤ P90 ≤ P95 every year, for random scenarios (property)', () => {
		const measures = dataset.measures.map((m) => m.id);
		fc.assert(
			fc.property(
				fc.subarray(measures, { minLength: 1 }),
				fc.integer({ min: 2028, max: 2035 }),
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				(chosen, horizon, seed) => {
					const scenario: Scenario = { ...preset('rijk'), measures: chosen, horizon };
					const result = run(scenario, 1000, seed);
					for (const band of [result.net, result.cumulativeNet, result.savings, result.costs]) {
						result.years.forEach((_, y) => {
							expect(band.p5[y]).toBeLessThanOrEqual(band.p10[y]!);
							expect(band.p10[y]).toBeLessThanOrEqual(band.p50[y]!);
							expect(band.p50[y]).toBeLessThanOrEqual(band.p90[y]!);
							expect(band.p90[y]).toBeLessThanOrEqual(band.p95[y]!);
							expect(band.mean[y]).not.toBeNaN();
							expect(Math.abs(band.mean[y]!)).toBeLessThan(Infinity);
						});
					}
				}
			),
			{ seed: 4, numRuns: 25 }
		);
	});

	it('per draw, the totals equal the sum of the measures, tails and cost lines included (property)', () => {
		// The totals come from the evaluator the Monte Carlo runs; the rows per measure are worked
		// out year by year. Both must tell the same story for any draw of the inputs.
		const measures = dataset.measures.map((m) => m.id);
		fc.assert(
			fc.property(
				fc.subarray(measures, { minLength: 1 }),
				fc.integer({ min: 2028, max: 2035 }),
				fc.array(fc.double({ min: 0.001, max: 0.999, noNaN: true }), { minLength: 60, maxLength: 60 }),
				fc.boolean(),
				(chosen, horizon, us, withCosts) => {
					const assumptions: Record<string, number> = withCosts
						? { 'b17.kostenMee': 1, 'b19.kostenMee': 1, 'b15.voorinvestering': 40, 'overlap.reikwijdte': 0.2 }
						: {};
					const scenario: Scenario = { ...preset('rijk'), measures: chosen, horizon, assumptions: { ...preset('rijk').assumptions, ...assumptions } };
					const model = compileModel(dataset, scenario);
					const values = Float64Array.from(model.base);
					uncertainInputs(dataset, model).forEach((u, k) => (values[u.slot] = toInputValue(u.input, quantile(u.distribution, us[k % us.length]!))));
					const result = resultFor(model, values);
					result.years.forEach((_, y) => {
						const savings = result.measures.reduce((sum, m) => sum + (m.savings[y] ?? 0), 0);
						const costs = result.measures.reduce((sum, m) => sum + (m.costs[y] ?? 0), 0);
						expect(result.totals.savings[y]).toBeCloseTo(savings, 6);
						expect(result.totals.costs[y]).toBeCloseTo(costs, 6);
					});
				}
			),
			{ seed: 11, numRuns: 60 }
		);
	});

	it('every draw of the Monte Carlo equals the deterministic model at that draw’s inputs', () => {
		// The Monte Carlo adds whole years per measure, keeps constant formulas, carries tails and
		// sorts amounts by sign; the deterministic run does none of that for a single input vector.
		// Redraw each input from its own stream and compare draw by draw, over two blocks of draws.
		const runs = 5000;
		const seed = 9;
		const withCosts = { 'b17.kostenMee': 1, 'b19.kostenMee': 1, 'b15.voorinvestering': 40, 'overlap.reikwijdte': 0.2 };
		const scenarios: Scenario[] = [
			{ ...preset('rijk'), horizon: 2035 },
			{ ...preset('werkgroepen'), horizon: 2035, assumptions: { ...preset('werkgroepen').assumptions, ...withCosts } },
			{ ...preset('vng'), horizon: 2031, assumptions: { ...preset('vng').assumptions, ...withCosts } }
		];
		for (const scenario of scenarios) {
			const model = compileModel(dataset, scenario);
			const uncertain = uncertainInputs(dataset, model);
			const { savings, costs } = drawTotals(model, uncertain, { runs, seed });
			const drawn = uncertain.map((u) => {
				const column = uniformStream(seed, u.input.id)(new Float64Array(runs));
				sampler(u.distribution)(column, runs);
				return column.map((x) => toInputValue(u.input, x));
			});
			for (let r = 0; r < runs; r += 37) {
				const values = Float64Array.from(model.base);
				uncertain.forEach((u, k) => (values[u.slot] = drawn[k]![r]!));
				const { totals } = resultFor(model, values);
				model.years.forEach((year, y) => {
					expect(savings[y * runs + r], `${scenario.id} draw ${r} ${year}`).toBeCloseTo(totals.savings[y]!, 9);
					expect(costs[y * runs + r], `${scenario.id} draw ${r} ${year}`).toBeCloseTo(totals.costs[y]!, 9);
				});
			}
		}
	});

	it('each band is the mean and percentiles of that year’s draws, also where a year repeats the one before', () => {
		// By 2030 every measure of the Rijk agenda is flat, so savings and costs repeat year by year
		// and their bands are taken over; the check works them out from the draws themselves.
		const scenario = { ...preset('rijk'), horizon: 2035, uncertaintySet: 'werkgroepen' };
		const model = compileModel(dataset, scenario);
		const uncertain = uncertainInputs(dataset, model);
		const runs = 6000;
		const result = monteCarlo(model, uncertain, { runs, seed: 5 });
		const { savings, costs } = drawTotals(model, uncertain, { runs, seed: 5 });
		const column = (all: Float64Array, y: number) => all.subarray(y * runs, (y + 1) * runs);
		const repeats = model.years.filter((_, y) => y > 0 && column(savings, y).every((x, r) => x === savings[(y - 1) * runs + r]));
		expect(repeats).toEqual([2030, 2031, 2032, 2033, 2034, 2035]);
		model.years.forEach((year, y) => {
			for (const [name, all, band] of [
				['savings', savings, result.savings],
				['costs', costs, result.costs]
			] as const) {
				const [p5, p10, p50, p90, p95] = quantilesOf(column(all, y), [0.05, 0.1, 0.5, 0.9, 0.95]);
				expect([band.mean[y], band.p5[y], band.p10[y], band.p50[y], band.p90[y], band.p95[y]], `${name} ${year}`).toEqual([
					meanOf(column(all, y)),
					p5,
					p10,
					p50,
					p90,
					p95
				]);
			}
		});
	});

	it('inputs of a measure that is PM throughout are not drawn, and their spread changes nothing', () => {
		const scenario = { ...preset('rijk'), uncertaintySet: 'werkgroepen' };
		const model = compileModel(dataset, scenario);
		// Seven measures of the Rijk agenda are PM in every table year; B19 has a cost line, but
		// schaal and verschuiving move only a saving, and its costs are not counted here. So their
		// level and timing reach no total (they have no cost factor: no invoeringskosten, or, for
		// B19, one that is drawn since its switch may count them). Everything else is drawn.
		const pm = ['b16', 'b13', 'b1-b7', 'b5', 'in-uitstroom', 'b8', 'b19'];
		for (const id of pm) expect(dataset.measures.find((m) => m.id === id)!.amounts, id).toEqual(Array(7).fill('PM'));
		const unread = uncertainInputs(dataset, model)
			.filter((u) => !model.reads.has(u.slot))
			.map((u) => u.input.id);
		expect(unread).toEqual(pm.flatMap((id) => [`${id}.schaal`, `${id}.verschuiving`]));
		const wide = { ...scenario, distributions: { ...scenario.distributions, 'b16.schaal': { kind: 'uniform', min: 0, max: 5 } as Distribution } };
		expect(run(wide, 2000, 3)).toEqual({ ...run(scenario, 2000, 3), inputs: run(wide, 2000, 3).inputs });
	});

	it('refuses a run count or seed out of range, in Dutch', () => {
		const model = compileModel(dataset, preset('rijk'));
		expect(() => monteCarlo(model, [], { runs: 0, seed: 1 })).toThrow('aantal trekkingen moet een geheel getal van 1 tot en met 100000 zijn');
		expect(() => monteCarlo(model, [], { runs: 10, seed: -1 })).toThrow('seed moet een geheel getal');
	});
});

describe('uncertain inputs', () => {
	it('an assumption the scenario sets is a chosen point; the rest take onzekerheid.csv, with *.schaal as fallback', () => {
		const model = compileModel(dataset, { ...preset('werkgroepen-illustratief'), uncertaintySet: 'werkgroepen' });
		const ids = uncertainInputs(dataset, model).map((u) => u.input.id);
		expect(ids).not.toContain('b17.kinderen'); // the illustration sets 10 000
		expect(ids).toContain('b17.besparingPerKind');
		expect(ids).toContain('b12.schaal'); // from *.schaal
		expect(ids).not.toContain('b17.schaal'); // "geen" in the data
	});

	it('a measure the scenario makes a PM post draws nothing for its saving: werkgroepen leaves B17 without an amount', () => {
		// what the Monte Carlo draws: the uncertain inputs that some line of the net reads
		const drawn = (scenario: Scenario) => {
			const model = compileModel(dataset, scenario);
			return uncertainInputs(dataset, model)
				.filter((u) => model.reads.has(u.slot))
				.map((u) => u.input.id);
		};
		const saving = ['b17.kinderen', 'b17.succes', 'b17.besparingPerKind', 'b17.schaal', 'b17.verschuiving'];
		const werkgroepen = drawn({ ...preset('werkgroepen'), uncertaintySet: 'werkgroepen' });
		expect(werkgroepen.filter((id) => saving.includes(id))).toEqual([]);
		// its costs can still be counted (a switch), so their factor is drawn, as for B19's costs in the Rijk preset
		expect(werkgroepen).toContain('b17.kosten');
		// in the illustration B17 has an amount, and its level is drawn
		expect(drawn({ ...preset('werkgroepen-illustratief'), uncertaintySet: 'werkgroepen' })).toContain('b17.besparingPerKind');
	});
});

describe('tornado', () => {
	it('B17 children P10 – P90 (11 000 – 19 000) moves 2026 net 60 either way from the all-median 882,75', () => {
		const scenario = only(preset('cvw-tabel-1'), {
			'b17.kinderen': { kind: 'uniform', min: 10000, max: 20000 },
			'b6.factor': { kind: 'uniform', min: 0.5, max: 1 }
		});
		const model = compileModel(dataset, scenario);
		const result = tornado(model, uncertainInputs(dataset, model), { year: 2026, cumulative: false });
		// at the median: 15 000 children → B17 225; B6 factor 0,75 → B6 2026 = 17 × 0,75 = 12,75
		// so base = 962 − 300 + 225 − 17 + 12,75 = 882,75
		expect(result.base).toBeCloseTo(882.75, 9);
		const [first, second] = result.bars;
		expect(first).toMatchObject({ id: 'b17.kinderen', low: 11000, high: 19000 });
		// 4 000 children × 0,25 × € 60 000 = 60 either way
		expect(first!.atLow).toBeCloseTo(882.75 - 60, 9);
		expect(first!.atHigh).toBeCloseTo(882.75 + 60, 9);
		// B6 factor P10 0,55, P90 0,95: 17 × 0,4 = 6,8 apart
		expect(second!.id).toBe('b6.factor');
		expect(second!.swing).toBeCloseTo(6.8, 9);
	});
});

describe('why the band lies where it does', () => {
	it('only B17’s saving per child uncertain (driehoek 0 – 60.000 – 60.000): its median 60.000 / √2 pulls 2026 net 87,87 below the table', () => {
		const scenario = only(
			{ ...preset('cvw-tabel-1'), uncertaintySet: 'werkgroepen' },
			{ 'b17.besparingPerKind': { kind: 'driehoek', min: 0, modus: 60000, max: 60000 } }
		);
		const model = compileModel(dataset, scenario);
		const result = tornado(model, uncertainInputs(dataset, model), { year: 2026, cumulative: false });
		// F(x) = (x / 60.000)² on a triangle with its mode at the top, so the median is 42.426,4;
		// B17 2026 = 20.000 × 25 % × 42.426,4 / 10^6 = 212,13 instead of 300
		expect(result.certain).toBe(962);
		expect(result.pulls).toHaveLength(1);
		expect(result.pulls[0]!.id).toBe('b17.besparingPerKind');
		// (the engine rounds a formula's value to six decimals)
		expect(result.pulls[0]!.mln).toBeCloseTo((5000 * (60000 / Math.SQRT2 - 60000)) / 1e6, 5);
	});
});

describe('histogram of net', () => {
	it('counts every draw once, marks the target and gives the same chance as the band', () => {
		const scenario = { ...preset('cvw-tabel-1'), uncertaintySet: 'werkgroepen' };
		const model = compileModel(dataset, scenario);
		const uncertain = uncertainInputs(dataset, model);
		for (const cumulative of [false, true]) {
			const result = monteCarlo(model, uncertain, { runs: 5000, seed: 4, histogram: { year: 2028, cumulative } });
			const h = result.histogram!;
			expect(h.counts.reduce((a, b) => a + b, 0)).toBe(5000);
			expect(h.edges).toHaveLength(h.counts.length + 1);
			// the richtbedrag: 1.018 in 2028; cumulative 215 + 375 + 464 + 571 + 962 + 1.018 + 1.018 = 4.623
			expect(h.target).toBe(cumulative ? 4623 : 1018);
			if (!cumulative) expect(h.pTarget).toBe(result.pTarget[result.years.indexOf(2028)]);
			const { savings, costs } = drawTotals(model, uncertain, { runs: 5000, seed: 4 });
			const y = model.years.indexOf(2028);
			const netOf = (year: number, r: number) => savings[year * 5000 + r]! - costs[year * 5000 + r]!;
			const column = Array.from({ length: 5000 }, (_, r) =>
				cumulative ? model.years.slice(0, y + 1).reduce((sum, _y, k) => sum + netOf(k, r), 0) : netOf(y, r)
			);
			expect(h.edges[0]).toBeLessThanOrEqual(Math.min(...column));
			expect(h.edges.at(-1)).toBeGreaterThan(Math.max(...column));
			expect(h.pTarget).toBe(column.filter((x) => x >= h.target!).length / 5000);
		}
	});

	it('bins of a round width: 0 and 30 give bins of 1 from 0 to 31; equal draws one bin', () => {
		expect(histogramOf(Float64Array.of(0, 30))).toEqual({ edges: Array.from({ length: 32 }, (_, k) => k), counts: [1, ...Array(29).fill(0), 1] });
		expect(histogramOf(Float64Array.of(7, 7, 7))).toEqual({ edges: [6.5, 7.5], counts: [3] });
		const h = histogramOf(Float64Array.of(100, 3100));
		expect(h.edges[1]! - h.edges[0]!).toBe(100);
		// a fractional width where floor(min / width) × width lands a hair above min: no draw is lost
		const tight = histogramOf(Float64Array.of(-30.000000000000004, -27.03));
		expect(tight.counts.reduce((a, b) => a + b, 0)).toBe(2);
		expect(tight.edges[0]).toBeLessThanOrEqual(-30.000000000000004);
	});
});

describe('the tornado’s quantiles are the draws’ own', () => {
	it('a PERT input’s P10 and P90 are what draws of u = 0,1 and 0,9 give, within 1e-6 of its range of the exact ones', () => {
		const pert = { kind: 'pert', min: 10000, modus: 18000, max: 20000 } as const;
		const scenario = only(preset('cvw-tabel-1'), { 'b17.kinderen': pert });
		const model = compileModel(dataset, scenario);
		const [bar] = tornado(model, uncertainInputs(dataset, model), { year: 2026, cumulative: false }).bars;
		const drawn = (u: number) => {
			const column = Float64Array.of(u);
			sampler(pert, pertTable)(column, 1);
			return column[0]!;
		};
		expect(bar!.low).toBe(drawn(0.1));
		expect(bar!.high).toBe(drawn(0.9));
		// the exact inverse beta function: PERT(10.000, 18.000, 20.000) is 10.000 + 10.000 × Beta(4,2, 1,8)
		expect(Math.abs(bar!.low - quantile(pert, 0.1))).toBeLessThan(1e-6 * 10000);
		expect(Math.abs(bar!.high - quantile(pert, 0.9))).toBeLessThan(1e-6 * 10000);
		expect(bar!.low).toBeGreaterThan(13000);
		expect(bar!.high).toBeLessThan(19500);
		// 25 % × € 60.000 per child: the bar is (P90 − P10) × 0,015 wide (the engine rounds to six decimals)
		expect(bar!.swing).toBeCloseTo((bar!.high - bar!.low) * 0.015, 5);
	});
});

describe('a run’s first draws', () => {
	it('are the draws of a shorter run with the same seed, draw for draw: what a first batch shows is part of the whole', () => {
		const scenario: Scenario = { ...preset('werkgroepen'), uncertaintySet: 'werkgroepen', horizon: 2030 };
		const model = compileModel(dataset, scenario);
		const uncertain = uncertainInputs(dataset, model);
		// past the engine's block of 4.096 draws, so a block boundary falls inside the first batch
		const whole = drawTotals(model, uncertain, { runs: 30_000, seed: 3 });
		const first = drawTotals(model, uncertain, { runs: 10_000, seed: 3 });
		let differ = 0;
		for (let y = 0; y < model.years.length; y++)
			for (let r = 0; r < 10_000; r++) {
				if (whole.savings[y * 30_000 + r] !== first.savings[y * 10_000 + r]) differ++;
				if (whole.costs[y * 30_000 + r] !== first.costs[y * 10_000 + r]) differ++;
			}
		expect(differ).toBe(0);
		// and the draws do vary, so equal is not trivially so
		expect(new Set(first.savings.subarray(6 * 10_000, 7 * 10_000)).size).toBeGreaterThan(1000);
	});
});
