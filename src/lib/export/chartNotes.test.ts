import { describe, expect, it } from 'vitest';
import { dateNote, drawsNote, scenarioNote } from './chartNotes';

/** Two rows of data/aannames.csv: b17.kinderen (kinderen, 20.000) and b17.succes (fractie, 0,25). */
const assumptions = [
	{ id: 'b17.kinderen', label: 'Kinderen in residentieel verblijf binnen bereik', unit: 'kinderen', defaultValue: 20000 },
	{ id: 'b17.succes', label: 'Aandeel dat lukt', unit: 'fractie', defaultValue: 0.25 }
];

describe('scenarioNote', () => {
	it('scenarioNote names the scenario, each changed assumption with its unit and the value it had in the preset', () => {
		expect(scenarioNote('Tabel 1 zoals gedrukt · eigen', 'Tabel 1 zoals gedrukt', { 'b17.kinderen': 10000 }, {}, assumptions)).toBe(
			'Scenario: Tabel 1 zoals gedrukt · eigen. Aannames anders dan in Tabel 1 zoals gedrukt: ' +
				'Kinderen in residentieel verblijf binnen bereik 10.000\u00a0kinderen (was 20.000\u00a0kinderen).'
		);
	});

	it('scenarioNote takes the preset’s own value over the default, and writes a fraction as a percentage', () => {
		// the preset has 30 %, the default is 25 %; the scenario has 40 %
		expect(scenarioNote('Werkgroepen · eigen', 'Werkgroepen', { 'b17.succes': 0.4, 'b17.kinderen': 15000 }, { 'b17.succes': 0.3 }, assumptions)).toBe(
			'Scenario: Werkgroepen · eigen. Aannames anders dan in Werkgroepen: Aandeel dat lukt 40\u00a0% (was 30\u00a0%); ' +
				'Kinderen in residentieel verblijf binnen bereik 15.000\u00a0kinderen (was 20.000\u00a0kinderen).'
		);
	});

	it('scenarioNote without edits is the name alone', () => {
		expect(scenarioNote('Rijk: Tabel 1 en Tabel 2', 'Rijk: Tabel 1 en Tabel 2', {}, {}, assumptions)).toBe('Scenario: Rijk: Tabel 1 en Tabel 2.');
	});
});

describe('drawsNote and dateNote', () => {
	it('drawsNote(50000, 7, …) writes the draws with a thousands dot, the seed and the set', () => {
		expect(drawsNote(50000, 7, 'Met de twijfels van de werkgroepen')).toBe(
			'Monte Carlo: 50.000 trekkingen, seed 7, set van onzekerheid ‘Met de twijfels van de werkgroepen’.'
		);
	});

	it('dateNote writes the day and the month in Dutch', () => {
		expect(dateNote(new Date(2025, 4, 12))).toBe('Hervormingsagenda Jeugd · scenariosimulator · 12 mei 2025');
	});
});
