import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { parseScenario } from '../src/lib/data/parseScenario';
import {
	compileModel,
	drawTotals,
	mixTempo,
	TEMPO_ID,
	monteCarlo,
	quantilesOf,
	resultFor,
	uncertainInputs,
	uniformStream,
	type Scenario
} from '../src/lib/engine';

const dataset = readDataset();
const presets = readPresets(dataset);
const tabel1 = presets.find((p) => p.id === 'cvw-tabel-1')!;
const run = (scenario: Scenario, runs: number, seed: number) => {
	const model = compileModel(dataset, scenario);
	return { model, result: monteCarlo(model, uncertainInputs(dataset, model), { runs, seed }) };
};
/** Every input of the scenario switched off except the given ones. */
const onlyThese = (scenario: Scenario, keep: string[]): Record<string, null> => {
	const model = compileModel(dataset, scenario);
	// the tempo's strength is an assumption, not an uncertain input: it is left out
	return Object.fromEntries(model.inputs.filter((i) => !keep.includes(i.id) && i.id !== TEMPO_ID).map((i) => [i.id, null]));
};

describe('the uncertainty sets', () => {
	it.each(presets.map((p) => [p.id, p] as const))(
		'with "Zoals de tabel", the net of %s without uncertainty lies within P5 – P95 in every year',
		(_, preset) => {
			const { model, result } = run({ ...preset, uncertaintySet: 'tabel', horizon: 2035 }, 4000, 11);
			const certain = resultFor(model, model.base).totals.net;
			model.years.forEach((year, y) => {
				expect(certain[y], `${year}: P5`).toBeGreaterThanOrEqual(result.net.p5[y]! - 1e-9);
				expect(certain[y], `${year}: P95`).toBeLessThanOrEqual(result.net.p95[y]! + 1e-9);
			});
		}
	);

	it('"Zoals de tabel" is the default: a scenario without a set draws the same as one with it', () => {
		expect(run(tabel1, 2000, 4).result).toEqual(run({ ...tabel1, uncertaintySet: 'tabel' }, 2000, 4).result);
		expect(run(tabel1, 2000, 4).result).not.toEqual(run({ ...tabel1, uncertaintySet: 'werkgroepen' }, 2000, 4).result);
	});

	it('a scenario file with only b17.besparingPerKind uncertain: Tabel 1’s mean net 2026 is 962 − 100 = 862, not above 962', () => {
		const off = onlyThese(tabel1, ['b17.besparingPerKind']);
		const file = JSON.stringify({ ...tabel1, schema: 3, uncertaintySet: 'werkgroepen', distributions: off });
		const scenario = parseScenario(file, 'alleen-besparing.json', dataset);
		const { model, result } = run(scenario, 20_000, 9);
		expect(uncertainInputs(dataset, model).map((u) => u.input.id)).toEqual(['b17.besparingPerKind']);
		const y = result.years.indexOf(2026);
		// driehoek 0 – 60.000 – 60.000 has mean 40.000, so B17 2026 = 20.000 × 25 % × € 40.000 = 200
		// instead of 300; sd of B17 is 5.000 × 14.142 / 10^6 = 70,7, so the mean of 20.000 draws lies
		// within 2,5 (five standard errors) of 862
		expect(result.net.mean[y]).toBeLessThanOrEqual(962);
		expect(Math.abs(result.net.mean[y]! - 862)).toBeLessThan(2.5);
		expect(result.net.p95[y]).toBeLessThanOrEqual(962 + 1e-9);
	});

	it('with "Zoals de tabel" the same file leaves B17’s saving per child at the table’s € 60.000: mean net 2026 stays 962', () => {
		const off = onlyThese(tabel1, ['b17.besparingPerKind']);
		const { result } = run({ ...tabel1, uncertaintySet: 'tabel', distributions: off }, 1000, 9);
		expect(result.net.mean[result.years.indexOf(2026)]).toBe(962);
	});
});

