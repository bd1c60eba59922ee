import { describe, expect, it } from 'vitest';
import type { Assumption, Dataset, Measure } from '../engine';
import { readDataset } from '../../cli/projectData';
import { olderFileNotice, parseScenario, readScenario, scenarioFile } from './parseScenario';

const m = (id: string, amounts: Measure['amounts']) => ({ id, code: id.toUpperCase(), name: id, amounts }) as Measure;
const PM7 = ['PM', 'PM', 'PM', 'PM', 'PM', 'PM', 'PM'] as const;
const kinderen = { id: 'b17.kinderen', measure: 'b17', min: 1000, max: 45000, defaultValue: 20000 } as Assumption;
const dataset = {
	measures: [
		m('b2', [33, 67, 133, 200, 200, 200, 200]),
		m('b17', ['PM', 'PM', 'PM', 'PM', 300, 300, 300]),
		m('b3', [-47, -47, -46, -44, -43, 6, 6]),
		m('kwaliteit', [-25, -40, -40, -40, -35, -35, -15]),
		m('b16', PM7)
	],
	printedTotals: [],
	documents: [],
	extern: [],
	assumptions: [kinderen],
	mechanisms: {},
	packages: [],
	shared: [],
	uncertaintySets: [{ id: 'tabel', name: 'Zoals de tabel', note: '', isDefault: true, inputs: [] }],
	targets: [],
	local: [],
	version: 'x'
} as Dataset;
const base = { schema: 1, id: 'mijn-scenario', name: 'Mijn scenario', measures: ['b2', 'b17'] };
const parse = (value: unknown) => parseScenario(JSON.stringify(value), 'mijn.json', dataset);

