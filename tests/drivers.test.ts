import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { assumptionValues, explainYear, measureScope, simulate, structuralAmount, TABLE_YEARS, type Scenario } from '../src/lib/engine';

// Expected values are worked out by hand from the source figures (document 004) in each test.
const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;
const withValues = (base: Scenario, assumptions: Record<string, number>): Scenario => ({ ...base, assumptions: { ...base.assumptions, ...assumptions } });
const measure = (scenario: Scenario, id: string) => simulate(dataset, scenario).measures.find((m) => m.id === id)!;
const tabel1 = preset('cvw-tabel-1');
const rijk = preset('rijk');

describe('driver defaults', () => {
	it('every structural formula gives the printed 2028 amount with its defaults', () => {
		const values = assumptionValues(dataset, tabel1);
		for (const [id, mechanism] of Object.entries(dataset.mechanisms)) {
			if (!mechanism.structural) continue;
			const maatregel = dataset.measures.find((m) => m.id === id)!;
			const value = mechanism.structural.evaluate(measureScope(dataset.assumptions, values, id));
			expect(value, id).toBeCloseTo(structuralAmount(maatregel) as number, 9);
		}
	});

	it('every assumption of a measure is used by its mechanism', () => {
		const unused = dataset.assumptions
			.filter((a) => a.measure !== null)
			.filter((a) => {
				const m = dataset.mechanisms[a.measure!]!;
				const name = a.id.slice(a.measure!.length + 1);
				const c = m.curve;
				const formulas = [
					m.structural,
					c && 'start' in c ? c.start : null,
					c && 'full' in c ? c.full : null,
					c?.delay,
					...m.costs.flatMap((l) => [l.amount, l.from, l.until])
				];
				const switches = m.costs.map((l) => l.counted);
				return !formulas.some((f) => f?.symbols.includes(name)) && !switches.includes(name);
			})
			.map((a) => a.id);
		expect(unused).toEqual([]);
	});
});

describe('B17 residentieel verblijf', () => {
	it('b17.kinderen=10000 gives 10 000 × 25 % × € 60 000 = 150 from 2026, PM before', () => {
		const b17 = measure(withValues(tabel1, { 'b17.kinderen': 10000 }), 'b17');
		expect(b17.net).toEqual([0, 0, 0, 0, 150, 150, 150]);
		expect(b17.pm).toEqual([true, true, true, true, false, false, false]);
	});

	it('b17.besparingPerKind=34000 gives 20 000 × 25 % × € 34 000 = 170', () => {
		expect(measure(withValues(tabel1, { 'b17.besparingPerKind': 34000 }), 'b17').net.slice(4)).toEqual([170, 170, 170]);
	});

	it('the invoeringskosten are shown but not counted in Tabel 1: 295 over 2022–2025 and 5 over 2022–2026', () => {
		const b17 = measure(tabel1, 'b17');
		const line = (id: string) => b17.costLines.find((l) => l.id === id)!;
		// 295 / 4 = 73,75 a year; 5 / 5 = 1 a year
		expect(line('afbouw')).toMatchObject({
			role: 'invoering',
			counted: false,
			perYearMln: [73.75, 73.75, 73.75, 73.75, 0, 0, 0],
			source: { document: '004', line: 6932 }
		});
		expect(line('coordinatie')).toMatchObject({ counted: false, perYearMln: [1, 1, 1, 1, 1, 0, 0] });
		expect(b17.costs).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(b17.costLines.filter((l) => l.missing).map((l) => l.id)).toEqual(['alternatieven']);
	});

	it('with costs counted, invoeringskosten are 300 in all and the row holds them in its PM years', () => {
		const b17 = measure(withValues(tabel1, { 'b17.kostenMee': 1 }), 'b17');
		expect(b17.costs).toEqual([74.75, 74.75, 74.75, 74.75, 1, 0, 0]);
		expect(b17.costs.reduce((s, c) => s + c, 0)).toBe(300);
		expect(b17.net).toEqual([-74.75, -74.75, -74.75, -74.75, 299, 300, 300]);
		expect(b17.pm).toEqual([true, true, true, true, false, false, false]);
	});

	it('b17.startjaar=2027 moves the 300 and every cost line a year later', () => {
		const b17 = measure(withValues(tabel1, { 'b17.startjaar': 2027, 'b17.kostenMee': 1 }), 'b17');
		expect(b17.savings.slice(4)).toEqual([0, 300, 300]);
		expect(b17.pm.slice(4)).toEqual([true, false, false]);
		expect(b17.costLines.find((l) => l.id === 'afbouw')!.perYearMln).toEqual([0, 73.75, 73.75, 73.75, 73.75, 0, 0]);
		// coördinatie: the five years up to the start year, 2023–2027
		expect(b17.costLines.find((l) => l.id === 'coordinatie')!.perYearMln).toEqual([0, 1, 1, 1, 1, 1, 0]);
	});

	it('b17.startjaar=2032 moves coördinatie to 2028–2032 (by 2028 one year of it) and keeps PM to the end of the table', () => {
		const b17 = measure(withValues(tabel1, { 'b17.startjaar': 2032, 'b17.kostenMee': 1 }), 'b17');
		expect(b17.costLines.find((l) => l.id === 'coordinatie')!.perYearMln).toEqual([0, 0, 0, 0, 0, 0, 1]);
		// afbouw 2028–2031: 73,75 in 2028
		expect(b17.costLines.find((l) => l.id === 'afbouw')!.perYearMln).toEqual([0, 0, 0, 0, 0, 0, 73.75]);
		expect(b17.pm).toEqual([true, true, true, true, true, true, true]);
	});
});

