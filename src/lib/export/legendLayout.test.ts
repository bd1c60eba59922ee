import { describe, expect, it } from 'vitest';
import { legendLayout } from './legendLayout';

/** Every character 10 wide. */
const tenEach = (s: string) => s.length * 10;

describe('legendLayout', () => {
	it('legendLayout puts entries side by side while they fit, 16 apart', () => {
		// "Netto": 14 + 6 + 50 = 70, next at 86; "Mediaan": 14 + 6 + 70 = 90, ends at 176 ≤ 200
		const { entries, height } = legendLayout(
			[
				{ keyWidth: 14, label: 'Netto' },
				{ keyWidth: 14, label: 'Mediaan' }
			],
			200,
			tenEach
		);
		expect(entries).toEqual([
			{ x: 0, y: 0, lines: ['Netto'] },
			{ x: 86, y: 0, lines: ['Mediaan'] }
		]);
		expect(height).toBe(16);
	});

	it('legendLayout starts a new row for an entry that does not fit after the one before it', () => {
		// "Richtbedrag": 24 + 6 + 110 = 140; after "Netto" it would end at 86 + 140 = 226 > 200
		const { entries, height } = legendLayout(
			[
				{ keyWidth: 14, label: 'Netto' },
				{ keyWidth: 24, label: 'Richtbedrag' },
				{ keyWidth: 12, label: 'P10' }
			],
			200,
			tenEach
		);
		// "P10": 12 + 6 + 30 = 48 after 140 + 16 = 156 ends at 204 > 200: a third row
		expect(entries.map((e) => [e.x, e.y])).toEqual([
			[0, 0],
			[0, 16],
			[0, 32]
		]);
		expect(height).toBe(48);
	});

	it('legendLayout wraps a label too long for a row beside its key, and the next entry goes below it', () => {
		// 14 + 6 + 250 > 200: the label wraps within 200 − 20 = 180, 18 characters a line
		const { entries, height } = legendLayout(
			[
				{ keyWidth: 14, label: 'Invoeringskosten buiten de tabel' },
				{ keyWidth: 14, label: 'Netto' }
			],
			200,
			tenEach
		);
		expect(entries).toEqual([
			{ x: 0, y: 0, lines: ['Invoeringskosten', 'buiten de tabel'] },
			{ x: 0, y: 32, lines: ['Netto'] }
		]);
		expect(height).toBe(48);
	});

	it('legendLayout of no entries takes no height', () => {
		expect(legendLayout([], 200, tenEach)).toEqual({ entries: [], height: 0 });
	});
});
