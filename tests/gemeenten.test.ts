import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../src/lib/data/DataError';
import { readDataset } from '../src/cli/projectData';
import { defaultView } from '../src/lib/gemeenten/gemeenteView';
import { agesOf, decodeText, readGemeenten } from '../src/lib/gemeenten/readGemeenten';
import { tryReadGemeenten } from '../src/lib/gemeenten/importGemeenten';
import { GEMEENTE_STORAGE_KEY, GemeenteState } from '../src/lib/state/gemeenteState.svelte';

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

	it('falls back to the example when storage holds something damaged, and says so', () => {
		const storage = memory();
		storage.setItem(GEMEENTE_STORAGE_KEY, '{"query": "gemeente=X&jeugdigen=abc", "imported": {"file": 1}}');
		const state = new GemeenteState(dataset);
		state.attach(storage);
		expect(state.view).toEqual(defaultView(dataset));
		expect(state.imported).toBeNull();
		expect(state.problem).toBe('De bewaarde gemeente kon niet worden gelezen en is vervangen door het voorbeeld.');
		storage.setItem(GEMEENTE_STORAGE_KEY, '{kapot');
		const broken = new GemeenteState(dataset);
		broken.attach(storage);
		expect(broken.problem).toBe('De bewaarde gemeente kon niet worden gelezen en is vervangen door het voorbeeld.');
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
