import { TABLE_YEARS, type Assumption, type Measure, type MeasureOverride, type RampCurve, type Scenario, type ScenarioResult } from '$lib/engine';
import { formatMln } from '$lib/format/formatMln';
import { sourceText } from '$lib/format/resultTable';
import { formatInput } from '$lib/format/units';

/** An amount as formatMln writes it, kept on one line in a sentence. */
const mln = (value: number) => formatMln(value).replace(/ /g, '\u00a0');

/** An assumption of the measure whose value in a scenario is not the default. */
export interface AssumptionChange {
	assumption: Assumption;
	value: number;
	/** "10.000 kinderen", as the page writes the value */
	valueText: string;
	defaultText: string;
}

/** The measure's assumptions whose value in `values` differs from the default, in the data's order. */
export function assumptionChanges(assumptions: readonly Assumption[], measure: string, values: ReadonlyMap<string, number>): AssumptionChange[] {
	return assumptions
		.filter((a) => a.measure === measure && (values.get(a.id) ?? a.defaultValue) !== a.defaultValue)
		.map((a) => {
			const value = values.get(a.id)!;
			return { assumption: a, value, valueText: formatInput(a.unit, value), defaultText: formatInput(a.unit, a.defaultValue) };
		});
}

/** What a scenario's override of the measure sets, in words ("het structurele bedrag vast op € 150 mln"). */
export function overrideTexts(override: MeasureOverride | undefined): string[] {
	if (!override) return [];
	const texts: string[] = [];
	if (override.pm) texts.push('de besparing op PM: een post zonder bedrag');
	if (override.structuralMln !== undefined) texts.push(`het structurele bedrag vast op ${mln(override.structuralMln)}, in plaats van de formule`);
	if (override.curve) texts.push(`het verloop op ${curveText(override.curve)}`);
	if (override.costsMln !== undefined)
		texts.push(`de invoeringskosten van de tabel op ${mln(override.costsMln)} over ${TABLE_YEARS[0]}–${TABLE_YEARS.at(-1)} samen`);
	return texts;
}

function curveText(curve: RampCurve): string {
	const later = curve.delay ? `, ${formatInput('jaren', curve.delay)} later` : '';
	switch (curve.kind) {
		case 'asPrinted':
			return `de reeks van de tabel${later}`;
		case 'linear':
			return `in gelijke stappen van ${curve.start} tot het volle bedrag in ${curve.full}${later}`;
		case 'logistic':
			return `een S-curve van ${curve.start} tot het volle bedrag in ${curve.full}${later}`;
		case 'step':
			return `het volle bedrag vanaf ${curve.start}${later}`;
		case 'custom':
			return `een eigen reeks vanaf ${curve.from}${later}`;
	}
}

/** A scenario's note on the measure or one of its assumptions, with what it is about. */
export interface ScenarioNote {
	label: string;
	text: string;
}

/** What a scenario gives for one measure, in one sentence, with the scenario's own notes on it. */
export interface ScenarioSentence {
	sentence: string;
	notes: ScenarioNote[];
}

/**
 * One sentence on what a scenario gives for a measure and why: its net in 2028 and over
 * 2022–2028 (from the engine's result), what the scenario sets differently from the defaults,
 * the sums in words that this changes, and whether the invoeringskosten outside the table count. A measure the scenario leaves out says why (only Tabel 1). The scenario's
 * notes on the measure come with it: they say, with document line, why it chose its values.
 */
