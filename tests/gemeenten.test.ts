import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../src/lib/data/DataError';
import { readDataset } from '../src/cli/projectData';
import { defaultView } from '../src/lib/gemeenten/gemeenteView';
import { agesOf, decodeText, readGemeenten } from '../src/lib/gemeenten/readGemeenten';
import { tryReadGemeenten } from '../src/lib/gemeenten/importGemeenten';
import { GEMEENTE_STORAGE_KEY, GEMEENTE_UNREADABLE_KEY, GemeenteState } from '../src/lib/state/gemeenteState.svelte';
import { readGemeenteQuery } from '../src/lib/links/gemeenteLink';

const fixture = (name: string) => decodeText(readFileSync(`tests/fixtures/${name}`)).text;

describe('readGemeenten: a StatLine download written by hand', () => {
	// BOM, CRLF, two title lines and an empty line above, `;` with every cell quoted, a header with
	// a `;` inside quotes, thousands dots, decimal commas, "." and "x" for unknown, two footnotes.
	const read = readGemeenten(fixture('statline-gemeenten.csv'), 'statline-gemeenten.csv');

	it('finds the header below the title and maps the columns by name, with their unit', () => {
		expect(read.delimiter).toBe(';');
		expect(read.notation).toBe('nederlands');
		expect(read.columns).toEqual([
			{ field: 'naam', header: "Regio's", factor: 1 },
			{ field: 'jeugdigen', header: 'Jongeren (0 tot 18 jaar) (aantal)', factor: 1, ages: [0, 18] },
			{ field: 'inwoners', header: 'Bevolking (aantal)', factor: 1 },
			{ field: 'budgetEuro', header: 'Jeugdhulp; lasten (x 1 000 euro)', factor: 1000 }
		]);
		expect(read.ignoredColumns).toEqual(['Perioden', 'Jongeren met jeugdhulp (aantal)']);
		expect(read.skipped.above).toEqual(['Jeugd en jeugdhulp; gemeenten (testbestand, met de hand geschreven)', 'Peildatum 1 januari 2021']);
		expect(read.skipped.below).toEqual(['Bron: CBS', 'Testbestand: de aantallen zijn afgerond of verzonnen']);
	});

	it('reads thousands dots and decimal commas, and the row Nederland as national totals', () => {
		expect(read.problems).toEqual([]);
		expect(read.rows.map((r) => [r.line, r.gemeente.naam])).toEqual([
			[6, 'Amsterdam'],
			[7, 'Groningen (gemeente)'],
			[8, 'Utrecht (gemeente)'],
			[9, 'Vlieland'],
			[10, 'Schiermonnikoog']
		]);
		expect(read.rows[0]!.gemeente).toEqual({ naam: 'Amsterdam', code: null, jeugdigen: 150_225, inwoners: 872_757, budgetEuro: 322_500_500, aandeel: null });
		expect(read.rows[2]!.gemeente.budgetEuro).toBe(130_250_750);
		expect(read.rows[3]!.gemeente).toMatchObject({ jeugdigen: 180, inwoners: 1132, budgetEuro: 450_000 });
		// "." and "x" are StatLine's unknown and secret: left empty, not zero.
		expect(read.rows[4]!.gemeente).toMatchObject({ jeugdigen: null, inwoners: 948, budgetEuro: null });
		expect(read.nederland).toMatchObject({ jeugdigen: 3_450_000, inwoners: 17_500_000, budgetEuro: 5_600_000_000 });
	});

	it('reads the same file saved as Windows-1252 without a BOM', () => {
		const text = fixture('statline-gemeenten.csv')
			.replace(/^\uFEFF/, '')
			.replace("Regio's", 'Regio’s');
		const bytes = Uint8Array.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
		expect(decodeText(bytes).text).toContain('Regio’s');
		const decoded = decodeText(bytes);
		expect(decoded.encoding).toBe('windows-1252');
		expect(readGemeenten(decoded.text, 'x.csv').rows).toHaveLength(5);
	});
});

