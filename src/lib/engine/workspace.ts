import type { Distribution } from './distributions';
import { pertTable } from './inverse';

/**
 * What a caller of the Monte Carlo keeps between runs: the arrays of the draws (100 000 draws
 * over 14 years take 11 MB per array; allocating them for every run costs more collection time
 * than the statistics take) and the PERT tables (each thousands of inverse beta functions). The
 * engine keeps nothing between calls itself: a worker, the CLI or a test owns its workspace, and
 * two runs at the same time use two.
 */
export class MonteCarloWorkspace {
	private readonly arrays = new Map<'a' | 'b', { savings: Float64Array; costs: Float64Array }>();
	private readonly tables = new Map<string, Float64Array>();

	/** Arrays of `length` for draws: `a`, and `b` for the second scenario of a comparison. Reused while their length fits. */
	totals(name: 'a' | 'b', length: number): { savings: Float64Array; costs: Float64Array } {
		let totals = this.arrays.get(name);
		if (totals?.savings.length !== length) this.arrays.set(name, (totals = { savings: new Float64Array(length), costs: new Float64Array(length) }));
		return totals!;
	}

	/** A PERT's table of quantiles, built once per parameters (at most 256 kept). */
	readonly pert = (d: Extract<Distribution, { kind: 'pert' }>): Float64Array => {
		const key = `${d.min}|${d.modus}|${d.max}`;
		let table = this.tables.get(key);
		if (!table) {
			if (this.tables.size >= 256) this.tables.clear();
			this.tables.set(key, (table = pertTable(d)));
		}
		return table;
	};
}
