import type { RampCurve, Timetable, TimetablePhase, TimetablePhaseId } from './types';

/** The three phases in order: a doorlooptijd tot implementatie, b implementatie, c realisatie (document 004 L638–639). */
export const TIMETABLE_PHASES: readonly TimetablePhaseId[] = ['a', 'b', 'c'];

/** A phase's first year, where the fiche gives one (or we placed it, `afgeleid`). */
function startOf(phase: TimetablePhase | undefined): number | null {
	return phase && (phase.status === 'jaren' || phase.status === 'afgeleid') ? phase.from : null;
}

/**
 * The ramp a measure's timetable gives its saving, for a measure whose table has no series (PM in
 * every year): the curve its mechanism takes (data/mechanismen.json; a test keeps the two the
 * same), so that a structural amount a scenario gives it lies in time as the fiche says. Our
 * rule, not the fiche's: nothing during the lead time (a); from the first year of implementation (b) the
 * saving grows in equal steps to its full level in the first year of realisation (c); without a
 * year for c it is full from the first year of b; with a year only for c, full from then. Null
 * where neither b nor c has a year.
 *
 * @example timetableCurve(b19) // { kind: 'step', start: 2023 }: implementation from 2023, no year for c
 */
export function timetableCurve(timetable: Timetable | undefined): Exclude<RampCurve, { kind: 'asPrinted' | 'custom' }> | null {
	if (!timetable) return null;
	const b = startOf(timetable.phases.find((p) => p.phase === 'b'));
	const c = startOf(timetable.phases.find((p) => p.phase === 'c'));
	if (c !== null) return b !== null && b < c ? { kind: 'linear', start: b, full: c } : { kind: 'step', start: c };
	return b !== null ? { kind: 'step', start: b } : null;
}
