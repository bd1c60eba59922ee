import type { TornadoPull } from '../engine';
import { formatMln } from '../format/formatMln';

/** Half a million either way is "on" the figure without uncertainty: below what the page rounds to. */
const NEGLIGIBLE = 0.5;

/**
 * Why the middle of the band lies where it does, in one Dutch sentence: how far the median is from
 * the figure without uncertainty, and the inputs that pull it that way most (the tornado's pulls:
 * each input on its own moved from the scenario's value to its median). Inputs pulling the other
 * way are left out; where no input on its own explains the shift, the sentence says so.
 *
 * @example bandWords({ year: 2028, cumulative: false }, 854, 1018, [{ id: 'b17.besparingPerKind', label: 'B17: besparing per kind', mln: -88 }])
 * // 'De mediaan van het netto in 2028 ligt € 164 mln onder de uitkomst zonder onzekerheid (€ 854 mln tegen € 1.018 mln), vooral door B17: besparing per kind (€ −88 mln).'
 */
export function bandWords(metric: { year: number; cumulative: boolean }, median: number, certain: number, pulls: readonly TornadoPull[]): string {
	const what = metric.cumulative ? `het cumulatieve netto t/m ${metric.year}` : `het netto in ${metric.year}`;
	const shift = median - certain;
	if (Math.abs(shift) < NEGLIGIBLE) {
		return `De mediaan van ${what} (${formatMln(median)}) ligt op de uitkomst zonder onzekerheid: de verdelingen liggen om de waarden van het scenario heen.`;
	}
	const direction = shift < 0 ? 'onder' : 'boven';
	const head = `De mediaan van ${what} ligt ${formatMln(Math.abs(shift))} ${direction} de uitkomst zonder onzekerheid (${formatMln(median)} tegen ${formatMln(certain)})`;
	// the pulls that go the same way and matter: at least a tenth of the shift, three at most
	const why = pulls.filter((p) => Math.sign(p.mln) === Math.sign(shift) && Math.abs(p.mln) >= Math.abs(shift) / 10).slice(0, 3);
	if (why.length === 0) return `${head}; geen invoer verklaart dat op zichzelf: het komt uit hun samenspel.`;
	const named = why.map((p) => `${p.label} (${formatMln(p.mln)})`);
	const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} en ${named.at(-1)}`;
	return `${head}, vooral door ${list}.`;
}