describe('B2 reikwijdte', () => {
	it('with the law change on, the series starts four years later: 0, 0, 0, 0, 33, 67, 133', () => {
		expect(measure(withValues(tabel1, { 'b2.wetswijziging': 1 }), 'b2').net).toEqual([0, 0, 0, 0, 33, 67, 133]);
	});

	it('b2.restaandeel=0.75 halves the saving: 2000 × 2/10 × 0,25 = 100, the printed series × ½', () => {
		expect(measure(withValues(tabel1, { 'b2.restaandeel': 0.75 }), 'b2').net).toEqual([16.5, 33.5, 66.5, 100, 100, 100, 100]);
	});

	it('b2.eenOpDoel=9 (1 op 9 instead of 1 op 10): 2000 × 1/9 × 0,5 = 111,11', () => {
		expect(measure(withValues(tabel1, { 'b2.eenOpDoel': 9 }), 'b2').net[6]).toBeCloseTo(1000 / 9, 5);
	});
});

describe('B5 + B23 coördinatiekosten', () => {
	it('a target of 27 % instead of 25 % halves B23: 5600 × 2 % = 112, B5 stays PM', () => {
		const result = simulate(dataset, withValues(tabel1, { 'b23.coordinatieDoel': 0.27 }));
		// the series 48, 112, 126, 155, 224 … halved
		expect(result.measures.find((m) => m.id === 'b23')!.net).toEqual([24, 56, 63, 77.5, 112, 112, 112]);
		expect(result.measures.find((m) => m.id === 'b5')!.pm).toEqual(Array(7).fill(true));
	});
});

describe('B15 bestaanszekerheid', () => {
	it('a lagged ramp (2024 → 2027) and a 60 up-front cost spread over 2022–2024', () => {
		const b15 = measure(withValues(tabel1, { 'b15.start': 2024, 'b15.vol': 2027, 'b15.voorinvestering': 60, 'b15.kostenMee': 1 }), 'b15');
		// 101 × 0, 0, 1/4, 2/4, 3/4, 1, 1 minus 20 a year in 2022–2024
		expect(b15.savings).toEqual([0, 0, 25.25, 50.5, 75.75, 101, 101]);
		expect(b15.costs).toEqual([20, 20, 20, 0, 0, 0, 0]);
		expect(b15.net).toEqual([-20, -20, 5.25, 50.5, 75.75, 101, 101]);
	});
});

