import type { ScenarioResult } from './types';

export interface Contribution {
	id: string;
	code: string | null;
	name: string;
	netMln: number;
}

export interface YearExplanation {
	year: number;
	netMln: number;
	/** Measures with a known non-zero amount, largest effect first; they add up to `netMln`. */
	contributions: Contribution[];
	/** Measures that are PM this year: counted, not summed. */
	pm: { id: string; code: string | null; name: string }[];
	extrapolated: boolean;
}

/**
 * Why a year's net total is what it is: the measures that make it up, largest first.
 *
 * @example explainYear(result, 2026).contributions[0] // { code: 'B17', netMln: 300, … }
 */
export function explainYear(result: ScenarioResult, year: number): YearExplanation {
	const i = result.years.indexOf(year);
	if (i < 0) throw new Error(`Jaar ${year} valt buiten de horizon ${result.years[0]}–${result.years.at(-1)}`);
	const contributions: Contribution[] = [];
	const pm: YearExplanation['pm'] = [];
	for (const m of result.measures) {
		const net = m.net[i];
		if (net === null || net === undefined) {
			pm.push({ id: m.id, code: m.code, name: m.name });
			// a PM saving can still carry known invoeringskosten, which the totals do count
			const costs = m.costs[i] ?? 0;
			if (costs > 0) contributions.push({ id: m.id, code: m.code, name: `${m.name} (invoeringskosten)`, netMln: -costs });
		} else if (net !== 0) contributions.push({ id: m.id, code: m.code, name: m.name, netMln: net });
	}
	contributions.sort((a, b) => Math.abs(b.netMln) - Math.abs(a.netMln));
	return { year, netMln: result.totals.net[i]!, contributions, pm, extrapolated: result.extrapolated[i]! };
}
