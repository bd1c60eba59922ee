import type { CostLineResult, MeasureResult, ScenarioResult, SourceRef, TargetStatus, UncertaintyResult } from '../engine';

/** A cell of an exported table: text, a number (€ mln), or null for PM. */
export type Cell = string | number | null;

export interface ResultTable {
	header: string[];
	/**
	 * Per measure its net (the known part; PM where nothing is known), then a row per cost line
	 * outside the table: counted ones are in the measure's net, the others are shown beside it.
	 */
	measures: Cell[][];
	/** The total lines: savings, costs in and outside the table, net, cumulative net, PM count, target, gap. */
	totals: Cell[][];
}

/** The unit and sign convention every result table states. */
export const AMOUNTS_NOTE = 'bedragen in € mln, constante prijzen; besparingen positief, kosten met een minteken';

/** How a cost line is named in a table: where it counts. */
export function costLineLabel(line: CostLineResult): string {
	if (line.role === 'elders') return `kosten elders, niet in het netto: ${line.label}${line.missing ? ' (in de bron niet begroot)' : ''}`;
	if (line.role === 'tabel') return line.label;
	return `${line.counted ? 'invoeringskosten buiten de tabel, meegeteld' : 'invoeringskosten buiten de tabel, niet meegeteld'}: ${line.label}${line.missing ? ' (in de bron niet begroot)' : ''}`;
}

/** A source in a table cell: "doc. 004, r. 6932–6937", "extern E2, r. 19", or "aanname". */
export function sourceText(source: SourceRef | null): string {
	if (!source) return 'aanname';
	const lines = source.lines ?? [source.line];
	const runs: string[] = [];
	for (let i = 0; i < lines.length;) {
		let j = i;
		while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
		runs.push(j > i ? `${lines[i]}–${lines[j]}` : String(lines[i]));
		i = j + 1;
	}
	return source.entry ? `extern ${source.entry}, r. ${runs.join(', ')}` : `doc. ${source.document}, r. ${runs.join(', ')}`;
}

/** A measure's net in a year as a table cell: null (PM) where the saving is PM and nothing else is known. */
export function knownCell(m: MeasureResult, i: number): Cell {
	return m.pm[i] && m.net[i] === 0 ? null : m.net[i]!;
}

/** The years in which a measure's saving is PM, as "2022-2025; 2027". */
function pmYears(m: MeasureResult, years: readonly number[]): string {
	const runs: string[] = [];
	years.forEach((year, i) => {
		if (!m.pm[i]) return;
		const last = runs.at(-1);
		if (last && m.pm[i - 1]) runs[runs.length - 1] = `${last.split('-')[0]}-${year}`;
		else runs.push(String(year));
	});
	return runs.join('; ');
}

/**
 * The scenario result as one table — shared by the CLI table, the CSV exports and the app's
 * download, so they always show the same figures. Costs carry a minus sign everywhere.
 */
export function resultTable(result: ScenarioResult, uncertainty?: UncertaintyResult, targetName = 'Richtbedrag (Tabel 1)'): ResultTable {
	const years = result.years.map((y, i) => (result.extrapolated[i] ? `${y} (extrapolatie)` : String(y)));
	const totalRow = (label: string, values: readonly Cell[]): Cell[] => ['', label, '', '', '', ...values, ''];
	const target = (values: readonly (number | null)[]) => targetCells(values, result.targetStatus);
	const negative = (values: readonly number[]) => values.map((x) => (x === 0 ? 0 : -x));
	const { totals } = result;
	return {
		header: ['Code', 'Maatregel', 'Tabel', 'Regel', 'Bron', ...years, 'PM in (saldo zonder PM-bedrag)'],
		measures: result.measures.flatMap((m): Cell[][] => [
			[m.code ?? '', m.name, m.table, 'netto', '', ...result.years.map((_, i) => knownCell(m, i)), pmYears(m, result.years)],
			...m.costLines
				.filter((line) => line.role !== 'tabel')
				.map((line): Cell[] => [m.code ?? '', m.name, m.table, costLineLabel(line), sourceText(line.source), ...negative(line.perYearMln), ''])
		]),
		totals: [
			totalRow('Besparingen', totals.savings),
			totalRow('Invoeringskosten in de tabel', negative(totals.tableCosts)),
			totalRow('Invoeringskosten buiten de tabel, meegeteld', negative(totals.outsideCostsCounted)),
			totalRow('Netto', totals.net),
			totalRow('Cumulatief netto', totals.cumulativeNet),
			totalRow('Aantal PM-maatregelen (aantal, geen € mln)', totals.pmCount),
			totalRow(targetName, target(result.target)),
			totalRow(`Tekort t.o.v. ${targetName === 'Richtbedrag (Tabel 1)' ? 'richtbedrag' : 'het doel'}`, target(result.gap)),
			totalRow('Invoeringskosten buiten de tabel, niet meegeteld', negative(totals.outsideCosts.map((x, i) => x - totals.outsideCostsCounted[i]!))),
			totalRow('Kosten elders (buiten de Jeugdwet), niet in het netto', negative(totals.elsewhere)),
			...result.overlap.map((o) => totalRow(`Overlap ${o.label} (${Math.round(o.share * 100)} %, van de besparingen af)`, negative(o.removedMln))),
			...(uncertainty ? uncertaintyRows(uncertainty, totalRow) : [])
		]
	};
}

/** The Monte Carlo lines: net percentiles and mean, and the chance of reaching the richtbedrag in %. */
function uncertaintyRows(u: UncertaintyResult, row: (label: string, values: readonly Cell[]) => Cell[]): Cell[][] {
	const runs = `${u.runs.toLocaleString('nl-NL')} trekkingen, seed ${u.seed}`;
	return [
		row(`Netto P5 (${runs})`, u.net.p5),
		row('Netto P50', u.net.p50),
		row('Netto P95', u.net.p95),
		row('Netto gemiddeld', u.net.mean),
		row(
			'Kans doel gehaald (%, geen € mln)',
			u.pTarget.map((p) => (p === null ? '' : Math.round(p * 1000) / 10))
		)
	];
}

/**
 * A year in the header of a table of amounts, as a spreadsheet should read it: with its unit, so
 * the column says what its numbers are ("2022 (€ mln)", "2029 (€ mln, extrapolatie)").
 *
 * @example yearHeader('2029 (extrapolatie)', '€ mln') // '2029 (€ mln, extrapolatie)'
 */
export function yearHeader(label: string, unit: string): string {
	const match = /^(\d{4})( \(extrapolatie\))?$/.exec(label);
	return match ? `${match[1]} (${unit}${match[2] ? ', extrapolatie' : ''})` : label;
}

/**
 * A target's figures as cells: an amount, PM (null, written "PM") where the target says PM, and
 * "onbekend" where it says nothing.
 */
export function targetCells(values: readonly (number | null)[], status: readonly TargetStatus[]): Cell[] {
	return values.map((v, i) => (v !== null ? v : status[i] === 'pm' ? null : 'onbekend'));
}

/** All rows of a result table for a CSV, header first, each year column with its unit. */
export function tableRows(table: ResultTable): Cell[][] {
	return [table.header.map((h) => yearHeader(h, '€ mln')), ...table.measures, ...table.totals];
}