describe('B19 volwassen-GGZ', () => {
	it('772 SPV × € 85 000 = 65,62 a year from 2023, shown in the Rijk preset but not counted; savings stay PM', () => {
		const shown = measure(rijk, 'b19');
		expect(shown.costLines[0]!.perYearMln).toEqual([0, 65.62, 65.62, 65.62, 65.62, 65.62, 65.62].map((c) => expect.closeTo(c, 9)));
		expect(shown.costLines[0]!.counted).toBe(false);
		expect(shown.net).toEqual(Array(7).fill(0));
		const b19 = measure(withValues(rijk, { 'b19.kostenMee': 1 }), 'b19');
		expect(b19.costs).toEqual([0, 65.62, 65.62, 65.62, 65.62, 65.62, 65.62].map((c) => expect.closeTo(c, 9)));
		expect(b19.net.slice(1)).toEqual(Array(6).fill(expect.closeTo(-65.62, 9)));
		expect(b19.pm).toEqual(Array(7).fill(true));
	});
});

describe('Tabel 2 ranges', () => {
	it('eigen bijdragen at 1,2 mld scale the printed series by 1200 / 184', () => {
		const b20 = measure(withValues(rijk, { 'b20-b22.opbrengst': 1200 }), 'b20-b22');
		expect(b20.net.map((n) => Math.round(n * 1000) / 1000)).toEqual([0, 94, 155, 184, 184, 184, 184].map((v) => Math.round(((v * 1200) / 184) * 1000) / 1000));
	});

	it('leren en verbeteren at its low end of 25', () => {
		expect(measure(withValues(rijk, { 'leren-verbeteren.opbrengst': 25 }), 'leren-verbeteren').net[6]).toBe(25);
	});
});

describe('overlap in the reikwijdte package', () => {
	it('a 20 % overlap removes a fifth of B2 + B15 + voorliggend veld and shows it', () => {
		const base = simulate(dataset, rijk);
		const result = simulate(dataset, withValues(rijk, { 'overlap.reikwijdte': 0.2 }));
		// 2022: 0,2 × (33 + 101 + 155) = 57,8; 2028: 0,2 × (200 + 101 + 155) = 91,2
		expect(result.overlap).toHaveLength(1);
		expect(result.overlap[0]!.removedMln[0]).toBeCloseTo(57.8, 9);
		expect(result.overlap[0]!.removedMln[6]).toBeCloseTo(91.2, 9);
		expect(result.totals.net[6]).toBeCloseTo(base.totals.net[6]! - 91.2, 9);
		expect(base.overlap).toEqual([]);
	});
});

describe('B2 reikwijdte: the remaining half elsewhere', () => {
	it('the half that stays outside the Jeugdwet is shown as costs elsewhere, following the saving, never in the net', () => {
		// 2000 × 2/10 × 0,5 = 200 elsewhere at full effect, with the series 33, 67, 133, 200 …
		const b2 = measure(tabel1, 'b2');
		const rest = b2.costLines.find((l) => l.id === 'rest-elders')!;
		expect(rest).toMatchObject({ role: 'elders', counted: false, perYearMln: [33, 67, 133, 200, 200, 200, 200] });
		expect(b2.costs).toEqual(Array(7).fill(0));
		expect(simulate(dataset, tabel1).totals.elsewhere).toEqual([33, 67, 133, 200, 200, 200, 200]);
		// with three quarters elsewhere the saving halves and the rest grows: 2000 × 0,2 × 0,75 = 300
		expect(measure(withValues(tabel1, { 'b2.restaandeel': 0.75 }), 'b2').costLines[0]!.perYearMln[6]).toBeCloseTo(300, 9);
	});
});

