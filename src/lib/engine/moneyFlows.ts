import { DEFAULT_TARGET } from './target';
import type { Dataset, ScenarioResult } from './types';

/** Who carries a shortfall against the target: the gemeenten, the Rijk, or each half (as Groeipijn advised for 2023–2024). */
export type ShortfallRule = 'gemeenten' | 'rijk' | 'helft';

/** The gemeenten's share of a shortfall under each rule. */
export const GEMEENTEN_SHARE: Readonly<Record<ShortfallRule, number>> = { gemeenten: 1, rijk: 0, helft: 0.5 };

/** The money around the measures, per year of a result (€ mln). */
export interface MoneyFlows {
	years: number[];
	savings: number[];
	costs: number[];
	net: number[];
	target: (number | null)[];
	/** max(0, target − net); null where the target has no amount. */
	shortfall: (number | null)[];
	/** max(0, net − target); null where the target has no amount. */
	surplus: (number | null)[];
	/** The part of the shortfall the gemeenten carry, and the Rijk's: together exactly the shortfall. */
	gemeenten: (number | null)[];
	rijk: (number | null)[];
	/**
	 * The extra money of the Rijk to gemeenten in the years it was agreed that way: a fixed total
	 * minus the booked saving (bookedSaving), so it shrinks as the savings grow; null after those years.
	 */
	extraMoney: (number | null)[];
}

/**
 * The saving booked per year under a result's target: its amounts, and for Tabel 1 its printed
 * totals (214, 374, 463, 570 in 2022–2025), the figures the stelpost of the VNG (E5) and the
 * Eerste Kamer count with, where the target itself is the sum of the cells, 1 higher by rounding.
 *
 * @example bookedSaving(dataset, simulate(dataset, preset('cvw-tabel-1')))[0] // 214, where the target is 215
 */
export function bookedSaving(dataset: Dataset, result: ScenarioResult): (number | null)[] {
	if (result.targetId !== DEFAULT_TARGET) return result.target;
	return result.years.map((year, i) => dataset.printedTotals.find((t) => t.table === 1 && t.year === year)?.valueMln ?? result.target[i]!);
}

/**
 * The money around the measures of a result: its savings, costs and net against its target, the
 * shortfall and who carries it under `rule`, and the extra money of the Rijk (`extra.total` −
 * `extra.booked`, the booked saving per year, up to `extra.until`).
 *
 * @example moneyFlows(result, 'helft', { total: 1828, until: 2025, booked: bookedSaving(dataset, result) }).rijk // half of each shortfall
 */
export function moneyFlows(
	result: ScenarioResult,
	rule: ShortfallRule,
	extra: { total: number; until: number; booked: readonly (number | null)[] }
): MoneyFlows {
	const { net, savings, costs } = result.totals;
	const share = GEMEENTEN_SHARE[rule];
	const shortfall = result.target.map((t, i) => (t === null ? null : Math.max(0, t - net[i]!)));
	const gemeenten = shortfall.map((s) => (s === null ? null : s * share));
	return {
		years: result.years,
		savings,
		costs,
		net,
		target: result.target,
		shortfall,
		surplus: result.target.map((t, i) => (t === null ? null : Math.max(0, net[i]! - t))),
		gemeenten,
		// the Rijk's part is what is left, so the two add up to the shortfall exactly
		rijk: shortfall.map((s, i) => (s === null ? null : s - gemeenten[i]!)),
		extraMoney: result.years.map((year, i) => {
			const booked = extra.booked[i] ?? null;
			return year <= extra.until && booked !== null ? extra.total - booked : null;
		})
	};
}

/**
 * One gemeente's part of what the gemeenten carry, in euros per year: its share of the national
 * figures times the gemeenten's part of the shortfall (€ mln); null where the target has no amount.
 *
 * @example localShortfall(flows, 0.01)[6] // 1 % of the gemeenten's part in the 7th year, in €
 */
export function localShortfall(flows: MoneyFlows, share: number): (number | null)[] {
	return flows.gemeenten.map((g) => (g === null ? null : g * share * 1e6));
}