describe('readGemeenten: bad rows', () => {
	it('loads the good rows of a file with three broken rows and names the three with line and reason', () => {
		const read = readGemeenten(fixture('drie-foute-regels.csv'), 'drie-foute-regels.csv');
		expect(read.delimiter).toBe(',');
		expect(read.notation).toBe('internationaal');
		expect(read.rows.map((r) => r.gemeente.naam)).toEqual(['Alkmaar', 'Breda', 'Delft', 'Emmen', 'Goes']);
		expect(read.rows[1]!.gemeente.budgetEuro).toBeNull();
		expect(read.problems).toEqual([
			{ line: 4, reason: 'jeugdigen: "abc" is geen getal (verwacht zoals 1234.5)' },
			{ line: 6, reason: 'geen gemeentenaam' },
			{ line: 8, reason: 'verwacht 4 kolommen, gevonden 3' }
		]);
	});

	it('refuses negative figures, shares above 100 %, more jeugdigen than inwoners, and doubles', () => {
		const read = readGemeenten(
			[
				'naam;jeugdigen;inwoners;aandeel (%)',
				'Ede;-3;118.000;0,7',
				'Epe;9.000;8.000;0,2',
				'Oss;20.000;90.000;140',
				'Urk;5.500;21.000;0,1',
				'Urk;1.000;2.000;0,1',
				'Ede;1.000;2.000;0,1'
			].join('\n'),
			'x.csv'
		);
		expect(read.problems).toEqual([
			{ line: 2, reason: 'jeugdigen: -3 is negatief' },
			{ line: 3, reason: 'meer jeugdigen (9.000) dan inwoners (8.000)' },
			{ line: 4, reason: 'aandeel (%): 140 is meer dan 100 %' },
			{ line: 6, reason: 'Urk staat al op regel 5' }
		]);
		expect(read.rows.map((r) => r.gemeente)).toEqual([
			{ naam: 'Urk', code: null, jeugdigen: 5500, inwoners: 21_000, budgetEuro: null, aandeel: 0.001 },
			{ naam: 'Ede', code: null, jeugdigen: 1000, inwoners: 2000, budgetEuro: null, aandeel: 0.001 }
		]);
	});

	it('names a file without a usable header, and an empty file', () => {
		expect(() => readGemeenten('a;b\n1;2', 'x.csv')).toThrow(DataError);
		expect(() => readGemeenten('a;b\n1;2', 'x.csv')).toThrow(/^x\.csv: geen kopregel gevonden/);
		expect(() => readGemeenten('\uFEFF  \n', 'leeg.csv')).toThrow('leeg.csv: het bestand is leeg');
		expect(() => readGemeenten('gemeente\nAlkmaar', 'x.csv')).toThrow(/geen kopregel/);
	});
});

