import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/lib/format/formatMln';
import { browserPath, servedApp, plain } from './browser';

const executablePath = browserPath();
const tmp = mkdtempSync(join(tmpdir(), 'gemeente-e2e-'));
const STATLINE = 'tests/fixtures/statline-gemeenten.csv';
const BROKEN = 'tests/fixtures/drie-foute-regels.csv';

/** A4 minus the print margins of app.css (12 mm left and right), in CSS pixels. */
const A4_CONTENT_WIDTH = ((210 - 24) / 25.4) * 96;

describe.skipIf(!executablePath)('a gemeente in the browser', { timeout: 90_000 }, () => {
	const app = servedApp(4340);

	async function open(page: Page, path: string) {
		await page.goto(app.base + path);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		// the fields answer once the page has started (its worker requested): not before
		await page.waitForLoadState('networkidle');
	}
	const netto = (page: Page) => page.getByTestId('gemeente-netto').textContent().then(plain);

	it('never keeps the example’s jeugdigen beside the user’s own inwoners, and tells what does not fit', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await open(page, '/gemeente');
		const jeugdigen = page.getByLabel('Jongeren (0 tot 20 jaar)', { exact: true });
		const inwoners = page.getByLabel('Inwoners', { exact: true });
		// the example is 1 % of the 3.719.481 jongeren and 18.044.027 inwoners of CBS (rounded)
		expect(await jeugdigen.inputValue()).toBe('37.195');
		await inwoners.fill('20.000');
		await page.keyboard.press('Tab');
		await expect.poll(() => jeugdigen.inputValue()).toBe('');
		expect(await page.getByText('Het aantal jongeren van het voorbeeld (37.195) is gewist').count()).toBe(1);
		expect(await page.getByTestId('sleutel').textContent().then(plain)).toContain('Vul het aantal jongeren (0 tot 20 jaar) van Voorbeeldgemeente in');
		// more jeugdigen than inwoners is told at the field
		await jeugdigen.fill('25.000');
		await page.keyboard.press('Tab');
		await expect.poll(() => page.getByText('Meer jongeren (25.000) dan inwoners (20.000): dat kan niet.').count()).toBe(1);
		// a youth share far from any Dutch gemeente's too: 9.000 of 20.000 is 45 %
		await jeugdigen.fill('9.000');
		await page.keyboard.press('Tab');
		await expect.poll(() => page.getByText(/9\.000 jongeren is 45 % van 20\.000 inwoners; landelijk is dat 20,6 %/).count()).toBe(1);
		await jeugdigen.fill('3.900');
		await page.keyboard.press('Tab');
		await expect.poll(() => page.getByText(/jongeren is .* van .* inwoners/).count()).toBe(0);
		await context.close();
	});

	it('scales Tabel 1 by the key, imports a StatLine file, and keeps it all after a reload', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await open(page, '/gemeente');
		// The example: 37.195 of 3.719.481 jongeren = 1 %; Tabel 1 net 2028 is € 1.018 mln → € 10,2 mln.
		expect(await page.getByTestId('sleutel').textContent().then(plain)).toContain('37.195 van 3.719.481 jongeren (0 tot 20 jaar) = 1 %');
		expect(await netto(page)).toBe('€ 10,2 mln');
		await page.getByLabel('Jongeren (0 tot 20 jaar)', { exact: true }).fill('68.000');
		await page.keyboard.press('Tab');
		await expect.poll(() => netto(page)).toBe('€ 18,6 mln');
		await page.getByLabel('Jongeren (0 tot 20 jaar)', { exact: true }).fill('veel');
		await page.keyboard.press('Tab');
		expect(await page.getByRole('alert').first().textContent().then(plain)).toContain('“veel” is geen getal');
		expect(await netto(page)).toBe('€ 18,6 mln');
		await page.getByLabel('Naam', { exact: true }).fill('  ');
		await page.keyboard.press('Tab');
		expect(await page.locator('#gemeente-naam-fout').textContent().then(plain)).toBe('Vul een naam in; de gemeente heet nog ‘Voorbeeldgemeente’.');
		expect(await page.locator('#kerncijfers').textContent().then(plain)).toBe('Voorbeeldgemeente in 2028');

		await page.getByLabel('CSV-bestand met gemeenten').setInputFiles(BROKEN);
		await expect.poll(() => page.locator('div.summary').innerText().then(plain)).toContain('drie-foute-regels.csv: 5 gemeenten gelezen, 3 regels niet');
		expect(
			await page
				.locator('.problems li')
				.allTextContents()
				.then((all) => all.map(plain))
		).toEqual(['Regel 4: jeugdigen: "abc" is geen getal (verwacht zoals 1234.5)', 'Regel 6: geen gemeentenaam', 'Regel 8: verwacht 4 kolommen, gevonden 3']);

		await page.getByLabel('CSV-bestand met gemeenten').setInputFiles(STATLINE);
		await expect.poll(() => page.locator('div.summary').innerText().then(plain)).toContain('statline-gemeenten.csv: 5 gemeenten gelezen.');
		expect(await page.locator('div.summary').innerText().then(plain)).toContain('De landelijke totalen komen uit de rij Nederland');
		// Amsterdam: 150.225 of 3.450.000 jeugdigen (the row Nederland); 2028: 1018 mln × that share, in € duizend.
		const amsterdam = (1018e6 * 150_225) / 3_450_000;
		const row = page.locator('tbody tr', { hasText: 'Amsterdam' });
		expect((await row.locator('td').nth(4).textContent().then(plain))?.trim()).toBe(formatAmount(amsterdam / 1000));
		await page.getByRole('button', { name: 'Netto 2028 (€ duizend)' }).click();
		expect(
			(
				await page
					.locator('tbody tr th[scope="row"]')
					.allTextContents()
					.then((all) => all.map(plain))
			).slice(-5)
		).toEqual(['Amsterdam', 'Utrecht (gemeente)', 'Groningen (gemeente)', 'Vlieland', 'Schiermonnikoog']);
		// At 375 px wide the wide tables scroll inside their box; the page itself does not.
		await page.setViewportSize({ width: 375, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.getByRole('button', { name: 'Kies Amsterdam' }).click();
		await expect.poll(() => netto(page)).toBe('€ 44,3 mln');
		expect(await page.getByTestId('sleutel').textContent().then(plain)).toContain('150.225 van 3.450.000 jongeren');

		// With the Monte Carlo in, the export carries the P10 and P90 of net.
		await page.locator('dt', { hasText: '80 % kans tussen' }).waitFor({ timeout: 30_000 });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /gemeenten-cvw-tabel-1: download als CSV, internationaal/ }).click()
		]);
		const csv = readFileSync(await download.path(), 'utf8');
		// the band's heads name its draws (quoted: they hold a comma)
		expect(Papa.parse<string[]>(csv.split('\r\n')[0]!).data[0]!.slice(-4)).toEqual([
			'Invoeringskosten per jongere (€)',
			'Netto per jongere (€)',
			'Netto P10 (€; 10.000 trekkingen, seed 1)',
			'Netto P90 (€; 10.000 trekkingen, seed 1)'
		]);
		const line = csv
			.split('\r\n')
			.find((l) => l.startsWith('Amsterdam,') && l.includes(',2028,'))!
			.split(',');
		expect(Number(line[7])).toBe(Math.round(amsterdam));

		// A new tab of the same browser, without a link: the gemeente and the table are still there.
		const again = await context.newPage();
		await open(again, '/gemeente');
		await expect.poll(() => netto(again)).toBe('€ 44,3 mln');
		expect(await again.locator('div.summary').innerText().then(plain)).toContain('statline-gemeenten.csv');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('the lokale-teams lever earns back in the year worked out by hand, and the report fits one A4 page', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await open(page, '/gemeente');
		await page.getByLabel('Extra investering per jaar').fill('500.000');
		await page.getByLabel('Uitgaven jeugdhulp met verblijf, het jaar ervoor').fill('50.000.000');
		await page.keyboard.press('Tab');
		await page.getByRole('button', { name: /als voorbeeld/ }).click();
		// From 2025, effect from 2026: 50 mln × 1,046 × (1,046 − 1,021) = € 1.307.500 avoided against € 500.000 a year:
		// cumulative −500.000 in 2025, +307.500 in 2026.
		await expect.poll(() => page.getByTestId('terugverdiend').textContent().then(plain)).toContain('Terugverdiend in 2026');

		await page.getByTestId('rapport-link').click();
		await page.waitForURL(/\/gemeente\/rapport\/?\?/);
		await expect.poll(() => page.locator('h1').textContent().then(plain)).toBe('Voorbeeldgemeente: Tabel 1 zoals gedrukt');
		await expect.poll(() => page.locator('article.report').textContent().then(plain), { timeout: 30_000 }).not.toContain('wordt berekend');
		const report = (await page.locator('article.report').textContent().then(plain))!;
		expect(report).toContain('Terugverdiend in 2026');
		expect(report).toContain('37.195 van 3.719.481 jongeren (0 tot 20 jaar) = 1 %');
		expect(report).toContain('doc. 004, r. 657–805');

		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: Math.floor(A4_CONTENT_WIDTH), height: 1000 });
		const overflow = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			cut: [...document.querySelectorAll('article.report *')]
				.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
				.map((e) => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right))
		}));
		expect(overflow).toEqual({ page: 0, cut: [] });
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pdfFile = join(tmp, 'rapport.pdf');
		await import('node:fs').then((fs) => fs.writeFileSync(pdfFile, pdf));
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
		await page.screenshot({ path: 'test-results/screenshots/gemeente-rapport-print.png', fullPage: true });
		await context.close();
	});
});

