import { describe, expect, it } from 'vitest';
import { imageLayout } from './imageLayout';

/** Every character 10 wide, in any style. */
const tenEach = (s: string) => s.length * 10;

describe('imageLayout', () => {
	it('imageLayout stacks the wrapped title, a note, the legend, the plot and the source line', () => {
		const layout = imageLayout(
			{
				// 208 wide: 200 for text after 4 on either side, 20 characters a line
				width: 208,
				title: 'Netto per jaar tegen het richtbedrag',
				notes: ['Scenario: Rijk'],
				legend: [
					{ keyWidth: 14, keyHeight: 14, label: 'Netto' },
					{ keyWidth: 24, keyHeight: 10, label: 'Richtbedrag' }
				],
				plotHeight: 100,
				source: 'Bron: X'
			},
			tenEach
		);
		expect(layout.texts).toEqual([
			// title lines from 4, 20 apart, baseline 16 below their top
			{ x: 4, y: 20, text: 'Netto per jaar tegen', kind: 'title' },
			{ x: 4, y: 40, text: 'het richtbedrag', kind: 'title' },
			// 44 + 2: the note's line, baseline 13 below
			{ x: 4, y: 59, text: 'Scenario: Rijk', kind: 'note' },
			// 46 + 17 + 8 = 71: the legend; "Richtbedrag" (24 + 6 + 110) does not fit after "Netto" (70 + 16): next row
			{ x: 24, y: 83, text: 'Netto', kind: 'legend' },
			{ x: 34, y: 99, text: 'Richtbedrag', kind: 'legend' },
			// plot from 71 + 32 + 8 = 111 to 211; the source 8 lower, baseline 11 below
			{ x: 4, y: 230, text: 'Bron: X', kind: 'source' }
		]);
		// keys centred on their line of 16: (16 − 14) / 2 = 1 and (16 − 10) / 2 = 3
		expect(layout.keys).toEqual([
			{ x: 4, y: 72 },
			{ x: 4, y: 90 }
		]);
		expect(layout.plotY).toBe(111);
		expect(layout.height).toBe(237);
	});

	it('imageLayout without notes or legend puts the plot under the title', () => {
		const layout = imageLayout({ width: 208, title: 'Netto', notes: [], legend: [], plotHeight: 100, source: 'Bron' }, tenEach);
		// title line 4–24, 8 space, plot 32–132, 8 space, source line 140–154, 4 space
		expect(layout.plotY).toBe(32);
		expect(layout.texts.at(-1)).toEqual({ x: 4, y: 151, text: 'Bron', kind: 'source' });
		expect(layout.height).toBe(158);
	});
});
