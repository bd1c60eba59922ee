import { LAST_TABLE_YEAR, simulate, type Dataset, type Scenario } from '../engine';

/**
 * The scenario on screen: which preset, which horizon, and the result that follows.
 * Everything else is derived, so a change anywhere moves every figure.
 */
export class ScenarioState {
	readonly dataset: Dataset;
	readonly presets: readonly Scenario[];
	presetId = $state('');
	horizon = $state(LAST_TABLE_YEAR);

	readonly scenario: Scenario = $derived.by(() => {
		const preset = this.presets.find((p) => p.id === this.presetId) ?? this.presets[0]!;
		return { ...preset, horizon: this.horizon };
	});
	readonly result = $derived.by(() => simulate(this.dataset, this.scenario));

	constructor(dataset: Dataset, presets: readonly Scenario[]) {
		this.dataset = dataset;
		this.presets = presets;
		this.presetId = presets[0]!.id;
	}
}
