import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset, readFiches, readPresets } from '../src/cli/projectData';
import { parseScenario } from '../src/lib/data/parseScenario';
import { PM, simulate, timetableCurve, type Scenario, type SourceRef } from '../src/lib/engine';

const dataset = readDataset();
const check = readFiches(dataset);
const presets = readPresets(dataset);
const SOURCES = resolve(import.meta.dirname, '../../shared/sources');
const haveSources = existsSync(SOURCES);
const lines = haveSources ? readFileSync(resolve(SOURCES, '004_82bfb980c5993adb.txt'), 'utf8').split('\n') : [];
const cited = (source: SourceRef) => (source.lines ?? [source.line]).map((n) => lines[n - 1] ?? '').join('\n');
const cell = (measure: string, item: string) => check.measures.find((m) => m.measure === measure)!.cells.find((c) => c.item === item)!;
const linesOf = (source: SourceRef | null | undefined) => source?.lines ?? (source ? [source.line] : []);

describe('the fiche check (data/fiches/)', () => {
	it('covers every measure of Tabel 1 and 2 with every item of the central assignment (004 L611–639)', () => {
		expect(check.items.map((i) => i.id)).toEqual([
			'aard',
			'doelen',
			'samenhang',
			'uitvoerbaarheid',
			'raming',
			'transformatiekosten',
			'waterbed',
			'randvoorwaarden',
			'tijdpad',
			'risico',
			'indicatoren'
		]);
		expect(check.measures).toHaveLength(22);
		for (const item of check.items)
			for (const n of linesOf(item.source)) {
				expect(n, item.id).toBeGreaterThanOrEqual(611);
				expect(n, item.id).toBeLessThanOrEqual(639);
			}
		// ten measures have a fiche or a section of a working group's report; the other twelve none in these papers
		expect(check.measures.filter((m) => m.hasFiche).map((m) => m.measure)).toEqual(['b16', 'b17', 'b1-b7', 'b2', 'b15', 'b5', 'b6', 'b12', 'b23', 'b19']);
	});

	it('B17’s transformation costs cite the KPMG estimate (L6932–6937) and the gap the fiche names itself (L7049–7051)', () => {
		const b17 = cell('b17', 'transformatiekosten');
		expect(b17.status).toBe('aangeleverd');
		expect(linesOf(b17.source)).toEqual([6932, 6933, 6934, 6935, 6936, 6937]);
		expect(linesOf(b17.gap?.source)).toEqual(expect.arrayContaining([7049, 7050, 7051]));
	});

	it('holds the gaps the sources name: B6 has no timetable (L4114), B23’s is to be added (L4246–4248)', () => {
		expect([cell('b6', 'tijdpad').status, linesOf(cell('b6', 'tijdpad').gap?.source)]).toEqual(['ontbreekt', [4113, 4114]]);
		expect(cell('b23', 'tijdpad').status).toBe('aangeleverd'); // a first step possibly in 2022 …
		expect(linesOf(cell('b23', 'tijdpad').gap?.source)).toEqual([4246, 4247, 4248]); // … the rest to be added once known
		// B17: the estimate is there, but the working group calls it insufficiently substantiated, so the raming is missing
		expect(cell('b17', 'raming').status).toBe('ontbreekt');
	});

	it('the item tijdpad is delivered exactly for the measures whose timetable names a phase', () => {
		for (const m of check.measures) {
			const timetable = check.timetables.find((t) => t.measure === m.measure);
			const named = timetable?.phases.some((p) => p.status !== 'ontbreekt') ?? false;
			expect(m.cells.find((c) => c.item === 'tijdpad')!.status === 'aangeleverd', m.measure).toBe(named);
		}
	});
});

