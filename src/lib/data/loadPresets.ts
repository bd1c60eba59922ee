import type { Dataset, Scenario } from '../engine';
import { DataError } from './DataError';
import { deepFreeze } from './deepFreeze';
import { parseScenario } from './parseScenario';

/** The preset order in menus: the agreed ondergrens first. */
const ORDER = ['cvw-tabel-1', 'rijk', 'vng', 'werkgroepen', 'werkgroepen-illustratief'];

/**
 * Parse the preset scenario files (data/scenarios/*.json, by file name). Each preset's id must
 * match its file name.
 */
export function loadPresets(files: Readonly<Record<string, string>>, dataset: Dataset): Scenario[] {
	const presets = Object.entries(files).map(([file, text]) => {
		const scenario = parseScenario(text, file, dataset);
		if (`${scenario.id}.json` !== file) throw new DataError({ file, column: 'id' }, 'id en bestandsnaam verschillen', scenario.id);
		return scenario;
	});
	const rank = (s: Scenario) => (ORDER.includes(s.id) ? ORDER.indexOf(s.id) : ORDER.length);
	// each preset frozen throughout, as the dataset: no page can change what another one starts from
	return presets.map(deepFreeze).sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** The preset a scenario starts from: its own id for a preset, else `basedOn`, else the first preset. */
export function presetOf(scenario: Scenario, presets: readonly Scenario[]): Scenario {
	return presets.find((p) => p.id === scenario.id) ?? presets.find((p) => p.id === scenario.basedOn) ?? presets[0]!;
}
