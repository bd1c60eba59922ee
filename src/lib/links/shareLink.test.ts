import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../../cli/projectData';
import { scenarioFile } from '../data/parseScenario';
import { simulate, type Scenario } from '../engine';
import { LINK_BUDGET, linkLeavesOut, readShareQuery, shareQuery } from './shareLink';

const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;
const draws = { runs: 10_000, seed: 1 };

/** An own scenario on top of rijk with a few changes. */
const own: Scenario = {
	...preset('rijk'),
	id: 'eigen-1',
	name: 'Rijk, maar 12.500 kinderen & "minder" <b>',
	basedOn: 'rijk',
	measures: preset('rijk').measures.filter((m) => m !== 'accres'),
	assumptions: { 'b17.kinderen': 12500, 'b17.succes': 0.3 },
	distributions: { 'b17.besparingPerKind': null },
	horizon: 2031
};

describe('share link', () => {
	it('a preset link is short and readable', () => {
		expect(shareQuery(preset('rijk'), presets, dataset.version, draws).toString()).toBe(`scenario=rijk&data=${dataset.version}`);
		expect(shareQuery({ ...preset('vng'), horizon: 2035 }, presets, dataset.version, { runs: 50_000, seed: 3 }).toString()).toBe(
			`scenario=vng&tot=2035&trekkingen=50000&seed=3&data=${dataset.version}`
		);
	});

	it('an own scenario survives the round trip: the same scenario, the same figures', () => {
		const query = shareQuery(own, presets, dataset.version, { runs: 1000, seed: 7 });
		const link = readShareQuery(new URLSearchParams(query.toString()), dataset, presets)!;
		expect(link.problems).toEqual([]);
		expect(link.notice).toBeNull();
		expect(link).toMatchObject({ own: true, runs: 1000, seed: 7 });
		expect(scenarioFile(link.scenario)).toEqual(scenarioFile(own));
		expect(simulate(dataset, link.scenario).totals).toEqual(simulate(dataset, own).totals);
		// only what differs from the preset travels; the whole address stays under 2 000 characters
		expect(query.get('eigen')).toMatch(/^[\w-]{20,}$/);
		expect(`https://example.nl/?${query}`.length).toBeLessThan(2000);
	});

	it('a scenario with 9 long notes gives a link under 8 KB that the app reads: the figures travel, the notes stay in the file, and it says so', () => {
		const note = 'Toelichting met bron en overwegingen. '.repeat(50);
		const chatty: Scenario = {
			...own,
			notes: Object.fromEntries(['b17.kinderen', 'b17.succes', 'b2', 'b3', 'b5', 'b6', 'b12', 'b15', 'b17'].map((k) => [k, note]))
		};
		const query = shareQuery(chatty, presets, dataset.version, draws);
		const address = `https://example.nl/?${query}`;
		expect(address.length).toBeLessThan(8000);
		expect(query.get('eigen')!.length).toBeLessThanOrEqual(LINK_BUDGET);
		const link = readShareQuery(new URLSearchParams(query.toString()), dataset, presets)!;
		expect(link.problems).toEqual([]);
		expect(simulate(dataset, link.scenario).totals).toEqual(simulate(dataset, chatty).totals);
		// the notes of the preset it is based on, not its own long ones
		expect(link.scenario.notes).toEqual(preset('rijk').notes);
		expect(linkLeavesOut(chatty, presets)).toMatch(/de toelichtingen reizen niet mee/);
		// a short scenario leaves nothing out
		expect(linkLeavesOut(own, presets)).toBeNull();
	});

	it('round trip for random own scenarios (property)', () => {
		const ids = dataset.measures.map((m) => m.id);
		const kinderen = dataset.assumptions.find((a) => a.id === 'b17.kinderen')!;
		fc.assert(
			fc.property(
				fc.constantFrom(...presets.map((p) => p.id)),
				fc.subarray(ids),
				fc.integer({ min: kinderen.min, max: kinderen.max }),
				fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
				fc.integer({ min: 2028, max: 2035 }),
				(presetId, measures, children, name, horizon) => {
					const scenario: Scenario = {
						...preset(presetId),
						id: 'eigen-9',
						basedOn: presetId,
						name,
						measures,
						// a measure left out loses its override, as in the app (ScenarioState.setMeasure)
						overrides: Object.fromEntries(Object.entries(preset(presetId).overrides).filter(([id]) => measures.includes(id))),
						assumptions: { 'b17.kinderen': children },
						horizon
					};
					const link = readShareQuery(shareQuery(scenario, presets, dataset.version, draws), dataset, presets)!;
					expect(link.problems).toEqual([]);
					expect(scenarioFile(link.scenario)).toEqual(scenarioFile(scenario));
				}
			),
			{ numRuns: 60, seed: 11 }
		);
	});

	it('the set of uncertainty and edited distributions travel with the link', () => {
		const mine: Scenario = {
			...own,
			uncertaintySet: 'werkgroepen',
			distributions: { 'b17.kinderen': { kind: 'driehoek', min: 12500, modus: 15000, max: 25000 }, 'b2.schaal': null }
		};
		const query = shareQuery(mine, presets, dataset.version, draws);
		expect(query.get('onzekerheid')).toBe('werkgroepen');
		const link = readShareQuery(new URLSearchParams(query.toString()), dataset, presets)!;
		expect(link.problems).toEqual([]);
		expect(link.scenario.uncertaintySet).toBe('werkgroepen');
		expect(link.scenario.distributions).toEqual(mine.distributions);
		// a preset on the data's default set carries no set
		expect(shareQuery(preset('vng'), presets, dataset.version, draws).has('onzekerheid')).toBe(false);
	});

	it('a link with an unknown set of uncertainty is refused as a whole, in Dutch', () => {
		const link = readShareQuery(new URLSearchParams('scenario=vng&onzekerheid=%3Cb%3E'), dataset, presets)!;
		expect(link.scenario.id).toBe(presets[0]!.id);
		expect(link.problems).toEqual([
			'De set van onzekerheid in de link ("<b>") bestaat niet; kies tabel of werkgroepen.',
			'De link is niet gebruikt; u ziet het standaardscenario.'
		]);
	});

	it('a link made on other data says so and is still used', () => {
		const query = shareQuery(own, presets, 'oudeversie', draws);
		const link = readShareQuery(query, dataset, presets)!;
		expect(link.problems).toEqual([]);
		expect(link.notice).toMatch(/gemaakt op gegevensversie oudeversie; de simulator gebruikt nu/);
	});

	const good = shareQuery(own, presets, dataset.version, draws);
	const tampered = (change: (q: URLSearchParams) => void) => {
		const q = new URLSearchParams(good.toString());
		change(q);
		return q;
	};
	const encode = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');
	it.each([
		['a flipped character', tampered((q) => q.set('eigen', `x${q.get('eigen')!.slice(1)}`)), /eigen scenario in de link is beschadigd of aangepast/],
		['cut short', tampered((q) => q.set('eigen', q.get('eigen')!.slice(0, 30))), /beschadigd of aangepast: link: geen leesbare scenariogegevens/],
		['not base64', tampered((q) => q.set('eigen', '<script>alert(1)</script>')), /geen leesbare scenariogegevens/],
		['an unknown preset', tampered((q) => q.set('scenario', 'constructor')), /Het scenario "constructor" in de link bestaat niet/],
		['a __proto__ key', tampered((q) => q.set('eigen', encode(JSON.parse('{"id":"x-1","name":"x","__proto__":{"polluted":1}}')))), /__proto__: onbekend veld/],
		[
			'a value out of range',
			tampered((q) => q.set('eigen', encode({ id: 'x-1', name: 'x', assumptions: { 'b17.kinderen': 1e9 } }))),
			/assumptions.b17.kinderen: moet een getal van 1000 tot en met 45000/
		],
		['a preset id as own id', tampered((q) => q.set('eigen', encode({ id: 'rijk', name: 'x' }))), /id van een preset/],
		['an array', tampered((q) => q.set('eigen', encode([1, 2]))), /geen scenario-object/],
		['a horizon of 3000', tampered((q) => q.set('tot', '3000')), /Het laatste jaar in de link \("3000"\)/],
		['huge', tampered((q) => q.set('eigen', 'A'.repeat(30_000))), /te lang/],
		['a bad seed', tampered((q) => q.set('seed', '-1')), /De seed in de link/]
	])('a link with %s is refused as a whole: the default preset, default draws, the reason in Dutch', (_, query, message) => {
		const link = readShareQuery(query, dataset, presets)!;
		expect(link.problems.join(' ')).toMatch(message);
		expect(link.problems.at(-1)).toBe('De link is niet gebruikt; u ziet het standaardscenario.');
		expect(link).toMatchObject({ own: false, runs: 10_000, seed: 1 });
		expect(link.scenario).toBe(presets[0]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('an address without scenario, draws or seed is no link', () => {
		expect(readShareQuery(new URLSearchParams('utm=x'), dataset, presets)).toBeNull();
	});
});