describe.skipIf(!haveSources)('fiche check and timetables against the source text (document 004)', () => {
	it('each item of the assignment cites lines that name it', () => {
		const ITEM_TEXT: Record<string, string> = {
			aard: 'aard',
			doelen: 'doelstellingen',
			samenhang: 'samenhang',
			uitvoerbaarheid: 'uitvoerbaarheid',
			raming: 'financiële raming',
			transformatiekosten: 'transformatiekosten',
			waterbed: 'waterbed',
			randvoorwaarden: 'randvoorwaarden',
			tijdpad: 'tijdpad',
			risico: 'risico',
			indicatoren: 'indicatoren'
		};
		for (const item of check.items) expect(cited(item.source), item.id).toContain(ITEM_TEXT[item.id]);
		// the three phases of the timetable
		expect(cited(check.items.find((i) => i.id === 'tijdpad')!.source)).toMatch(
			/doorlooptijd tot implementatie[\s\S]*b\) implementatie en[\s\S]*c\) realisatie/
		);
	});

	it('each fiche, or each reason there is none, cites lines that carry its measure', () => {
		const FICHE_TEXT: Record<string, string> = {
			b16: 'normale leven',
			b13: 'jeugdbeschermingsketen',
			b17: 'Bouwsteen B17',
			b18: 'B18',
			'b1-b7': 'geen effect',
			b2: 'B2:',
			b15: 'B15:',
			b5: 'Fiche maatregel B5',
			b6: 'Maatregel B6',
			b12: 'Maatregel B12',
			b3: 'Regionalisering',
			'aef-e1': 'POH-GGZ',
			b23: 'Fiche maatregel B23',
			'in-uitstroom': 'uitstroom',
			b8: 'B8',
			kwaliteitsagenda: 'Kwaliteitsagenda',
			behandelduur: 'Normeren behandelduur',
			'voorliggend-veld': 'voorliggende',
			b19: 'maatregel 819'
		};
		for (const m of check.measures) {
			if (!m.source) {
				expect(m.hasFiche, m.measure).toBe(false);
				continue;
			}
			expect(FICHE_TEXT[m.measure], `${m.measure} needs an expected text`).toBeDefined();
			expect(cited(m.source), m.measure).toContain(FICHE_TEXT[m.measure]);
		}
	});

	/** What the lines of each cell must carry: where the fiche delivers (or treats) an item, and where the source names a gap. */
	const CELL_TEXT: Record<string, string[]> = {
		'b16.aard': ['maatschappelijk debat'],
		'b16.doelen': ['normalisering', 'floreren'],
		'b16.samenhang': ['domeinoverstijgend'],
		'b16.waterbed': ['rendementen', 'onderwijs, gezondheidszorg en justitie'],
		'b16.randvoorwaarden': ['ten minste het volgende nodig'],
		'b1-b7.aard': ['geen effect', 'effectief vrij'],
		'b1-b7.doelen': ['publieke middelen'],
		'b1-b7.samenhang': ['Kwaliteit en Effectiviteit'],
		'b2.aard': ['kenmerken', 'ter verdere afbakening'],
		'b2.doelen': ['primaire doel', 'transformatie'],
		'b2.samenhang': ['samenhang', 'maatschappelijk'],
		'b2.uitvoerbaarheid': ['niet mogelijk', 'triage'],
		'b2.raming': ['1:8', '1:10'],
		'b2.waterbed': ['waterbed', '50%'],
		'b2.randvoorwaarden': ['maatschappelijk', 'aanpalende'],
		'b2.tijdpad': ['artikel 1.2', 'ongeveer 4 jaar'],
		'b2.risico': ['risico', 'ontwrichting'],
		'b15.aard': ['Doorbraakmethode en maatwerkbudgetten'],
		'b15.doelen': ['bestaanszekerheid'],
		'b15.samenhang': ['combinatie', 'tijdelijke oplossing'],
		'b15.uitvoerbaarheid': ['huidige wet'],
		'b15.raming': ['af te dingen'],
		'b15.transformatiekosten': ['professionals opgeleid'],
		'b15.waterbed': ['werk en inkomen', 'afroming'],
		'b15.randvoorwaarden': ['vrij'],
		'b15.tijdpad': ['2022', 'niet gelijk volledig'],
		'b15.risico': ['afroming', 'geëigende weg'],
		'b5.aard': ['kwaliteitsstandaarden'],
		'b5.doelen': ['administratieve lasten', 'frauduleuze'],
		'b5.samenhang': ['B23', 'zorgvolume'],
		'b5.uitvoerbaarheid': ['handhaafbaarheid', 'IGJ'],
		'b5.randvoorwaarden': ['wetgeving', 'vrijblijvend'],
		'b5.tijdpad': ['tijdpaden', 'korte termijn'],
		'b5.risico': ['autonomie', 'innovatie', 'maatwerk'],
		'b5.indicatoren': ['indicatoren'],
		'b6.aard': ['optie A'],
		'b6.doelen': ['maximumwinst', 'marges'],
		'b6.samenhang': ['AMvB'],
		'b23.aard': ['uitvoeringsvarianten'],
		'b23.doelen': ['administratieve'],
		'b23.samenhang': ['regionalisering', 'B5'],
		'b23.uitvoerbaarheid': ['verandertraject'],
		'b23.raming': ['29 procent', '25 procent'],
		'b23.transformatiekosten': ['personeel'],
		'b23.randvoorwaarden': ['randvoorwaarden', 'draagvlak'],
		'b23.tijdpad': ['al in 2022', 'januari 2022'],
		'b23.risico': ['autonomie', 'averechts'],
		'b23.indicatoren': ['enquêtes'],
		'b12.aard': ['gecontracteerd aanbod', 'goedkeuring'],
		'b12.doelen': ['duurder'],
		'b12.uitvoerbaarheid': ['huidige wet', 'strafrechtelijke'],
		'b12.raming': ['klein deel van de uitgaven'],
		'b12.transformatiekosten': ['ambtelijke capaciteit'],
		'b12.randvoorwaarden': ['samenwerking'],
		'b12.tijdpad': ['B12', 'hogere kosten'],
		'b12.risico': ['samen beslissen', 'onveilige'],
		'b19.aard': ['betaaltitel'],
		'b19.doelen': ['uithuisplaatsingen'],
		'b19.samenhang': ['werkgroep inkoop'],
		'b19.uitvoerbaarheid': ['772', 'haalbaar'],
		'b19.raming': ['772'],
		'b19.transformatiekosten': ['772', '25%'],
		'b19.waterbed': ['Zvw een', 'zorgverzekeringswet'],
		'b19.randvoorwaarden': ['zorgverzekeraars', 'ervaringsdeskundigheid'],
		'b19.tijdpad': ['per 2023', 'januari 2022'],
		'b17.aard': ['intensief ambulant', '20.000', '25%'],
		'b17.doelen': ['schadelijk'],
		'b17.samenhang': ['B19', 'onderwils'],
		'b17.uitvoerbaarheid': ['hyper maatwerk'],
		'b17.raming': ['60.000', 'zeer forse aanname'],
		'b17.transformatiekosten': ['295', '5 miljoen voor 5 jaar'],
		'b17.waterbed': ['andere relevante domeinen', 'duurder'],
		'b17.randvoorwaarden': ['frictiekosten', 'financiële rust'],
		'b17.tijdpad': ["eind '22", '2026'],
		'b17.risico': ["risico's", '150 kinderen'],
		'b17.indicatoren': ['totale kosten per gezin', 'Monitor']
	};
	const GAP_TEXT: Record<string, string[]> = {
		'b16.raming': ['financiële effecten', 'niet zelf doorgerekend'],
		'b16.waterbed': ['investeringen'],
		'b1-b7.uitvoerbaarheid': ['nadere uitwerking'],
		'b1-b7.raming': ['niet zelf doorgerekend'],
		'b2.raming': ['niet zelf doorgerekend', 'niet helder', 'geen goede informatie'],
		'b2.randvoorwaarden': ['randvoorwaarden'],
		'b2.tijdpad': ['in de tijd'],
		'b15.raming': ['opnieuw'],
		'b5.raming': ['onder B23'],
		'b5.waterbed': ['waterbedeffecten'],
		'b6.samenhang': ['dwarsverbanden'],
		'b6.uitvoerbaarheid': ['geen prioriteit'],
		'b6.raming': ['lastig te becijferen', 'temperen'],
		'b6.waterbed': ['waterbedeffecten'],
		'b6.randvoorwaarden': ['condities'],
		'b6.tijdpad': ['geen tijdpad'],
		'b6.risico': ['dilemma'],
		'b23.raming': ['KPMG'],
		'b23.waterbed': ['waterbedeffecten'],
		'b23.tijdpad': ['zodra bekend'],
		'b12.raming': ['beide kanten op'],
		'b19.raming': ['financieel'],
		'b17.raming': ['PM post', 'invoeringskosten van €295'],
		'b17.transformatiekosten': ['niet becijferd', 'eenmalige investeringen']
	};

	it('each cell cites lines that carry what its note relies on, and each gap lines that name it', () => {
		const withLines: string[] = [];
		const withGap: string[] = [];
		for (const m of check.measures) {
			for (const c of m.cells) {
				const key = `${m.measure}.${c.item}`;
				if (c.source) {
					withLines.push(key);
					expect(CELL_TEXT[key], `${key} needs an expected text`).toBeDefined();
					for (const word of CELL_TEXT[key]!) expect(cited(c.source), `${key}: ${word}`).toContain(word);
					// the lines lie in the working groups' reports (L2611–7103), not in the tables or the assignment
					for (const n of linesOf(c.source)) {
						expect(n, key).toBeGreaterThan(2610);
						expect(n, key).toBeLessThan(7104);
					}
				}
				if (c.gap) {
					withGap.push(key);
					expect(GAP_TEXT[key], `${key} needs an expected gap text`).toBeDefined();
					for (const word of GAP_TEXT[key]!) expect(cited(c.gap.source), `${key} gap: ${word}`).toContain(word);
				}
			}
		}
		expect(withLines.sort()).toEqual(Object.keys(CELL_TEXT).sort());
		expect(withGap.sort()).toEqual(Object.keys(GAP_TEXT).sort());
	});

	it('each phase of a timetable cites lines that carry it, and a phase with years the years it gives', () => {
		const PHASE_TEXT: Record<string, string> = {
			'b2.a': 'ongeveer 4 jaar',
			'b2.b': 'in de tijd',
			'b2.c': 'in de tijd',
			'b15.b': 'professionals opgeleid',
			'b15.c': 'niet in al 2022',
			'b5.a': 'tijdpaden',
			'b5.b': 'korte termijn',
			'b6.a': 'geen tijdpad',
			'b6.b': 'geen tijdpad',
			'b6.c': 'geen tijdpad',
			'b23.a': 'al in 2022',
			'b23.b': 'cyclus',
			'b23.c': 'zodra bekend',
			'b12.a': 'B12',
			'b12.b': 'huidige wet',
			'b19.a': 'januari 2022',
			'b19.b': 'per 2023',
			'b17.a': "eind '22",
			'b17.b': 'afbouw strategie',
			'b17.c': 'per 2026'
		};
		const seen: string[] = [];
		for (const t of check.timetables) {
			for (const p of t.phases) {
				if (!p.source) continue;
				const key = `${t.measure}.${p.phase}`;
				seen.push(key);
				expect(cited(p.source), key).toContain(PHASE_TEXT[key]);
				// a year the fiche gives stands on its lines (2022, or '22); a year we placed from a duration does not need to
				if (p.status === 'jaren') expect(cited(p.source), `${key} ${p.from}`).toMatch(new RegExp(`${p.from}|'${String(p.from).slice(2)}`));
			}
		}
		expect(seen.sort()).toEqual(Object.keys(PHASE_TEXT).sort());
	});
});

