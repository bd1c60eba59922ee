import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../../cli/projectData';
import { scenarioChanges } from './scenarioChanges';

const dataset = readDataset();
const presets = readPresets(dataset);
const tabel1 = presets.find((p) => p.id === 'cvw-tabel-1')!;
const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, ' '));

describe('what an own scenario changes against its preset', () => {
	it('nothing for the preset itself', () => {
		expect(scenarioChanges(tabel1, tabel1, dataset)).toEqual([]);
	});

	it('an assumption with its old value, a measure left out and one taken in, the horizon and the set', () => {
		const own = {
			...tabel1,
			id: 'eigen-1',
			measures: [...tabel1.measures.filter((m) => m !== 'b3'), 'accres'],
			assumptions: { 'b17.kinderen': 10000 },
			horizon: 2031,
			uncertaintySet: 'werkgroepen',
			distributions: { 'b2.schaal': null }
		};
		expect(plain(scenarioChanges(own, tabel1, dataset))).toEqual([
			'Erbij genomen: Accres over incidentele bijdragen 2019-2022',
			'Weggelaten: B3 Regionalisering',
			'B17: Kinderen in residentieel verblijf binnen bereik: 10.000 kinderen (was 20.000 kinderen)',
			'Onzekerheid van B2: deel van de tabelbesparing dat gehaald wordt: onzekerheid uit',
			'Tot en met 2031 (was 2028)',
			'Onzekerheid: ‘Met de twijfels van de werkgroepen’'
		]);
	});

	it('a measure’s own costs', () => {
		const own = { ...tabel1, id: 'eigen-2', overrides: { b3: { costsMln: 300 } } };
		expect(plain(scenarioChanges(own, tabel1, dataset))).toEqual(['B3 Regionalisering: invoeringskosten € 300 mln samen']);
	});
});
