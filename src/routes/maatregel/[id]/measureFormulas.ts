import type { Assumption, CompiledFormula, FormulaNode, Mechanism } from '$lib/engine';
import { formulaWords, type FormulaInput, type FormulaWords } from '$lib/format/formulaWords';
import { formatInput } from '$lib/format/units';
import { sourceText } from '$lib/format/resultTable';

/** One formula of a measure in words, with what it is. */
export interface FormulaPart {
	label: string;
	words: FormulaWords;
}

/** A cost line of a measure in words. */
export interface CostWords {
	id: string;
	/** The line's own name, "Afbouw en ombouw van capaciteit" */
	label: string;
	heading: string;
	/** The amount: € mln (in total or per year), or for a `reeks` the share of the saving. */
	amount: FormulaWords;
	/** What the amount is: "in totaal, gelijk verdeeld over de jaren hieronder", … */
	amountText: string;
	/** Vanaf and tot en met, where the line has them. */
	years: FormulaPart[];
	source: string;
	/** Whether the line counts in the net with these values, and by which switch; null for costs elsewhere. */
	counted: string | null;
}

/** Every formula a measure page shows, in words with one set of values. */
export interface MeasureFormulas {
	structural: FormulaWords | null;
	/** The shape over time in words, and the formulas that place it; null in a difference where it is the same. */
	curve: { text: string; parts: FormulaPart[] } | null;
	costs: CostWords[];
}

/**
 * A measure's formulas (structural level, curve, cost lines) in words with the values in force:
 * `values` by assumption id (a scenario's, or the defaults), `treeOf` the parsed tree of a
 * formula's text (parsed at build time in the app, by mathjs in a test). The numbers come from
 * the engine's compiled formulas.
 */
export function measureFormulas(
	mechanism: Mechanism,
	assumptions: readonly Assumption[],
	values: ReadonlyMap<string, number>,
	treeOf: (text: string) => FormulaNode,
	table: 1 | 2
): MeasureFormulas {
	const prefix = `${mechanism.measure}.`;
	const own = assumptions.filter((a) => a.measure === mechanism.measure);
	const inputs: Record<string, FormulaInput> = Object.create(null);
	for (const a of own) inputs[a.id.slice(prefix.length)] = { label: a.label, unit: a.unit, value: values.get(a.id) ?? a.defaultValue };
	const words = (formula: CompiledFormula, unit: string) => formulaWords(formula, treeOf(formula.text), inputs, unit);

	const c = mechanism.curve;
	const delay: FormulaPart[] = c?.delay ? [{ label: 'verschoven met', words: words(c.delay, 'jaren') }] : [];
	let curve: MeasureFormulas['curve'];
	if (!c) curve = { text: `de reeks uit Tabel ${table}`, parts: [] };
	else if (c.kind === 'asPrinted') curve = { text: `de reeks uit Tabel ${table}, geschaald naar het structurele bedrag`, parts: delay };
	else if (c.kind === 'step') curve = { text: 'in één keer het volle bedrag', parts: [{ label: 'vanaf', words: words(c.start, 'jaar') }, ...delay] };
	else {
		curve = {
			text:
				c.kind === 'linear'
					? 'in gelijke stappen oplopend tot het volle bedrag'
					: 'langzaam, dan snel, dan weer langzaam oplopend tot het volle bedrag (S-curve)',
			parts: [
				{ label: 'eerste jaar met besparing', words: words(c.start, 'jaar') },
				{ label: 'eerste jaar met het volle bedrag', words: words(c.full, 'jaar') },
				...delay
			]
		};
	}

	const costs = mechanism.costs.map((line): CostWords => {
		const years: FormulaPart[] = [];
		if (line.from) years.push({ label: 'vanaf', words: words(line.from, 'jaar') });
		if (line.until) years.push({ label: 'tot en met', words: words(line.until, 'jaar') });
		const switchOf = line.counted ? own.find((a) => a.id === prefix + line.counted) : undefined;
		const on = switchOf ? (values.get(switchOf.id) ?? switchOf.defaultValue) >= 0.5 : false;
		// named in the source without an amount, and no assumption to give it one: no figure to show
		const unpriced = line.missing && line.amount.symbols.length === 0;
		const amount = words(line.amount, line.kind === 'reeks' ? 'fractie' : 'mln');
		return {
			id: line.id,
			label: line.label,
			heading: `${line.role === 'elders' ? 'Kosten elders (niet in het netto)' : 'Invoeringskosten buiten de tabel'}: ${line.label}${line.missing ? ' (niet begroot in de bron)' : ''}`,
			amount: unpriced ? { ...amount, sentence: 'geen bedrag', result: 'geen bedrag' } : amount,
			amountText: unpriced
				? 'de bron noemt deze kosten, maar niet hoeveel'
				: line.kind === 'reeks'
					? 'van de besparing, elk jaar, met hetzelfde verloop als de besparing'
					: line.kind === 'eenmalig'
						? 'in totaal, gelijk verdeeld over de jaren hieronder'
						: 'per jaar',
			years,
			source: sourceText(line.source),
			counted: switchOf ? `${on ? 'telt mee' : 'telt niet mee'} in het netto (‘${switchOf.label}’: ${formatInput('schakelaar', on ? 1 : 0)})` : null
		};
	});

	return { structural: mechanism.structural ? words(mechanism.structural, 'mln') : null, curve, costs };
}

/**
 * What reads differently with other values: the structural level, the curve and each cost line
 * whose words (numbers, result, counted or not) are not those of `before`. Empty parts are null.
 */
export function formulaDifferences(before: MeasureFormulas, after: MeasureFormulas): MeasureFormulas {
	const same = (a: FormulaParts, b: FormulaParts) => JSON.stringify(a) === JSON.stringify(b);
	const costKey = (c: CostWords) => [c.amount.sentence, c.years.map((p) => p.words.sentence), c.counted];
	return {
		structural: after.structural && after.structural.sentence !== before.structural?.sentence ? after.structural : null,
		curve: after.curve && !same(curveKey(after.curve), curveKey(before.curve)) ? after.curve : null,
		costs: after.costs.filter((c) => {
			const old = before.costs.find((b) => b.id === c.id);
			return !old || !same(costKey(c), costKey(old));
		})
	};
}

type FormulaParts = unknown[];
const curveKey = (curve: MeasureFormulas['curve']): FormulaParts => [curve?.text, curve?.parts.map((p) => p.words.sentence)];

/**
 * The sums (formulas of more than one value) that read differently with other values, as
 * "structureel 10.000 kinderen × 25 % × € 60.000 = € 150 mln": what a sentence on a scenario
 * can quote. A cost line that only changed from not counted to counted quotes nothing.
 */
export function changedSums(before: MeasureFormulas, after: MeasureFormulas): string[] {
	const old = new Map(sums(before));
	return sums(after)
		.filter(([key, words]) => words.sentence !== words.result && old.get(key)?.sentence !== words.sentence)
		.map(([key, words]) => `${key} ${words.sentence}`);
}

/** Every formula of a measure by what it is ("structureel", "afbouw en ombouw van capaciteit vanaf"). */
function sums(formulas: MeasureFormulas): [string, FormulaWords][] {
	const all: [string, FormulaWords][] = [];
	if (formulas.structural) all.push(['structureel', formulas.structural]);
	for (const part of formulas.curve?.parts ?? []) all.push([part.label, part.words]);
	for (const line of formulas.costs) {
		const name = line.label.charAt(0).toLowerCase() + line.label.slice(1);
		all.push([name, line.amount]);
		for (const part of line.years) all.push([`${name} ${part.label}`, part.words]);
	}
	return all;
}
