import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserPath, servedApp, plain } from './browser';

const executablePath = browserPath();
const SHOTS = 'test-results/screenshots';

if (!executablePath) {
	console.warn('Browsertests overgeslagen: geen Chromium in /usr/bin/chromium of $CHROME_PATH. ' + 'Installeer met: apt-get install -y chromium');
}

describe.runIf(!executablePath && process.env.CI === 'true')('browser in CI', () => {
	it('Chromium is installed (CI=true requires the browser tests to run)', () => {
		expect(executablePath, 'apt-get install -y chromium, or set CHROME_PATH').toBeDefined();
	});
});

describe.skipIf(!executablePath)('the first page in Chromium', () => {
	const app = servedApp(4300);
	let page: Page;
	const errors: string[] = [];

	beforeAll(async () => {
		if (!existsSync('build/index.html')) throw new Error('build/ ontbreekt: draai eerst npm run build (npm test doet dat)');
		mkdirSync(SHOTS, { recursive: true });
		page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`${app.base}/`);
	});

	const cell = (row: string, year: number) =>
		page
			.locator('table', { hasText: 'Totalen van dit scenario' })
			.locator('tr', { hasText: row })
			.first()
			.locator('td')
			.nth(year - 2022);

	it('shows Tabel 1 with net 2026 of 962 and 2028 of € 1.018 mln', async () => {
		await expect.poll(() => page.getByTestId('netto-2028').textContent().then(plain)).toBe('€ 1.018 mln');
		expect((await cell('Netto', 2026).textContent().then(plain))?.trim()).toBe('962');
		expect(await page.locator('caption', { hasText: 'Tabel 1 · afgesproken' }).count()).toBe(1);
		await page.screenshot({ path: `${SHOTS}/e2e-tabel-1.png`, fullPage: true });
	});

	it('explains a net total when it is clicked', async () => {
		await cell('Netto', 2026).getByRole('button').click();
		await expect
			.poll(() =>
				page
					.getByRole('heading', { name: /Waarom is netto 2026/ })
					.textContent()
					.then(plain)
			)
			.toBe('Waarom is netto 2026 € 962 mln?');
		expect(await page.locator('.explain').textContent().then(plain)).toContain('B17 Voorkomen en verkorten residentiële zorg');
	});

	it('shows the 2023 total as the committee printed it, 374, confirmed from outside, beside the cell sum 375', async () => {
		const tabel1 = page.locator('table', { hasText: 'Tabel 1 · afgesproken' });
		const computed = tabel1.locator('tr', { hasText: 'Totaal berekend' }).locator('td').nth(2);
		const printed = tabel1.locator('tr', { hasText: 'Totaal zoals gedrukt' }).locator('td').nth(2);
		expect((await computed.textContent().then(plain))?.trim()).toBe('375');
		expect(await printed.textContent().then(plain)).toMatch(/^\s*374✓/);
		const note = page.locator('li', { hasText: /^\s*2023: gedrukt “374”/ });
		expect(await note.locator('a', { hasText: 'E2 · Eerste Kamer' }).getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-36200-XVI-E.html');
	});

	it('shows B17’s invoeringskosten outside the table on the first screen of every preset, counted only where the preset counts them', async () => {
		for (const [name, counted] of [
			['Tabel 1 zoals gedrukt', false],
			['Rijk: Tabel 1 en Tabel 2', false],
			['VNG: alleen Tabel 1', false],
			['Werkgroepen: heroverwogen Tabel 1', false],
			['Werkgroepen, illustratief: B17 met 10.000 kinderen', true]
		] as const) {
			await page.getByRole('radio', { name, exact: true }).check();
			// 295 / 4 + 5 / 5 = 74,75 a year 2022–2025 and 1 in 2026
			const outside = (row: string) => cell(row, 2022).textContent().then(plain);
			if (counted) {
				await expect.poll(() => outside('Invoeringskosten buiten de tabel, meegeteld'), { message: name }).toMatch(/−74,8/);
				expect(await page.locator('.legend', { hasText: 'Invoeringskosten buiten de tabel (meegeteld)' }).count()).toBe(1);
			} else {
				await expect.poll(() => outside('Invoeringskosten buiten de tabel, niet meegeteld'), { message: name }).toMatch(/−74,8/);
				expect(await page.getByTestId('buiten-de-tabel').textContent().then(plain), name).toMatch(/buiten de tabel, niet meegeteld/);
				expect(await page.locator('.legend', { hasText: 'Invoeringskosten buiten de tabel (niet meegeteld)' }).count()).toBe(1);
			}
		}
		await page.getByRole('radio', { name: 'Tabel 1 zoals gedrukt', exact: true }).check();
	});

	it('adds Tabel 2 for the Rijk scenario: 2028 net 1.018 + 721', async () => {
		await page.getByLabel('Rijk: Tabel 1 en Tabel 2').check();
		await expect.poll(() => page.getByTestId('netto-2028').textContent().then(plain)).toBe('€ 1.739 mln');
		expect(await page.locator('caption', { hasText: 'Tabel 2 · niet afgesproken' }).count()).toBe(1);
	});

	it('extends the horizon to 2035 with extrapolated years', async () => {
		await page.getByLabel('Tot en met').selectOption('2035');
		await expect.poll(() => cell('Netto', 2035).textContent().then(plain)).toMatch(/1\.739/);
		await page.screenshot({ path: `${SHOTS}/e2e-rijk-2035.png`, fullPage: true });
		expect(errors).toEqual([]);
	});
});
