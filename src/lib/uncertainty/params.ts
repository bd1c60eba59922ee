import { parseNumber } from '../data/parseNumber';

/** Sample counts offered in the app. */
export const RUN_CHOICES: readonly number[] = [1000, 10_000, 50_000, 100_000];
export const DEFAULT_RUNS = 10_000;

/**
 * A run of many draws first answers with its first FIRST_BATCH draws (the same draws, the streams
 * being the same from the start), shown at once while the rest is computed: from three times that
 * many, so the first batch adds at most a third to the work.
 *
 * @example firstBatch(100_000) // 10000; firstBatch(10_000) // null
 */
export const FIRST_BATCH = 10_000;
export function firstBatch(runs: number): number | null {
	return runs >= 3 * FIRST_BATCH ? FIRST_BATCH : null;
}
export const DEFAULT_SEED = 1;
export const MAX_SEED = 0xffffffff;

/** A seed typed by the user (Dutch notation, as every typed number: "1.234" is 1234), or a Dutch message saying what is wrong with it. */
export function parseSeed(text: string): { seed: number } | { problem: string } {
	const read = parseNumber(text);
	const value = read.ok ? read.value : NaN;
	return Number.isInteger(value) && value >= 0 && value <= MAX_SEED
		? { seed: value }
		: { problem: `de seed moet een geheel getal van 0 tot en met ${MAX_SEED.toLocaleString('nl-NL')} zijn` };
}

/**
 * A chance as people say it: "34 %", and "< 1 %" / "> 99 %" where rounding would claim certainty.
 * @example formatChance(0.3449) // '34 %'
 */
export function formatChance(p: number): string {
	if (!Number.isFinite(p)) return '—';
	if (p === 0 || p === 1) return `${p * 100 + 0} %`;
	const percent = Math.round(p * 100);
	if (percent < 1) return '< 1 %';
	if (percent > 99) return '> 99 %';
	return `${percent} %`;
}
