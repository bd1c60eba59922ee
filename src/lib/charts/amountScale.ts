import { extent } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/**
 * The amount axis of a chart: every value and 0 in view, widened to round ticks, mapped onto
 * `range` (the plot's bottom, then its top).
 */
export function amountScale(values: readonly number[], range: [number, number]): ScaleLinear<number, number> {
	const [lo, hi] = extent([0, ...values]) as [number, number];
	return scaleLinear().domain([lo, hi]).nice().range(range);
}
