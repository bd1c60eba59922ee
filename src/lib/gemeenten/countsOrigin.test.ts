import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsOrigin } from './countsOrigin';
import { readBundledGemeenten } from './findGemeente';

// the bundled CBS table (70072ned, 1 januari 2025)
const list = readBundledGemeenten(readFileSync('data/gemeenten.csv', 'utf8'));
const ede = list.find((g) => g.code === 'GM0228')!;
const gemeente = (over: object) => ({ naam: 'Ede', code: null, jeugdigen: null, inwoners: null, budgetEuro: null, aandeel: null, ...over });

describe('countsOrigin', () => {
	it('a link with only the name Ede and 26.000 jongeren is own input beside CBS’s 29.407', () => {
		expect(ede.jongeren).toBe(29407);
		expect(countsOrigin(gemeente({ jeugdigen: 26000 }), list, 'CBS')).toBe(
			`Eigen invoer, niet de cijfers van Ede bij het CBS (29.407 jongeren, ${ede.inwoners.toLocaleString('nl-NL')} inwoners).`
		);
	});

	it('CBS’s own counts, found by code or by name, are named as CBS’s', () => {
		const same = { jeugdigen: ede.jongeren, inwoners: ede.inwoners };
		expect(countsOrigin(gemeente({ ...same, code: 'GM0228', naam: 'Ede (Gld)' }), list, 'CBS 70072ned')).toBe('Ede (GM0228): cijfers van CBS 70072ned.');
		expect(countsOrigin(gemeente({ ...same, naam: ' ede ' }), list, 'CBS 70072ned')).toBe('Ede (GM0228): cijfers van CBS 70072ned.');
	});

	it('says nothing of a gemeente the CBS table does not hold', () => {
		expect(countsOrigin(gemeente({ naam: 'Voorbeeldgemeente', jeugdigen: 37195 }), list, 'CBS')).toBeNull();
	});
});
