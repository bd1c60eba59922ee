import {
	DEFAULT_TARGET,
	LAST_TABLE_YEAR,
	simulate,
	uncertaintySetOf,
	type Assumption,
	type Dataset,
	type Distribution,
	type Scenario,
	type ShortfallRule
} from '../engine';
import { readShareQuery, type SharedLink } from '../links/shareLink';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../uncertainty/params';
import type { ScenarioLibrary } from './scenarioLibrary.svelte';

/** How the page shows a scenario when it is selected: its horizon, draws, seed and set of uncertainty. */
export function viewOf(dataset: Dataset, scenario: Scenario): { horizon: number; runs: number; seed: number; uncertaintySet: string } {
	return {
		horizon: scenario.horizon,
		runs: scenario.runs ?? DEFAULT_RUNS,
		seed: scenario.seed ?? DEFAULT_SEED,
		uncertaintySet: uncertaintySetOf(dataset, scenario).id
	};
}

/**
 * The scenario as the page computes it: the stored one with the page's horizon, draws and seed,
 * and its set of uncertainty unless that is the data's default (`defaultSet`).
 */
export function onScreen(base: Scenario, view: ReturnType<typeof viewOf>, defaultSet: string): Scenario {
	const { uncertaintySet: _, ...rest } = base;
	const set = view.uncertaintySet === defaultSet ? {} : { uncertaintySet: view.uncertaintySet };
	return { ...rest, horizon: view.horizon, runs: view.runs, seed: view.seed, ...set };
}

/**
 * The scenario on screen. Presets never change: the first edit of a preset makes an own copy
 * (named "… · eigen") and every later edit goes into that copy, which the library stores at
 * once. Horizon, draws, seed and set of uncertainty are the page's; for an own scenario they are
 * stored with it.
 * Results are derived, so a change anywhere moves every figure.
 */
export class ScenarioState {
	readonly dataset: Dataset;
	readonly library: ScenarioLibrary;
	horizon = $state(LAST_TABLE_YEAR);
	runs = $state(DEFAULT_RUNS);
	seed = $state(DEFAULT_SEED);
	/** The set of default distributions (UncertaintySet.id). */
	uncertaintySet: string;
	/** Said once when an edit made an own copy of a preset. */
	copiedFrom = $state<string | null>(null);

	/** The id on screen: the library owns the selection. */
	readonly selectedId: string = $derived.by(() => this.library.current.id);
	readonly base: Scenario = $derived.by(() => this.library.current);
	readonly isOwn: boolean = $derived.by(() => !this.library.isPreset(this.base.id));
	/** The preset this scenario starts from: the "before" of every change. */
	readonly preset: Scenario = $derived.by(() => this.library.presetOf(this.base));
	/** The data's default set: a scenario on it carries no set of its own, so its file and link leave it out. */
	readonly defaultSet: string;
	readonly scenario: Scenario = $derived.by(() =>
		onScreen(this.base, { horizon: this.horizon, runs: this.runs, seed: this.seed, uncertaintySet: this.uncertaintySet }, this.defaultSet)
	);
	/** Assumption values that differ from the preset's, by id. */
	readonly edits: Record<string, number> = $derived.by(() => {
		const own = this.base.assumptions;
		const before = this.preset.assumptions;
		const fallback = (id: string) => this.dataset.assumptions.find((a) => a.id === id)?.defaultValue;
		return Object.fromEntries(
			Object.keys(own)
				.filter((id) => own[id] !== (before[id] ?? fallback(id)))
				.map((id) => [id, own[id]!])
		);
	});
	/** Inputs whose uncertainty this scenario switched off. */
	readonly certain: Record<string, true> = $derived.by(() => {
		const own = this.base.distributions ?? {};
		return Object.fromEntries(
			Object.keys(own)
				.filter((id) => own[id] === null && this.preset.distributions?.[id] !== null)
				.map((id) => [id, true as const])
		);
	});
	/** The target the figures are set against (data/doelen.csv): a way of looking, carried in the link, not part of a scenario. */
	targetId = $state(DEFAULT_TARGET);
	/** Who carries a shortfall against the target, on /afspraken and /gemeente alike: a way of looking, not part of a scenario. */
	shortfallRule = $state<ShortfallRule>('helft');
	readonly result = $derived.by(() => simulate(this.dataset, this.scenario, this.targetId));
	/** The preset as it is, at this horizon: the "before" of every change. */
	readonly baseResult = $derived.by(() => simulate(this.dataset, { ...this.preset, horizon: this.horizon }, this.targetId));

	constructor(library: ScenarioLibrary) {
		this.library = library;
		this.dataset = library.dataset;
		this.defaultSet = uncertaintySetOf(library.dataset, {}).id;
		this.uncertaintySet = $state(this.defaultSet);
		this.select(library.current.id);
	}

	/** Show a preset or an own scenario, with its horizon, draws and seed. */
	select(id: string): void {
		const scenario = this.library.find(id) ?? this.library.presets[0]!;
		this.library.select(scenario.id);
		({ horizon: this.horizon, runs: this.runs, seed: this.seed, uncertaintySet: this.uncertaintySet } = viewOf(this.dataset, scenario));
		this.copiedFrom = null;
	}

