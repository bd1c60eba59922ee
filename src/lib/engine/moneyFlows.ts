import type { ScenarioResult } from './types';

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
	 * minus the booked saving (the target), so it shrinks as the savings grow; null after those years.
	 */
	extraMoney: (number | null)[];
}

/**
 * The money around the measures of a result: its savings, costs and net against its target, the
 * shortfall and who carries it under `rule`, and the extra money of the Rijk (`extra.total` −
 * target, up to `extra.until`).
 *
 * @example moneyFlows(result, 'helft', { total: 1828, until: 2025 }).rijk // half of each shortfall
 */
export function moneyFlows(result: ScenarioResult, rule: ShortfallRule, extra: { total: number; until: number }): MoneyFlows {
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
		extraMoney: result.years.map((year, i) => (year <= extra.until && result.target[i] !== null ? extra.total - result.target[i]! : null))
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
