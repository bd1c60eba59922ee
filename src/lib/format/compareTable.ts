import { LAST_TABLE_YEAR, type Dataset, type GapWaterfall, type ScenarioResult } from '../engine';
import { formatInput } from './units';
import { knownCell, targetCells, yearHeader, type Cell } from './resultTable';

export interface CompareEntry {
	name: string;
	result: ScenarioResult;
}

/** A table with a header row; numbers in € mln unless the header says otherwise. */
export interface PlainTable {
	header: Cell[];
	rows: Cell[][];
}

const METRICS = [
	['Besparingen', (r: ScenarioResult) => r.totals.savings],
	// costs carry a minus sign here as everywhere
	['Invoeringskosten', (r: ScenarioResult) => r.totals.costs.map((c) => (c === 0 ? 0 : -c))],
	['Netto', (r: ScenarioResult) => r.totals.net],
	['Cumulatief netto', (r: ScenarioResult) => r.totals.cumulativeNet]
] as const;

/**
 * Scenarios side by side, years as columns: per metric one row per scenario, then each
 * scenario's difference with the first. All results must run over the same years.
 */
export function compareTable(entries: readonly CompareEntry[], targetName = 'Richtbedrag (Tabel 1)'): PlainTable {
	const years = entries[0]!.result.years;
	if (entries.some((e) => e.result.years.length !== years.length)) throw new Error('scenario’s met verschillende jaren');
	const first = entries[0]!;
	const rows: Cell[][] = [];
	for (const [label, values] of METRICS) {
		for (const e of entries) rows.push([label, e.name, ...values(e.result)]);
		for (const e of entries.slice(1)) {
			const base = values(first.result);
			rows.push([`${label}: verschil`, `${e.name} − ${first.name}`, ...values(e.result).map((x, i) => x - base[i]!)]);
		}
	}
	rows.push([targetName, '', ...targetCells(first.result.target, first.result.targetStatus)]);
	return {
		header: ['Regel', 'Scenario', ...years.map((y, i) => yearHeader(first.result.extrapolated[i] ? `${y} (extrapolatie)` : String(y), '€ mln'))],
		rows
	};
}

/**
 * Per measure the net in one year for each scenario, and the difference with the first. A measure
 * a scenario leaves out adds nothing there, so its difference is the other's whole amount; its
 * cell stays empty and the last column names where it is missing. PM (null) has no difference.
 */
export function measureCompareTable(entries: readonly CompareEntry[], dataset: Dataset, year = LAST_TABLE_YEAR): PlainTable {
	const i = entries[0]!.result.years.indexOf(year);
	const inAny = dataset.measures.filter((m) => entries.some((e) => e.result.measures.some((x) => x.id === m.id)));
	const net = (e: CompareEntry, id: string): Cell | undefined => {
		const m = e.result.measures.find((x) => x.id === id);
		return m ? knownCell(m, i) : undefined;
	};
	const rows = inAny.map((m): Cell[] => {
		const values = entries.map((e) => net(e, m.id));
		const amount = (v: Cell | undefined) => (v === undefined ? 0 : v);
		const base = amount(values[0]);
		const differences = values.slice(1).map((v) => {
			const a = amount(v);
			return typeof a === 'number' && typeof base === 'number' ? a - base : null;
		});
		const missing = entries.filter((_, k) => values[k] === undefined).map((e) => e.name);
		return [m.code ?? '', m.name, m.table, ...values.map((v) => (v === undefined ? '' : v)), ...differences, missing.join('; ')];
	});
	const names = entries.map((e) => e.name);
	return {
		header: [
			'Code',
			'Maatregel',
			'Tabel',
			...names.map((n) => `${n}: netto ${year} (€ mln)`),
			...names.slice(1).map((n) => `${n} − ${names[0]} (€ mln)`),
			'Niet in scenario'
		],
		rows
	};
}

/** How a step's two sides read: a measure in or out, a value with its unit, or a changed curve. */
export function stepSides(step: GapWaterfall['parts'][number]['step'], dataset: Dataset): [string, string] {
	switch (step.kind) {
		case 'maatregel':
			return step.add ? ['niet in scenario', 'in scenario'] : ['in scenario', 'niet in scenario'];
		case 'curve':
			return [step.from ? 'eigen niveau/verloop' : 'zoals de tabel', step.to ? 'eigen niveau/verloop' : 'zoals de tabel'];
		case 'aanname': {
			const unit = dataset.assumptions.find((a) => a.id === step.assumption)?.unit ?? '';
			return [formatInput(unit, step.from), formatInput(unit, step.to)];
		}
	}
}

/**
 * The gap waterfall as rows: A's figure, one row per step (largest first), B's figure. A changed
 * assumption gives its two values as numbers with their unit in a column of its own; a measure
 * taken in or left out, or a changed curve, says so in words.
 */
export function gapTable(w: GapWaterfall, names: [string, string], dataset: Dataset): PlainTable {
	const what = `${w.metric.cumulative ? 'cumulatief netto t/m' : 'netto'} ${w.metric.year}`;
	const sides = (step: GapWaterfall['parts'][number]['step']): Cell[] => {
		if (step.kind !== 'aanname') return [...stepSides(step, dataset), ''];
		return [step.from, step.to, dataset.assumptions.find((a) => a.id === step.assumption)?.unit ?? ''];
	};
	return {
		header: ['Stap', `In ${names[0]}`, `In ${names[1]}`, 'Eenheid', 'Bijdrage aan het verschil (€ mln)', 'Alleen deze stap (€ mln)'],
		rows: [
			[`${names[0]}: ${what}`, '', '', '', w.fromEuros / 1e6, ''],
			...w.parts.map((p): Cell[] => [p.step.label, ...sides(p.step), p.mln, p.aloneMln]),
			[`${names[1]}: ${what}`, '', '', '', w.toEuros / 1e6, ''],
			[`Verschil ${names[1]} − ${names[0]}`, '', '', '', w.gapEuros / 1e6, '']
		]
	};
}

/** The gap waterfall as text reads it (the command line's table): each step's two sides in words with their unit, as on screen. */
export function gapTextTable(w: GapWaterfall, names: [string, string], dataset: Dataset): PlainTable {
	const table = gapTable(w, names, dataset);
	return {
		header: [table.header[0]!, table.header[1]!, table.header[2]!, table.header[4]!, table.header[5]!],
		rows: table.rows.map((row, r) => {
			const part = r >= 1 && r <= w.parts.length ? w.parts[r - 1]! : null;
			const [from, to] = part ? stepSides(part.step, dataset) : [row[1]!, row[2]!];
			return [row[0]!, from, to, row[4]!, row[5]!];
		})
	};
}