describe('preset werkgroepen', () => {
	it('makes B17 a PM post, as the working group advises (004 L6775–6776): PM in every year, its € 300 mln of costs shown and not counted', () => {
		const b17 = measure(preset('werkgroepen'), 'b17');
		expect(b17.pm).toEqual(Array(7).fill(true));
		expect(b17.net).toEqual(Array(7).fill(0));
		// KPMG: 295 over the 4 years before 2026 (73,75 a year) and 5 over the 5 years to 2026 (1 a year)
		const lines = b17.costLines.filter((l) => l.role === 'invoering' && !l.missing);
		expect(lines.filter((l) => l.counted)).toEqual([]);
		expect(TABLE_YEARS.map((_, i) => lines.reduce((s, l) => s + l.perYearMln[i]!, 0))).toEqual([74.75, 74.75, 74.75, 74.75, 1, 0, 0]);
	});

	it('net per year: Tabel 1 less B17 (PM), B2 four years later, B15 from 2023 to 2026, B6 at half', () => {
		// Tabel 1: 215, 375, 464, 571, 962, 1018, 1018
		// B17: 0, 0, 0, 0, −300, −300, −300 · B2 (33, 67, 133, 200 … four years later): −33, −67, −133, −200, −167, −133, −67
		// B15 (101 × (year − 2022) / 4 up to 2026): −101, −75,75, −50,5, −25,25, 0, 0, 0 · B6 (6, 12, 14, 17, 17, 24, 24 at half): −3, −6, −7, −8,5, −8,5, −12, −12
		const expected = [
			215 - 33 - 101 - 3,
			375 - 67 - 75.75 - 6,
			464 - 133 - 50.5 - 7,
			571 - 200 - 25.25 - 8.5,
			962 - 300 - 167 - 8.5,
			1018 - 300 - 133 - 12,
			1018 - 300 - 67 - 12
		];
		expect(expected).toEqual([78, 226.25, 273.5, 337.25, 486.5, 573, 639]);
		const net = simulate(dataset, preset('werkgroepen')).totals.net;
		net.forEach((x, i) => expect(x, String(TABLE_YEARS[i])).toBeCloseTo(expected[i]!, 9));
	});

	it('documents every choice it makes', () => {
		const werkgroepen = preset('werkgroepen');
		for (const id of [...Object.keys(werkgroepen.assumptions), ...Object.keys(werkgroepen.overrides)]) expect(werkgroepen.notes[id], id).toMatch(/regel/);
	});
});

describe('preset werkgroepen-illustratief', () => {
	it('2028 net = 1018 − B17 150 − B2 (200 → 133) 67 − B6 (24 → 12) 12 = 789, with B17 costs counted (none left in 2028)', () => {
		expect(simulate(dataset, preset('werkgroepen-illustratief')).totals.net[6]).toBe(789);
	});

	it('counts B17’s invoeringskosten: 2022 net = 215 − 33 (B2 later) − 101 (B15 from 2023) − 3 (B6 halved) − 74,75 = 3,25', () => {
		// 215 − B2 33 − B15 101 − B6 3 − B17 costs 74,75 = 3,25
		expect(simulate(dataset, preset('werkgroepen-illustratief')).totals.net[0]).toBeCloseTo(3.25, 9);
	});
});

describe('explainYear on driver results', () => {
	it('the parts of every year add up to its net, cost lines of PM measures included', () => {
		const result = simulate(dataset, withValues(rijk, { 'b17.kostenMee': 1, 'b19.kostenMee': 1, 'overlap.reikwijdte': 0.1 }));
		for (const year of result.years) {
			const why = explainYear(result, year);
			expect(
				why.contributions.reduce((s, c) => s + c.netMln, 0),
				String(year)
			).toBeCloseTo(why.netMln, 9);
		}
	});
});
