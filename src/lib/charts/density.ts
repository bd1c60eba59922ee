import { bin } from 'd3-array';
import { quantile, type Distribution } from '../engine';

/** The shape of a distribution, as a small chart draws it: bars for a keuze, else a density over bins. */
export type DensityShape =
	{ kind: 'bars'; bars: { x: number; p: number }[] } | { kind: 'curve'; x0: number; x1: number; bins: { x0: number; x1: number; density: number }[] };

/**
 * The shape of a distribution for an input that ranges over [min, max]: the draws the model would
 * make, held in that range as the model holds them. A keuze gives its options; any other kind is
 * read from its quantile function at `steps` evenly spaced chances (the model's own inverse, so the
 * picture is what is drawn), binned by d3 between its 0,5th and 99,5th percentile.
 *
 * @example densityOf({ kind: 'uniform', min: 0, max: 1 }).kind // 'curve', with equal bins
 */
export function densityOf(d: Distribution, range: { min: number; max: number } = { min: -Infinity, max: Infinity }, steps = 400, bins = 30): DensityShape {
	const held = (x: number) => Math.min(range.max, Math.max(range.min, x));
	if (d.kind === 'keuze') return { kind: 'bars', bars: [...d.options].map((o) => ({ x: held(o.value), p: o.chance })).sort((a, b) => a.x - b.x) };
	const xs = Array.from({ length: steps }, (_, i) => held(quantile(d, (i + 0.5) / steps)));
	const lo = held(quantile(d, 0.005));
	const hi = held(quantile(d, 0.995));
	if (!(hi > lo)) return { kind: 'bars', bars: [{ x: lo, p: 1 }] };
	const binned = bin()
		.domain([lo, hi])
		.thresholds(bins)(xs.map((x) => Math.min(hi, Math.max(lo, x))))
		.filter((b) => b.x1! > b.x0!);
	return {
		kind: 'curve',
		x0: lo,
		x1: hi,
		bins: binned.map((b) => ({ x0: b.x0!, x1: b.x1!, density: b.length / steps / (b.x1! - b.x0!) }))
	};
}
