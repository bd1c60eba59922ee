import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/projectData';
import { parseFormula } from '../data/parseFormula';
import { compileFormula, type CompiledFormula } from '../engine';
import { formulaWords, type FormulaInput } from './formulaWords';

// Every expected string below is worked out by hand from data/aannames.csv and data/mechanismen.json.
const dataset = readDataset();
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** The inputs of a measure's formulas: its assumptions by the name after the dot, defaults unless `set`. */
function inputsOf(measure: string, set: Record<string, number> = {}): Record<string, FormulaInput> {
	const own = dataset.assumptions.filter((a) => a.measure === measure);
	return Object.fromEntries(
		own.map((a) => [a.id.slice(measure.length + 1), { label: a.label, unit: a.unit, value: set[a.id.slice(measure.length + 1)] ?? a.defaultValue }])
	);
}
const words = (formula: CompiledFormula, inputs: Record<string, FormulaInput>, unit: string) => formulaWords(formula, parseFormula(formula.text), inputs, unit);
const mechanism = (id: string) => dataset.mechanisms[id]!;
const costLine = (measure: string, id: string) => mechanism(measure).costs.find((c) => c.id === id)!;

describe('formulaWords on the formulas of the data', () => {
	it('formulaWords(B17 structureel) reads 20.000 kinderen × 25 % × € 60.000 = € 300 mln, without the ÷ 1.000.000', () => {
		const w = words(mechanism('b17').structural!, inputsOf('b17'), 'mln');
		expect(plain(w.sentence)).toBe('20.000 kinderen × 25 % × € 60.000 = € 300 mln');
		expect(w.value).toBe(300);
		expect(w.terms.map((t) => [t.label, plain(t.text)])).toEqual([
			['Kinderen in residentieel verblijf binnen bereik', '20.000 kinderen'],
			['Aandeel dat dankzij intensieve ambulante hulp thuis blijft', '25 %'],
			['Besparing per geslaagd kind per jaar', '€ 60.000']
		]);
	});

	it('formulaWords(B17 structureel) with 10.000 kinderen, as werkgroepen sets it: 10.000 × 25 % × € 60.000 = € 150 mln', () => {
		const w = words(mechanism('b17').structural!, inputsOf('b17', { kinderen: 10000 }), 'mln');
		expect(plain(w.sentence)).toBe('10.000 kinderen × 25 % × € 60.000 = € 150 mln');
		expect(w.value).toBe(150);
	});

	it('formulaWords(B2 structureel) keeps the brackets the order needs: € 2.000 mln × (10 − 8) ÷ 10 × (100 % − 50 %) = € 200 mln', () => {
		// 2000 × 2 = 4000; ÷ 10 = 400; × 0,5 = 200. The 1 of (1 − restaandeel) is a fraction, so 100 %.
		expect(plain(words(mechanism('b2').structural!, inputsOf('b2'), 'mln').sentence)).toBe('€ 2.000 mln × (10 − 8) ÷ 10 × (100 % − 50 %) = € 200 mln');
	});

	it('formulaWords(B23 structureel): € 5.600 mln × (29 % − 25 %) = € 224 mln', () => {
		expect(plain(words(mechanism('b23').structural!, inputsOf('b23'), 'mln').sentence)).toBe('€ 5.600 mln × (29 % − 25 %) = € 224 mln');
	});

	it('formulaWords(B6 structureel) with factor 0,5 as werkgroepen: € 24 mln × 50 % = € 12 mln', () => {
		expect(plain(words(mechanism('b6').structural!, inputsOf('b6', { factor: 0.5 }), 'mln').sentence)).toBe('€ 24 mln × 50 % = € 12 mln');
	});

	it('formulaWords(B19 SPV costs): 772 × € 85.000 = € 65,6 mln (65.620.000 euro)', () => {
		const w = words(costLine('b19', 'spv').amount, inputsOf('b19'), 'mln');
		expect(plain(w.sentence)).toBe('772 × € 85.000 = € 65,6 mln');
		expect(w.value).toBeCloseTo(65.62, 10);
	});

	it('formulaWords(B17 afbouw vanaf) writes years plain and a span of years with "jaar": 2026 − 4 jaar = 2022, and 2028 − 4 jaar = 2024', () => {
		const from = costLine('b17', 'afbouw').from!;
		expect(plain(words(from, inputsOf('b17'), 'jaar').sentence)).toBe('2026 − 4 jaar = 2022');
		expect(plain(words(from, inputsOf('b17', { startjaar: 2028 }), 'jaar').sentence)).toBe('2028 − 4 jaar = 2024');
		// startjaar − 4 with a bare 4: still a number of years next to a year
		expect(plain(words(costLine('b17', 'coordinatie').from!, inputsOf('b17'), 'jaar').sentence)).toBe('2026 − 4 jaar = 2022');
	});

	it('formulaWords(B17 delay) leaves a year constant a year: 2026 − 2026 = 0 jaar', () => {
		const delay = mechanism('b17').curve!.delay!;
		expect(plain(words(delay, inputsOf('b17'), 'jaren').sentence)).toBe('2026 − 2026 = 0 jaar');
		expect(plain(words(delay, inputsOf('b17', { startjaar: 2027 }), 'jaren').sentence)).toBe('2027 − 2026 = 1 jaar');
	});

	it('formulaWords(B2 delay) writes a switch with its number: 0 (uit) × 4 jaar = 0 jaar, 1 (aan) × 4 jaar = 4 jaar', () => {
		const delay = mechanism('b2').curve!.delay!;
		expect(plain(words(delay, inputsOf('b2'), 'jaren').sentence)).toBe('0 (uit) × 4 jaar = 0 jaar');
		expect(plain(words(delay, inputsOf('b2', { wetswijziging: 1 }), 'jaren').sentence)).toBe('1 (aan) × 4 jaar = 4 jaar');
	});

	it('formulaWords(B2 rest elders) as a share of the saving: 50 % ÷ (100 % − 50 %) = 100 %', () => {
		expect(plain(words(costLine('b2', 'rest-elders').amount, inputsOf('b2'), 'fractie').sentence)).toBe('50 % ÷ (100 % − 50 %) = 100 %');
	});

	it('formulaWords of a single name is just its value: B15 niveau → € 101 mln', () => {
		const w = words(mechanism('b15').structural!, inputsOf('b15'), 'mln');
		expect(plain(w.sentence)).toBe('€ 101 mln');
		expect(w.terms.map((t) => t.name)).toEqual(['niveau']);
	});
});