describe('GemeenteState', () => {
	const dataset = readDataset();
	const memory = () => {
		const store = new Map<string, string>();
		return { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), store };
	};

	it('keeps the last good table when an import fails, and restores view and table from storage', () => {
		const storage = memory();
		const state = new GemeenteState(dataset);
		state.attach(storage);
		state.importRead(tryReadGemeenten(fixture('statline-gemeenten.csv'), 'statline.csv'));
		state.choose(state.imported!.rows[0]!.gemeente);
		state.importRead(tryReadGemeenten('a;b\n1;2', 'kapot.csv'));
		expect(state.importError).toBe(
			"kapot.csv: geen kopregel gevonden: verwacht een kolom Gemeente (of Regio's) en minstens één kolom met jeugdigen, inwoners, jeugdhulpbudget of aandeel. De vorige tabel blijft staan."
		);
		expect(state.imported!.file).toBe('statline.csv');
		expect(state.share).toMatchObject({ ok: true, share: 150_225 / 3_450_000 });
		state.save();

		const restored = new GemeenteState(dataset);
		restored.attach(storage);
		expect(restored.view.gemeente.naam).toBe('Amsterdam');
		expect(restored.imported!.rows).toHaveLength(5);
		expect(restored.share).toEqual(state.share);
	});

	it('falls back to the example when storage holds something damaged, says so, and keeps what was stored apart', () => {
		const storage = memory();
		const damaged = '{"query": "gemeente=X&jeugdigen=abc", "imported": {"file": 1}}';
		storage.setItem(GEMEENTE_STORAGE_KEY, damaged);
		const state = new GemeenteState(dataset);
		state.attach(storage);
		expect(state.view).toEqual(defaultView(dataset));
		expect(state.imported).toBeNull();
		expect(state.problem).toBe(
			`De bewaarde gemeente en tabel konden niet worden gelezen; het voorbeeld staat er nu. Wat bewaard was, staat apart (onder ${GEMEENTE_UNREADABLE_KEY}) en kan als bestand worden bewaard.`
		);
		expect(state.unreadable).toEqual([damaged]);
		// the next save writes the example; what the user had stays under its own key
		state.save();
		expect(storage.getItem(GEMEENTE_STORAGE_KEY)).not.toBe(damaged);
		expect(storage.getItem(GEMEENTE_UNREADABLE_KEY)).toBe(damaged);

		storage.setItem(GEMEENTE_STORAGE_KEY, '{kapot');
		const broken = new GemeenteState(dataset);
		broken.attach(storage);
		expect(broken.problem).toMatch(/^De bewaarde gemeente was onleesbaar en is vervangen door het voorbeeld\. Wat bewaard was, staat apart/);
		// the first text set apart is not written over: the second gets a key of its own, and both are offered
		expect(broken.unreadable).toEqual([damaged, '{kapot']);
		expect([storage.getItem(GEMEENTE_UNREADABLE_KEY), storage.getItem(`${GEMEENTE_UNREADABLE_KEY}-2`)]).toEqual([damaged, '{kapot']);
		expect(JSON.parse(broken.unreadableFile().text).bewaard).toEqual([damaged, '{kapot']);
		// a later visit with nothing new broken still offers both; clearing them is the user's act
		broken.save();
		const later = new GemeenteState(dataset);
		later.attach(storage);
		expect([later.problem, later.unreadable]).toEqual([null, [damaged, '{kapot']]);
		later.forgetUnreadable();
		const after = new GemeenteState(dataset);
		after.attach(storage);
		expect(after.unreadable).toEqual([]);
	});

	it('a good view with a table of the wrong shape keeps the view and sets the table apart, not gone', () => {
		const storage = memory();
		const stored = JSON.stringify({
			query: 'gemeente=Ede&sleutel=jeugdigen&jeugdigen=26000&inwoners=119000',
			imported: { file: 'oud.csv', rows: 'geen lijst' }
		});
		storage.setItem(GEMEENTE_STORAGE_KEY, stored);
		const state = new GemeenteState(dataset);
		state.attach(storage);
		expect(state.view.gemeente).toMatchObject({ naam: 'Ede', jeugdigen: 26_000, inwoners: 119_000 });
		expect(state.imported).toBeNull();
		expect(state.problem).toMatch(/^De bewaarde tabel van gemeenten kon niet worden gelezen en is niet geladen\./);
		expect(storage.getItem(GEMEENTE_UNREADABLE_KEY)).toBe(stored);
	});

	it('a view that no longer reads with a good table keeps the table', () => {
		const storage = memory();
		const good = new GemeenteState(dataset);
		good.attach(memory());
		good.importRead(tryReadGemeenten(fixture('statline-gemeenten.csv'), 'statline.csv'));
		storage.setItem(GEMEENTE_STORAGE_KEY, JSON.stringify({ query: 'gemeente=Ede&jeugdigen=-5', imported: good.imported }));
		const state = new GemeenteState(dataset);
		state.attach(storage);
		expect(state.view).toEqual(defaultView(dataset));
		expect(state.imported!.rows).toHaveLength(5);
		expect(state.problem).toMatch(/^De bewaarde gemeente kon niet worden gelezen en is vervangen door het voorbeeld\./);
	});

	it('a full storage still offers what did not read as a file, without claiming it is kept', () => {
		const store = new Map([[GEMEENTE_STORAGE_KEY, '[1,2']]);
		const full = {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		const state = new GemeenteState(dataset);
		state.attach(full);
		expect(state.unreadable).toEqual(['[1,2']);
		expect(state.problem).toBe(
			'De bewaarde gemeente was onleesbaar en is vervangen door het voorbeeld. Wat bewaard was, kan nu als bestand worden bewaard; apart houden lukt niet (de opslag van de browser is vol).'
		);
	});
});

