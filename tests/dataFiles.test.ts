import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import formulaTrees from 'virtual:formula-trees';
import { DATA_DIR, readDataset, readPresets } from '../src/cli/projectData';
import { DATA_FILE_NAMES, loadDataset, type DataFiles } from '../src/lib/data/loadDataset';
import { PM, simulate, TABLE_YEARS, type SourceRef } from '../src/lib/engine';
import { parseFormula } from '../src/lib/data/parseFormula';

const dataset = readDataset();
const SOURCES = resolve(import.meta.dirname, '../../shared/sources');
const haveSources = existsSync(SOURCES);
if (!haveSources) console.warn(`Bronteksten niet gevonden in ${SOURCES}: de regelcontroles worden overgeslagen.`);

function sourceLines(documentId: string): string[] {
	const doc = dataset.documents.find((d) => d.id === documentId)!;
	return readFileSync(resolve(SOURCES, doc.file), 'utf8').split('\n');
}

describe('data/', () => {
	it('holds 14 Tabel 1 and 8 Tabel 2 measures', () => {
		expect(dataset.measures.filter((m) => m.table === 1)).toHaveLength(14);
		expect(dataset.measures.filter((m) => m.table === 2)).toHaveLength(8);
	});

	it('cites Tabel 1 rows within L657–695 and Tabel 2 rows within L696–805 of document 004', () => {
		for (const m of dataset.measures) {
			expect(m.source.document).toBe('004');
			const [from, to] = m.table === 1 ? [657, 695] : [696, 805];
			expect(m.source.line, m.id).toBeGreaterThanOrEqual(from);
			expect(m.source.line, m.id).toBeLessThanOrEqual(to);
		}
	});

	it('flags the doubtful cells named in the reconstruction notes', () => {
		const flagged = dataset.measures.flatMap((m) => m.doubts.map((d) => `${m.id} ${d.year}`));
		expect(flagged).toEqual(expect.arrayContaining(['b3 2024', 'kwaliteitsagenda 2027', 'kwaliteitsagenda 2028', 'voorliggend-veld 2025']));
	});

	it('keeps a printed dash (0) apart from PM', () => {
		const behandelduur = dataset.measures.find((m) => m.id === 'behandelduur')!;
		expect(behandelduur.amounts).toEqual([0, 47, 71, 94, 94, 94, 94]);
		expect(behandelduur.printedDash).toEqual([true, false, false, false, false, false, false]);
		const b19 = dataset.measures.find((m) => m.id === 'b19')!;
		expect(b19.amounts).toEqual(Array(7).fill(PM));
		expect(b19.printedDash).toEqual(Array(7).fill(false));
	});

	it('keeps the printed totals as printed, including the garbled ones, with our reading beside them', () => {
		const t2027 = dataset.printedTotals.find((t) => t.table === 1 && t.year === 2027)!;
		expect([t2027.printed, t2027.valueMln, t2027.confirmedBy]).toEqual(['1.057', 1017, []]);
		const t2028 = dataset.printedTotals.find((t) => t.table === 1 && t.year === 2028)!;
		expect([t2028.printed, t2028.valueMln, t2028.confirmedBy]).toEqual(['2-*27', 1017, []]);
		expect(t2027.note).toMatch(/1\.017/);
		const t2022 = dataset.printedTotals.find((t) => t.table === 1 && t.year === 2022)!;
		expect([t2022.printed, t2022.valueMln, t2022.source.line]).toEqual(['', 214, 527]);
	});

	it('reads B23 2023 as 112, with the printed 132, its reasons and the outside sources as a doubt', () => {
		const b23 = dataset.measures.find((m) => m.id === 'b23')!;
		expect(b23.amounts[1]).toBe(112);
		const doubt = b23.doubts.find((d) => d.year === 2023)!;
		expect([doubt.printed, doubt.readMln]).toEqual(['132', 112]);
		expect(doubt.support.map((s) => s.entry)).toEqual(['E2', 'E3', 'E4', 'E5']);
		expect(doubt.note).toMatch(/374/);
		const t2023 = dataset.printedTotals.find((t) => t.table === 1 && t.year === 2023)!;
		expect(t2023.confirmedBy.map((s) => s.entry)).toEqual(['E2', 'E3', 'E4', 'E5']);
	});

	it('speaks of constant prices, not nominal amounts (the series exclude volume growth and indexation, 004 L532)', () => {
		const readme = readFileSync(resolve(DATA_DIR, 'README.md'), 'utf8');
		expect(readme).not.toMatch(/nominaal/i);
		expect(readme).toMatch(/constante prijzen/);
	});

	it('marks as our assumption what no source states: b19.vanaf', () => {
		const vanaf = dataset.assumptions.find((a) => a.id === 'b19.vanaf')!;
		expect([vanaf.status, vanaf.source]).toEqual(['aanname', null]);
	});

	it('gives b2.wetswijziging the table as its default, not a source', () => {
		const law = dataset.assumptions.find((a) => a.id === 'b2.wetswijziging')!;
		expect([law.status, law.defaultValue, law.source?.line]).toEqual(['tabel', 0, 671]);
	});

	it('has presets whose measures all exist', () => {
		const presets = readPresets(dataset);
		expect(presets.map((p) => p.id)).toEqual(['cvw-tabel-1', 'rijk', 'vng', 'werkgroepen', 'werkgroepen-illustratief']);
		expect(presets[1]!.measures).toHaveLength(22);
	});
});

