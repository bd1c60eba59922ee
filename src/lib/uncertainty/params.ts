import { parseNumber } from '../data/parseNumber';
import { MAX_RUNS, MIN_RUNS } from '../engine';

/** Sample counts offered in the app. */
export const RUN_CHOICES: readonly number[] = [1000, 10_000, 50_000, 100_000];
export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;
const MAX_SEED = 0xffffffff;

/**
 * Draws and seed from a link's query (`trekkingen`, `seed`). Anything else than a whole number
 * in range is not used: the default stays, and the problem is named in Dutch.
 *
 * @example readUncertaintyParams(new URLSearchParams('trekkingen=50000&seed=7')) // { runs: 50000, seed: 7, problems: [] }
 */
export function readUncertaintyParams(query: URLSearchParams): { runs: number; seed: number; problems: string[] } {
	const problems: string[] = [];
	const whole = (name: string, min: number, max: number, fallback: number, what: string) => {
		const text = query.get(name);
		if (text === null) return fallback;
		const value = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
		if (Number.isInteger(value) && value >= min && value <= max) return value;
		problems.push(`${what} in de link ("${text.slice(0, 20)}") is geen geheel getal van ${min.toLocaleString('nl-NL')} tot en met ${max.toLocaleString('nl-NL')}; ${fallback.toLocaleString('nl-NL')} wordt gebruikt.`);
		return fallback;
	};
	return {
		runs: whole('trekkingen', MIN_RUNS, MAX_RUNS, DEFAULT_RUNS, 'Het aantal trekkingen'),
		seed: whole('seed', 0, MAX_SEED, DEFAULT_SEED, 'De seed'),
		problems
	};
}

/** A seed typed by the user (Dutch notation, as every typed number: "1.234" is 1234), or a Dutch message saying what is wrong with it. */
export function parseSeed(text: string): { seed: number } | { problem: string } {
	const read = parseNumber(text);
	const value = read.ok ? read.value : NaN;
	return Number.isInteger(value) && value >= 0 && value <= MAX_SEED ? { seed: value } : { problem: `de seed moet een geheel getal van 0 tot en met ${MAX_SEED.toLocaleString('nl-NL')} zijn` };
}

/**
 * A chance as people say it: "34 %", and "< 1 %" / "> 99 %" where rounding would claim certainty.
 * @example formatChance(0.3449) // '34 %'
 */
export function formatChance(p: number): string {
	if (p === 0 || p === 1) return `${p * 100} %`;
	const percent = Math.round(p * 100);
	if (percent < 1) return '< 1 %';
	if (percent > 99) return '> 99 %';
	return `${percent} %`;
}