describe('the shared uitvoeringstempo', () => {
	const werkgroepen = { ...tabel1, uncertaintySet: 'werkgroepen', horizon: 2030 };
	const withStrength = (strength: number): Scenario => ({ ...werkgroepen, assumptions: { ...werkgroepen.assumptions, 'samenhang.tempo': strength } });

	it('at strength 1 the P5 – P95 of net is wider than at strength 0: in 2028, and much wider in 2026 when the delays still bite', () => {
		const bands = (strength: number) => {
			const { result } = run(withStrength(strength), 20_000, 2);
			return (year: number) => result.net.p95[result.years.indexOf(year)]! - result.net.p5[result.years.indexOf(year)]!;
		};
		const [independent, together] = [bands(0), bands(1)];
		// by 2028 most delays of at most two years have run out, so the widening there is small
		expect(together(2028)).toBeGreaterThan(independent(2028));
		expect(together(2026)).toBeGreaterThan(independent(2026) + 50);
	});

	it('at strength 0 every draw is the draw of independent timing, input by input', () => {
		const model = compileModel(dataset, withStrength(0));
		const uncertain = uncertainInputs(dataset, model);
		expect(uncertain.filter((u) => u.tempo).length).toBeGreaterThan(3);
		const independent = uncertain.map((u) => ({ ...u, tempo: false }));
		const options = { runs: 3000, seed: 8 };
		expect(drawTotals(model, uncertain, options)).toEqual(drawTotals(model, independent, options));
		// and strength 1 changes them
		const strong = compileModel(dataset, withStrength(1));
		expect(drawTotals(strong, uncertainInputs(dataset, strong), options).savings).not.toEqual(drawTotals(model, uncertain, options).savings);
	});

	it('the strength leaves the run without uncertainty alone', () => {
		const m0 = compileModel(dataset, withStrength(0));
		const m1 = compileModel(dataset, withStrength(1));
		expect(resultFor(m1, m1.base).totals).toEqual(resultFor(m0, m0.base).totals);
	});

	it('mixing keeps each input’s own distribution: at any strength its uniforms stay uniform, at 1 they are the shared ones', () => {
		const n = 200_000;
		const shared = uniformStream(5, 'gedeeld')(new Float64Array(n));
		const coins = uniformStream(5, 'munt')(new Float64Array(n));
		for (const strength of [0, 0.5, 1]) {
			const column = uniformStream(5, 'eigen')(new Float64Array(n));
			const own = column.slice();
			mixTempo(column, shared, coins, strength, n);
			// deciles of a uniform: 0,1 … 0,9, within 0,005 (the sd of a decile of 200.000 draws is 0,0007)
			const deciles = quantilesOf(column, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
			deciles.forEach((d, k) => expect(Math.abs(d - (k + 1) / 10), `strength ${strength}, decile ${k + 1}`).toBeLessThan(0.005));
			const fromShared = column.filter((x, i) => x === shared[i] && x !== own[i]).length / n;
			expect(Math.abs(fromShared - strength), `strength ${strength}`).toBeLessThan(0.005);
		}
	});

	it.each(['tabel', 'werkgroepen'])('an own distribution of a delay follows the tempo in set %s too', (set) => {
		const scenario: Scenario = {
			...tabel1,
			uncertaintySet: set,
			distributions: {
				'b3.verschuiving': {
					kind: 'keuze',
					options: [
						{ value: 0, chance: 0.5 },
						{ value: 1, chance: 0.5 }
					]
				},
				'b23.vertraging': {
					kind: 'keuze',
					options: [
						{ value: 0, chance: 0.5 },
						{ value: 2, chance: 0.5 }
					]
				},
				'b17.kinderen': { kind: 'uniform', min: 10000, max: 20000 }
			}
		};
		const model = compileModel(dataset, scenario);
		const tempo = Object.fromEntries(uncertainInputs(dataset, model).map((u) => [u.input.id, u.tempo]));
		expect([tempo['b3.verschuiving'], tempo['b23.vertraging'], tempo['b17.kinderen']]).toEqual([true, true, false]);
	});
});