describe('parseScenario', () => {
	it('parseScenario reads a minimal scenario with defaults', () => {
		expect(parse(base)).toEqual({ ...base, schema: undefined, description: '', overrides: {}, assumptions: {}, notes: {}, horizon: 2028 });
	});

	it('parseScenario reads overrides with every curve kind', () => {
		const overrides = {
			b17: { structuralMln: 150, curve: { kind: 'logistic', start: 2025, full: 2028, steepness: 2 } },
			b2: { curve: { kind: 'custom', from: 2026, fractions: [0.2, 0.6, 1], delay: 1 } }
		};
		expect(parse({ ...base, overrides, horizon: 2035 }).overrides).toEqual(overrides);
	});

	it('parseScenario reads the costs of the table apart from the saving, and a level with a curve for a measure that is PM throughout', () => {
		const overrides = { b3: { structuralMln: 0, costsMln: 300 }, kwaliteit: { costsMln: 115 }, b16: { structuralMln: 50, curve: { kind: 'linear', start: 2025, full: 2027 } } };
		expect(parse({ ...base, measures: ['b3', 'kwaliteit', 'b16'], overrides }).overrides).toEqual(overrides);
	});

	it.each([
		['not json', '{', /mijn.json: geen geldige JSON/],
		['a schema from a newer version', { ...base, schema: 4 }, /schema: gemaakt met een nieuwere versie van de simulator \(schema 4\); deze versie leest schema 1 tot en met 3/],
		['no schema', { ...base, schema: undefined }, /schema: onbekende versie; 1 tot en met 3 verwacht/],
		['a schema that is text', { ...base, schema: '2' }, /schema: onbekende versie; 1 tot en met 3 verwacht "2"/],
		['schema-2 fields in a schema-1 file', { ...base, seed: 3 }, /seed: onbekend veld/],
		['schema-3 fields in a schema-2 file', { ...base, schema: 2, uncertaintySet: 'tabel' }, /uncertaintySet: onbekend veld/],
		['an unknown uncertainty set', { ...base, schema: 3, uncertaintySet: 'vng' }, /uncertaintySet: onbekende set van onzekerheid; kies tabel "vng"/],
		['a cost factor for a measure without invoeringskosten', { ...base, distributions: { 'b2.kosten': null } }, /distributions.b2.kosten: B2 heeft geen invoeringskosten om te variëren/],
		['the tempo strength as a distribution', { ...base, distributions: { 'samenhang.tempo': { kind: 'uniform', min: 0, max: 1 } } }, /distributions.samenhang.tempo: de samenhang in het tempo is een sterkte, geen onzekere invoer/],
		['a factor over ten', { ...base, distributions: { 'b2.schaal': { kind: 'driehoek', min: 1, modus: 1.25, max: 1250 } } }, /distributions.b2.schaal: valt buiten het bereik 0 – 10/],
		['a distribution outside the assumption’s range', { ...base, distributions: { 'b17.kinderen': { kind: 'uniform', min: 0, max: 20000 } } }, /distributions.b17.kinderen: valt buiten het bereik 1000 – 45000/],
		['too few draws', { ...base, schema: 2, runs: 10 }, /runs: moet een getal van 1000 tot en met 100000 zijn "10"/],
		['a broken seed', { ...base, schema: 2, seed: 1.5 }, /seed: moet een geheel getal zijn/],
		['a basedOn with markup', { ...base, schema: 2, basedOn: '<b>' }, /basedOn: ongeldige id "<b>"/],
		['an unknown measure', { ...base, measures: ['b2', 'b99'] }, /measures\[1\]: onbekende maatregel "b99"/],
		['a duplicate measure', { ...base, measures: ['b2', 'b2'] }, /maatregel komt twee keer voor "b2"/],
		['an override of an unselected measure', { ...base, measures: ['b2'], overrides: { b17: {} } }, /overrides.b17: geen geselecteerde maatregel/],
		['a horizon past 2035', { ...base, horizon: 2040 }, /horizon: moet een jaar van 2028 tot en met 2035 zijn "2040"/],
		['a text amount', { ...base, overrides: { b2: { structuralMln: '200' } } }, /overrides.b2.structuralMln: moet een getal/],
		['an unknown curve', { ...base, overrides: { b2: { curve: { kind: 'spline' } } } }, /curve.kind: onbekende curve/],
		['full before start', { ...base, overrides: { b2: { curve: { kind: 'linear', start: 2027, full: 2024 } } } }, /volledig effect ligt vóór de start/],
		['a fraction above 1', { ...base, overrides: { b2: { curve: { kind: 'custom', from: 2024, fractions: [2] } } } }, /fractions\[0\]: moet een getal van 0 tot en met 1/],
		['an unknown field', { ...base, extra: true }, /extra: onbekend veld/],
		['a negative saving', { ...base, overrides: { b2: { structuralMln: -20 } } }, /overrides.b2.structuralMln: een besparing is 0 of meer; de invoeringskosten van de tabel wijzigt u met costsMln "-20"/],
		['a saving for a measure with only costs', { ...base, measures: ['kwaliteit'], overrides: { kwaliteit: { structuralMln: 20 } } }, /overrides.kwaliteit.structuralMln: de tabel heeft voor KWALITEIT in 2028 geen besparing om te schalen; geef ook een curve/],
		['a level for a measure that is PM throughout', { ...base, measures: ['b16'], overrides: { b16: { structuralMln: 50 } } }, /overrides.b16.structuralMln: de tabel heeft voor B16 in 2028 geen besparing/],
		['a curve without a level for a measure that is PM throughout', { ...base, measures: ['b16'], overrides: { b16: { curve: { kind: 'step', start: 2026 } } } }, /overrides.b16.curve: B16 staat in 2028 op PM: geef bij een curve ook het structurele bedrag/],
		['costs for a measure without costs', { ...base, overrides: { b2: { costsMln: 100 } } }, /overrides.b2.costsMln: de tabel heeft voor B2 geen invoeringskosten/],
		['negative costs', { ...base, measures: ['b3'], overrides: { b3: { costsMln: -1 } } }, /overrides.b3.costsMln: moet een getal van 0 tot en met 100000 zijn "-1"/],
		['an unknown assumption', { ...base, assumptions: { 'b17.bestaatNiet': 1 } }, /assumptions.b17.bestaatNiet: onbekende aanname/],
		['an assumption out of range', { ...base, assumptions: { 'b17.kinderen': 50000 } }, /assumptions.b17.kinderen: moet een getal van 1000 tot en met 45000 zijn "50000"/],
		['a note on nothing', { ...base, notes: { iets: 'x' } }, /notes.iets: geen maatregel of aanname/],
		['an id with markup', { ...base, id: '<script>' }, /id: ongeldige id/]
	])('parseScenario refuses %s', (_, value, message) => {
		const text = typeof value === 'string' ? value : JSON.stringify(value);
		expect(() => parseScenario(text, 'mijn.json', dataset)).toThrow(message);
	});

	it('parseScenario migrates a schema-1 file to schema 2: the same scenario, without origin, draws or seed', () => {
		const v1 = parse({ ...base, assumptions: { 'b17.kinderen': 10000 } });
		const v2 = parse({ ...base, schema: 2, assumptions: { 'b17.kinderen': 10000 } });
		expect(v1).toEqual(v2);
		expect(v1.runs).toBeUndefined();
		expect(v1.basedOn).toBeUndefined();
	});

	it('scenarioFile writes schema 3 and reads back to the same scenario', () => {
		const scenario = parse({
			...base,
			schema: 3,
			uncertaintySet: 'tabel',
			basedOn: 'rijk',
			dataVersion: 'abc123',
			runs: 50000,
			seed: 7,
			horizon: 2031,
			assumptions: { 'b17.kinderen': 12500 },
			distributions: { 'b17.kinderen': { kind: 'driehoek', min: 5000, modus: 10000, max: 20000 }, 'b2.schaal': null }
		});
		const file = scenarioFile(scenario);
		expect(file.schema).toBe(3);
		expect(file.uncertaintySet).toBe('tabel');
		expect(readScenario(JSON.parse(JSON.stringify(file)), 'terug.json', dataset)).toEqual(scenario);
	});

	it('parseScenario reads assumption values and notes', () => {
		const scenario = parse({ ...base, assumptions: { 'b17.kinderen': 10000 }, notes: { 'b17.kinderen': 'werkgroep, regel 6953' } });
		expect(scenario.assumptions).toEqual({ 'b17.kinderen': 10000 });
		expect(scenario.notes).toEqual({ 'b17.kinderen': 'werkgroep, regel 6953' });
	});

	it('parseScenario refuses __proto__ and constructor keys instead of merging them', () => {
		const text = `{"schema":1,"id":"x","name":"x","measures":["b2"],"overrides":{"__proto__":{"structuralMln":1}}}`;
		expect(() => parseScenario(text, 'x.json', dataset)).toThrow(/overrides.__proto__: geen geselecteerde maatregel/);
		const ctor = `{"schema":1,"id":"x","name":"x","measures":["b2"],"constructor":{}}`;
		expect(() => parseScenario(ctor, 'x.json', dataset)).toThrow(/constructor: onbekend veld/);
		expect(({} as Record<string, unknown>).structuralMln).toBeUndefined();
	});
});