	/**
	 * Show what a link asks for (an own scenario in it is adopted into the library), or, without a
	 * scenario in the link, the scenario this browser showed last. Returns what the link said.
	 */
	open(query: URLSearchParams): SharedLink | null {
		const link = readShareQuery(query, this.dataset, this.library.presets);
		if (!link) {
			this.select(this.library.current.id);
			return null;
		}
		this.select(link.own ? this.library.adopt(link.scenario).id : link.scenario.id);
		this.horizon = link.scenario.horizon;
		this.setDraws(link.runs, link.seed);
		this.setUncertaintySet(uncertaintySetOf(this.dataset, link.scenario).id);
		this.targetId = link.target;
		return link;
	}

	/** Apply a change to the scenario on screen: to the own scenario, or to a new own copy of the preset. */
	change(edit: (scenario: Scenario) => Scenario): void {
		const { scenario, copiedFrom } = this.library.edit(this.isOwn ? this.base : this.scenario, edit);
		if (!copiedFrom) return;
		this.library.select(scenario.id);
		this.copiedFrom = copiedFrom.name;
	}

	/**
	 * Take a measure into the scenario or leave it out (a preset gets an own copy first). Kept in the
	 * data's order. A measure left out loses its override (a scenario overrides only what it has);
	 * taken in again, it gets the preset's override back, if the preset has one (B17 as a PM post).
	 */
	setMeasure(id: string, included: boolean): void {
		if (!this.dataset.measures.some((m) => m.id === id) || this.scenario.measures.includes(id) === included) return;
		const presetOverride = Object.hasOwn(this.preset.overrides, id) ? this.preset.overrides[id] : undefined;
		this.change((s) => {
			const chosen = new Set(s.measures);
			const overrides = { ...s.overrides };
			if (included) chosen.add(id);
			else chosen.delete(id);
			if (!included) delete overrides[id];
			else if (presetOverride && !Object.hasOwn(overrides, id)) overrides[id] = presetOverride;
			return { ...s, measures: this.dataset.measures.filter((m) => chosen.has(m.id)).map((m) => m.id), overrides };
		});
	}

	/** The value in force: the scenario's, else the source default. */
	value(assumption: Assumption): number {
		return this.scenario.assumptions[assumption.id] ?? assumption.defaultValue;
	}

	/** Set a value, clamped to the assumption's range. Non-numbers are ignored. */
	set(assumption: Assumption, value: number): void {
		if (!Number.isFinite(value)) return;
		const clamped = Math.min(assumption.max, Math.max(assumption.min, value));
		if (this.value(assumption) === clamped) return;
		this.change((s) => ({ ...s, assumptions: { ...s.assumptions, [assumption.id]: clamped } }));
	}

	/** Back to the default value ("terug naar standaard"). */
	reset(assumption: Assumption): void {
		this.set(assumption, assumption.defaultValue);
	}

	/** Back to the preset's values and distributions ("alle wijzigingen wissen"). */
	clearEdits(): void {
		if (!this.isOwn) return;
		const preset = this.preset;
		this.change((s) => ({ ...s, assumptions: preset.assumptions, distributions: preset.distributions }));
	}

	/** Switch inputs' uncertainty on (each its default distribution) or off (its value in every draw). */
	setUncertain(ids: string | readonly string[], uncertain: boolean): void {
		const preset = this.preset.distributions ?? {};
		this.change((s) => {
			const distributions = { ...s.distributions };
			for (const id of typeof ids === 'string' ? [ids] : ids) {
				if (!uncertain) distributions[id] = null;
				else if (Object.hasOwn(preset, id)) distributions[id] = preset[id]!;
				else delete distributions[id];
			}
			return { ...s, distributions };
		});
	}

	/** An own distribution for one input (checked by the editor against the input's range). */
	setDistribution(id: string, distribution: Distribution): void {
		if (JSON.stringify(this.base.distributions?.[id]) === JSON.stringify(distribution)) return;
		this.change((s) => ({ ...s, distributions: { ...s.distributions, [id]: distribution } }));
	}

	/** Back to the default distribution of an input: the preset's, else the set's. */
	resetDistribution(id: string): void {
		this.setUncertain(id, true);
	}

	/** Choose the target the figures are set against; an unknown id is ignored. */
	setTarget(id: string): void {
		if (this.dataset.targets.some((t) => t.id === id)) this.targetId = id;
	}

	/** Choose the set of default distributions. */
	setUncertaintySet(id: string): void {
		if (!this.dataset.uncertaintySets.some((s) => s.id === id)) return;
		this.uncertaintySet = id;
		if (!this.isOwn) return;
		this.library.update(this.base.id, ({ uncertaintySet: _, ...s }) => (id === this.defaultSet ? s : { ...s, uncertaintySet: id }));
	}

	setHorizon(horizon: number): void {
		this.horizon = horizon;
		if (this.isOwn) this.library.update(this.base.id, (s) => ({ ...s, horizon }));
	}

	setDraws(runs: number, seed: number): void {
		this.runs = runs;
		this.seed = seed;
		if (this.isOwn) this.library.update(this.base.id, (s) => ({ ...s, runs, seed }));
	}
}