describe('readGemeenten: StatLine layouts other than the two bundled downloads', () => {
	it('a download of several periods uses the latest per gemeente and says so, never calling the earlier ones duplicates', () => {
		const text = [
			'"Perioden";"Regio\'s";"Bevolking/Totale bevolking (aantal)";"Bevolking/Leeftijdsgroepen/Jonger dan 5 jaar (aantal)";"Bevolking/Leeftijdsgroepen/5 tot 10 jaar (aantal)";"Bevolking/Leeftijdsgroepen/10 tot 15 jaar (aantal)";"Bevolking/Leeftijdsgroepen/15 tot 20 jaar (aantal)"',
			'"2024";"Nederland";17942942;850000;890000;950000;1010000',
			'"2025";"Nederland";18044027;858425;893434;946675;1020947',
			'"2024";"Ede";120000;7000;7000;7000;7000',
			'"2025";"Ede";121000;7100;7200;7300;7400',
			// the newest period first for this one: the 2025 row still wins
			'"2025";"Goes";38000;2000;2000;2000;2000',
			'"2024";"Goes";37000;1000;1000;1000;1000'
		].join('\r\n');
		const read = readGemeenten(text, 'perioden.csv');
		expect(read.problems).toEqual([]);
		expect(read.rows.map((r) => [r.gemeente.naam, r.gemeente.inwoners, r.gemeente.jeugdigen])).toEqual([
			['Ede', 121_000, 7100 + 7200 + 7300 + 7400],
			['Goes', 38_000, 8000]
		]);
		expect(read.nederland?.inwoners).toBe(18_044_027);
		expect(read.notes).toContain('Het bestand heeft 2 perioden (2024, 2025): per gemeente is de laatste met cijfers gebruikt.');
		expect(read.ignoredColumns).not.toContain('Perioden');
	});

	it('the newer layout: levels joined with "|", an empty first header cell, a "Bron: CBS" footer; 0 tot 15 and 15 tot 25 never make jongeren 0 tot 20', () => {
		const text = [
			";Regio's|Gemeente;Bevolking|Aantal inwoners (aantal);Bevolking|Leeftijdsgroepen|0 tot 15 jaar (aantal);Bevolking|Leeftijdsgroepen|15 tot 25 jaar (aantal)",
			'1;Ede;121.000;20.000;15.000',
			'2;Goes;38.000;6.000;4.500',
			'',
			'Bron: CBS'
		].join('\n');
		const read = readGemeenten(text, 'nieuw.csv');
		expect(read.columns.map((c) => c.field)).toEqual(['naam', 'inwoners']);
		expect(read.ignoredColumns).toEqual(['Bevolking|Leeftijdsgroepen|0 tot 15 jaar (aantal)', 'Bevolking|Leeftijdsgroepen|15 tot 25 jaar (aantal)']);
		expect(read.rows.map((r) => r.gemeente.inwoners)).toEqual([121_000, 38_000]);
		expect(read.skipped.below).toEqual(['Bron: CBS']);
	});

	it('agesOf reads the age groups as CBS writes them, and leaves percentages and households alone', () => {
		expect(agesOf('Bevolking/Leeftijdsgroepen/Jonger dan 5 jaar (aantal)')).toEqual([0, 5]);
		expect(agesOf('15 tot 20 jaar (aantal)')).toEqual([15, 20]);
		expect(agesOf('0 tot en met 17 jaar')).toEqual([0, 18]);
		expect(agesOf('Jongeren (0 tot 20 jaar)')).toEqual([0, 20]);
		expect(agesOf('Leeftijdsgroepen, relatief/Jonger dan 5 jaar (%)')).toBeNull();
		expect(agesOf('Meerpersoonshuishoudens met kinderen (aantal)')).toBeNull();
	});
});

describe('one validation for a gemeente, whichever way it comes in', () => {
	const dataset = readDataset();
	const link = (q: string) => readGemeenteQuery(new URLSearchParams(q), dataset)!;

	it('a link with a count that is no whole number, a share too small to be one, hex or spaces is refused, and names the field', () => {
		expect(link('gemeente=Ede&jeugdigen=5e-324').problems).toEqual(['jeugdigen: jongeren 5e-324 is geen heel aantal']);
		expect(link('gemeente=Ede&aandeel=5e-324').problems).toEqual(['aandeel: aandeel 5e-324 is kleiner dan 0,00001 %']);
		expect(link('gemeente=Ede&inwoners=0x7ef').problems).toHaveLength(1);
		expect(link('gemeente=Ede&inwoners=%2012000').problems).toHaveLength(1);
		expect(link('gemeente=Ede&inwoners=Infinity').problems).toHaveLength(1);
		// −0 reads as 0: nothing can show "−0"
		expect(Object.is(link('gemeente=Ede&jeugdigen=-0').view.gemeente.jeugdigen, 0)).toBe(true);
		expect(link('gemeente=Ede&jeugdigen=26000&inwoners=119000').problems).toEqual([]);
	});

	it('a CSV row with a code the links refuse, 9e9 jongeren, 0 inwoners or a budget of 1e303 mln is told and left out; the rest loads', () => {
		const text = [
			'gemeente;code;jeugdigen;inwoners;budget (x 1 000 000 euro)',
			'Ede;GM0228 (oud);26000;119000;',
			'Goes;GM0664;9000000000;38000;',
			'Urk;GM0184;8000;0;',
			'Breda;GM0758;38000;185000;40'
		].join('\n');
		const read = readGemeenten(text, 'fout.csv');
		expect(read.rows.map((r) => r.gemeente.naam)).toEqual(['Breda']);
		expect(read.problems.map((p) => [p.line, p.reason])).toEqual([
			[2, 'code "GM0228 (oud)" is geen gemeentecode'],
			[3, 'jeugdigen: jongeren 9.000.000.000 ligt niet tussen 0 en 5.000.000'],
			[4, 'inwoners: inwoners 0 ligt niet tussen 1 en 30.000.000']
		]);
		expect(read.rows[0]!.gemeente.budgetEuro).toBe(40e6);
		// 1e303 is finite; times the unit (mln) it is not: the check comes after the unit
		const huge = readGemeenten('gemeente,budget (mln euro)\nDelft,1e303\nGoes,12', 'groot.csv');
		expect(huge.problems).toEqual([{ line: 2, reason: 'budget (mln euro): jeugdhulpbudget is geen eindig getal' }]);
		expect(huge.rows.map((r) => r.gemeente.budgetEuro)).toEqual([12e6]);
	});

	it('a table that loaded is still all there after storing and reading it back', () => {
		const store = new Map<string, string>();
		const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
		const state = new GemeenteState(dataset);
		state.attach(storage);
		state.importRead(tryReadGemeenten(fixture('statline-gemeenten.csv'), 'statline.csv'));
		const rows = state.imported!.rows.length;
		state.choose(state.imported!.rows.at(-1)!.gemeente);
		state.save();
		const again = new GemeenteState(dataset);
		again.attach(storage);
		expect(again.problem).toBeNull();
		expect(again.imported!.rows).toHaveLength(rows);
		expect(again.view.gemeente).toEqual(state.view.gemeente);
	});
});

