import type { CompiledFormula } from './types';

/** A formula that was refused or could not be evaluated; the message is Dutch and names the formula. */
export class FormulaError extends Error {
	constructor(formula: string, problem: string) {
		super(`formule "${formula.length > 80 ? `${formula.slice(0, 77)}…` : formula}": ${problem}`);
		this.name = 'FormulaError';
	}
}

/**
 * A parsed formula as plain data: the node types of mathjs with only the fields the checker and
 * the evaluator read. Parsing (with mathjs, in parseFormula.ts) and compiling are apart, so the
 * app can bring its formulas parsed at build time and never load mathjs on a page.
 */
export type FormulaNode =
	| { type: 'ConstantNode'; value: unknown }
	| { type: 'SymbolNode'; name: string }
	| { type: 'ParenthesisNode'; content: FormulaNode }
	| { type: 'ConditionalNode'; condition: FormulaNode; trueExpr: FormulaNode; falseExpr: FormulaNode }
	| { type: 'OperatorNode'; fn: string; op: string; args: FormulaNode[] }
	| { type: 'FunctionNode'; fn: FormulaNode; args: FormulaNode[] }
	| { type: 'OtherNode'; kind: string };

/** Turns a formula's text into a tree, or throws (with the parser's reason). */
export type FormulaParser = (text: string) => FormulaNode;

/** Functions a formula may call. */
export const FORMULA_FUNCTIONS: readonly string[] = ['min', 'max', 'round', 'floor', 'ceil', 'abs'];
const OPERATORS = new Set([
	'add',
	'subtract',
	'multiply',
	'divide',
	'unaryMinus',
	'unaryPlus',
	'pow',
	'smaller',
	'smallerEq',
	'larger',
	'largerEq',
	'equal',
	'unequal'
]);
const MAX_LENGTH = 500;

/**
 * Compile a driver formula: arithmetic (+ − × ÷ ^), comparisons, `a ? b : c`, and
 * min/max/round/floor/ceil/abs over numbers and the names in `allowedSymbols`. Anything else —
 * property access, assignment, function definitions, strings, matrices, objects, other
 * functions such as `import` or `evaluate` — is refused before anything runs.
 *
 * `parse` turns the text into a tree: parseFormula (mathjs) in Node, or in the app the tree that
 * was parsed at build time and shipped with the formula (dataText.ts).
 *
 * @example compileFormula('kinderen * succes * besparingPerKind / 1e6', ['kinderen', 'succes', 'besparingPerKind'], parseFormula)
 *   .evaluate({ kinderen: 20000, succes: 0.25, besparingPerKind: 60000 }) // 300
 */
export function compileFormula(text: string, allowedSymbols: readonly string[], parse: FormulaParser): CompiledFormula {
	if (typeof text !== 'string' || text.trim() === '') throw new FormulaError(String(text), 'is leeg');
	if (text.length > MAX_LENGTH) throw new FormulaError(text, `is langer dan ${MAX_LENGTH} tekens`);
	let node: FormulaNode;
	try {
		node = parse(text);
	} catch (e) {
		if (e instanceof FormulaError) throw e;
		throw new FormulaError(text, `niet te lezen (${(e as Error).message})`);
	}
	const symbols = new Set<string>();
	check(node, text, allowedSymbols, symbols);
	const build = blockOf(node, text);
	const names = [...symbols];
	const own = build((name) => names.indexOf(name), 1);
	return Object.freeze({
		text,
		symbols: Object.freeze(names),
		evaluate(scope: Readonly<Record<string, number>>): number {
			const columns = names.map((name) => {
				const v = Object.hasOwn(scope, name) ? scope[name] : undefined;
				if (typeof v !== 'number') throw new FormulaError(text, `geen waarde voor ${name}`);
				return Float64Array.of(v);
			});
			const result = own(columns, 1)[0]!;
			if (!Number.isFinite(result)) throw new FormulaError(text, 'de uitkomst is geen eindig getal');
			return result;
		},
		bindBlock(slotOf: (name: string) => number, size: number): BlockFormula {
			return build(slotOf, size);
		}
	});
}

/** A formula over blocks of values: `columns[slot][i]` is symbol `slot` in draw i; the result is its own buffer. */
export type BlockFormula = (columns: readonly Float64Array[], n: number) => Float64Array;
type Build = (slotOf: (name: string) => number, size: number) => BlockFormula;

/** Round half away from zero, to `digits` decimals, as mathjs does. */
const roundHalfAway = (x: number, digits = 0) => {
	const scale = 10 ** digits;
	return (Math.sign(x) * Math.round(Math.abs(x) * scale)) / scale;
};
const FUNCTIONS: Record<string, (...args: number[]) => number> = {
	min: Math.min,
	max: Math.max,
	round: roundHalfAway,
	floor: Math.floor,
	ceil: Math.ceil,
	abs: Math.abs
};

/**
 * Turn a checked formula tree into a vectorised evaluator: each node fills its own buffer for a
 * whole block of draws in one loop. No mathjs at evaluation time, no allocation per draw, and
 * the calls between nodes happen once per block, so a Monte Carlo of 100 000 draws pays for
 * them a few dozen times, not 100 000 times. Comparisons give 1 or 0.
 */
