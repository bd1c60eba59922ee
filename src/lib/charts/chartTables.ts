import type { Band, GapWaterfall, NetHistogram, Tornado } from '../engine';
import { formatAmount } from '../format/formatMln';
import type { ChartColumn, ChartTable } from './chartTable';

/**
 * The year columns: the year as a number (a spreadsheet sorts and looks it up), and where the
 * table runs past 2028 a column that says which years are extrapolated. A year without a target
 * (PM or unknown) has an empty target cell.
 */
const yearColumns = (extrapolated: readonly boolean[]): ChartColumn[] => [
	{ label: 'Jaar', kind: 'label' },
	...(extrapolated.some(Boolean) ? [{ label: 'Soort jaar', kind: 'text' } as const] : [])
];
const yearCells = (year: number, i: number, extrapolated: readonly boolean[]) => [
	year,
	...(extrapolated.some(Boolean) ? [extrapolated[i] ? 'extrapolatie' : 'tabeljaar'] : [])
];
/** Costs carry a minus sign in every table, as on screen. */
const minus = (x: number) => (x === 0 ? 0 : -x);

/** The figures of the savings-and-costs chart: per year besparingen, invoeringskosten (with a minus sign), netto, richtbedrag, and the 80 % bands. */
export function savingsCostsTable(input: {
	years: readonly number[];
	savings: readonly number[];
	costs: readonly number[];
	net: readonly number[];
	target: readonly (number | null)[];
	extrapolated: readonly boolean[];
	outside: { counted: readonly number[]; uncounted: readonly number[] } | null;
	bands: { savings: { low: readonly number[]; high: readonly number[] }; costs: { low: readonly number[]; high: readonly number[] } } | null;
	unit: string;
}): ChartTable {
	const { years, savings, costs, net, target, extrapolated, outside, bands, unit } = input;
	const amount = (label: string): ChartColumn => ({ label, kind: 'amount', unit });
	const columns: ChartColumn[] = [
		...yearColumns(extrapolated),
		amount('Besparingen'),
		amount('Invoeringskosten in het netto'),
		...(outside ? [amount('waarvan buiten de tabel'), amount('Buiten de tabel, niet meegeteld')] : []),
		amount('Netto'),
		amount('Richtbedrag'),
		...(bands ? [amount('Besparingen P10'), amount('Besparingen P90'), amount('Invoeringskosten P10'), amount('Invoeringskosten P90')] : [])
	];
	const rows = years.map((year, i) => [
		...yearCells(year, i, extrapolated),
		savings[i]!,
		minus(costs[i]!),
		...(outside ? [minus(outside.counted[i]!), minus(outside.uncounted[i]!)] : []),
		net[i]!,
		target[i] ?? '',
		...(bands ? [bands.savings.low[i]!, bands.savings.high[i]!, minus(bands.costs.low[i]!), minus(bands.costs.high[i]!)] : [])
	]);
	return { columns, rows };
}

/** The figures of the fan chart: per year the net's percentiles and mean, the net without uncertainty, the richtbedrag and the chance of reaching it. */
export function fanTable(input: {
	years: readonly number[];
	band: Band;
	net: readonly number[];
	target: readonly (number | null)[];
	pTarget: readonly (number | null)[];
	extrapolated: readonly boolean[];
}): ChartTable {
	const { years, band, net, target, pTarget, extrapolated } = input;
	const amount = (label: string): ChartColumn => ({ label, kind: 'amount', unit: '€ mln' });
	return {
		columns: [
			...yearColumns(extrapolated),
			amount('P5'),
			amount('P10'),
			amount('Mediaan'),
			amount('P90'),
			amount('P95'),
			amount('Gemiddeld'),
			amount('Zonder onzekerheid'),
			amount('Richtbedrag'),
			{ label: 'Kans richtbedrag', kind: 'chance' }
		],
		rows: years.map((year, i) => [
			...yearCells(year, i, extrapolated),
			band.p5[i]!,
			band.p10[i]!,
			band.p50[i]!,
			band.p90[i]!,
			band.p95[i]!,
			band.mean[i]!,
			net[i]!,
			target[i] ?? '',
			pTarget[i] ?? ''
		])
	};
}

/** The figures of the compare chart: per year each scenario's net, and the richtbedrag where it is drawn. */
export function netCompareTable(input: {
	years: readonly number[];
	series: readonly { name: string; values: readonly number[] }[];
	target: readonly (number | null)[] | null;
	extrapolated?: readonly boolean[];
}): ChartTable {
	const { years, series, target, extrapolated = [] } = input;
	return {
		columns: [
			...yearColumns(extrapolated),
			...series.map((s): ChartColumn => ({ label: s.name, kind: 'amount', unit: '€ mln' })),
			...(target ? [{ label: 'Richtbedrag', kind: 'amount', unit: '€ mln' } as ChartColumn] : [])
		],
		rows: years.map((year, i) => [...yearCells(year, i, extrapolated), ...series.map((s) => s.values[i]!), ...(target ? [target[i] ?? ''] : [])])
	};
}

/**
 * The figures of the tornado: every uncertain input with its P10 and P90 (numbers, in the unit
 * the unit column names) and the net at each.
 */
export function tornadoTable(tornado: Tornado, unitOf: (id: string) => string, valueOf: (id: string, value: number) => number): ChartTable {
	const amount = (label: string): ChartColumn => ({ label, kind: 'amount', unit: '€ mln' });
	return {
		columns: [
			{ label: 'Invoer', kind: 'label' },
			{ label: 'Eenheid', kind: 'text' },
			{ label: 'P10', kind: 'number' },
			{ label: 'P90', kind: 'number' },
			amount('Uitkomst bij P10'),
			amount('Uitkomst bij P90'),
			amount('Uitslag')
		],
		rows: tornado.bars.map((bar) => [bar.label, unitOf(bar.id), valueOf(bar.id, bar.low), valueOf(bar.id, bar.high), bar.atLow, bar.atHigh, bar.swing])
	};
}

/** The figures of the gap waterfall: each step with both sides, what it adds after the steps before it, and what it does alone. */
export function waterfallTable(
	waterfall: GapWaterfall,
	names: [string, string],
	sides: (step: GapWaterfall['parts'][number]['step']) => [string, string]
): ChartTable {
	return {
		columns: [
			{ label: 'Stap', kind: 'label' },
			{ label: `In ${names[0]}`, kind: 'text' },
			{ label: `In ${names[1]}`, kind: 'text' },
			{ label: 'Bijdrage', kind: 'amount', unit: '€ mln' },
			{ label: 'Alleen deze stap', kind: 'amount', unit: '€ mln' }
		],
		rows: waterfall.parts.map((part) => [part.step.label, ...sides(part.step), part.mln, part.aloneMln])
	};
}

/** The figures of the histogram of net: per bin its bounds, the number of draws in it and their share; the richtbedrag and the chance of reaching it in the name. */
export function histogramTable(histogram: NetHistogram, runs: number): ChartTable {
	const amount = (label: string): ChartColumn => ({ label, kind: 'amount', unit: '€ mln' });
	return {
		columns: [{ label: 'Klasse', kind: 'label' }, amount('Van'), amount('Tot'), { label: 'Trekkingen', kind: 'number' }, { label: 'Aandeel', kind: 'chance' }],
		rows: histogram.counts.map((count, i) => [
			`${formatAmount(histogram.edges[i]!)} tot ${formatAmount(histogram.edges[i + 1]!)}`,
			histogram.edges[i]!,
			histogram.edges[i + 1]!,
			count,
			count / runs
		])
	};
}
