/**
 * Round half away from zero to `digits` decimals: 148,75 → 148,8 and −148,75 → −148,8, as a
 * reader rounds by hand (Math.round rounds −0,5 up, to −0). The scaled value is first taken to
 * 15 significant digits, so 1,005 (stored as 1,00499999…) rounds to 1,01 as it is written. Never
 * gives −0.
 *
 * @example roundHalfAway(-148.75, 1) // -148.8
 * @example roundHalfAway(2.5) // 3
 */
export function roundHalfAway(x: number, digits = 0): number {
	if (!Number.isFinite(x)) return x;
	// beyond 2^53 every double is whole already; scaling it could overflow to ∞
	if (Math.abs(x) >= 2 ** 53) return x;
	const scale = 10 ** digits;
	const magnitude = Math.round(Number((Math.abs(x) * scale).toPrecision(15))) / scale;
	return magnitude === 0 ? 0 : x < 0 ? -magnitude : magnitude;
}

/**
 * Half away from zero to whole units, without roundHalfAway's 15-digit step: cheap enough for a
 * value per draw (formula results in the Monte Carlo), and the same in every evaluator. Never −0.
 * @example roundWhole(-2.5) // -3
 */
export function roundWhole(x: number): number {
	return (x < 0 ? -Math.round(-x) : Math.round(x)) || 0;
}

/**
 * A driver formula's level, rounded half away from zero to 1e-6 € mln (one euro), so 0,29 − 0,25
 * gives exactly 4 %.
 * @example round6(5600 * (0.29 - 0.25)) // 224
 */
export function round6(x: number): number {
	return roundWhole(x * 1e6) / 1e6;
}
