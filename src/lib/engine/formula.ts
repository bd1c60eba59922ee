import {
	absDependencies,
	addDependencies,
	ceilDependencies,
	create,
	divideDependencies,
	equalDependencies,
	floorDependencies,
	largerDependencies,
	largerEqDependencies,
	maxDependencies,
	minDependencies,
	multiplyDependencies,
	parseDependencies,
	powDependencies,
	roundDependencies,
	smallerDependencies,
	smallerEqDependencies,
	subtractDependencies,
	unaryMinusDependencies,
	unaryPlusDependencies,
	unequalDependencies,
	type FactoryFunctionMap,
	type MathNode
} from 'mathjs';
import type { CompiledFormula } from './types';

/** A formula that was refused or could not be evaluated; the message is Dutch and names the formula. */
export class FormulaError extends Error {
	constructor(formula: string, problem: string) {
		super(`formule "${formula.length > 80 ? `${formula.slice(0, 77)}…` : formula}": ${problem}`);
		this.name = 'FormulaError';
	}
}

// One small mathjs instance with numbers only and just the functions a driver needs.
const math = create(
	{
		parseDependencies,
		addDependencies,
		subtractDependencies,
		multiplyDependencies,
		divideDependencies,
		unaryMinusDependencies,
		unaryPlusDependencies,
		powDependencies,
		minDependencies,
		maxDependencies,
		roundDependencies,
		floorDependencies,
		ceilDependencies,
		absDependencies,
		smallerDependencies,
		smallerEqDependencies,
		largerDependencies,
		largerEqDependencies,
		equalDependencies,
		unequalDependencies
	} as FactoryFunctionMap,
	{ number: 'number' }
);
const parse = math.parse;

// Lock the instance: nothing that builds, parses, evaluates or extends can be called from a formula.
const refused = (name: string) => () => {
	throw new Error(`${name} is niet toegestaan in een formule`);
};
const LOCKED = ['import', 'createUnit', 'evaluate', 'parse', 'compile', 'simplify', 'derivative', 'resolve', 'reviver', 'chain'];
math.import(Object.fromEntries(LOCKED.map((name) => [name, refused(name)])), { override: true });

/** Functions a formula may call. */
export const FORMULA_FUNCTIONS: readonly string[] = ['min', 'max', 'round', 'floor', 'ceil', 'abs'];
const OPERATORS = new Set([
	'add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow',
	'smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal'
]);
const MAX_LENGTH = 500;

/**
 * Compile a driver formula: arithmetic (+ − × ÷ ^), comparisons, `a ? b : c`, and
 * min/max/round/floor/ceil/abs over numbers and the names in `allowedSymbols`. Anything else —
 * property access, assignment, function definitions, strings, matrices, objects, other
 * functions such as `import` or `evaluate` — is refused before anything runs.
 *
 * @example compileFormula('kinderen * succes * besparingPerKind / 1e6', ['kinderen', 'succes', 'besparingPerKind'])
 *   .evaluate({ kinderen: 20000, succes: 0.25, besparingPerKind: 60000 }) // 300
 */
export function compileFormula(text: string, allowedSymbols: readonly string[]): CompiledFormula {
	if (typeof text !== 'string' || text.trim() === '') throw new FormulaError(String(text), 'is leeg');
	if (text.length > MAX_LENGTH) throw new FormulaError(text, `is langer dan ${MAX_LENGTH} tekens`);
	let node: MathNode;
	try {
		node = parse(text);
	} catch (e) {
		throw new FormulaError(text, `niet te lezen (${(e as Error).message})`);
	}
	const symbols = new Set<string>();
	check(node, text, allowedSymbols, symbols);
	const code = node.compile();
	const names = [...symbols];
	return Object.freeze({
		text,
		symbols: Object.freeze(names),
		evaluate(scope: Readonly<Record<string, number>>): number {
			const values = new Map<string, number>();
			for (const name of names) {
				const v = Object.hasOwn(scope, name) ? scope[name] : undefined;
				if (typeof v !== 'number') throw new FormulaError(text, `geen waarde voor ${name}`);
				values.set(name, v);
			}
			let result: unknown;
			try {
				result = code.evaluate(values);
			} catch (e) {
				throw new FormulaError(text, (e as Error).message);
			}
			if (typeof result === 'boolean') result = result ? 1 : 0;
			if (typeof result !== 'number' || !Number.isFinite(result)) {
				throw new FormulaError(text, 'de uitkomst is geen eindig getal');
			}
			return result;
		}
	});
}

function check(node: MathNode, text: string, allowed: readonly string[], symbols: Set<string>): void {
	const n = node as MathNode & { fn?: unknown; name?: string; value?: unknown; args?: MathNode[] };
	switch (node.type) {
		case 'ConstantNode':
			if (typeof n.value !== 'number') throw new FormulaError(text, 'alleen getallen zijn toegestaan als constante');
			return;
		case 'SymbolNode':
			if (!allowed.includes(n.name!)) {
				throw new FormulaError(text, `onbekende naam "${n.name}" (bekend: ${allowed.join(', ') || 'geen'})`);
			}
			symbols.add(n.name!);
			return;
		case 'ParenthesisNode':
		case 'ConditionalNode':
			break;
		case 'OperatorNode':
			if (!OPERATORS.has(n.fn as string)) throw new FormulaError(text, `bewerking "${(node as { op?: string }).op}" is niet toegestaan`);
			break;
		case 'FunctionNode': {
			const fn = n.fn as MathNode & { name?: string };
			if (fn.type !== 'SymbolNode' || !FORMULA_FUNCTIONS.includes(fn.name!)) {
				const name = fn.type === 'SymbolNode' ? fn.name : 'deze aanroep';
				throw new FormulaError(text, `functie ${name} is niet toegestaan (wel: ${FORMULA_FUNCTIONS.join(', ')})`);
			}
			for (const arg of n.args ?? []) check(arg, text, allowed, symbols);
			return;
		}
		case 'AccessorNode':
		case 'IndexNode':
			throw new FormulaError(text, 'eigenschappen of elementen opvragen is niet toegestaan');
		case 'AssignmentNode':
		case 'FunctionAssignmentNode':
			throw new FormulaError(text, 'toekennen of functies definiëren is niet toegestaan');
		default:
			throw new FormulaError(text, `${node.type} is niet toegestaan`);
	}
	node.forEach((child) => check(child, text, allowed, symbols));
}
