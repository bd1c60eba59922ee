import { LAST_TABLE_YEAR, simulate, type Assumption, type Dataset, type Scenario } from '../engine';

/**
 * The scenario on screen: a preset, the user's own assumption values on top of it, and the
 * horizon. Results are derived, so a change anywhere moves every figure.
 */
export class ScenarioState {
	readonly dataset: Dataset;
	readonly presets: readonly Scenario[];
	presetId = $state('');
	horizon = $state(LAST_TABLE_YEAR);
	/** Values the user changed, by assumption id; they win over the preset's. */
	edits = $state<Record<string, number>>({});
	/** Inputs whose uncertainty the user switched off: they keep their value in every draw. */
	certain = $state<Record<string, true>>({});

	readonly preset: Scenario = $derived.by(() => this.presets.find((p) => p.id === this.presetId) ?? this.presets[0]!);
	readonly scenario: Scenario = $derived.by(() => ({
		...this.preset,
		assumptions: { ...this.preset.assumptions, ...this.edits },
		distributions: { ...this.preset.distributions, ...Object.fromEntries(Object.keys(this.certain).map((id) => [id, null])) },
		horizon: this.horizon
	}));
	readonly result = $derived.by(() => simulate(this.dataset, this.scenario));
	/** The preset as it is, without the user's edits: the "before" of every change. */
	readonly baseResult = $derived.by(() => simulate(this.dataset, { ...this.preset, horizon: this.horizon }));

	constructor(dataset: Dataset, presets: readonly Scenario[]) {
		this.dataset = dataset;
		this.presets = presets;
		this.presetId = presets[0]!.id;
	}

	/** The value in force: the user's, else the preset's, else the source default. */
	value(assumption: Assumption): number {
		return this.scenario.assumptions[assumption.id] ?? assumption.defaultValue;
	}

	/** Set a value, clamped to the assumption's range. Non-numbers are ignored. */
	set(assumption: Assumption, value: number): void {
		if (!Number.isFinite(value)) return;
		this.edits[assumption.id] = Math.min(assumption.max, Math.max(assumption.min, value));
	}

	/** Back to the source value ("terug naar bron"). */
	reset(assumption: Assumption): void {
		if (this.preset.assumptions[assumption.id] === undefined) delete this.edits[assumption.id];
		else this.edits[assumption.id] = assumption.defaultValue;
	}

	clearEdits(): void {
		this.edits = {};
		this.certain = {};
	}

	/** Switch an input's uncertainty on (its distribution from the data) or off (its value in every draw). */
	setUncertain(id: string, uncertain: boolean): void {
		if (uncertain) delete this.certain[id];
		else this.certain[id] = true;
	}
}