describe('a PM post and a timetable in the engine', () => {
	const werkgroepen = presets.find((p) => p.id === 'werkgroepen')!;
	const tabel1 = presets.find((p) => p.id === 'cvw-tabel-1')!;

	it('an override pm makes B17’s saving PM in every year and leaves its costs: werkgroepen, 2026–2028', () => {
		const b17 = simulate(dataset, werkgroepen).measures.find((m) => m.id === 'b17')!;
		expect(b17.pm.slice(4)).toEqual([true, true, true]);
		// the same scenario without the override books Tabel 1’s 300 in 2026–2028
		const without = simulate(dataset, { ...werkgroepen, overrides: {} }).measures.find((m) => m.id === 'b17')!;
		expect(without.net.slice(4)).toEqual([300, 300, 300]);
		// and the costs are the same lines either way
		expect(b17.costLines).toEqual(without.costLines);
	});

	it('parseScenario reads pm: true, and refuses it with an amount or a curve, or as anything but true', () => {
		const file = (override: unknown) => JSON.stringify({ schema: 3, id: 'x', name: 'x', measures: ['b17'], overrides: { b17: override } });
		expect(parseScenario(file({ pm: true }), 'x.json', dataset).overrides.b17).toEqual({ pm: true });
		expect(() => parseScenario(file({ pm: true, structuralMln: 100 }), 'x.json', dataset)).toThrow(
			'x.json, overrides.b17.pm: een PM-post heeft geen bedrag en geen verloop; laat structuralMln en curve weg'
		);
		expect(() => parseScenario(file({ pm: false }), 'x.json', dataset)).toThrow(
			'x.json, overrides.b17.pm: schrijf true voor een PM-post, of laat het veld weg "false"'
		);
	});

	it('a level for B19 (PM in every year of Tabel 2) without a curve follows its fiche’s timetable: the payment title from 2023 (L6603)', () => {
		// timetableCurve: no year for c, so full from the first year of b (2023)
		const scenario = parseScenario(
			JSON.stringify({ schema: 3, id: 'x', name: 'x', measures: ['b19'], overrides: { b19: { structuralMln: 50 } } }),
			'x.json',
			dataset
		);
		const b19 = simulate(dataset, scenario).measures.find((m) => m.id === 'b19')!;
		expect(b19.savings).toEqual([0, 50, 50, 50, 50, 50, 50]);
		expect(b19.pm).toEqual(Array(7).fill(false));
		// without an amount B19 stays PM in every year, as in Tabel 2
		expect(simulate(dataset, { ...scenario, overrides: {} }).measures.find((m) => m.id === 'b19')!.pm).toEqual(Array(7).fill(true));
		// B16 has a fiche without a timetable: a level still needs a curve
		expect(() =>
			parseScenario(JSON.stringify({ schema: 3, id: 'x', name: 'x', measures: ['b16'], overrides: { b16: { structuralMln: 50 } } }), 'x.json', dataset)
		).toThrow(/overrides\.b16\.structuralMln: de tabel heeft voor B16 in 2028 geen besparing om te schalen; geef ook een curve/);
	});

	it('the shape of a measure without a series in the table is its timetable’s: mechanismen.json and tijdpaden.csv say the same', () => {
		const years = (f: { evaluate(scope: Record<string, number>): number } | undefined) => (f ? f.evaluate({}) : undefined);
		let shaped = 0;
		for (const t of check.timetables) {
			const curve = timetableCurve(t);
			const pmRow = dataset.measures.find((m) => m.id === t.measure)!.amounts.every((a) => a === PM);
			const spec = dataset.mechanisms[t.measure]?.curve;
			if (curve && pmRow) {
				shaped++;
				expect(spec?.kind, t.measure).toBe(curve.kind);
				expect(years(spec && 'start' in spec ? spec.start : undefined), t.measure).toBe(curve.start);
				if (curve.kind === 'linear') expect(years(spec && 'full' in spec ? spec.full : undefined), t.measure).toBe(curve.full);
			} else if (pmRow) {
				// no years for b or c: a PM measure keeps no curve of its own
				expect(spec, t.measure).toBeUndefined();
			}
		}
		expect(shaped).toBe(1); // B19
	});

	it('the timetables change no amount of a measure the table gives a series: Tabel 1 as before', () => {
		// Tabel 1 as printed, the hand sum of its cells (B23 2023 read as 112)
		expect(simulate(dataset, tabel1).totals.net).toEqual([215, 375, 464, 571, 962, 1018, 1018]);
		const b2 = dataset.measures.find((m) => m.id === 'b2')!;
		expect(simulate(dataset, tabel1).measures.find((m) => m.id === 'b2')!.net).toEqual(b2.amounts.map((a) => (a === PM ? 0 : a)));
		const scenario: Scenario = { ...tabel1, overrides: { b2: { structuralMln: 100 } } };
		// a level for B2 scales its printed series, timetable or not: 33, 67, 133, 200 … × ½
		expect(simulate(dataset, scenario).measures.find((m) => m.id === 'b2')!.net).toEqual([16.5, 33.5, 66.5, 100, 100, 100, 100]);
	});
});
