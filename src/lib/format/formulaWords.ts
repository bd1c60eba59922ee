import type { CompiledFormula, FormulaNode } from '../engine';
import { formatMln } from './formatMln';
import { formatInput } from './units';

/** What a formula's name stands for: the assumption's label, its unit (aannames.csv) and the value in force. */
export interface FormulaInput {
	label: string;
	unit: string;
	value: number;
}

/** A formula written out for a reader, with the values in force. */
export interface FormulaWords {
	/** The formula with each name replaced by its value and unit: "20.000 kinderen × 25 % × € 60.000". */
	expression: string;
	/** The engine's result (CompiledFormula.evaluate), unrounded. */
	value: number;
	/** The result with its unit: "€ 300 mln". */
	result: string;
	/** "expression = result"; just the result where the formula is one value ("2023"). */
	sentence: string;
	/** The assumptions the formula reads, in the order they first appear, each with its value as written. */
	terms: { name: string; label: string; text: string }[];
}

/**
 * A formula in Dutch words with the numbers in force, for a reader who does not read code:
 * `kinderen * succes * besparingPerKind / 1000000` with 20.000 children, 25 % and € 60.000 reads
 * "20.000 kinderen × 25 % × € 60.000 = € 300 mln".
 *
 * - Each name becomes its value in its unit (units.ts: fractions as percentages, euros, children,
 *   years; amounts in € mln as formatMln writes them, with no-break spaces; a switch as "1 (aan)"
 *   or "0 (uit)"). A bare
 *   number takes the unit of what it is added to or compared with, so in `1 - restaandeel` the 1
 *   reads "100 %" and in `startjaar - 2026` the 2026 stays a year.
 * - Operators read × ÷ + −; parentheses only where the order of operations needs them, whatever
 *   the formula's text had; min, max, round, floor, ceil, abs and `a ? b : c` in plain Dutch.
 * - A formula for € mln that ends by dividing by 1.000.000 loses that division: it is only the
 *   step from euros to millions of euros, and the result already says "€ … mln". A raadslid
 *   reading "20.000 × 25 % × € 60.000 = € 300 mln" can check it with a calculator; an extra
 *   "÷ 1.000.000" is a number that means nothing in the policy and only makes the line longer.
 *   Anywhere else in a formula the division by 1.000.000 is written out, because leaving it out
 *   there would make the line wrong.
 *
 * The result is the compiled formula's own (the engine's), never recomputed here. `resultUnit` is
 * the unit of the outcome as aannames.csv names units (`mln`, `jaar`, `jaren`, `fractie`, …).
 *
 * @example formulaWords(structural, tree, { kinderen: { label: 'Kinderen', unit: 'kinderen', value: 20000 }, … }, 'mln').sentence
 *   // '20.000 kinderen × 25 % × € 60.000 = € 300 mln'
 */
export function formulaWords(formula: CompiledFormula, tree: FormulaNode, inputs: Readonly<Record<string, FormulaInput>>, resultUnit: string): FormulaWords {
	const scope: Record<string, number> = Object.create(null);
	for (const name of formula.symbols) {
		const input = Object.hasOwn(inputs, name) ? inputs[name] : undefined;
		if (!input) throw new Error(`formule "${formula.text}": geen waarde voor ${name}`);
		scope[name] = input.value;
	}
	const value = formula.evaluate(scope);
	const terms: FormulaWords['terms'] = [];
	const writer = new Writer(inputs, terms);
	const root = unwrap(tree);
	const shown = resultUnit === 'mln' && isToMillions(root) ? root.args[0]! : root;
	const expression = writer.write(shown, resultUnit).text;
	const result = withUnit(resultUnit, value);
	const single = unwrap(shown).type === 'SymbolNode' || unwrap(shown).type === 'ConstantNode';
	return { expression, value, result, sentence: single ? result : `${expression} = ${result}`, terms };
}

/** A value in a unit as the page writes it: € mln as formatMln, a switch with its 0 or 1, the rest by formatInput. */
function withUnit(unit: string | null, value: number): string {
	// formatMln's amount, kept on one line
	if (unit === 'mln') return formatMln(value).replace(/ /g, '\u00a0');
	if (unit === 'schakelaar') return `${value} (${formatInput('schakelaar', value)})`;
	const text = unit === null ? Number(value.toPrecision(12)).toLocaleString('nl-NL', { maximumFractionDigits: 4 }) : formatInput(unit, value);
	return text.replace(/^-/, MINUS);
}

