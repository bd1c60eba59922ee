import { rampFraction, shapeFraction } from './rampUp';
import { PM, type Measure, type RampCurve } from './types';
import { FIRST_YEAR, TABLE_YEARS } from './years';

/**
 * How a line lies over the years, for one timing: a row of numbers per year that the line's
 * factor multiplies. These are the domain rules of timing, shared by the reference evaluator
 * (one draw at a time) and the Monte Carlo's fast one (each row built once, reused by every draw
 * with the same timing), so both place every amount in the same year.
 */

/**
 * A table row split into its saving and its cost, per table year (2022 … 2028):
 * - `saving`: the positive part of each cell, NaN where the cell is PM;
 * - `cost`: the size of each negative cell (B3 −47 → 47), 0 elsewhere and where PM.
 *
 * @example splitCells(b3).cost // [47, 47, 46, 44, 43, 0, 0]
 */
export function splitCells(measure: Measure): { saving: Float64Array; cost: Float64Array } {
	const saving = new Float64Array(TABLE_YEARS.length);
	const cost = new Float64Array(TABLE_YEARS.length);
	measure.amounts.forEach((amount, i) => {
		saving[i] = amount === PM ? NaN : amount > 0 ? amount : 0;
		cost[i] = amount === PM || amount >= 0 ? 0 : -amount;
	});
	return { saving, cost };
}

/**
 * Table cells moved `delay` years later (earlier when negative), per year of `years`: a year
 * before the first cell takes the first cell's status (PM stays PM, an amount before its start
 * is 0), a year after 2028 keeps the 2028 cell.
 *
 * @example printedRow([NaN, 6, 12], [2022, 2023, 2024], 1) // [NaN, NaN, 6]: PM stays PM
 */
export function printedRow(cells: Float64Array, years: readonly number[], delay: number): Float64Array {
	const last = cells.length - 1;
	const before = Number.isNaN(cells[0]!) ? NaN : 0;
	return Float64Array.from(years, (year) => {
		const index = year - delay - FIRST_YEAR;
		return index < 0 ? before : cells[index > last ? last : index]!;
	});
}

/** A scenario's ramp curve moved `shift` years later: the fraction of the structural level per year. */
export function rampRow(curve: Exclude<RampCurve, { kind: 'asPrinted' }>, years: readonly number[], shift: number): Float64Array {
	return Float64Array.from(years, (year) => rampFraction(curve, year - shift));
}

/** A step, linear or S-curve from formula years (start, full), moved `delay` years later. */
export function shapeRow(kind: 'step' | 'linear' | 'logistic', start: number, full: number, delay: number, years: readonly number[]): Float64Array {
	return Float64Array.from(years, (year) => shapeFraction(kind, start, full, undefined, year - delay));
}

/**
 * When a cost line of `eenmalig` or `jaarlijks` falls: its first and last year. Years before
 * 2022 move to 2022 so an eenmalig total is never lost; a jaarlijks line without an end runs on.
 *
 * @example costSpan('eenmalig', 2019, 2022) // { first: 2022, last: 2022 }
 */
export function costSpan(kind: 'eenmalig' | 'jaarlijks', from: number, until: number): { first: number; last: number } {
	const first = from > FIRST_YEAR ? from : FIRST_YEAR;
	const last = kind === 'jaarlijks' ? until : until > first ? until : first;
	return { first, last };
}

/**
 * The share of a cost line's amount in each year of its span: 1 / (number of years) for an
 * eenmalig total, 1 for a jaarlijks amount, 0 outside the span.
 *
 * @example spanRow('eenmalig', 2022, 2025, [2021, 2022, 2026]) // [0, 0.25, 0]
 */
export function spanRow(kind: 'eenmalig' | 'jaarlijks', first: number, last: number, years: readonly number[]): Float64Array {
	const share = kind === 'jaarlijks' ? 1 : 1 / (last - first + 1);
	return Float64Array.from(years, (year) => (year >= first && year <= last ? share : 0));
}