describe.skipIf(!haveSources)('citations against the source text (document 004 and extern.md)', () => {
	const lines = haveSources ? sourceLines('004') : [];
	const extern = haveSources ? sourceLines('extern') : [];
	/** The text of every line a source cites. */
	const cited = (source: SourceRef) =>
		(source.lines ?? [source.line]).map((n) => (source.document === 'extern' ? extern : sourceLines(source.document))[n - 1] ?? '').join('\n');

	it('each Tabel 1 row cites a line that prints the same amounts (OCR minus signs aside), a doubtful cell as printed', () => {
		for (const m of dataset.measures.filter((x) => x.table === 1)) {
			const line = lines[m.source.line - 1]!;
			const printed = (line.match(/(?<![\w(])(-?\d+|P[Mm])(?![\w)])/g) ?? []).slice(-TABLE_YEARS.length);
			const ours = m.amounts.map((a, i) => {
				const doubt = m.doubts.find((d) => d.year === TABLE_YEARS[i]);
				return doubt && /^\d+$/.test(doubt.printed) ? doubt.printed : a === PM ? 'PM' : String(Math.abs(a));
			});
			const theirs = printed.map((p) => (/^p/i.test(p) ? 'PM' : String(Math.abs(Number(p)))));
			// the in-/uitstroom row prints six PM cells on the line it cites (see data/README.md)
			if (m.id === 'in-uitstroom') expect(theirs, `${m.id} L${m.source.line}: ${line}`).toEqual(Array(6).fill('PM'));
			else expect(theirs, `${m.id} L${m.source.line}: ${line}`).toEqual(ours);
		}
	});

	it('each Tabel 2 row cites a line carrying its label', () => {
		for (const m of dataset.measures.filter((x) => x.table === 2)) {
			const line = lines[m.source.line - 1]!.toLowerCase();
			const word = m.name.split(/[\s/(-]+/)[0]!.toLowerCase();
			expect(line, `${m.id} L${m.source.line}`).toContain(word);
		}
	});

	it('each doubt cites lines that print what it says is printed', () => {
		for (const m of dataset.measures) {
			for (const d of m.doubts) {
				for (const part of d.printed.split(' of ')) expect(cited(d.source), `${m.id} ${d.year}`).toContain(part);
			}
		}
		// the working group's copy of the voorliggend-veld row: 155 on L3626, and 155 155 PM … on L3635
		expect(lines[3635 - 1]).toContain('155 155 PM PM');
		// the third −35 of the kwaliteitsagenda stands on L781
		const kwaliteit = dataset.measures.find((x) => x.id === 'kwaliteitsagenda')!.doubts[0]!;
		expect(kwaliteit.source.lines).toEqual([737, 781]);
		expect(kwaliteit.note).toMatch(/781/);
	});

	it('each printed total cites a line that shows the printed text, or the value where nothing is printed', () => {
		for (const t of dataset.printedTotals) {
			if (t.printed !== '') expect(lines[t.source.line - 1], `${t.table} ${t.year}`).toContain(t.printed);
			else if (t.valueMln !== null) expect(lines[t.source.line - 1], `${t.table} ${t.year}`).toContain(String(t.valueMln));
		}
	});

	it('each outside confirmation cites a line of extern.md that states the same total', () => {
		const all = dataset.printedTotals.flatMap((t) => t.confirmedBy.map((s) => [t, s] as const));
		expect(all.length).toBeGreaterThanOrEqual(8);
		for (const [t, s] of all) expect(cited(s), `${t.year} ${s.entry}`).toContain(String(t.valueMln));
		for (const m of dataset.measures) for (const d of m.doubts) for (const s of d.support) expect(cited(s), `${m.id} ${d.year} ${s.entry}`).toContain('374');
	});

	it('each extern entry starts on the line extern.csv gives, with the address it gives', () => {
		for (const e of dataset.extern) {
			expect(extern[e.line - 1], e.id).toMatch(new RegExp(`^\\*\\*${e.id}\\*\\*`));
			if (e.url) expect(extern.slice(e.line - 1, e.line + 8).join('\n'), e.id).toContain(e.url.replace(/^https:\/\/(www\.)?/, ''));
			expect(extern.slice(e.line - 1, e.line + 1).join(' '), e.id).toMatch(e.primary ? /· primary/ : /secondary/);
		}
	});

	// What the lines cited by an assumption (bron: a source states it; tabel: the table's own figure) must say.
	const ASSUMPTION_TEXT: Record<string, string[]> = {
		'b17.kinderen': ['20.000'],
		'b17.succes': ['25%'],
		'b17.besparingPerKind': ['60.000'],
		'b17.startjaar': ['300'],
		'b17.kostenMee': ['PM', '300'],
		'b17.afbouwkosten': ['295'],
		'b17.coordinatiekosten': ['5 miljoen voor 5 jaar'],
		'b2.eenOpNu': ['1:8'],
		'b2.eenOpDoel': ['1:10'],
		'b2.restaandeel': ['50%'],
		'b2.wetswijziging': ['33', '200'],
		'b2.wetswijzigingJaren': ['ongeveer 4 jaar'],
		'b23.coordinatieNu': ['29 procent'],
		'b23.coordinatieDoel': ['25 procent'],
		'b15.niveau': ['101'],
		'b15.start': ['101'],
		'b15.vol': ['101'],
		'b15.kostenMee': ['101'],
		'b6.niveau': ['24'],
		'b19.kostenMee': ['volwassen GGZ'],
		'b19.spv': ['772'],
		'b20-b22.opbrengst': ['184'],
		'leren-verbeteren.opbrengst': ['262']
	};

	it('each assumption from a source or the table cites lines that carry its figure', () => {
		const sourced = dataset.assumptions.filter((a) => a.status === 'bron' || a.status === 'tabel');
		expect(sourced.map((a) => a.id).sort()).toEqual(Object.keys(ASSUMPTION_TEXT).sort());
		for (const a of sourced) for (const text of ASSUMPTION_TEXT[a.id]!) expect(cited(a.source!), a.id).toContain(text);
		// 184 and 262 are printed on more than one line of the scrambled Tabel 2: each is cited
		expect(dataset.assumptions.find((a) => a.id === 'b20-b22.opbrengst')!.source!.lines).toEqual([725, 747]);
		expect(dataset.assumptions.find((a) => a.id === 'leren-verbeteren.opbrengst')!.source!.lines).toEqual([721, 743, 795]);
		// b15.voorinvestering (our amount) cites where the source says costs come first
		expect(cited(dataset.assumptions.find((a) => a.id === 'b15.voorinvestering')!.source!)).toMatch(/kost het .*eerst geld/s);
	});

	it('each default range from a source cites lines that carry it', () => {
		const RANGE_TEXT: Record<string, string> = {
			'b17.kinderen': '10.000',
			'b17.besparingPerKind': 'zeer forse aanname',
			'b12.schaal': 'beide kanten op',
			'*.kosten': 'kostenposten is onzeker',
			'b2.schaal': '300',
			'b2.wetswijziging': 'ongeveer 4 jaar',
			'b15.start': 'kost het',
			'b15.vol': 'niet gelijk volledig',
			'b6.factor': 'temperen',
			'b20-b22.opbrengst': '1,2',
			'leren-verbeteren.opbrengst': '0,9',
			'*.schaal': 'hypothese',
			'*.verschuiving': 'niet gelijk volledig',
			'b17.succes': 'zeer forse aanname',
			'b17.startjaar': 'onvoldoende is onderbouwd',
			'b23.vertraging': 'hypothese'
		};
		for (const u of dataset.uncertaintySets.flatMap((set) => set.inputs).filter((x) => x.source)) {
			expect(RANGE_TEXT[u.id], `${u.id} needs an expected text`).toBeDefined();
			expect(cited(u.source!), u.id).toContain(RANGE_TEXT[u.id]);
		}
	});

	it('each cost line and shared saving cites lines that name it', () => {
		const LINE_TEXT: Record<string, string> = {
			'b17.afbouw': '295',
			'b17.coordinatie': '5 miljoen',
			'b17.alternatieven': 'niet becijferd',
			'b2.rest-elders': '50%',
			'b15.voorinvestering': 'kost het',
			'b15.werk-inkomen': 'werk en inkomen',
			'b19.zvw-consultatie': 'betaaltitel',
			'b19.spv': '772'
		};
		const all = Object.values(dataset.mechanisms).flatMap((m) => m.costs.map((line) => [`${m.measure}.${line.id}`, line] as const));
		expect(all.map(([id]) => id).sort()).toEqual(Object.keys(LINE_TEXT).sort());
		for (const [id, line] of all) expect(cited(line.source!), id).toContain(LINE_TEXT[id]);
		for (const shared of dataset.shared) expect(cited(shared.source), shared.id).toContain('29 procent');
	});

	/** Per werkgroepen preset and note: the words its cited lines must carry, and whether the note says the value is our assumption. */
	const WERKGROEPEN_NOTES: Record<string, { words: string[]; ours: boolean }> = {
		'b2.wetswijziging': { words: ['artikel 1.2', 'ongeveer 4 jaar', 'nadere regelgeving'], ours: true },
		'b15.start': { words: ['kost het', 'werk en inkomen', '2022'], ours: true },
		'b15.vol': { words: ['professionals opgeleid'], ours: true },
		'b6.factor': { words: ['temperen'], ours: true },
		b12: { words: ['beide kanten op'], ours: true },
		b23: { words: ['hypothese'], ours: true }
	};
	const NOTE_TEXT: Record<string, Record<string, { words: string[]; ours: boolean }>> = {
		werkgroepen: {
			...WERKGROEPEN_NOTES,
			b17: { words: ['onvoldoende is onderbouwd', 'PM post'], ours: false },
			'b17.kostenMee': { words: ['invoeringskosten van €295'], ours: false }
		},
		'werkgroepen-illustratief': {
			...WERKGROEPEN_NOTES,
			'b17.kinderen': { words: ['10.000 kinderen', 'zeer forse aanname', 'PM post'], ours: true },
			'b17.kostenMee': { words: ['295', '5 miljoen', 'invoeringskosten van €295'], ours: true }
		}
	};
	const citedInNote = (note: string) =>
		[...note.matchAll(/regels? (\d+)(?:-(\d+))?/g)].flatMap(([, from, to]) => {
			const first = Number(from);
			return Array.from({ length: (to ? Number(to) : first) - first + 1 }, (_, i) => first + i);
		});

	it('each preset note that cites lines cites lines that carry what it says', () => {
		for (const preset of readPresets(dataset)) {
			for (const [id, note] of Object.entries(preset.notes)) {
				const numbers = citedInNote(note);
				if (numbers.length === 0) continue;
				const text = numbers.map((n) => lines[n - 1] ?? '').join('\n');
				const expected = NOTE_TEXT[preset.id]?.[id]?.words ?? (id === 'b17.kostenMee' ? ['295', '5 miljoen'] : id === 'b19.kostenMee' ? ['772'] : undefined);
				expect(expected, `${preset.id} ${id} needs an expected text`).toBeDefined();
				for (const word of expected!) expect(text, `${preset.id} ${id}: ${word}`).toContain(word);
			}
		}
	});

	it('the werkgroepen presets make no choice without a note: each cites the lines it rests on, and says so where the value is ours', () => {
		for (const id of ['werkgroepen', 'werkgroepen-illustratief']) {
			const preset = readPresets(dataset).find((p) => p.id === id)!;
			// every assumption and override the preset sets, and every measure it keeps at the table against a doubt, has a note
			const choices = [...Object.keys(preset.assumptions), ...Object.keys(preset.overrides)];
			expect(Object.keys(preset.notes).sort(), id).toEqual(Object.keys(NOTE_TEXT[id]!).sort());
			for (const choice of choices) expect(preset.notes[choice], `${id} ${choice}`).toBeDefined();
			for (const [key, note] of Object.entries(preset.notes)) {
				expect(citedInNote(note).length, `${id} ${key} cites no line`).toBeGreaterThan(0);
				if (NOTE_TEXT[id]![key]!.ours) expect(note, `${id} ${key}`).toContain('onze aanname');
				else expect(note, `${id} ${key}`).not.toContain('onze aanname');
			}
		}
		// the working group's own advice for B17 is PM (L6775–6776), so the faithful preset sets that, and no number of children
		const faithful = readPresets(dataset).find((p) => p.id === 'werkgroepen')!;
		expect(faithful.overrides.b17).toEqual({ pm: true });
		expect(faithful.assumptions['b17.kinderen']).toBeUndefined();
		expect(faithful.assumptions['b17.kostenMee']).toBeUndefined();
		expect(lines[6950 - 1]).toContain('zeer forse aanname');
	});

	it.runIf(haveSources)('cites lines in lokaal.csv that hold the figure', () => {
		const expected: Record<string, string> = {
			'cpb.groeiVeelWijkteam': '11 procent',
			'cpb.groeiWeinigWijkteam': '25 procent',
			'cpb.jaren': 'dan in 2013',
			'convenant.doeljaar': 'eind 2028 alle gemeenten',
			'geld.extraPlusBesparing': '1.828 mln',
			'landelijk.jeugdigen': '"Nederland";18044027;858425;893434;946675;1020947;',
			'landelijk.inwoners': '"Nederland";18044027;',
			'geld.totJaar': '2025 **€ 944 mln**'
		};
		const cited = dataset.local.filter((a) => a.status === 'bron');
		expect(cited.map((a) => a.id).sort()).toEqual(Object.keys(expected).sort());
		for (const a of cited) expect(sourceLines(a.source!.document)[a.source!.line - 1], a.id).toContain(expected[a.id]);
	});

	it('the formulas the app gets parsed at build time are the ones parsed now, and give the same figures', () => {
		for (const [text, tree] of formulaTrees) expect(tree, text).toEqual(parseFormula(text));
		const files = Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, readFileSync(resolve(DATA_DIR, name), 'utf8')])) as unknown as DataFiles;
		const atBuild = loadDataset(files, (text) => formulaTrees.get(text)!);
		const rijk = { ...readPresets(dataset).find((p) => p.id === 'rijk')!, horizon: 2035 };
		expect(simulate(atBuild, rijk)).toEqual(simulate(dataset, rijk));
		expect(Object.keys(atBuild.mechanisms).length).toBeGreaterThan(5);
	});
});