const MINUS = '\u2212';

type Node = FormulaNode;
type Operator = Extract<Node, { type: 'OperatorNode' }>;

const unwrap = (node: Node): Node => (node.type === 'ParenthesisNode' ? unwrap(node.content) : node);

/** `x / 1000000`: the step from euros to € mln. */
function isToMillions(node: Node): node is Operator {
	if (node.type !== 'OperatorNode' || node.fn !== 'divide') return false;
	const divisor = unwrap(node.args[1]!);
	return divisor.type === 'ConstantNode' && divisor.value === 1_000_000;
}

/** How tightly a piece of text binds: a lower piece gets parentheses inside a higher one. */
const PHRASE = 0; // "het grootste van …", "als …, dan …": always bracketed inside arithmetic
const COMPARE = 2;
const SUM = 3;
const PRODUCT = 4;
const UNARY = 5;
const ATOM = 9;

const SIGNS: Record<string, [string, number]> = {
	add: ['+', SUM],
	subtract: ['−', SUM],
	multiply: ['×', PRODUCT],
	divide: ['÷', PRODUCT]
};
const COMPARISONS: Record<string, string> = {
	smaller: 'kleiner dan',
	smallerEq: 'kleiner dan of gelijk aan',
	larger: 'groter dan',
	largerEq: 'groter dan of gelijk aan',
	equal: 'gelijk aan',
	unequal: 'ongelijk aan'
};

interface Piece {
	text: string;
	binds: number;
}

class Writer {
	constructor(
		private readonly inputs: Readonly<Record<string, FormulaInput>>,
		private readonly terms: FormulaWords['terms']
	) {}

	/** A node in words; `hint` is the unit a bare number here takes (that of its siblings or the outcome). */
	write(node: Node, hint: string | null, asCondition = false): Piece {
		switch (node.type) {
			case 'ConstantNode': {
				const value = node.value as number;
				// a bare number is never a switch (1 − kostenMee reads "1 − 0 (uit)"), and next to a year
				// a small one is a number of years: startjaar − 4 reads "2026 − 4 jaar", startjaar − 2026 "2026 − 2026"
				const unit = hint === 'schakelaar' ? null : hint === 'jaar' && Math.abs(value) < 1000 ? 'jaren' : hint;
				return { text: withUnit(unit, value), binds: ATOM };
			}
			case 'SymbolNode': {
				const input = this.inputs[node.name]!;
				const text = withUnit(input.unit, input.value);
				if (!this.terms.some((t) => t.name === node.name)) this.terms.push({ name: node.name, label: input.label, text });
				return { text, binds: ATOM };
			}
			case 'ParenthesisNode':
				return this.write(node.content, hint, asCondition);
			case 'ConditionalNode': {
				const condition = this.write(node.condition, null, true).text;
				const yes = this.write(node.trueExpr, hint).text;
				const no = this.write(node.falseExpr, hint).text;
				return { text: `als ${condition}, dan ${yes}, anders ${no}`, binds: PHRASE };
			}
			case 'OperatorNode':
				return this.operator(node, hint, asCondition);
			case 'FunctionNode':
				return this.call(node, hint);
			default:
				return { text: node.kind, binds: ATOM };
		}
	}

	private operator(node: Operator, hint: string | null, asCondition: boolean): Piece {
		const [a, b] = node.args as [Node, Node];
		if (node.fn === 'unaryPlus') return this.write(a, hint);
		if (node.fn === 'unaryMinus') return { text: `−${this.operand(a, hint, UNARY)}`, binds: UNARY };
		// "tot de macht" binds no clearer than a phrase, so −(a tot de macht 2) keeps its brackets
		if (node.fn === 'pow') return { text: `${this.operand(a, null, ATOM)} tot de macht ${this.operand(b, null, ATOM)}`, binds: PHRASE };
		const comparison = COMPARISONS[node.fn];
		if (comparison) {
			const unit = sharedUnit(node.args, this.inputs, null);
			const text = `${this.operand(a, unit, SUM)} ${comparison} ${this.operand(b, unit, SUM)}`;
			// used as a number, a comparison is 1 or 0
			return asCondition ? { text, binds: COMPARE } : { text: `1 als ${text}, anders 0`, binds: PHRASE };
		}
		const [sign, binds] = SIGNS[node.fn]!;
		// a sum's terms share a unit; the factors of a product do not
		const unit = binds === SUM ? sharedUnit(node.args, this.inputs, hint) : null;
		const left = this.operand(a, unit, binds);
		// a − (b − c) and a ÷ (b × c) need their brackets; a + (b + c) and a × (b ÷ c) do not
		const right = this.operand(b, unit, node.fn === 'subtract' || node.fn === 'divide' ? binds + 1 : binds);
		return { text: `${left} ${sign} ${right}`, binds };
	}

