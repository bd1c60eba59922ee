import Ajv2020 from 'ajv/dist/2020';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/cli';
import { browserPath, servedApp } from './browser';
import { openInLibreOffice, sofficePath, type SheetCell } from './spreadsheet';

const executablePath = browserPath();
const soffice = sofficePath();

describe.skipIf(!executablePath)('the open data from /open-data', { timeout: 300_000 }, () => {
	const app = servedApp(4480);
	const dir = mkdtempSync(join(tmpdir(), 'open-data-'));
	let page: Page;
	beforeAll(async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
		page = await context.newPage();
		await page.goto(`${app.base}/open-data`);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
	});
	afterAll(async () => {
		await page?.context().close();
	});

	async function download(name: RegExp): Promise<string> {
		const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
		const path = join(dir, file.suggestedFilename());
		await file.saveAs(path);
		return path;
	}

	it('the JSON validates against the JSON Schema the app publishes, and is what the command line gives', async () => {
		const path = await download(/download als JSON$/);
		expect(path).toMatch(/hervormingsagenda-jeugd-open-data-[0-9a-f]{8}\.json$/);
		const data = JSON.parse(readFileSync(path, 'utf8'));
		const response = await page.request.get(`${app.base}/open-data.schema.json`);
		expect(response.status()).toBe(200);
		const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(await response.json());
		expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(data).toEqual(JSON.parse(run(['--open-data', '--format', 'json']).stdout));
	});

	it('the plain CSV is the command line’s --open-data --csv plain', async () => {
		const path = await download(/download als CSV, internationaal/);
		// the command line ends its output with one newline where the file ends with CRLF
		expect(readFileSync(path, 'utf8')).toBe(run(['--open-data', '--csv', 'plain']).stdout.replace(/\n$/, '\r\n'));
	});

	it.runIf(soffice)('the CSV for Dutch Excel opens in LibreOffice (Dutch locale) with every amount, value and bound a number', async () => {
		const path = await download(/download als CSV voor Excel/);
		const sheet = openInLibreOffice([path], soffice!).get(path)!;
		const header = sheet[0]!.map((c) => (c.kind === 'text' ? c.text : ''));
		expect(header.slice(0, 9)).toEqual(['Onderdeel', 'Id', 'Omschrijving', 'Jaar', 'Waarde', 'Eenheid', 'Laag', 'Midden', 'Hoog']);
		const col = (name: string) => header.indexOf(name);
		const numeric = ['Jaar', 'Waarde', 'Laag', 'Midden', 'Hoog'].map(col);
		const text = (c: SheetCell | undefined) => (c?.kind === 'text' ? c.text : '');
		// the table ends at the empty line; the licence line after it
		const last = sheet.at(-1)!;
		expect(text(last[0])).toMatch(/^Licentie: data CC BY 4\.0/);
		const body = sheet.slice(1, -1);
		const wrong: string[] = [];
		body.forEach((row, r) =>
			numeric.forEach((c) => {
				const cell = row[c];
				if (cell?.kind === 'text' && !(cell.text === 'PM' && header[c] === 'Waarde')) wrong.push(`regel ${r + 2}, ${header[c]}: "${cell.text}"`);
			})
		);
		expect(wrong).toEqual([]);
		// read as numbers: the 300 of B17 in 2026, the fraction 0,25, the reading 112 of B23 2023
		const find = (part: string, id: string, year?: number) =>
			body.find(
				(row) => text(row[0]) === part && text(row[col('Id')]) === id && (year === undefined || (row[col('Jaar')] as { value?: number }).value === year)
			)!;
		expect(find('cel', 'b17', 2026)[col('Waarde')]).toEqual({ kind: 'float', value: 300 });
		expect(find('aanname', 'b17.succes')[col('Waarde')]).toEqual({ kind: 'float', value: 0.25 });
		expect(find('twijfel', 'b23', 2023)[col('Waarde')]).toEqual({ kind: 'float', value: 112 });
		expect(text(find('cel', 'b17', 2022)[col('Waarde')])).toBe('PM');
		// as many amounts as the command line's plain CSV has numbers in those columns
		const plain = run(['--open-data', '--csv', 'plain']).stdout.split('\r\n\r\n')[0]!;
		const numbers = (await import('papaparse')).default
			.parse<string[]>(plain)
			.data.slice(1)
			.reduce((n, row) => n + numeric.filter((c) => row[c] !== undefined && row[c] !== '' && row[c] !== 'PM').length, 0);
		const floats = body.reduce((n, row) => n + numeric.filter((c) => row[c]?.kind === 'float').length, 0);
		expect(floats).toBe(numbers);
	});
});