describe('formulaWords on the formula language', () => {
	const abc: Record<string, FormulaInput> = {
		a: { label: 'a', unit: 'aantal', value: 2 },
		b: { label: 'b', unit: 'aantal', value: 3 },
		c: { label: 'c', unit: 'aantal', value: 4 }
	};
	const say = (text: string, inputs = abc, unit = 'aantal') =>
		plain(formulaWords(compileFormula(text, Object.keys(inputs), parseFormula), parseFormula(text), inputs, unit).sentence);

	it.each([
		['(a * b) + c', '2 × 3 + 4 = 10'],
		['(a + b) * c', '(2 + 3) × 4 = 20'],
		['a - (b - c)', '2 − (3 − 4) = 3'],
		['a - (b + c)', '2 − (3 + 4) = −5'],
		['a + (b - c)', '2 + 3 − 4 = 1'],
		['a / (b * c)', '2 ÷ (3 × 4) = 0,17'],
		['a * (b / c)', '2 × 3 ÷ 4 = 1,5'],
		['-(a + b)', '−(2 + 3) = −5'],
		['((a))', '2']
	])('formulaWords(%s) brackets only where the order needs them: %s', (text, expected) => {
		expect(say(text)).toBe(expected);
	});

	it.each([
		['max(a, b)', 'het grootste van 2 en 3 = 3'],
		['min(a, b, c)', 'het kleinste van 2, 3 en 4 = 2'],
		['round(a / b, 1)', '(2 ÷ 3) afgerond op 1 decimaal = 0,7'],
		['round(c / b)', '(4 ÷ 3) afgerond op een heel getal = 1'],
		['floor(c / b) + ceil(a / b)', '((4 ÷ 3) naar beneden afgerond) + ((2 ÷ 3) naar boven afgerond) = 2'],
		['abs(a - c)', '(2 − 4) zonder minteken = 2'],
		['a > b ? a : b', 'als 2 groter dan 3, dan 2, anders 3 = 3'],
		['c * (a <= b)', '4 × (1 als 2 kleiner dan of gelijk aan 3, anders 0) = 4'],
		['a ^ b', '2 tot de macht 3 = 8']
	])('formulaWords(%s) writes functions and choices in Dutch: %s', (text, expected) => {
		expect(say(text)).toBe(expected);
	});

	it('formulaWords writes a division by 1.000.000 out where it is not the last step to € mln', () => {
		const inputs: Record<string, FormulaInput> = { x: { label: 'x', unit: 'euro', value: 5_000_000 }, y: { label: 'y', unit: 'mln', value: 2 } };
		// 5.000.000 ÷ 1.000.000 + 2 = 7
		expect(say('x / 1000000 + y', inputs, 'mln')).toBe('€ 5.000.000 ÷ 1.000.000 + € 2 mln = € 7 mln');
		// and the last step is only dropped for a result in € mln
		expect(say('x / 1000000', inputs, 'aantal')).toBe('€ 5.000.000 ÷ 1.000.000 = 5');
		expect(say('x / 1e6', inputs, 'mln')).toBe('€ 5 mln');
	});

	it('formulaWords refuses a formula whose name has no value', () => {
		const f = compileFormula('a + d', ['a', 'd'], parseFormula);
		expect(() => formulaWords(f, parseFormula(f.text), abc, 'aantal')).toThrow(/geen waarde voor d/);
	});
});