describe('decodeText: UTF-16 as Excel saves "Unicode-tekst"', () => {
	const table = 'Gemeente\tInwoners\r\nEde\t121.000\r\nSúdwest-Fryslân\t90.534\r\n';
	const utf16le = (text: string, bom: boolean) => {
		const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
		if (bom) bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			bytes[(bom ? 2 : 0) + 2 * i] = c & 0xff;
			bytes[(bom ? 2 : 0) + 2 * i + 1] = c >> 8;
		}
		return bytes;
	};

	it('reads UTF-16 with and without a byte-order mark, and the table in it', () => {
		for (const bom of [true, false]) {
			const { text, encoding } = decodeText(utf16le(table, bom));
			expect(encoding).toBe('utf-16le');
			expect(text).toBe(table);
			const read = readGemeenten(text, 'unicode.txt');
			expect(read.rows.map((r) => [r.gemeente.naam, r.gemeente.inwoners])).toEqual([
				['Ede', 121_000],
				['Súdwest-Fryslân', 90_534]
			]);
		}
		// big-endian with its mark
		const be = utf16le(table, false).map((_, i, all) => all[i ^ 1]!);
		expect(decodeText(new Uint8Array([0xfe, 0xff, ...be])).text).toBe(table);
	});

	it('leaves UTF-8 and Windows-1252 as they were', () => {
		expect(decodeText(new TextEncoder().encode(table)).encoding).toBe('utf-8');
		expect(decodeText(new Uint8Array([0x45, 0x64, 0x65, 0x3b, 0xe9])).encoding).toBe('windows-1252');
	});
});

describe('a stored gemeente table of the wrong shape', () => {
	const dataset = readDataset();
	it('reads back what it can: no columns or notes that are no list, a row beyond the limits kept in sight as a problem', () => {
		const store = new Map<string, string>();
		const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
		const row = (line: number, naam: string, jeugdigen: number) => ({
			line,
			gemeente: { naam, code: null, jeugdigen, inwoners: 100_000, budgetEuro: null, aandeel: null }
		});
		store.set(
			GEMEENTE_STORAGE_KEY,
			JSON.stringify({
				query: 'gemeente=Ede&sleutel=jeugdigen&jeugdigen=26000&inwoners=119000',
				imported: {
					file: 'oud.csv',
					rows: [row(2, 'Ede', 26_000), row(3, 'Goes', 9e9)],
					problems: [],
					columns: 'kapot',
					ignoredColumns: 7,
					skipped: 5,
					notation: 'x'
				}
			})
		);
		const state = new GemeenteState(dataset);
		state.attach(storage);
		const t = state.imported!;
		expect(t.rows.map((r) => r.gemeente.naam)).toEqual(['Ede']);
		expect(t.problems).toEqual([{ line: 3, reason: 'Goes: jongeren 9.000.000.000 ligt niet tussen 0 en 5.000.000 (bewaard uit een eerdere versie)' }]);
		expect([t.columns, t.ignoredColumns, t.skipped, t.notation, t.notes]).toEqual([[], [], { above: [], below: [] }, 'nederlands', []]);
		expect(state.view.gemeente.naam).toBe('Ede');
	});
});
