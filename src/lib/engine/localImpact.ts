import type { Band, UncertaintyResult } from './monteCarlo';
import type { ScenarioResult } from './types';

/**
 * A scenario's national figures scaled to one gemeente. Everything here is linear in the share,
 * so bands scale too: the P10 of a gemeente is the share times the national P10.
 */

/** How a gemeente's part of the national figures is set. */
export type ShareKey = 'jeugdigen' | 'budget' | 'aandeel';

export const SHARE_KEYS: readonly ShareKey[] = ['jeugdigen', 'budget', 'aandeel'];

/** A gemeente as entered or imported. Figures the user did not give are null. */
export interface Gemeente {
	naam: string;
	/** CBS code such as GM0363, where known. */
	code: string | null;
	/** Jeugdigen 0 tot en met 17 jaar. */
	jeugdigen: number | null;
	inwoners: number | null;
	/** Jeugdhulp budget or spending, € per year. */
	budgetEuro: number | null;
	/** A share typed in or imported, 0…1. */
	aandeel: number | null;
}

/** The national totals a gemeente's figures are divided by. */
export interface NationalTotals {
	jeugdigen: number;
	inwoners: number;
	/** € mln per year. */
	budgetMln: number;
}

/** The share a key gives, with the two numbers it divides; or why it cannot be computed. */
export type Share =
	{ ok: true; key: ShareKey; share: number; part: number; whole: number } | { ok: false; key: ShareKey; missing: 'jeugdigen' | 'budget' | 'aandeel' };

/**
 * A gemeente's share of the national figures under a key:
 * - `jeugdigen`: its jeugdigen / the national number;
 * - `budget`: its jeugdhulp budget / the national budget;
 * - `aandeel`: the share typed in (part = share, whole = 1).
 */
export function shareOf(gemeente: Gemeente, key: ShareKey, national: NationalTotals): Share {
	if (key === 'jeugdigen') {
		const part = gemeente.jeugdigen;
		return part === null ? { ok: false, key, missing: 'jeugdigen' } : { ok: true, key, share: part / national.jeugdigen, part, whole: national.jeugdigen };
	}
	if (key === 'budget') {
		const part = gemeente.budgetEuro;
		const whole = national.budgetMln * 1e6;
		return part === null ? { ok: false, key, missing: 'budget' } : { ok: true, key, share: part / whole, part, whole };
	}
	const share = gemeente.aandeel;
	return share === null ? { ok: false, key, missing: 'aandeel' } : { ok: true, key, share, part: share, whole: 1 };
}

/** Besparingen, invoeringskosten, netto and cumulatief netto per year, in euros. */
export interface LocalSeries {
	savings: number[];
	costs: number[];
	net: number[];
	cumulativeNet: number[];
}

export interface LocalImpact {
	share: number;
	years: number[];
	/** The gemeente's part, € per year (not rounded). */
	euros: LocalSeries;
	/** € per inwoner, where the gemeente's inwoners are known. */
	perInwoner: LocalSeries | null;
	/** € per jeugdige, where its jeugdigen are known. */
	perJeugdige: LocalSeries | null;
	/** The gemeente's part of the target, € per year; null where the target is PM or unknown. */
	target: (number | null)[];
	/** The gemeente's part of the Monte Carlo bands, € per year, with the draws they come from; null without a Monte Carlo. */
	bands: { savings: Band; costs: Band; net: Band; cumulativeNet: Band; runs: number; seed: number } | null;
	/** Measures on PM per year: they are not in the national figures, so not in these either. */
	pmCount: number[];
}

const scale = (values: readonly number[], factor: number) => values.map((v) => v * factor);

function scaleBand(band: Band, factor: number): Band {
	return {
		mean: scale(band.mean, factor),
		p5: scale(band.p5, factor),
		p10: scale(band.p10, factor),
		p50: scale(band.p50, factor),
		p90: scale(band.p90, factor),
		p95: scale(band.p95, factor)
	};
}

function perHead(series: LocalSeries, heads: number | null): LocalSeries | null {
	if (heads === null || !(heads > 0)) return null;
	return {
		savings: scale(series.savings, 1 / heads),
		costs: scale(series.costs, 1 / heads),
		net: scale(series.net, 1 / heads),
		cumulativeNet: scale(series.cumulativeNet, 1 / heads)
	};
}

/**
 * A gemeente's part of a scenario: every national amount (€ mln) times the share, in euros; per
 * inwoner and per jeugdige where those are known. The Monte Carlo bands scale the same way, but
 * only if they belong to the same years.
 */
export function localImpact(result: ScenarioResult, share: number, gemeente: Gemeente, uncertainty: UncertaintyResult | null = null): LocalImpact {
	const factor = share * 1e6;
	const { totals } = result;
	const euros: LocalSeries = {
		savings: scale(totals.savings, factor),
		costs: scale(totals.costs, factor),
		net: scale(totals.net, factor),
		cumulativeNet: scale(totals.cumulativeNet, factor)
	};
	const sameYears = uncertainty !== null && uncertainty.years.join() === result.years.join();
	return {
		share,
		years: result.years,
		euros,
		perInwoner: perHead(euros, gemeente.inwoners),
		perJeugdige: perHead(euros, gemeente.jeugdigen),
		target: result.target.map((t) => (t === null ? null : t * factor)),
		bands: sameYears
			? {
					savings: scaleBand(uncertainty.savings, factor),
					costs: scaleBand(uncertainty.costs, factor),
					net: scaleBand(uncertainty.net, factor),
					cumulativeNet: scaleBand(uncertainty.cumulativeNet, factor),
					runs: uncertainty.runs,
					seed: uncertainty.seed
				}
			: null,
		pmCount: totals.pmCount
	};
}
