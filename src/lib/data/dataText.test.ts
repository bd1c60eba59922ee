import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../../cli/projectData';
import { compileModel, FormulaError, monteCarlo, simulate, uncertainInputs, type Dataset } from '../engine';
import { dataset as bundled, presets as bundledPresets } from './bundled';
import { dataText, isFormula, readDataText } from './dataText';
import { parseFormula } from './parseFormula';

const fromCsv = readDataset();
const presetsFromCsv = readPresets(fromCsv);

/**
 * Every difference between two data trees: prototype (an object without one stays without),
 * own keys in order, primitives by Object.is, frozen or not; formulas by their text, the names
 * they read and what they give for a scope.
 */
function differences(a: unknown, b: unknown, path = 'dataset', out: string[] = []): string[] {
	if (isFormula(a) || isFormula(b)) {
		if (!isFormula(a) || !isFormula(b)) out.push(`${path}: formule aan één kant`);
		else if (a.text !== b.text || a.symbols.join() !== b.symbols.join()) out.push(`${path}: ${a.text} ≠ ${b.text}`);
		else {
			const scope = Object.fromEntries(a.symbols.map((name, i) => [name, 1.5 + i * 0.25]));
			if (!Object.is(a.evaluate(scope), b.evaluate(scope))) out.push(`${path}: andere uitkomst`);
		}
		return out;
	}
	if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
		if (!Object.is(a, b)) out.push(`${path}: ${String(a)} ≠ ${String(b)}`);
		return out;
	}
	if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) out.push(`${path}: ander prototype`);
	if (Object.isFrozen(a) !== Object.isFrozen(b)) out.push(`${path}: bevroren aan één kant`);
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	if (keysA.join('|') !== keysB.join('|')) out.push(`${path}: sleutels ${keysA.join(',')} ≠ ${keysB.join(',')}`);
	for (const key of keysA) if (Object.hasOwn(b, key)) differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`, out);
	return out;
}

describe('the data as the build ships it (dataText)', () => {
	it('is the dataset and presets read from the CSV files, part for part, and frozen as they are', () => {
		expect(differences(bundled, fromCsv)).toEqual([]);
		expect(differences(bundledPresets, presetsFromCsv, 'presets')).toEqual([]);
		// the check sees a difference where there is one
		const changed = { ...fromCsv, version: 'anders', mechanisms: { ...fromCsv.mechanisms } };
		expect(differences(changed, fromCsv)).toEqual([
			'dataset: bevroren aan één kant',
			'dataset.mechanisms: ander prototype',
			'dataset.mechanisms: bevroren aan één kant',
			`dataset.version: anders ≠ ${fromCsv.version}`
		]);
		expect(Object.getPrototypeOf(bundled.mechanisms)).toBe(null);
	});

	it('gives every preset the same figures, deterministic and drawn, to the last digit', () => {
		const figures = (dataset: Dataset, id: string) => {
			const scenario = { ...presetsFromCsv.find((p) => p.id === id)!, horizon: 2035 };
			const model = compileModel(dataset, scenario);
			return { result: simulate(dataset, scenario), draws: monteCarlo(model, uncertainInputs(dataset, model), { runs: 2000, seed: 7 }) };
		};
		for (const preset of presetsFromCsv) {
			const shipped = figures(bundled, preset.id);
			expect(shipped, preset.id).toEqual(figures(fromCsv, preset.id));
			expect(shipped.result.totals.net.length).toBe(14);
		}
		// Tabel 1 in 2028, by hand from the table: € 1.018 mln
		expect(simulate(bundled, bundledPresets.find((p) => p.id === 'cvw-tabel-1')!).totals.net[6]).toBe(1018);
	});

	it('is frozen throughout, read from CSV or from the build', () => {
		for (const dataset of [bundled, fromCsv]) {
			expect(() => (dataset.measures as unknown[]).push({})).toThrow(TypeError);
			expect(() => ((dataset.measures[0]!.source as { line: number }).line = 1)).toThrow(TypeError);
			expect(() => ((dataset.uncertaintySets[0]!.inputs as unknown[]).length = 0)).toThrow(TypeError);
		}
	});

	it('still checks each formula when it is read back: a tree that calls import is refused', () => {
		const hostile = () => ({ type: 'FunctionNode', fn: { type: 'SymbolNode', name: 'import' }, args: [] }) as never;
		const text = dataText({ dataset: fromCsv, presets: presetsFromCsv }, hostile);
		expect(() => readDataText(text)).toThrow(FormulaError);
		expect(() => readDataText(text)).toThrow(/import/);
		// the same text with the trees of the real parser reads
		expect(readDataText(dataText({ dataset: fromCsv, presets: presetsFromCsv }, parseFormula)).dataset.version).toBe(fromCsv.version);
	});
});