export function scenarioSentence(
	scenario: Scenario,
	measure: Measure,
	result: ScenarioResult,
	assumptions: readonly Assumption[],
	values: ReadonlyMap<string, number>,
	/** The sums that read differently from the defaults (changedSums), quoted after the changes. */
	sums: readonly string[],
	measures: readonly Measure[]
): ScenarioSentence {
	const code = measure.code ?? measure.name;
	const notes = Object.entries(scenario.notes)
		.filter(([id]) => id === measure.id || assumptions.some((a) => a.id === id && a.measure === measure.id))
		.map(([id, text]) => ({ label: assumptions.find((a) => a.id === id)?.label ?? measure.name, text }));
	const row = result.measures.find((m) => m.id === measure.id);
	if (!row) {
		const onlyTabel1 = scenario.measures.every((id) => measures.find((m) => m.id === id)?.table === 1);
		const why =
			onlyTabel1 && measure.table === 2
				? `dit scenario neemt alleen de maatregelen van Tabel 1, en ${code} staat in Tabel 2 (${sourceText(measure.source)})`
				: 'de maatregel is in dit scenario niet gekozen';
		return { sentence: `${code} telt niet mee: ${why}.`, notes };
	}

	const years = TABLE_YEARS.map((year) => result.years.indexOf(year));
	const last = years.at(-1)!;
	const net = years.map((i) => row.net[i]!);
	const pmYears = TABLE_YEARS.filter((_, k) => row.pm[years[k]!]);
	const in2028 = row.pm[last] ? (net.at(-1) === 0 ? 'PM' : `${mln(net.at(-1)!)} + PM`) : mln(net.at(-1)!);
	const sum = net.reduce((a, b) => a + b, 0);
	const allPm = pmYears.length === TABLE_YEARS.length;
	// where counted costs take from the saving, the sum says it is net, and of what
	const counted = years.reduce((a, i) => a + row.costs[i]!, 0);
	const asides = [
		...(counted > 0 ? [`besparing ${mln(years.reduce((a, i) => a + row.savings[i]!, 0))} min invoeringskosten ${mln(counted)}`] : []),
		...(pmYears.length > 0 && !allPm ? [`de besparing is PM in ${yearRange(pmYears)}`] : [])
	];
	const total =
		allPm && sum === 0
			? ''
			: `, ${counted > 0 ? 'netto ' : ''}${mln(sum)} over ${TABLE_YEARS[0]}–${TABLE_YEARS.at(-1)} samen${asides.length > 0 ? ` (${asides.join('; ')})` : ''}`;
	const changes = assumptionChanges(assumptions, measure.id, values).map(({ assumption: a, valueText, defaultText }) =>
		a.unit === 'schakelaar' ? `‘${a.label}’ ${valueText}` : `‘${a.label}’ op ${valueText} (standaard ${defaultText})`
	);
	const override = Object.hasOwn(scenario.overrides, measure.id) ? scenario.overrides[measure.id] : undefined;
	const why = [...changes, ...overrideTexts(override)];
	let sentence = `${in2028} in ${TABLE_YEARS.at(-1)}${total}: `;
	const table = `Tabel ${measure.table} (${sourceText(measure.source)})`;
	if (why.length > 0) sentence += `het scenario zet ${list(why)}`;
	else
		sentence += allPm
			? `${table} geeft de besparing geen bedrag, en de standaardwaarden veranderen daar niets aan`
			: `de standaardwaarden, die het bedrag van ${table} geven`;
	if (why.length > 0 && sums.length > 0) sentence += `, dus ${list(sums)}`;
	sentence += costsClause(row.costLines, years);
	return { sentence: `${sentence}.`, notes };
}

/** "; de invoeringskosten buiten de tabel (€ 300 mln in 2022–2026) tellen mee" (or "… staan in beeld maar tellen niet mee"). */
function costsClause(lines: ScenarioResult['measures'][number]['costLines'], years: number[]): string {
	const parts: string[] = [];
	for (const counted of [true, false]) {
		const chosen = lines.filter((l) => l.role === 'invoering' && l.counted === counted);
		const perYear = years.map((i) => chosen.reduce((s, l) => s + l.perYearMln[i]!, 0));
		const total = perYear.reduce((a, b) => a + b, 0);
		if (!(total > 0)) continue;
		const span = yearRange(TABLE_YEARS.filter((_, k) => perYear[k]! > 0));
		parts.push(`de invoeringskosten buiten de tabel (${mln(total)} in ${span}) ${counted ? 'tellen mee in het netto' : 'staan in beeld maar tellen niet mee'}`);
	}
	return parts.map((p) => `; ${p}`).join('');
}

/** "2022–2025", or "2023" for one year (the years are consecutive where this is used; a gap is written with a comma). */
function yearRange(years: readonly number[]): string {
	const runs: string[] = [];
	for (let i = 0; i < years.length;) {
		let j = i;
		while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
		runs.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
		i = j + 1;
	}
	return runs.join(', ');
}

/** "a", "a en b", "a, b en c". */
function list(items: readonly string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
