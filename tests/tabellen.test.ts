import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { simulate } from '../src/lib/engine';

// Tabel 1 and Tabel 2 transcribed by hand from ../shared/reference/cvw-tabellen.md (source:
// document 004, L657–805), with its 2023 correction: B23 2023 printed "132", read as 112, because
// the committee's 2023 total of 374 is confirmed from outside (extern.md E2–E5). The expected
// totals are summed here, not taken from the engine.
const P = null; // PM
const TABEL_1: (number | null)[][] = [
	[P, P, P, P, P, P, P], // B16
	[P, P, P, P, P, P, P], // B13
	[P, P, P, P, 300, 300, 300], // B17
	[P, 6, 12, 18, 26, 26, 26], // B18
	[P, P, P, P, P, P, P], // B1+B7
	[33, 67, 133, 200, 200, 200, 200], // B2
	[101, 101, 101, 101, 101, 101, 101], // B15
	[P, P, P, P, P, P, P], // B5
	[6, 12, 14, 17, 17, 24, 24], // B6
	[36, 49, 49, 49, 49, 49, 49], // B12
	[-47, -47, -46, -44, -43, 6, 6], // B3
	[38, 75, 75, 75, 88, 88, 88], // AEF-E1
	[48, 112, 126, 155, 224, 224, 224], // B23 (2023 printed 132, read 112)
	[P, P, P, P, P, P, P] // in- en uitstroom
];
const TABEL_2: (number | null)[][] = [
	[P, P, P, P, P, P, P], // B8
	[-25, -40, -40, -40, -35, -35, -15], // kwaliteitsagenda
	[0, 47, 71, 94, 94, 94, 94], // normeren behandelduur ("–" in 2022)
	[155, 155, 155, 155, 155, 155, 155], // voorliggend veld
	[0, 66, 131, 262, 262, 262, 262], // leren en verbeteren
	[41, 41, 41, 41, 41, 41, 41], // accres
	[0, 94, 155, 184, 184, 184, 184], // eigen bijdragen
	[P, P, P, P, P, P, P] // B19
];

const columnSums = (rows: (number | null)[][]) => [0, 1, 2, 3, 4, 5, 6].map((i) => rows.reduce((s, r) => s + (r[i] ?? 0), 0));
const pmCounts = (rows: (number | null)[][]) => [0, 1, 2, 3, 4, 5, 6].map((i) => rows.filter((r) => r[i] === null).length);

const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;

describe('the hand transcription itself', () => {
	it('adds up to the column sums stated in cvw-tabellen.md', () => {
		expect(columnSums(TABEL_1)).toEqual([215, 375, 464, 571, 962, 1018, 1018]);
		expect(columnSums(TABEL_2)).toEqual([171, 363, 513, 696, 701, 701, 721]);
	});
});

describe('preset cvw-tabel-1', () => {
	const result = simulate(dataset, preset('cvw-tabel-1'));

	it('has net per year equal to the sums of the Tabel 1 cells', () => {
		expect(result.totals.net).toEqual(columnSums(TABEL_1));
	});

	it('has the 14 Tabel 1 measures with the printed cells', () => {
		expect(result.measures).toHaveLength(14);
		expect(result.measures.map((m) => m.net.map((x, i) => (m.pm[i] ? null : x)))).toEqual(TABEL_1);
	});

	it('is 1 above each total the committee published and outsiders confirm (rounding), in 2023 too', () => {
		// printed and confirmed: 2022 214 (text L527, E1), 2023 374 (E2–E5), 2024 463, 2025 570 (E5), 2026 961 (E6)
		expect(result.totals.net.slice(0, 5).map((x, i) => x - [214, 374, 463, 570, 961][i]!)).toEqual([1, 1, 1, 1, 1]);
		const confirmed = dataset.printedTotals.filter((t) => t.table === 1 && t.confirmedBy.length > 0).map((t) => [t.year, t.valueMln]);
		expect(confirmed).toEqual([
			[2022, 214],
			[2023, 374],
			[2024, 463],
			[2025, 570],
			[2026, 961]
		]);
	});

	it('counts PM measures per year', () => {
		expect(result.totals.pmCount).toEqual(pmCounts(TABEL_1));
		expect(result.totals.pmCount).toEqual([7, 6, 6, 6, 5, 5, 5]);
	});

	it('books B3 regionalisering as invoeringskosten: 47, 47, 46, 44, 43, then none', () => {
		expect(result.totals.costs).toEqual([47, 47, 46, 44, 43, 0, 0]);
	});

	it('meets its own richtbedrag exactly: the gap is zero every year', () => {
		expect(result.target).toEqual(columnSums(TABEL_1));
		expect(result.gap).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});
});

describe('preset rijk', () => {
	const result = simulate(dataset, preset('rijk'));
	const tabel1 = columnSums(TABEL_1);

	it('adds the Tabel 2 sums on top of Tabel 1', () => {
		const tabel2 = columnSums(TABEL_2);
		expect(result.totals.net).toEqual(tabel1.map((t, i) => t + tabel2[i]!));
	});

	it('has a Tabel 2 part that matches the printed totals where they are certain (2023, 2025, 2026)', () => {
		const tabel2Part = result.totals.net.map((n, i) => n - tabel1[i]!);
		expect(tabel2Part[1]).toBe(363);
		expect(tabel2Part[3]).toBe(696);
		expect(tabel2Part[4]).toBe(701);
		const printed = dataset.printedTotals.filter((t) => t.table === 2 && [2023, 2025, 2026].includes(t.year));
		expect(printed.map((t) => t.valueMln)).toEqual([363, 696, 701]);
	});

	it('books the kwaliteitsagenda as invoeringskosten on top of B3', () => {
		// B3 costs 47, 47, 46, 44, 43, 0, 0 plus kwaliteitsagenda 25, 40, 40, 40, 35, 35, 15
		expect(result.totals.costs).toEqual([72, 87, 86, 84, 78, 35, 15]);
	});

	it('shows a negative gap (a surplus over the richtbedrag) equal to the Tabel 2 sums', () => {
		expect(result.gap).toEqual(columnSums(TABEL_2).map((s) => -s));
	});
});
