import type { Gemeente } from '../engine';
import type { BundledGemeente } from './buildGemeenten';

/**
 * Where a gemeente's counts come from, in one Dutch sentence: CBS's, or the user's own beside
 * CBS's; null for a gemeente the CBS table does not hold. Found by its code, else by its name as
 * CBS writes it (a link may give only the name).
 *
 * @example countsOrigin({ naam: 'Ede', code: null, jeugdigen: 26000, … }, gemeenten, source) // 'Eigen invoer, niet de cijfers van Ede bij het CBS (29.407 jongeren, …)'
 */
export function countsOrigin(gemeente: Gemeente, list: readonly BundledGemeente[], source: string): string | null {
	const name = gemeente.naam.trim().toLocaleLowerCase('nl-NL');
	const found = gemeente.code ? list.find((g) => g.code === gemeente.code) : list.find((g) => g.naam.toLocaleLowerCase('nl-NL') === name);
	if (!found) return null;
	const n = (x: number) => x.toLocaleString('nl-NL');
	if (found.inwoners === gemeente.inwoners && found.jongeren === gemeente.jeugdigen) return `${found.naam} (${found.code}): cijfers van ${source}.`;
	return `Eigen invoer, niet de cijfers van ${found.naam} bij het CBS (${n(found.jongeren)} jongeren, ${n(found.inwoners)} inwoners).`;
}