	/** An operand in brackets where it binds less tightly than its place needs. */
	private operand(node: Node, hint: string | null, needs: number): string {
		const piece = this.write(node, hint);
		return piece.binds < needs ? `(${piece.text})` : piece.text;
	}

	private call(node: Extract<Node, { type: 'FunctionNode' }>, hint: string | null): Piece {
		const name = node.fn.type === 'SymbolNode' ? node.fn.name : '';
		const args = node.args;
		// in a list an argument that is itself a phrase gets brackets ("het grootste van (x afgerond) en y");
		// before "afgerond" anything but a single value does ("(5 ÷ 3) afgerond")
		const item = (n: Node, unit: string | null) => this.operand(n, unit, COMPARE);
		const arg = (n: Node, unit: string | null) => this.operand(n, unit, ATOM);
		switch (name) {
			case 'max':
			case 'min': {
				const unit = sharedUnit(args, this.inputs, hint);
				return { text: `het ${name === 'max' ? 'grootste' : 'kleinste'} van ${list(args.map((n) => item(n, unit)))}`, binds: PHRASE };
			}
			case 'round': {
				const digits = args[1] ? unwrap(args[1]) : null;
				const places = digits?.type === 'ConstantNode' ? (digits.value as number) : null;
				const how = !digits || places === 0 ? 'op een heel getal' : places === 1 ? 'op 1 decimaal' : `op ${places ?? this.write(digits, null).text} decimalen`;
				return { text: `${arg(args[0]!, hint)} afgerond ${how}`, binds: PHRASE };
			}
			case 'floor':
				return { text: `${arg(args[0]!, hint)} naar beneden afgerond`, binds: PHRASE };
			case 'ceil':
				return { text: `${arg(args[0]!, hint)} naar boven afgerond`, binds: PHRASE };
			case 'abs':
				return { text: `${arg(args[0]!, hint)} zonder minteken`, binds: PHRASE };
			default:
				return { text: `${name}(${args.map((n) => this.write(n, null).text).join('; ')})`, binds: ATOM };
		}
	}
}

/** "a", "a en b", "a, b en c". */
function list(items: string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** The unit that terms added, compared or chosen between have: the first one a name gives, else the fallback. */
function sharedUnit(nodes: readonly Node[], inputs: Readonly<Record<string, FormulaInput>>, fallback: string | null): string | null {
	for (const node of nodes) {
		const unit = unitOf(node, inputs);
		if (unit !== null) return unit;
	}
	return fallback;
}

/** The unit of a piece of formula where it follows from its names (a sum, a choice), else null (a product, a number). */
function unitOf(node: Node, inputs: Readonly<Record<string, FormulaInput>>): string | null {
	switch (node.type) {
		case 'SymbolNode':
			return inputs[node.name]?.unit ?? null;
		case 'ParenthesisNode':
			return unitOf(node.content, inputs);
		case 'ConditionalNode':
			return sharedUnit([node.trueExpr, node.falseExpr], inputs, null);
		case 'OperatorNode':
			return node.fn === 'add' || node.fn === 'subtract' || node.fn === 'unaryMinus' || node.fn === 'unaryPlus' ? sharedUnit(node.args, inputs, null) : null;
		case 'FunctionNode': {
			const chooses = node.fn.type === 'SymbolNode' && (node.fn.name === 'min' || node.fn.name === 'max');
			return sharedUnit(chooses ? node.args : node.args.slice(0, 1), inputs, null);
		}
		default:
			return null;
	}
}
