import { MAX_RUNS, MIN_RUNS } from '../engine';
import { DEFAULT_RUNS, DEFAULT_SEED, MAX_SEED } from '../uncertainty/params';

/** The query of draws and seed (`trekkingen`, `seed`); defaults are left out. */
export function drawsQuery(draws: { runs: number; seed: number }): URLSearchParams {
	const query = new URLSearchParams();
	if (draws.runs !== DEFAULT_RUNS) query.set('trekkingen', String(draws.runs));
	if (draws.seed !== DEFAULT_SEED) query.set('seed', String(draws.seed));
	return query;
}

/**
 * Draws and seed from a link's query (`trekkingen`, `seed`). Anything else than a whole number
 * in range is not used: the default stays, and the problem is named in Dutch.
 *
 * @example readDrawsQuery(new URLSearchParams('trekkingen=50000&seed=7')) // { runs: 50000, seed: 7, problems: [] }
 */
export function readDrawsQuery(query: URLSearchParams): { runs: number; seed: number; problems: string[] } {
	const problems: string[] = [];
	const whole = (name: string, min: number, max: number, fallback: number, what: string) => {
		const text = query.get(name);
		if (text === null) return fallback;
		const value = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
		if (Number.isInteger(value) && value >= min && value <= max) return value;
		problems.push(
			`${what} in de link ("${text.slice(0, 20)}") is geen geheel getal van ${min.toLocaleString('nl-NL')} tot en met ${max.toLocaleString('nl-NL')}; ${fallback.toLocaleString('nl-NL')} wordt gebruikt.`
		);
		return fallback;
	};
	return {
		runs: whole('trekkingen', MIN_RUNS, MAX_RUNS, DEFAULT_RUNS, 'Het aantal trekkingen'),
		seed: whole('seed', 0, MAX_SEED, DEFAULT_SEED, 'De seed'),
		problems
	};
}
