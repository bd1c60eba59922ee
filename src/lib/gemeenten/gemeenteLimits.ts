import type { Gemeente } from '../engine';

/** A figure of a gemeente as every way in checks it: a CSV row, a link, the browser's storage and the number fields. */
export interface FigureLimit {
	min: number;
	max: number;
	/** Counts are whole numbers of people. */
	whole: boolean;
	label: string;
}

export type GemeenteFigure = 'jeugdigen' | 'inwoners' | 'budgetEuro' | 'aandeel';

/** The ranges of a gemeente's figures (the largest gemeente has about 930.000 inwoners and 170.000 jongeren). */
export const GEMEENTE_LIMITS: Readonly<Record<GemeenteFigure, FigureLimit>> = {
	jeugdigen: { min: 0, max: 5e6, whole: true, label: 'jongeren' },
	inwoners: { min: 1, max: 3e7, whole: true, label: 'inwoners' },
	budgetEuro: { min: 0, max: 2e10, whole: false, label: 'jeugdhulpbudget' },
	// a share is 0, or at least 0,00001 %: smaller ones are no gemeente's and only make rounding noise
	aandeel: { min: 0, max: 1, whole: false, label: 'aandeel' }
};
const SMALLEST_SHARE = 1e-7;

/** A gemeente code as CBS writes it (GM0363), or a short own code of letters, digits, spaces and dashes. */
export const GEMEENTE_CODE = /^[A-Za-z0-9 -]{1,12}$/;

/** Dutch notation, except for numbers so small that it would show them as 0. */
const n = (x: number) => (x === 0 || Math.abs(x) >= 1e-3 ? x.toLocaleString('nl-NL', { maximumFractionDigits: 6 }) : String(x));

/**
 * Why a figure cannot be a gemeente's, in Dutch, or null: not finite, outside its range, a count
 * that is not whole, or a share too small to be one.
 *
 * @example figureProblem('jeugdigen', 9e9) // 'jongeren 9.000.000.000 ligt niet tussen 0 en 5.000.000'
 */
export function figureProblem(field: GemeenteFigure, value: number): string | null {
	const limit = GEMEENTE_LIMITS[field];
	if (!Number.isFinite(value)) return `${limit.label} is geen eindig getal`;
	if (value < limit.min || value > limit.max) return `${limit.label} ${n(value)} ligt niet tussen ${n(limit.min)} en ${n(limit.max)}`;
	if (limit.whole && !Number.isInteger(value)) return `${limit.label} ${n(value)} is geen heel aantal`;
	if (field === 'aandeel' && value !== 0 && value < SMALLEST_SHARE) return `aandeel ${value} is kleiner dan 0,00001 %`;
	return null;
}

/** The figure itself, with −0 read as 0 (so nothing ever shows "−0"). */
export const cleanFigure = (value: number) => (value === 0 ? 0 : value);

/** Every problem of a gemeente's figures (null figures are unknown, not wrong). */
export function gemeenteProblems(gemeente: Gemeente): string[] {
	return (Object.keys(GEMEENTE_LIMITS) as GemeenteFigure[]).flatMap((field) => {
		const value = gemeente[field];
		if (value === null) return [];
		const problem = figureProblem(field, value);
		return problem ? [problem] : [];
	});
}