describe.skipIf(!executablePath)('picking a gemeente from the bundled CBS table', { timeout: 90_000 }, () => {
	const app = servedApp(4345);

	it('Súdwest-Fryslân by keyboard: its CBS figures fill in, the share is 18.886 of 3.719.481, an edit is marked as own, and the report prints its chart and link', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${app.base}/gemeente`);
		await page.waitForLoadState('networkidle');
		const picker = page.getByRole('combobox', { name: /Kies een gemeente/ });
		await picker.focus();
		await page.keyboard.type('sudwest', { delay: 20 });
		await expect.poll(() => page.getByRole('option').first().textContent().then(plain)).toMatch(/^Súdwest-Fryslân GM1900/);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		// CBS 70072ned, 1-1-2025: 90.534 inwoners, 18.886 jongeren 0 tot 20 jaar
		await expect.poll(() => page.getByLabel('Jongeren (0 tot 20 jaar)', { exact: true }).inputValue()).toBe('18.886');
		expect(await page.getByLabel('Inwoners', { exact: true }).inputValue()).toBe('90.534');
		expect(await page.getByTestId('sleutel').textContent().then(plain)).toContain('18.886 van 3.719.481 jongeren (0 tot 20 jaar) = 0,508 %');
		await expect.poll(() => page.getByTestId('herkomst').textContent().then(plain)).toMatch(/^Súdwest-Fryslân \(GM1900\): cijfers van CBS StatLine 70072ned/);
		// Tabel 1 in 2028: 1.018 mln × 18.886 / 3.719.481 = € 5,17 mln
		expect(await page.getByTestId('gemeente-netto').textContent().then(plain)).toBe(`€ ${formatAmount((1018 * 18_886) / 3_719_481)} mln`);
		expect(await page.getByTestId('betekenis').textContent().then(plain)).toMatch(/geen geld dat binnenkomt/);

		await page.getByLabel('Inwoners', { exact: true }).fill('91.000');
		await page.keyboard.press('Tab');
		await expect
			.poll(() => page.getByTestId('herkomst').textContent().then(plain))
			.toMatch(/^Eigen invoer, niet de cijfers van Súdwest-Fryslân bij het CBS \(/);

		await page.getByTestId('rapport-link').click();
		await page.waitForURL(/\/gemeente\/rapport\/?\?/);
		await expect.poll(() => page.locator('h1').textContent().then(plain)).toMatch(/^Súdwest-Fryslân: /);
		expect(await page.locator('article.report figure.chart svg').count()).toBeGreaterThan(0);
		const address = (await page.getByTestId('rapport-adres').textContent())!;
		expect(address).toMatch(/\/gemeente\/?\?.*gemeente=S%C3%BAdwest-Frysl%C3%A2n/);
		expect(await page.locator('article.report thead th').allTextContents()).toContain('Cumulatief netto');
		// one A4, chart and address included
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
		await page.emulateMedia({ media: 'screen' });
		// another gemeente picked in the report itself: its figures, and its address
		await page.getByRole('combobox', { name: /Kies een gemeente/ }).focus();
		await page.keyboard.type('GM0363', { delay: 20 });
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('h1').textContent().then(plain)).toMatch(/^Amsterdam: /);
		await expect.poll(() => page.getByTestId('rapport-adres').textContent()).toMatch(/gemeente=Amsterdam/);
		// the address printed in the report opens the same gemeente
		await page.goto(address);
		await expect.poll(() => page.getByLabel('Inwoners', { exact: true }).inputValue()).toBe('91.000');
		await context.close();
	});
});
