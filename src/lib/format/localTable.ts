import type { LocalImpact, Share, ShareKey } from '../engine';
import { formatEuros, formatShare } from './formatEuros';
import type { PlainTable } from './compareTable';
import type { Cell } from './resultTable';

/** How each key is named on screen and in exports. */
export const KEY_LABELS: Record<ShareKey, string> = {
	jeugdigen: 'aandeel in de jongeren (0 tot 20 jaar)',
	budget: 'aandeel in het jeugdhulpbudget',
	aandeel: 'ingevuld aandeel'
};

export interface LocalEntry {
	naam: string;
	code: string | null;
	key: ShareKey;
	impact: LocalImpact;
}

const euros = (x: number) => Math.round(x) || 0;
const cents = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100 || 0);
/** Costs carry a minus sign, as in every table. */
const minus = (x: number | undefined) => (x === undefined ? undefined : -x);

/**
 * Per gemeente per year, one row each (a long table that pivots well in Excel): the share, the
 * gemeente's besparing, invoeringskosten (with a minus sign) and netto in whole euros, the same
 * per inwoner and per jeugdige in euros and cents, and, with a Monte Carlo, the P10 and P90 of netto
 * (their heads name the draws and seed).
 */
export function localTable(entries: readonly LocalEntry[]): PlainTable {
	// every entry's bands come from the same Monte Carlo: the column heads name its draws
	const drawn = entries.find((e) => e.impact.bands !== null)?.impact.bands;
	const withBands = drawn !== undefined;
	const header: Cell[] = ['Gemeente', 'Code', 'Sleutel', 'Aandeel (%)', 'Jaar', 'Besparing (€)', 'Invoeringskosten (€)', 'Netto (€)', 'Cumulatief netto (€)'];
	for (const head of ['inwoner', 'jongere']) header.push(`Besparing per ${head} (€)`, `Invoeringskosten per ${head} (€)`, `Netto per ${head} (€)`);
	if (drawn) {
		const draws = `${drawn.runs.toLocaleString('nl-NL')} trekkingen, seed ${drawn.seed}`;
		header.push(`Netto P10 (€; ${draws})`, `Netto P90 (€; ${draws})`);
	}
	const rows = entries.flatMap(({ naam, code, key, impact }) =>
		impact.years.map((year, i) => {
			const row: Cell[] = [
				naam,
				code ?? '',
				KEY_LABELS[key],
				Math.round(impact.share * 1e8) / 1e6,
				year,
				euros(impact.euros.savings[i]!),
				euros(-impact.euros.costs[i]!),
				euros(impact.euros.net[i]!),
				euros(impact.euros.cumulativeNet[i]!),
				...[impact.perInwoner, impact.perJeugdige].flatMap((per) => [per?.savings[i], minus(per?.costs[i]), per?.net[i]].map((x) => cents(x) ?? ''))
			];
			if (withBands) row.push(impact.bands ? euros(impact.bands.net.p10[i]!) : '', impact.bands ? euros(impact.bands.net.p90[i]!) : '');
			return row;
		})
	);
	return { header, rows };
}

/**
 * The key in use in words, with the two numbers it divides:
 * "37.195 van 3.719.481 jongeren (0 tot 20 jaar) = 1 %".
 */
export function describeShare(share: Extract<Share, { ok: true }>): string {
	const n = (x: number) => x.toLocaleString('nl-NL', { maximumFractionDigits: 0 });
	if (share.key === 'jeugdigen') return `${n(share.part)} van ${n(share.whole)} jongeren (0 tot 20 jaar) = ${formatShare(share.share)}`;
	if (share.key === 'budget') return `${formatEuros(share.part)} van ${formatEuros(share.whole)} landelijk jeugdhulpbudget = ${formatShare(share.share)}`;
	return `${formatShare(share.share)} van elk landelijk bedrag, zelf ingevuld`;
}
