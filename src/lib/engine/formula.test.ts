import { describe, expect, it } from 'vitest';
import { compileFormula, FormulaError } from './formula';
import { parseFormula } from '../data/parseFormula';

describe('compileFormula', () => {
	it('compileFormula evaluates the B17 driver: 20 000 × 25 % × € 60 000 = € 300 mln', () => {
		const f = compileFormula('kinderen * succes * besparingPerKind / 1e6', ['kinderen', 'succes', 'besparingPerKind'], parseFormula);
		expect(f.evaluate({ kinderen: 20000, succes: 0.25, besparingPerKind: 60000 })).toBe(300);
		expect(f.evaluate({ kinderen: 10000, succes: 0.25, besparingPerKind: 60000 })).toBe(150);
		expect([...f.symbols].sort()).toEqual(['besparingPerKind', 'kinderen', 'succes']);
	});

	it.each([
		['min(a, 3) + max(a, 3)', 8],
		['round(a / 3, 2)', 1.67],
		['a > 4 ? 1 : 0', 1],
		['-a ^ 2', -25],
		['abs(floor(-a / 2)) + ceil(0.1)', 4],
		['a == 5', 1]
	])('compileFormula(%s) with a = 5 is %d', (text, expected) => {
		expect(compileFormula(text, ['a'], parseFormula).evaluate({ a: 5 })).toBe(expected);
	});

	// Known escape routes against mathjs; each must be refused before anything runs.
	it.each([
		['import({x: 1}, {override: true})', /functie import is niet toegestaan/],
		['createUnit("foo")', /functie createUnit is niet toegestaan/],
		['evaluate("1+1")', /functie evaluate is niet toegestaan/],
		['parse("1")', /functie parse is niet toegestaan/],
		['compile("1")', /functie compile is niet toegestaan/],
		['simplify("x")', /functie simplify is niet toegestaan/],
		['derivative("x^2", "x")', /functie derivative is niet toegestaan/],
		['resolve(x)', /functie resolve is niet toegestaan/],
		['reviver()', /functie reviver is niet toegestaan/],
		['cos.constructor("return process")()', /niet te lezen/],
		['cos.constructor("return process")(1)', /functie deze aanroep is niet toegestaan/],
		['[].map.constructor("return this")(1)', /functie deze aanroep is niet toegestaan/],
		['a.constructor', /eigenschappen of elementen opvragen is niet toegestaan/],
		['a["constructor"]', /eigenschappen of elementen opvragen is niet toegestaan/],
		['f(x) = x; f', /niet toegestaan/],
		['a = 1', /toekennen of functies definiëren is niet toegestaan/],
		['"abc"', /alleen getallen/],
		['{a: 1}', /ObjectNode is niet toegestaan/],
		['[1, 2]', /ArrayNode is niet toegestaan/],
		['1:3', /RangeNode is niet toegestaan/],
		['a; a', /BlockNode is niet toegestaan/],
		['a mod 2', /bewerking "mod" is niet toegestaan/],
		['process', /onbekende naam "process"/],
		['this', /onbekende naam "this"/],
		['a +', /niet te lezen/],
		['', /is leeg/]
	])('compileFormula refuses %s', (text, message) => {
		expect(() => compileFormula(text, ['a'], parseFormula)).toThrow(FormulaError);
		expect(() => compileFormula(text, ['a'], parseFormula)).toThrow(message);
	});

	it('compileFormula refuses a result that is not a finite number', () => {
		expect(() => compileFormula('a / 0', ['a'], parseFormula).evaluate({ a: 1 })).toThrow(/geen eindig getal/);
		expect(() => compileFormula('a', ['a'], parseFormula).evaluate({})).toThrow(/geen waarde voor a/);
	});

	it('compileFormula does not read inherited properties from the scope', () => {
		const f = compileFormula('toString', ['toString'], parseFormula);
		expect(() => f.evaluate({})).toThrow(/geen waarde voor toString/);
	});
});
