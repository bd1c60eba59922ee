import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/projectData';
import { defaultView } from '../gemeenten/gemeenteView';
import { gemeenteQuery, readGemeenteQuery } from './gemeenteLink';

describe('gemeente links', () => {
	const dataset = readDataset();

	it('carry a gemeente, its key, national totals and the lever, and read back the same', () => {
		const view = defaultView(dataset);
		view.gemeente = { naam: 'Ede', code: 'GM0228', jeugdigen: 26_000, inwoners: 119_000, budgetEuro: 41_500_000.5, aandeel: null };
		view.key = 'budget';
		view.national['landelijk.jeugdhulpbudget'] = 6100;
		view.lever = { investeringEuro: 250_000, vanaf: 2026, vertraging: 2, basisEuro: 12_000_000, groeiZonder: 0.046, groeiMet: 0.03 };
		expect(readGemeenteQuery(gemeenteQuery(view), dataset)).toEqual({ view, problems: [] });
	});

	it('refuse the whole view when one value is wrong, naming each problem', () => {
		const query = gemeenteQuery(defaultView(dataset));
		query.set('jeugdigen', '-5');
		query.set('sleutel', '__proto__');
		query.set('lt-vanaf', '2025.5');
		const read = readGemeenteQuery(query, dataset)!;
		expect(read.view).toEqual(defaultView(dataset));
		expect(read.problems).toEqual([
			'onbekende verdeelsleutel "__proto__"',
			'jeugdigen "-5" moet een getal van 0 tot en met 5000000 zijn',
			'lt-vanaf en lt-vertraging moeten hele jaren zijn'
		]);
		expect(readGemeenteQuery(new URLSearchParams('scenario=rijk'), dataset)).toBeNull();
	});
});
