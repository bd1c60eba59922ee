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
	unequalDependencies
} from 'mathjs/number';
import type { FactoryFunctionMap, MathNode } from 'mathjs';
import type { FormulaNode } from '../engine';

/**
 * Parsing formulas with mathjs, apart from the engine so the app does not load mathjs: the CLI
 * and the tests parse here, and the app's build parses the data's formulas here once and ships
 * the trees (see vite.config.ts).
 */

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

/** A formula's text as a plain tree (see FormulaNode); throws mathjs's reason when it does not parse. */
export function parseFormula(text: string): FormulaNode {
	return plain(parse(text));
}

function plain(node: MathNode): FormulaNode {
	const n = node as MathNode & Record<string, unknown>;
	switch (node.type) {
		case 'ConstantNode':
			return { type: 'ConstantNode', value: n.value };
		case 'SymbolNode':
			return { type: 'SymbolNode', name: n.name as string };
		case 'ParenthesisNode':
			return { type: 'ParenthesisNode', content: plain(n.content as MathNode) };
		case 'ConditionalNode':
			return { type: 'ConditionalNode', condition: plain(n.condition as MathNode), trueExpr: plain(n.trueExpr as MathNode), falseExpr: plain(n.falseExpr as MathNode) };
		case 'OperatorNode':
			return { type: 'OperatorNode', fn: String(n.fn), op: String(n.op), args: (n.args as MathNode[]).map(plain) };
		case 'FunctionNode':
			return { type: 'FunctionNode', fn: plain(n.fn as MathNode), args: (n.args as MathNode[]).map(plain) };
		default:
			return { type: 'OtherNode', kind: node.type };
	}
}