describe('parseScenario: distributions', () => {
	it('reads distributions per input, null switching one off', () => {
		const scenario = parse({
			...base,
			distributions: { 'b17.kinderen': { kind: 'uniform', min: 10000, max: 20000 }, 'b2.verschuiving': { kind: 'keuze', options: [{ value: 0, chance: 0.5 }, { value: 1, chance: 0.5 }] }, 'b17.schaal': null }
		});
		expect(scenario.distributions).toEqual({
			'b17.kinderen': { kind: 'uniform', min: 10000, max: 20000 },
			'b2.verschuiving': { kind: 'keuze', options: [{ value: 0, chance: 0.5 }, { value: 1, chance: 0.5 }] },
			'b17.schaal': null
		});
	});

	it.each([
		[{ 'b99.schaal': null }, 'mijn.json, distributions.b99.schaal: geen aanname en geen maatregel.schaal, maatregel.verschuiving, maatregel.kosten "b99.schaal"'],
		[{ 'b17.kinderen': { kind: 'gamma' } }, 'mijn.json, distributions.b17.kinderen.kind: onbekende verdeling (driehoek, pert, uniform, normaal, lognormaal, keuze) "gamma"'],
		[{ 'b17.kinderen': { kind: 'driehoek', min: 3, modus: 1, max: 2 } }, 'mijn.json, distributions.b17.kinderen: min ≤ modus ≤ max is vereist'],
		[{ 'b17.kinderen': { kind: 'uniform', min: 1, max: 2, __proto__x: 1 } }, 'mijn.json, distributions.b17.kinderen.__proto__x: onbekend veld']
	])('refuses %j with a message naming the field', (distributions, message) => {
		expect(() => parse({ ...base, distributions })).toThrow(message);
	});
});

describe('olderFileNotice', () => {
	const real = readDataset();
	it('tells that a file from before the sets of uncertainty gets other bands now; a current file or one without draws is left alone', () => {
		expect(olderFileNotice(JSON.stringify({ schema: 2, runs: 10000, seed: 1 }), real)).toBe(
			'Dit bestand is gemaakt vóór de sets van onzekerheid: de bandbreedte gebruikt nu de standaardset ‘Zoals de tabel’ en kan anders uitvallen dan toen; kies ‘Met de twijfels van de werkgroepen’ om die twijfels mee te wegen.'
		);
		expect(olderFileNotice(JSON.stringify({ schema: 3, runs: 10000 }), real)).toBeNull();
		expect(olderFileNotice(JSON.stringify({ schema: 2 }), real)).toBeNull();
		expect(olderFileNotice('{kapot', real)).toBeNull();
	});
});

describe('a result file read as a scenario', () => {
	it('gives the scenario it carries, as the scenario file would (the real data, preset werkgroepen-illustratief)', async () => {
		const { readPresets } = await import('../../cli/projectData');
		const { simulate } = await import('../engine');
		const { resultJson } = await import('../format/resultJson');
		const real = readDataset();
		const preset = readPresets(real).find((p) => p.id === 'werkgroepen-illustratief')!;
		const resultFile = JSON.stringify(resultJson(real, preset, simulate(real, preset)));
		const fromResult = parseScenario(resultFile, 'werkgroepen-illustratief-uitkomst-2022-2028.json', real);
		// the result file writes the data version it was computed with into its scenario
		const fromScenario = parseScenario(JSON.stringify(scenarioFile({ ...preset, dataVersion: real.version })), 'werkgroepen-illustratief.json', real);
		expect(fromResult).toEqual(fromScenario);
		expect(fromResult.assumptions['b17.kinderen']).toBe(10000);
		// a damaged scenario inside still fails, and says where it stood
		const damaged = JSON.parse(resultFile);
		damaged.scenarioFile.measures = ['b99'];
		expect(() => parseScenario(JSON.stringify(damaged), 'x-uitkomst.json', real)).toThrow(/x-uitkomst\.json \(het scenario in een uitkomstbestand\).*b99/);
	});
});
