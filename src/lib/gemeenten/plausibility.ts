import type { Gemeente, NationalTotals } from '../engine';
import { defaultView } from './gemeenteView';
import type { Dataset } from '../engine';

/**
 * Jongeren (0 tot 20 jaar) as a share of inwoners that a Dutch gemeente can have: nationally 20,6 %;
 * in 2025 from 11,6 % (Vlieland) to 35,2 % (Urk), CBS 70072ned.
 */
export const YOUTH_SHARE_RANGE = { min: 0.1, max: 0.4 } as const;

const n = (x: number) => x.toLocaleString('nl-NL', { maximumFractionDigits: 0 });
const pct = (x: number) => `${(x * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;

/**
 * What does not fit in a gemeente's figures, told at the field it concerns (Dutch), or null:
 * more jeugdigen than inwoners, or a youth share far from any Dutch gemeente's.
 *
 * @example jeugdigenProblem({ jeugdigen: 34000, inwoners: 20000, … }, national) // 'Meer jongeren (34.000) dan inwoners (20.000) …'
 */
export function jeugdigenProblem(gemeente: Gemeente, national: NationalTotals): string | null {
	const { jeugdigen, inwoners } = gemeente;
	if (jeugdigen === null || inwoners === null || !(inwoners > 0)) return null;
	if (jeugdigen > inwoners) return `Meer jongeren (${n(jeugdigen)}) dan inwoners (${n(inwoners)}): dat kan niet. Controleer beide getallen.`;
	const share = jeugdigen / inwoners;
	if (share >= YOUTH_SHARE_RANGE.min && share <= YOUTH_SHARE_RANGE.max) return null;
	return (
		`${n(jeugdigen)} jongeren is ${pct(share)} van ${n(inwoners)} inwoners; landelijk is dat ${pct(national.jeugdigen / national.inwoners)} ` +
		`(${n(national.jeugdigen)} van ${n(national.inwoners)}). Klopt het aantal jongeren (0 tot 20 jaar)?`
	);
}

/**
 * A count of the example gemeente that the user has not changed: when the user enters the other
 * count, this one is no longer an example of the same gemeente and must not stay in silence.
 */
export function isExampleCount(dataset: Dataset, gemeente: Gemeente, field: 'jeugdigen' | 'inwoners'): boolean {
	const example = defaultView(dataset).gemeente;
	return gemeente.naam === example.naam && gemeente.code === null && gemeente[field] === example[field];
}
