import type { Assumption, Dataset, Scenario } from './types';

/**
 * Every assumption's value in a scenario: its default unless the scenario sets it.
 * @example assumptionValues(dataset, scenario).get('b17.kinderen') // 20000
 */
export function assumptionValues(dataset: Dataset, scenario: Scenario): Map<string, number> {
	return new Map(dataset.assumptions.map((a) => [a.id, Object.hasOwn(scenario.assumptions, a.id) ? scenario.assumptions[a.id]! : a.defaultValue]));
}

/** The formula scope of one measure: its assumptions by the name after the dot. */
export function measureScope(assumptions: readonly Assumption[], values: ReadonlyMap<string, number>, measure: string): Record<string, number> {
	const scope: Record<string, number> = Object.create(null);
	for (const a of assumptions) {
		if (a.measure === measure) scope[a.id.slice(measure.length + 1)] = values.get(a.id) ?? a.defaultValue;
	}
	return scope;
}
