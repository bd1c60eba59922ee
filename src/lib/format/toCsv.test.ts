import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv', () => {
	it("toCsv(rows, 'excel-nl') writes a BOM, semicolons and a decimal comma, then an empty line and the licence", () => {
		const text = toCsv(
			[
				['Jaar', 'Netto (€ mln)'],
				['2022', 214.5],
				['2023', null]
			],
			'excel-nl'
		);
		const [table, licence, end] = text.split('\r\n\r\n');
		expect(table).toBe('\uFEFFJaar;Netto (€ mln)\r\n2022;214,5\r\n2023;PM');
		// the licence line holds a semicolon, so it is quoted as one field
		expect(licence).toMatch(/^"Licentie: data CC BY 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/deed\.nl\), .*; code MIT\."\r\n$/);
		expect(end).toBeUndefined();
	});

	it('writes the notes between the table and the licence, one per line, with a formula made harmless', () => {
		const text = toCsv([['a', 1]], 'excel-nl', 3, ['Scenario: Rijk · eigen.', '=HYPERLINK("x")']);
		const [table, end] = text.split('\r\n\r\n');
		expect(table).toBe('\uFEFFa;1');
		const lines = end!.split('\r\n');
		expect(lines.slice(0, 2)).toEqual(['Scenario: Rijk · eigen.', '"\'=HYPERLINK(""x"")"']);
		expect(lines[2]).toMatch(/^"Licentie: data CC BY 4\.0/);
	});

	it("toCsv(rows, 'plain') writes commas and a decimal point, and quotes the licence for its commas", () => {
		const [table, licence] = toCsv([['a', -0.25]], 'plain').split('\r\n\r\n');
		expect(table).toBe('a,-0.25');
		expect(licence).toMatch(/^"Licentie: data CC BY 4\.0 \(/);
	});
});
