import { parse, stringify } from 'devalue';
import { compileFormula, type CompiledFormula, type Dataset, type FormulaNode, type FormulaParser, type Scenario } from '../engine';
import { deepFreeze } from './deepFreeze';

/** The bundled data as the build leaves it: the checked dataset and the presets read against it. */
export interface BundledData {
	dataset: Dataset;
	presets: Scenario[];
}

/** A compiled formula (compileFormula), as opposed to the plain data around it. */
export const isFormula = (value: unknown): value is CompiledFormula =>
	typeof value === 'object' && value !== null && typeof (value as CompiledFormula).bindBlock === 'function';

/**
 * The checked data as one text, made at build time (vite.config.ts): the app reads it back with
 * readDataText instead of parsing and checking the CSV files on every load. A formula travels as
 * its text, the names it reads and its tree (parsed here, with `parseFormula`); on reading it is compiled
 * again from that tree, with the same checks. Everything else is the dataset as loadDataset made
 * it, objects without a prototype included (devalue).
 *
 * @example readDataText(dataText({ dataset, presets }, parseFormula)).dataset.version === dataset.version // true
 */
export function dataText(data: BundledData, parseFormula: FormulaParser): string {
	return stringify(data, { Formula: (value: unknown) => isFormula(value) && [value.text, value.symbols, parseFormula(value.text)] });
}

/** The data back from dataText, frozen as loadDataset and loadPresets leave it: the dataset throughout, each preset throughout. */
export function readDataText(text: string): BundledData {
	const data = parse(text, {
		Formula: ([formula, symbols, tree]: [string, string[], FormulaNode]) => compileFormula(formula, symbols, () => tree)
	}) as BundledData;
	deepFreeze(data.dataset);
	data.presets.forEach(deepFreeze);
	return data;
}
