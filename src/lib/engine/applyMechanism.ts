import type { CompiledFormula, CostLine, CurveSpec, MeasureOverride, Mechanism, RampCurve } from './types';
import { FIRST_YEAR } from './years';

/** Driver results are rounded to 1e-6 € mln (one euro), so 0,29 − 0,25 gives exactly 4 %. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The override a mechanism implies for its measure under the given assumption values: the
 * structural amount from its formula and the curve with its parameters filled in. A scenario's
 * own override wins field by field.
 *
 * @example mechanismOverride(b17, { kinderen: 10000, succes: 0.25, besparingPerKind: 60000, startjaar: 2026, … })
 * // { structuralMln: 150, curve: { kind: 'asPrinted', delay: 0 } }
 */
export function mechanismOverride(
	mechanism: Mechanism,
	scope: Readonly<Record<string, number>>,
	own: MeasureOverride | undefined
): MeasureOverride {
	const structuralMln = own?.structuralMln ?? (mechanism.structural ? round6(mechanism.structural.evaluate(scope)) : undefined);
	const curve = own?.curve ?? (mechanism.curve ? resolveCurve(mechanism.curve, scope) : undefined);
	return { ...(structuralMln === undefined ? {} : { structuralMln }), ...(curve ? { curve } : {}) };
}

function resolveCurve(spec: CurveSpec, scope: Readonly<Record<string, number>>): RampCurve {
	const year = (f: CompiledFormula) => Math.round(f.evaluate(scope));
	const delay = spec.delay ? { delay: year(spec.delay) } : {};
	switch (spec.kind) {
		case 'asPrinted':
			return { kind: 'asPrinted', ...delay };
		case 'step':
			return { kind: 'step', start: year(spec.start), ...delay };
		case 'linear':
		case 'logistic': {
			const start = year(spec.start);
			return { kind: spec.kind, start, full: Math.max(start, year(spec.full)), ...delay };
		}
	}
}

/**
 * A cost line per year (€ mln, ≥ 0). `eenmalig` spreads its total evenly over `from` … `until`;
 * years before 2022 are moved to 2022 so the total is never lost. `jaarlijks` repeats its
 * amount from `from` (to `until`, if given).
 *
 * @example costLinePerYear(afbouw, { kostenMee: 1, afbouwkosten: 295, afbouwJaren: 4, startjaar: 2026 }, [2022, …, 2028])
 * // [73.75, 73.75, 73.75, 73.75, 0, 0, 0]
 */
export function costLinePerYear(line: CostLine, scope: Readonly<Record<string, number>>, years: readonly number[]): number[] {
	const amount = Math.max(0, line.amount.evaluate(scope));
	const from = Math.max(FIRST_YEAR, Math.round(line.from.evaluate(scope)));
	const rawUntil = line.until ? Math.round(line.until.evaluate(scope)) : Infinity;
	if (line.kind === 'jaarlijks') return years.map((y) => (y >= from && y <= rawUntil ? amount : 0));
	const until = Math.max(from, rawUntil);
	const share = amount / (until - from + 1);
	return years.map((y) => (y >= from && y <= until ? share : 0));
}
