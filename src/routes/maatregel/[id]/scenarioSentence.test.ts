import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../../../cli/projectData';
import { parseFormula } from '$lib/data/parseFormula';
import { assumptionValues, simulate } from '$lib/engine';
import { changedSums, formulaDifferences, measureFormulas } from './measureFormulas';
import { scenarioSentence } from './scenarioSentence';

// Expected figures are worked out by hand from data/maatregelen.csv, aannames.csv and the presets.
const dataset = readDataset();
const presets = readPresets(dataset);
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const defaults = new Map(dataset.assumptions.map((a) => [a.id, a.defaultValue]));

function sentenceFor(presetId: string, measureId: string) {
	const preset = presets.find((p) => p.id === presetId)!;
	const measure = dataset.measures.find((m) => m.id === measureId)!;
	const values = assumptionValues(dataset, preset);
	const formulas = (v: ReadonlyMap<string, number>) => measureFormulas(dataset.mechanisms[measureId]!, dataset.assumptions, v, parseFormula, measure.table);
	const said = scenarioSentence(
		preset,
		measure,
		simulate(dataset, preset),
		dataset.assumptions,
		values,
		changedSums(formulas(defaults), formulas(values)),
		dataset.measures
	);
	return { ...said, sentence: plain(said.sentence) };
}

describe('scenarioSentence for each preset', () => {
	it('werkgroepen makes B17 a PM post, its € 300 mln of costs shown and not counted, with the lines that advise it', () => {
		const { sentence, notes } = sentenceFor('werkgroepen', 'b17');
		expect(sentence).toBe(
			'PM in 2028: het scenario zet de besparing op PM: een post zonder bedrag; de invoeringskosten buiten de tabel (€ 300 mln in 2022–2026) staan in beeld maar tellen niet mee.'
		);
		expect(notes.map((n) => n.label)).toEqual(['Voorkomen en verkorten residentiële zorg', 'Invoeringskosten buiten de tabel meetellen in het netto']);
		expect(notes[0]!.text).toMatch(/regels 6775-6776/);
	});

	it('werkgroepen-illustratief gives B17 € 150 mln in 2028: 10.000 instead of 20.000 children, and the € 300 mln of costs counted', () => {
		// 10.000 × 25 % × € 60.000 = € 150 mln a year from 2026; 3 × 150 − (295 + 5) = 150 over 2022–2028
		const { sentence, notes } = sentenceFor('werkgroepen-illustratief', 'b17');
		expect(sentence).toMatch(
			/^€ 150 mln in 2028, netto € 150 mln over 2022–2028 samen \(besparing € 450 mln min invoeringskosten € 300 mln; de besparing is PM in 2022–2025\): /
		);
		expect(sentence).toContain('‘Kinderen in residentieel verblijf binnen bereik’ op 10.000 kinderen (standaard 20.000 kinderen)');
		expect(sentence).toContain('dus structureel 10.000 kinderen × 25 % × € 60.000 = € 150 mln');
		expect(sentence).toContain('de invoeringskosten buiten de tabel (€ 300 mln in 2022–2026) tellen mee in het netto');
		expect(notes.map((n) => n.label)).toEqual(['Kinderen in residentieel verblijf binnen bereik', 'Invoeringskosten buiten de tabel meetellen in het netto']);
		expect(notes[0]!.text).toMatch(/regel 6953/);
	});

	it('Tabel 1 zoals gedrukt gives B17 its table amount with the defaults, its costs shown but not counted', () => {
		// 300 in 2026, 2027 and 2028: 900
		const { sentence } = sentenceFor('cvw-tabel-1', 'b17');
		expect(sentence).toBe(
			'€ 300 mln in 2028, € 900 mln over 2022–2028 samen (de besparing is PM in 2022–2025): de standaardwaarden, die het bedrag van Tabel 1 (doc. 004, r. 665) geven; de invoeringskosten buiten de tabel (€ 300 mln in 2022–2026) staan in beeld maar tellen niet mee.'
		);
	});

	it('werkgroepen gives B2 € 133 mln in 2028: the printed series 33, 67, 133, 200 four years later', () => {
		// 2026: 33, 2027: 67, 2028: 133 → 233 together; the delay 1 × 4 jaar
		const { sentence } = sentenceFor('werkgroepen', 'b2');
		expect(sentence).toBe(
			'€ 133 mln in 2028, € 233 mln over 2022–2028 samen: het scenario zet ‘Pas effect na wetswijziging’ aan, dus verschoven met 1 (aan) × 4 jaar = 4 jaar.'
		);
	});

	it('VNG leaves B20-B22 out, because it takes only Tabel 1', () => {
		expect(sentenceFor('vng', 'b20-b22').sentence).toBe(
			'B20-B22 telt niet mee: dit scenario neemt alleen de maatregelen van Tabel 1, en B20-B22 staat in Tabel 2 (doc. 004, r. 765).'
		);
	});

	it('Rijk keeps B19 at PM and shows the SPV costs without counting them: 772 × € 85.000 = € 65,62 mln a year, 2023–2028', () => {
		// 6 × 65,62 = 393,72
		const { sentence } = sentenceFor('rijk', 'b19');
		expect(sentence).toMatch(/^PM in 2028: Tabel 2 \(doc\. 004, r\. 769\) geeft de besparing geen bedrag/);
		// 6 × 65,62 = 393,7, written € 394 mln (a decimal only below 100 mln)
		expect(sentence).toContain('de invoeringskosten buiten de tabel (€ 394 mln in 2023–2028) staan in beeld maar tellen niet mee');
	});
});

describe('formulaDifferences', () => {
	it('formulaDifferences keeps only what reads differently: B6 with factor 0,5 changes the level, not the curve', () => {
		const b6 = dataset.mechanisms.b6!;
		const before = measureFormulas(b6, dataset.assumptions, defaults, parseFormula, 1);
		const after = measureFormulas(b6, dataset.assumptions, new Map([...defaults, ['b6.factor', 0.5]]), parseFormula, 1);
		const difference = formulaDifferences(before, after);
		expect(plain(difference.structural!.sentence)).toBe('€ 24 mln × 50 % = € 12 mln');
		expect(difference.curve).toBeNull();
		expect(formulaDifferences(before, before).structural).toBeNull();
	});
});
