import { getContext, onDestroy, onMount, setContext } from 'svelte';
import type { Dataset, Scenario } from '../engine';
import type { SharedLink } from '../links/shareLink';
import { GemeenteState } from './gemeenteState.svelte';
import { browserStorage } from './persisted.svelte';
import { ScenarioLibrary } from './scenarioLibrary.svelte';
import { ScenarioState } from './scenarioState.svelte';
import { takeWorker } from '../uncertainty/earlyWorker';
import type { UncertaintyRequest, WorkerResponse } from '../uncertainty/protocol';
import { UncertaintyState } from './uncertaintyState.svelte';

/**
 * What every page shares, made once by the root layout and handed down with setContext (as
 * SveltePlot hands down its plot): the user's scenarios, the scenario on screen, its Monte Carlo
 * in a worker, and the gemeente. It outlives a page, so going from the scenario to the gemeente
 * keeps the same scenario and the same worker.
 */
export interface PageContext {
	library: ScenarioLibrary;
	scenario: ScenarioState;
	uncertainty: UncertaintyState;
	gemeente: GemeenteState;
	/** Attach the browser's storage and start the worker, once; every page calls it when it mounts, before it reads its link. */
	start(): void;
}

const KEY = Symbol('page-context');

/** Make the page context (in the root layout). The worker stops when the layout goes. */
export function providePageContext(
	dataset: Dataset,
	presets: readonly Scenario[],
	firstBands?: { request: Omit<UncertaintyRequest, 'id'>; response: WorkerResponse }
): PageContext {
	const library = new ScenarioLibrary(dataset, presets);
	const uncertainty = new UncertaintyState();
	if (firstBands) uncertainty.prefill(firstBands.request, firstBands.response);
	let stop: (() => void) | null = null;
	const context: PageContext = {
		library,
		scenario: new ScenarioState(library),
		uncertainty,
		gemeente: new GemeenteState(dataset),
		start() {
			if (stop) return;
			library.attach(browserStorage());
			context.gemeente.attach(browserStorage());
			stop = uncertainty.connect(takeWorker);
		}
	};
	onDestroy(() => stop?.());
	return setContext(KEY, context);
}

/** The page context of the root layout. */
export function pageContext(): PageContext {
	const context = getContext<PageContext | undefined>(KEY);
	if (!context) throw new Error('geen paginacontext: een pagina hoort onder de hoofdlayout');
	return context;
}

/** What a page's link said, once the page has read it. */
export interface OpenedLink {
	/** False until the page has mounted and read its link. */
	readonly started: boolean;
	/** Why (part of) the link was not used, in Dutch. */
	readonly problems: string[];
	/** Said when the link was made on other data. */
	readonly notice: string | null;
}

/**
 * On a page that shows the scenario on screen: when it mounts, start the context and read the
 * link (a link wins over what this browser showed last; `alsoRead` reads the page's own part of
 * the query and returns its problems); from then on ask the worker for the Monte Carlo of every
 * change. The page never waits for the worker.
 */
export function showScenario(context: PageContext, alsoRead: (query: URLSearchParams, link: SharedLink | null) => string[] = () => []): OpenedLink {
	const opened = $state({ started: false, problems: [] as string[], notice: null as string | null });
	onMount(() => {
		context.start();
		const query = new URL(location.href).searchParams;
		const link = context.scenario.open(query);
		opened.problems = [...(link?.problems ?? []), ...alsoRead(query, link)];
		opened.notice = link?.notice ?? null;
		opened.started = true;
	});
	// before the page draws the change, so the worker computes while it draws
	$effect.pre(() => {
		if (opened.started) context.uncertainty.request($state.snapshot(context.scenario.scenario), context.scenario.targetId);
	});
	return opened;
}
