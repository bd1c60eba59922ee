import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { bookedSaving, moneyFlows, simulate, type ScenarioResult, type ShortfallRule } from '../src/lib/engine';

const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;
const local = (id: string) => dataset.local.find((a) => a.id === id)!.defaultValue;
const extraOf = (result: ScenarioResult) => ({ total: local('geld.extraPlusBesparing'), until: local('geld.totJaar'), booked: bookedSaving(dataset, result) });
const flowsOf = (result: ScenarioResult, rule: ShortfallRule) => moneyFlows(result, rule, extraOf(result));

describe('the money around the measures', () => {
	it('the extra money is € 1.828 mln minus the booked saving, 2022–2025 (E5): 1.614, 1.454, 1.365, 1.258 against the printed totals', () => {
		// against the Hervormingsagenda's frozen path the booked saving is 214, 374, 374, 374
		const flows = flowsOf(simulate(dataset, preset('cvw-tabel-1'), 'ha-2023'), 'helft');
		expect(flows.extraMoney.slice(0, 4)).toEqual([1828 - 214, 1828 - 374, 1828 - 374, 1828 - 374]);
		expect(flows.extraMoney.slice(4)).toEqual([null, null, null]);
		// against Tabel 1 the booked saving is its printed total (214, 374, 463, 570), not the sum of its cells (215, 375, 464, 571):
		// 2022 is 1.314 + 300 = 1.614, as the stelpost of the VNG has it
		const tabel1 = simulate(dataset, preset('cvw-tabel-1'));
		expect(tabel1.target.slice(0, 4)).toEqual([215, 375, 464, 571]);
		expect(flowsOf(tabel1, 'helft').extraMoney.slice(0, 4)).toEqual([1614, 1454, 1365, 1258]);
		// the choice of who carries a shortfall does not move it
		expect(flowsOf(tabel1, 'gemeenten').extraMoney).toEqual(flowsOf(tabel1, 'rijk').extraMoney);
	});

	it('werkgroepen against Tabel 1 in 2028: 1.018 − 639 = 379 short; half each is 189,5 for gemeenten and for the Rijk', () => {
		// 639 = 1.018 − B17 300 (a PM post) − B2 67 (200 → 133, four years later) − B6 12 (24 at half)
		const flows = flowsOf(simulate(dataset, preset('werkgroepen')), 'helft');
		const y = flows.years.indexOf(2028);
		expect(flows.shortfall[y]).toBeCloseTo(379, 9);
		expect(flows.gemeenten[y]).toBeCloseTo(189.5, 9);
		expect(flows.rijk[y]).toBeCloseTo(189.5, 9);
		expect(flowsOf(simulate(dataset, preset('werkgroepen')), 'gemeenten').rijk[y]).toBe(0);
	});

	it('no shortfall where net exceeds the target, and none to carry where the target has no amount', () => {
		const rijk = flowsOf(simulate(dataset, preset('rijk')), 'rijk');
		expect(rijk.shortfall.filter((s) => s !== 0)).toEqual([]);
		expect(rijk.surplus[6]).toBeCloseTo(1739 - 1018, 9);
		const groeipijn = flowsOf(simulate(dataset, preset('vng'), 'groeipijn'), 'helft');
		expect(groeipijn.shortfall.slice(4)).toEqual([null, null, null]);
		expect(groeipijn.gemeenten.slice(4)).toEqual([null, null, null]);
	});

	it('the gemeenten’s part and the Rijk’s add up to the shortfall, every year, every rule, every preset and target (property)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...presets.map((p) => p.id)),
				fc.constantFrom(...dataset.targets.map((t) => t.id)),
				fc.constantFrom<ShortfallRule>('gemeenten', 'rijk', 'helft'),
				fc.integer({ min: 1000, max: 45000 }),
				fc.integer({ min: 2028, max: 2035 }),
				(presetId, target, rule, kinderen, horizon) => {
					const scenario = { ...preset(presetId), horizon, assumptions: { ...preset(presetId).assumptions, 'b17.kinderen': kinderen } };
					const flows = flowsOf(simulate(dataset, scenario, target), rule);
					flows.years.forEach((_, i) => {
						if (flows.shortfall[i] === null) {
							expect([flows.gemeenten[i], flows.rijk[i]]).toEqual([null, null]);
							return;
						}
						expect(flows.gemeenten[i]! + flows.rijk[i]!).toBe(flows.shortfall[i]);
						expect(flows.gemeenten[i]).toBeGreaterThanOrEqual(0);
						expect(flows.rijk[i]).toBeGreaterThanOrEqual(0);
						// a shortfall and a surplus never both
						expect(Math.min(flows.shortfall[i]!, flows.surplus[i]!)).toBe(0);
					});
				}
			),
			{ numRuns: 150, seed: 18 }
		);
	});
});
