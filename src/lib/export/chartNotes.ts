import type { Assumption } from '../engine';
import { formatInput } from '../format/units';

/**
 * The line under an exported chart that says which scenario it shows and which assumptions
 * differ from its preset, with the value in force and the preset's value, each in its unit.
 * `edits` are the changed values by assumption id; `before` the preset's values (a missing one
 * is the assumption's default). An id the data does not know is named by its id.
 *
 * @example scenarioNote('Rijk · eigen', 'Rijk', { 'b17.kinderen': 10000 }, {}, assumptions)
 * // 'Scenario: Rijk · eigen. Aannames anders dan in Rijk: Kinderen in residentieel verblijf binnen bereik 10.000 kinderen (was 20.000 kinderen).'
 */
export function scenarioNote(
	name: string,
	presetName: string,
	edits: Readonly<Record<string, number>>,
	before: Readonly<Record<string, number>>,
	assumptions: readonly Pick<Assumption, 'id' | 'label' | 'unit' | 'defaultValue'>[]
): string {
	const changed = Object.entries(edits).map(([id, value]) => {
		const assumption = assumptions.find((a) => a.id === id);
		if (!assumption) return `${id} ${value.toLocaleString('nl-NL')}`;
		const was = before[id] ?? assumption.defaultValue;
		return `${assumption.label} ${formatInput(assumption.unit, value)} (was ${formatInput(assumption.unit, was)})`;
	});
	return changed.length === 0 ? `Scenario: ${name}.` : `Scenario: ${name}. Aannames anders dan in ${presetName}: ${changed.join('; ')}.`;
}

/**
 * The line under an exported Monte Carlo chart: how many draws, which seed and which set of
 * uncertainty, so the figure can be reproduced.
 *
 * @example drawsNote(10000, 7, 'Zoals de tabel') // 'Monte Carlo: 10.000 trekkingen, seed 7, set van onzekerheid ‘Zoals de tabel’.'
 */
export function drawsNote(runs: number, seed: number, setName: string): string {
	return `Monte Carlo: ${runs.toLocaleString('nl-NL')} trekkingen, seed ${seed}, set van onzekerheid ‘${setName}’.`;
}

/**
 * The line with the app and the date the image was made.
 * @example dateNote(new Date(2025, 4, 12)) // 'Hervormingsagenda Jeugd · scenariosimulator · 12 mei 2025'
 */
export function dateNote(date: Date): string {
	return `Hervormingsagenda Jeugd · scenariosimulator · ${date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/**
 * The source line of figures from the tables of the Commissie van Wijzen, with the data version.
 * @example tablesSource('cd23705e') // 'Bron: Commissie van Wijzen (2021), Tabel 1 en 2, document 004 regels 657–805; dataversie cd23705e'
 */
export function tablesSource(version: string): string {
	return `Bron: Commissie van Wijzen (2021), Tabel 1 en 2, document 004 regels 657–805; dataversie ${version}`;
}
