import type { RampCurve } from './types';

type ShapedCurve = Exclude<RampCurve, { kind: 'asPrinted' }>;

/** Default steepness of the logistic curve: the rise spans about ±5 units of k·(year − midpoint). */
const LOGISTIC_SPAN = 10;

function clamp01(x: number): number {
	return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * The fraction (0…1) of the structural amount realised in `year` under a shaped curve.
 *
 * - `step`: 0 before `start`, 1 from `start`.
 * - `linear`: equal steps; `start` is the first year with effect, `full` the first at 100 %:
 *   fraction = (year − start + 1) / (full − start + 1).
 * - `logistic`: an S-curve through 0 in the year before `start` and 1 in `full`, symmetric
 *   around their midpoint (where it is exactly 0,5); `steepness` k defaults to 10 / span.
 * - `custom`: `fractions[i]` applies to year `from + i`; 0 before, the last value after.
 *
 * `delay` shifts every curve `delay` years later (a law change takes about 4).
 *
 * @example rampFraction({ kind: 'linear', start: 2022, full: 2025 }, 2023) // 0.5
 */
export function rampFraction(curve: ShapedCurve, year: number): number {
	const y = year - (curve.delay ?? 0);
	if (curve.kind !== 'custom')
		return shapeFraction(curve.kind, curve.start, curve.kind === 'step' ? curve.start : curve.full, curve.kind === 'logistic' ? curve.steepness : undefined, y);
	const i = y - curve.from;
	if (i < 0 || curve.fractions.length === 0) return 0;
	return curve.fractions[Math.min(i, curve.fractions.length - 1)] ?? 0;
}

/**
 * The fraction of a step, linear or logistic curve in year `y` (delay already taken off), from
 * plain numbers: the Monte Carlo calls this per draw without building a curve object.
 * For a step, `full` is ignored.
 */
export function shapeFraction(kind: 'step' | 'linear' | 'logistic', start: number, full: number, steepness: number | undefined, y: number): number {
	switch (kind) {
		case 'step':
			return y >= start ? 1 : 0;
		case 'linear':
			return clamp01((y - start + 1) / (full - start + 1));
		case 'logistic': {
			if (y < start) return 0;
			if (y >= full) return 1;
			const zeroYear = start - 1;
			const span = full - zeroYear;
			const k = steepness ?? LOGISTIC_SPAN / span;
			const midpoint = (zeroYear + full) / 2;
			const s = (t: number) => 1 / (1 + Math.exp(-k * (t - midpoint)));
			return clamp01((s(y) - s(zeroYear)) / (s(full) - s(zeroYear)));
		}
	}
}

/**
 * Apply a shaped curve to a structural amount: the amount per year for `years`.
 *
 * @example rampUp({ kind: 'linear', start: 2024, full: 2026 }, 300, [2023, 2024, 2025, 2026])
 * // [0, 100, 200, 300]
 */
export function rampUp(curve: ShapedCurve, structuralMln: number, years: readonly number[]): number[] {
	return years.map((year) => structuralMln * rampFraction(curve, year));
}
