import type { ScenarioResult } from './types';

export interface Contribution {
	id: string;
	code: string | null;
	name: string;
	/** The measure's known net this year: savingsMln − costsMln. */
	netMln: number;
	savingsMln: number;
	/** Invoeringskosten counted in the net (the table's and the counted lines outside it). */
	costsMln: number;
	/** The saving is PM this year: only its costs are known. */
	pm: boolean;
}

export interface YearExplanation {
	year: number;
	netMln: number;
	/** Measures with a known non-zero net, largest effect first; they add up to `netMln`. */
	contributions: Contribution[];
	/** Measures whose saving is PM this year: counted, not summed (their known costs are in `contributions`). */
	pm: { id: string; code: string | null; name: string }[];
	extrapolated: boolean;
}

/**
 * Why a year's net total is what it is: the measures that make it up, largest first. The
 * contributions add up to the net exactly as the rows of the result do.
 *
 * @example explainYear(result, 2026).contributions[0] // { code: 'B17', netMln: 300, … }
 */
export function explainYear(result: ScenarioResult, year: number): YearExplanation {
	const i = result.years.indexOf(year);
	if (i < 0) throw new Error(`Jaar ${year} valt buiten de horizon ${result.years[0]}–${result.years.at(-1)}`);
	const contributions: Contribution[] = [];
	const pm: YearExplanation['pm'] = [];
	for (const m of result.measures) {
		if (m.pm[i]) pm.push({ id: m.id, code: m.code, name: m.name });
		if (m.net[i] !== 0) {
			contributions.push({ id: m.id, code: m.code, name: m.name, netMln: m.net[i]!, savingsMln: m.savings[i]!, costsMln: m.costs[i]!, pm: m.pm[i]! });
		}
	}
	contributions.sort((a, b) => Math.abs(b.netMln) - Math.abs(a.netMln));
	return { year, netMln: result.totals.net[i]!, contributions, pm, extrapolated: result.extrapolated[i]! };
}
