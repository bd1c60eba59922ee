import { LAST_TABLE_YEAR, type Dataset, type GapWaterfall, type ScenarioResult } from '../engine';
import { formatInput } from './units';
import { knownCell, type Cell } from './resultTable';

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
	['Invoeringskosten', (r: ScenarioResult) => r.totals.costs],
	['Netto', (r: ScenarioResult) => r.totals.net],
	['Cumulatief netto', (r: ScenarioResult) => r.totals.cumulativeNet]
] as const;

/**
 * Scenarios side by side, years as columns: per metric one row per scenario, then each
 * scenario's difference with the first. All results must run over the same years.
 */
export function compareTable(entries: readonly CompareEntry[]): PlainTable {
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
	rows.push(['Richtbedrag (Tabel 1)', '', ...first.result.target]);
	return { header: ['Regel', 'Scenario', ...years.map((y, i) => (first.result.extrapolated[i] ? `${y} (extrapolatie)` : String(y)))], rows };
}

/** Per measure the net in one year for each scenario, and the difference with the first; PM as null. */
export function measureCompareTable(entries: readonly CompareEntry[], dataset: Dataset, year = LAST_TABLE_YEAR): PlainTable {
	const i = entries[0]!.result.years.indexOf(year);
	const inAny = dataset.measures.filter((m) => entries.some((e) => e.result.measures.some((x) => x.id === m.id)));
	const net = (e: CompareEntry, id: string): Cell | undefined => {
		const m = e.result.measures.find((x) => x.id === id);
		return m ? knownCell(m, i) : undefined;
	};
	const rows = inAny.map((m): Cell[] => {
		const values = entries.map((e) => net(e, m.id));
		const base = values[0];
		// a difference only where both have an amount: PM or a missing measure has none
		const differences = values.slice(1).map((v) => (typeof v === 'number' && typeof base === 'number' ? v - base : ''));
		return [m.code ?? '', m.name, m.table, ...values.map((v) => (v === undefined ? 'niet in scenario' : v)), ...differences];
	});
	const names = entries.map((e) => e.name);
	return {
		header: ['Code', 'Measure', 'Tabel', ...names.map((n) => `${n}: netto ${year}`), ...names.slice(1).map((n) => `${n} − ${names[0]}`)],
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

/** The gap waterfall as rows: A's figure, one row per step (largest first), B's figure. */
export function gapTable(w: GapWaterfall, names: [string, string], dataset: Dataset): PlainTable {
	const what = `${w.metric.cumulative ? 'cumulatief netto t/m' : 'netto'} ${w.metric.year}`;
	return {
		header: ['Stap', `Waarde in ${names[0]}`, `Waarde in ${names[1]}`, 'Bijdrage aan het verschil (€ mln)', 'Alleen deze stap (€ mln)'],
		rows: [
			[`${names[0]}: ${what}`, '', '', w.fromEuros / 1e6, ''],
			...w.parts.map((p): Cell[] => [p.step.label, ...stepSides(p.step, dataset), p.mln, p.aloneMln]),
			[`${names[1]}: ${what}`, '', '', w.toEuros / 1e6, ''],
			[`Verschil ${names[1]} − ${names[0]}`, '', '', w.gapEuros / 1e6, '']
		]
	};
}
