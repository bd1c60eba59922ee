/**
 * The local lever: a gemeente invests extra in its lokale teams every year and assumes that the
 * spending on jeugdhulp met verblijf then grows more slowly. Both numbers are the user's; the CPB
 * finding is a reference, never a default effect.
 */

export interface LocalTeamsLever {
	/** Extra investment in the lokale teams, € per year (≥ 0). */
	investeringEuro: number;
	/** First year of the extra investment. */
	vanaf: number;
	/** Years between the first investment and the first year of slower growth (≥ 0). */
	vertraging: number;
	/** Spending on jeugdhulp met verblijf in the year before `vanaf`, € per year. */
	basisEuro: number;
	/** Yearly growth of that spending without the extra investment (0.046 = 4,6 %). */
	groeiZonder: number;
	/** Yearly growth with the extra investment. */
	groeiMet: number;
}

export interface LocalTeamsResult {
	years: number[];
	/** The extra investment, € per year (a cost, ≥ 0). */
	investment: number[];
	/** Spending avoided because growth is slower, € per year (negative if growth is faster). */
	avoided: number[];
	/** avoided − investment. */
	net: number[];
	cumulativeNet: number[];
	/**
	 * The first year from which the cumulative net stays ≥ 0 up to the last year, or null: no
	 * investment, or not earned back within the years.
	 */
	breakEven: number | null;
}

/**
 * Year by year: without the investment the spending grows by `groeiZonder` a year from the
 * base; with it, by the same until the effect starts (vanaf + vertraging) and by `groeiMet` from
 * then on. The difference is the spending avoided.
 *
 * @example base 10 mln, 5 % vs 2 %, from 2024 with 1 year delay: 2025 avoids
 *   10 mln × 1,05 × (1,05 − 1,02) = € 315.000.
 */
export function localTeams(lever: LocalTeamsLever, years: readonly number[]): LocalTeamsResult {
	const effectFrom = lever.vanaf + lever.vertraging;
	const investment: number[] = [];
	const avoided: number[] = [];
	for (const year of years) {
		investment.push(year >= lever.vanaf ? lever.investeringEuro : 0);
		if (year < effectFrom) {
			avoided.push(0);
			continue;
		}
		const before = lever.basisEuro * (1 + lever.groeiZonder) ** (effectFrom - lever.vanaf);
		const yearsOfEffect = year - effectFrom + 1;
		avoided.push(before * ((1 + lever.groeiZonder) ** yearsOfEffect - (1 + lever.groeiMet) ** yearsOfEffect));
	}
	const net = avoided.map((a, i) => a - investment[i]!);
	let running = 0;
	const cumulativeNet = net.map((n) => (running += n));
	return { years: [...years], investment, avoided, net, cumulativeNet, breakEven: breakEvenYear(years, cumulativeNet, investment) };
}

function breakEvenYear(years: readonly number[], cumulativeNet: readonly number[], investment: readonly number[]): number | null {
	if (!investment.some((x) => x > 0)) return null;
	let from: number | null = null;
	cumulativeNet.forEach((c, i) => {
		if (c < 0) from = null;
		else if (from === null && investment.slice(0, i + 1).some((x) => x > 0)) from = years[i]!;
	});
	return from;
}

/** A growth over `years` years as a growth per year: 25 % over 5 years is 4,56 % a year. */
export function yearlyGrowth(total: number, years: number): number {
	return (1 + total) ** (1 / years) - 1;
}
