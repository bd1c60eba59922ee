import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { compileModel, localImpact, localTeams, monteCarlo, shareOf, simulate, uncertainInputs, yearlyGrowth, type Gemeente } from '../src/lib/engine';

const dataset = readDataset();
const tabel1 = readPresets(dataset).find((p) => p.id === 'cvw-tabel-1')!;
const national = { jeugdigen: 3_400_000, inwoners: 17_500_000, budgetMln: 5600 };
const gemeente = (fields: Partial<Gemeente>): Gemeente => ({
	naam: 'Voorbeeld',
	code: null,
	jeugdigen: null,
	inwoners: null,
	budgetEuro: null,
	aandeel: null,
	...fields
});

/** Tabel 1 by hand (document 004 L657–695, B23 2023 read as 112): net is the column sum; the only costs are B3's −47 −47 −46 −44 −43. */
const NET = [215, 375, 464, 571, 962, 1018, 1018];
const COSTS = [47, 47, 46, 44, 43, 0, 0];
const CUMULATIVE = [215, 590, 1054, 1625, 2587, 3605, 4623];

describe('shareOf', () => {
	it('divides by the national totals under each key', () => {
		const g = gemeente({ jeugdigen: 34_000, budgetEuro: 28_000_000, aandeel: 0.002 });
		expect(shareOf(g, 'jeugdigen', national)).toEqual({ ok: true, key: 'jeugdigen', share: 0.01, part: 34_000, whole: 3_400_000 });
		expect(shareOf(g, 'budget', national)).toEqual({ ok: true, key: 'budget', share: 0.005, part: 28_000_000, whole: 5_600_000_000 });
		expect(shareOf(g, 'aandeel', national)).toMatchObject({ ok: true, share: 0.002 });
	});

	it('says which figure is missing instead of dividing by nothing', () => {
		expect(shareOf(gemeente({ jeugdigen: 1000 }), 'budget', national)).toEqual({ ok: false, key: 'budget', missing: 'budget' });
		expect(shareOf(gemeente({}), 'aandeel', national)).toEqual({ ok: false, key: 'aandeel', missing: 'aandeel' });
	});
});

describe('localImpact', () => {
	const result = simulate(dataset, tabel1);

	it('takes 1 % of every Tabel 1 figure, in euros', () => {
		const local = localImpact(result, 0.01, gemeente({}));
		const euros = (mln: number[]) => mln.map((x) => x * 10_000);
		const rounded = (xs: number[]) => xs.map((x) => Math.round(x));
		expect(rounded(local.euros.net)).toEqual(euros(NET));
		expect(rounded(local.euros.costs)).toEqual(euros(COSTS));
		expect(rounded(local.euros.savings)).toEqual(euros(NET.map((n, i) => n + COSTS[i]!)));
		expect(rounded(local.euros.cumulativeNet)).toEqual(euros(CUMULATIVE));
		expect(local.pmCount).toEqual(result.totals.pmCount);
	});

	it('gives per inwoner and per jeugdige only where the gemeente has them', () => {
		const local = localImpact(result, 0.01, gemeente({ jeugdigen: 34_000, inwoners: 175_000 }));
		// 2028: € 10.180.000 over 34.000 jeugdigen = € 299,41; over 175.000 inwoners = € 58,17.
		expect(local.perJeugdige!.net[6]).toBeCloseTo(10_180_000 / 34_000, 9);
		expect(local.perInwoner!.net[6]).toBeCloseTo(58.171428, 5);
		expect(localImpact(result, 0.01, gemeente({})).perInwoner).toBeNull();
	});

	it('scales the Monte Carlo bands by the same share, and drops bands of other years', () => {
		const model = compileModel(dataset, tabel1);
		const mc = monteCarlo(model, uncertainInputs(dataset, model), { runs: 1000, seed: 7 });
		const local = localImpact(result, 0.02, gemeente({}), mc);
		for (const key of ['p5', 'p50', 'p95'] as const) {
			local.bands!.net[key].forEach((x, i) => expect(x).toBeCloseTo(mc.net[key][i]! * 20_000, 6));
		}
		expect(local.bands!.net.p5[6]).toBeLessThan(local.bands!.net.p95[6]!);
		const longer = simulate(dataset, { ...tabel1, horizon: 2030 });
		expect(localImpact(longer, 0.02, gemeente({}), mc).bands).toBeNull();
	});
});

describe('localTeams', () => {
	const lever = { investeringEuro: 300_000, vanaf: 2024, vertraging: 1, basisEuro: 10_000_000, groeiZonder: 0.05, groeiMet: 0.02 };
	const years = [2022, 2023, 2024, 2025, 2026, 2027];

	it('avoids the difference in growth from the first year of effect, worked out by hand', () => {
		const r = localTeams(lever, years);
		expect(r.investment).toEqual([0, 0, 300_000, 300_000, 300_000, 300_000]);
		// 2025: 10 mln × 1,05 × (1,05 − 1,02) = 315.000; 2026: 10 mln × 1,05 × (1,05² − 1,02²) = 652.050.
		expect(r.avoided.slice(0, 3)).toEqual([0, 0, 0]);
		expect(r.avoided[3]).toBeCloseTo(315_000, 6);
		expect(r.avoided[4]).toBeCloseTo(652_050, 6);
		// cumulative: −300.000, −285.000, +67.050: earned back in 2026.
		expect(r.cumulativeNet[3]).toBeCloseTo(-285_000, 6);
		expect(r.cumulativeNet[4]).toBeCloseTo(67_050, 6);
		expect(r.breakEven).toBe(2026);
	});

	it('has no break-even without an effect or without an investment', () => {
		expect(localTeams({ ...lever, groeiMet: lever.groeiZonder }, years).breakEven).toBeNull();
		expect(localTeams({ ...lever, investeringEuro: 0 }, years).breakEven).toBeNull();
		expect(localTeams({ ...lever, groeiMet: 0.06 }, years).avoided[3]).toBeCloseTo(-105_000, 6);
	});

	it('turns the CPB growth over 2013–2018 into growth per year: 11 % → 2,1 %, 25 % → 4,6 %', () => {
		expect(yearlyGrowth(0.11, 5)).toBeCloseTo(0.02109, 5);
		expect(yearlyGrowth(0.25, 5)).toBeCloseTo(0.04564, 5);
		expect((1 + yearlyGrowth(0.25, 5)) ** 5).toBeCloseTo(1.25, 12);
	});
});
