import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../../cli/projectData';
import { scenarioFile } from '../data/parseScenario';
import type { Scenario } from '../engine';
import { compareQuery, readCompareQuery } from './compareLink';

const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;
const own: Scenario = { ...preset('vng'), id: 'eigen-2', name: 'VNG met accres', basedOn: 'vng', measures: [...preset('vng').measures, 'accres'] };

describe('compare link', () => {
	it('names presets by id only', () => {
		expect(compareQuery([preset('rijk'), preset('vng')], presets, dataset.version).toString()).toBe('s=rijk%2Cvng');
	});

	it('carries an own scenario whole and reads back the same places and the same scenario (round trip)', () => {
		const query = compareQuery([own, preset('rijk'), preset('werkgroepen')], presets, dataset.version);
		const read = readCompareQuery(new URLSearchParams(query.toString()), dataset, presets);
		expect(read.problems).toEqual([]);
		expect(read.slots.map((s) => s.id)).toEqual(['eigen-2', 'rijk', 'werkgroepen']);
		expect(scenarioFile(read.slots[0]!.scenario!)).toEqual(scenarioFile(own));
		expect(read.slots.slice(1).map((s) => s.scenario)).toEqual([null, null]);
	});

	it('names a damaged carried scenario and leaves its place to be found by id; reads at most four places', () => {
		const query = compareQuery([own, preset('rijk')], presets, dataset.version);
		query.set('scenario.eigen-2', 'scenario=vng&eigen=kapot');
		const read = readCompareQuery(query, dataset, presets);
		expect(read.slots[0]).toEqual({ id: 'eigen-2', scenario: null });
		expect(read.problems[0]).toMatch(/^Scenario "eigen-2" in de link: Het eigen scenario in de link is beschadigd/);
		expect(readCompareQuery(new URLSearchParams('s=a,b,c,d,e'), dataset, presets).slots.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('carries the chances over common draws: on with their draws, refused when the draws are not offered', () => {
		const query = compareQuery([preset('rijk'), preset('vng')], presets, dataset.version, 50_000);
		expect(query.toString()).toBe('s=rijk%2Cvng&kansen=50000');
		expect(readCompareQuery(query, dataset, presets)).toMatchObject({ chances: 50_000, problems: [] });
		expect(readCompareQuery(new URLSearchParams('s=rijk,vng'), dataset, presets).chances).toBeNull();
		const bad = readCompareQuery(new URLSearchParams('s=rijk,vng&kansen=7'), dataset, presets);
		expect(bad.chances).toBeNull();
		expect(bad.problems).toEqual(['Het aantal trekkingen in de link ("7") kan niet; kies 1.000, 10.000, 50.000, 100.000. De kansen staan uit.']);
	});
});
