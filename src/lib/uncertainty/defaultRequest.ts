import { DEFAULT_TARGET, LAST_TABLE_YEAR, uncertaintySetOf, type Dataset, type Scenario } from '../engine';
import { onScreen, viewOf } from '../state/scenarioState.svelte';
import { scenarioRequest } from '../state/uncertaintyState.svelte';
import type { UncertaintyRequest } from './protocol';

/**
 * What a first visit's page asks the worker first: the first preset as the page shows it, against
 * the default target, with the tornado of the last table year. Built from the same functions as
 * the page's own request, so the two are the same request (tests/firstBands.test.ts).
 */
export function defaultRequest(dataset: Dataset, presets: readonly Scenario[]): Omit<UncertaintyRequest, 'id'> {
	const first = presets[0]!;
	const scenario = onScreen(first, viewOf(dataset, first), uncertaintySetOf(dataset, {}).id);
	return scenarioRequest(scenario, DEFAULT_TARGET, { year: LAST_TABLE_YEAR, cumulative: false });
}
