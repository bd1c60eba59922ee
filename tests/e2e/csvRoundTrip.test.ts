import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserPath, servedApp } from './browser';
import { openInLibreOffice, sofficePath, type SheetCell } from './spreadsheet';

const executablePath = browserPath();
const soffice = sofficePath();
if (executablePath && !soffice)
	console.warn('CSV-controle in LibreOffice overgeslagen: geen soffice. Installeer met: apt-get install -y libreoffice-calc-nogui');

describe.runIf(executablePath && !soffice && process.env.CI === 'true')('LibreOffice in CI', () => {
	it('LibreOffice is installed (CI=true requires the CSV round trip to run)', () => {
		expect(soffice, 'apt-get install -y libreoffice-calc-nogui, or set SOFFICE_PATH').toBeDefined();
	});
});

/**
 * The columns a reader adds up, known by the unit in their header: amounts (€), shares (%),
 * percentiles, counts of draws and the values of inputs. In those, every cell must reach the
 * spreadsheet as a number; the only text allowed is PM (a measure without an amount), said in
 * words on purpose. A column of years without a unit does not count: its header must say it.
 */
const NUMERIC = /€|\(%\)|^P\d{1,2}( |$)|^Trekkingen|^Laag|^Midden|^Hoog|^Waarde|^Inwoners|^Jeugdigen|^Aandeel/;

describe.skipIf(!executablePath || !soffice)('every CSV the app offers, opened in LibreOffice with a Dutch locale', { timeout: 300_000 }, () => {
	const app = servedApp(4350);
	const dir = mkdtempSync(join(tmpdir(), 'csv-round-trip-'));
	const files: string[] = [];
	const pages: Page[] = [];
	afterAll(async () => {
		for (const p of pages) await p.context().close();
	});

	/** Open a page, unfold everything, and download every Dutch-Excel CSV on it. */
	async function downloadAll(path: string, prepare?: (page: Page) => Promise<void>) {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
		const page = await context.newPage();
		pages.push(page);
		await page.goto(`${app.base}${path}`);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		await prepare?.(page);
		await page.waitForFunction(() => [...document.querySelectorAll('[aria-busy]')].every((e) => e.getAttribute('aria-busy') === 'false'), null, {
			timeout: 60_000
		});
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		const buttons = page.getByRole('button', { name: /download als CSV voor Excel|^Excel \(Nederlands\)$/ });
		const count = await buttons.count();
		expect(count, path).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
			const file = join(dir, `${files.length}-${download.suggestedFilename()}`);
			await download.saveAs(file);
			files.push(file);
		}
		return count;
	}

	it('reads every amount, share and count as a number', async () => {
		await downloadAll('/?scenario=rijk&trekkingen=1000');
		await downloadAll('/vergelijk?s=rijk,vng');
		await downloadAll('/gemeente', async (page) => {
			await page.getByLabel('CSV-bestand met gemeenten').setInputFiles('tests/fixtures/statline-gemeenten.csv');
			await page.waitForSelector('div.summary', { state: 'attached' });
		});
		console.log(files.map((f) => f.split('/').pop()).join('\n'));
		expect(files.length).toBeGreaterThan(12);
		// the totals are named for their scenario, and say under the table which scenario and data version they are
		const totals = files.find((f) => f.endsWith('-rijk-tabel-1-en-tabel-2-totalen-en-maatregelen-2022-2028.csv'));
		expect(totals).toBeDefined();
		expect(readFileSync(totals!, 'utf8')).toMatch(
			/\r\n\r\nScenario: Rijk: Tabel 1 en Tabel 2\.\r\n"Bron: Commissie van Wijzen .*; dataversie [0-9a-f]+\."\r\n/
		);
		const sheets = openInLibreOffice(files, soffice!);
		const wrong: string[] = [];
		for (const [file, rows] of sheets) {
			// a header that reads as a number (a year) names a column of amounts per year
			const header = rows[0]!.map((c) => (c.kind === 'text' ? c.text : c.kind === 'float' ? String(c.value) : ''));
			const numeric = header.map((h) => NUMERIC.test(h));
			if (!numeric.some(Boolean)) wrong.push(`${file.split('/').pop()}: geen kolom met een eenheid in de kop (${header.join(' | ')})`);
			// every export states the data licence, on its last line
			const last = rows.at(-1)!;
			if (last.length !== 1 || last[0]!.kind !== 'text' || !last[0]!.text.startsWith('Licentie: data CC BY 4.0'))
				wrong.push(`${file.split('/').pop()}: de laatste regel noemt de licentie niet`);
			rows.slice(1).forEach((row, r) =>
				row.forEach((cell: SheetCell, c) => {
					if (!numeric[c] || cell.kind !== 'text' || cell.text === 'PM') return;
					wrong.push(`${file.split('/').pop()} regel ${r + 2}, kolom "${header[c]}": "${cell.text}"`);
				})
			);
		}
		expect(wrong).toEqual([]);
	});
});
