import type { Dataset, ScenarioResult, UncertaintyResult } from '../engine';
import { targetSeries } from '../engine';
import type { PlainTable } from './compareTable';
import { yearHeader, type Cell } from './resultTable';

/** A scenario from a year on: its deterministic result and, once computed, its Monte Carlo. */
export interface HorizonEntry {
	name: string;
	result: ScenarioResult;
	uncertainty: UncertaintyResult | null;
}

/** One scenario's net from `from` to its last year, with the P10–P90 of its draws where known and the sum over those years. */
export interface HorizonRow {
	name: string;
	net: number[];
	low: (number | null)[];
	high: (number | null)[];
	/** Net summed over the years from `from`: what the framework from then on can count on. */
	total: number;
	/** True per year where the table has no column and the last year carries on. */
	extrapolated: boolean[];
}

/**
 * The net of each scenario from `from` (2028: the financial framework the second advice is about)
 * to its last year; every result must run over the same years.
 *
 * @example horizonRows([{ name: 'Rijk', result, uncertainty: null }], 2028)[0].net[0] // 1739
 */
export function horizonRows(entries: readonly HorizonEntry[], from: number): HorizonRow[] {
	return entries.map(({ name, result, uncertainty }) => {
		const at = result.years.indexOf(from);
		if (at < 0) throw new Error(`het jaar ${from} valt buiten de uitkomst`);
		const net = result.totals.net.slice(at);
		const mc = uncertainty && uncertainty.years.join() === result.years.join() ? uncertainty : null;
		return {
			name,
			net,
			low: mc ? mc.net.p10.slice(at) : net.map(() => null),
			high: mc ? mc.net.p90.slice(at) : net.map(() => null),
			total: net.reduce((a, b) => a + b, 0),
			extrapolated: result.extrapolated.slice(at)
		};
	});
}

/** The chance of each scenario reaching one frame's target, in the first and the last year from `from`. */
export interface HorizonChance {
	targetId: string;
	/** The frame's amount in the first and last year; null where it gives none (PM or unknown). */
	amounts: [number | null, number | null];
	/** Per scenario the chance in the first and the last year; null without a Monte Carlo or without an amount. */
	chances: [number | null, number | null][];
}

/** Per frame (data/doelen.csv) the chance each scenario reaches it in `from` and in its last year, from the same draws. */
export function horizonChances(dataset: Dataset, entries: readonly HorizonEntry[], from: number): HorizonChance[] {
	const years = entries[0]!.result.years;
	const at = years.indexOf(from);
	const last = years.length - 1;
	return dataset.targets.map((t) => {
		const { values } = targetSeries(dataset, t.id, years);
		const amounts: [number | null, number | null] = [values[at]!, values[last]!];
		const chances = entries.map(({ uncertainty }): [number | null, number | null] => {
			const p = uncertainty?.targetChances.find((c) => c.id === t.id)?.pTarget;
			return [amounts[0] === null ? null : (p?.[at] ?? null), amounts[1] === null ? null : (p?.[last] ?? null)];
		});
		return { targetId: t.id, amounts, chances };
	});
}

/** The rows as one CSV table: per scenario net, P10 and P90 per year, and the sum (€ mln). */
export function horizonTable(rows: readonly HorizonRow[], years: readonly number[], from: number): PlainTable {
	const shown = years.slice(years.indexOf(from));
	const header: Cell[] = [
		'Scenario',
		'Regel',
		...shown.map((y, i) => yearHeader(rows[0]?.extrapolated[i] ? `${y} (extrapolatie)` : String(y), '€ mln')),
		`Som ${from}–${shown.at(-1)} (€ mln)`
	];
	const body = rows.flatMap((r): Cell[][] => [
		[r.name, 'Netto', ...r.net, r.total],
		[r.name, 'Netto P10', ...r.low, ''],
		[r.name, 'Netto P90', ...r.high, '']
	]);
	return { header, rows: body };
}