function blockOf(node: FormulaNode, text: string): Build {
	switch (node.type) {
		case 'ConstantNode': {
			const value = node.value as number;
			return (_, size) => {
				const out = new Float64Array(size).fill(value);
				return () => out;
			};
		}
		case 'SymbolNode': {
			const name = node.name;
			return (slotOf) => {
				const slot = slotOf(name);
				if (slot < 0) throw new FormulaError(text, `geen waarde voor ${name}`);
				return (columns) => columns[slot]!;
			};
		}
		case 'ParenthesisNode':
			return blockOf(node.content, text);
		case 'ConditionalNode': {
			const parts = [blockOf(node.condition, text), blockOf(node.trueExpr, text), blockOf(node.falseExpr, text)];
			return (slotOf, size) => {
				const [test, yes, no] = parts.map((part) => part(slotOf, size)) as [BlockFormula, BlockFormula, BlockFormula];
				const out = new Float64Array(size);
				return (columns, count) => {
					const [t, y, f] = [test(columns, count), yes(columns, count), no(columns, count)];
					for (let i = 0; i < count; i++) out[i] = t[i] ? y[i]! : f[i]!;
					return out;
				};
			};
		}
		case 'OperatorNode': {
			const args = node.args.map((arg) => blockOf(arg, text));
			const fn = node.fn;
			return (slotOf, size) => {
				const bound = args.map((arg) => arg(slotOf, size));
				if (fn === 'unaryPlus') return bound[0]!;
				const out = new Float64Array(size);
				const [a, b] = bound as [BlockFormula, BlockFormula];
				if (fn === 'unaryMinus') {
					return (columns, count) => {
						const x = a(columns, count);
						for (let i = 0; i < count; i++) out[i] = -x[i]!;
						return out;
					};
				}
				const op = binary(fn);
				return (columns, count) => op(a(columns, count), b(columns, count), out, count);
			};
		}
		case 'FunctionNode': {
			const f = FUNCTIONS[(node.fn as { name: string }).name]!;
			const args = node.args.map((arg) => blockOf(arg, text));
			return (slotOf, size) => {
				const bound = args.map((arg) => arg(slotOf, size));
				const out = new Float64Array(size);
				return (columns, count) => {
					const xs = bound.map((arg) => arg(columns, count));
					for (let i = 0; i < count; i++) out[i] = f(...xs.map((x) => x[i]!));
					return out;
				};
			};
		}
		default:
			throw new FormulaError(text, `${node.kind} is niet toegestaan`);
	}
}

type Op = (x: Float64Array, y: Float64Array, out: Float64Array, n: number) => Float64Array;

/** One loop per operator, so each stays simple for the JIT. */
function binary(fn: string): Op {
	const loop =
		(f: (a: number, b: number) => number): Op =>
		(x, y, out, n) => {
			for (let i = 0; i < n; i++) out[i] = f(x[i]!, y[i]!);
			return out;
		};
	switch (fn) {
		case 'add':
			return (x, y, out, n) => {
				for (let i = 0; i < n; i++) out[i] = x[i]! + y[i]!;
				return out;
			};
		case 'subtract':
			return (x, y, out, n) => {
				for (let i = 0; i < n; i++) out[i] = x[i]! - y[i]!;
				return out;
			};
		case 'multiply':
			return (x, y, out, n) => {
				for (let i = 0; i < n; i++) out[i] = x[i]! * y[i]!;
				return out;
			};
		case 'divide':
			return (x, y, out, n) => {
				for (let i = 0; i < n; i++) out[i] = x[i]! / y[i]!;
				return out;
			};
		case 'pow':
			return loop((a, b) => a ** b);
		case 'smaller':
			return loop((a, b) => +(a < b));
		case 'smallerEq':
			return loop((a, b) => +(a <= b));
		case 'larger':
			return loop((a, b) => +(a > b));
		case 'largerEq':
			return loop((a, b) => +(a >= b));
		case 'equal':
			return loop((a, b) => +(a === b));
		default:
			return loop((a, b) => +(a !== b));
	}
}

function check(node: FormulaNode, text: string, allowed: readonly string[], symbols: Set<string>): void {
	switch (node.type) {
		case 'ConstantNode':
			if (typeof node.value !== 'number') throw new FormulaError(text, 'alleen getallen zijn toegestaan als constante');
			return;
		case 'SymbolNode':
			if (!allowed.includes(node.name)) {
				throw new FormulaError(text, `onbekende naam "${node.name}" (bekend: ${allowed.join(', ') || 'geen'})`);
			}
			symbols.add(node.name);
			return;
		case 'ParenthesisNode':
			return check(node.content, text, allowed, symbols);
		case 'ConditionalNode':
			for (const child of [node.condition, node.trueExpr, node.falseExpr]) check(child, text, allowed, symbols);
			return;
		case 'OperatorNode':
			if (!OPERATORS.has(node.fn)) throw new FormulaError(text, `bewerking "${node.op}" is niet toegestaan`);
			for (const arg of node.args) check(arg, text, allowed, symbols);
			return;
		case 'FunctionNode': {
			const fn = node.fn;
			if (fn.type !== 'SymbolNode' || !FORMULA_FUNCTIONS.includes(fn.name)) {
				const name = fn.type === 'SymbolNode' ? fn.name : 'deze aanroep';
				throw new FormulaError(text, `functie ${name} is niet toegestaan (wel: ${FORMULA_FUNCTIONS.join(', ')})`);
			}
			for (const arg of node.args) check(arg, text, allowed, symbols);
			return;
		}
		default:
			if (node.kind === 'AccessorNode' || node.kind === 'IndexNode') throw new FormulaError(text, 'eigenschappen of elementen opvragen is niet toegestaan');
			if (node.kind === 'AssignmentNode' || node.kind === 'FunctionAssignmentNode')
				throw new FormulaError(text, 'toekennen of functies definiëren is niet toegestaan');
			throw new FormulaError(text, `${node.kind} is niet toegestaan`);
	}
}
