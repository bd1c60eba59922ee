import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, plain, servedApp } from './browser';

const executablePath = browserPath();

/**
 * 700.000 rows in the layout of CBS Kerncijfers wijken en buurten: a column Soort regio, one
 * gemeente every 2.000 rows and buurten in between, about 16 MB. `unique` makes every row a
 * gemeente of its own name instead (about 14 MB): no table of gemeenten.
 */
function bigCsv(unique: boolean): string {
	const lines = [unique ? 'Gemeente;Jongeren;Inwoners' : 'Soort regio;Gemeente;Jongeren;Inwoners'];
	for (let i = 0; i < 700_000; i++) {
		if (unique) lines.push(`G${i};${1000 + (i % 5000)};${50_000 + (i % 5000)}`);
		else if (i % 2000 === 0) lines.push(`Gemeente;G${i / 2000};${1000 + (i % 5000)};${50_000 + (i % 5000)}`);
		else lines.push(`Buurt;B${i};${i % 500};${1000 + (i % 3000)}`);
	}
	const bytes = Buffer.from(lines.join('\r\n'), 'utf8');
	expect(bytes.length).toBeLessThan(20 * 1024 * 1024);
	// from disk, as a user picks it: a file given as bytes would be built by the test in the page's own thread
	const path = join(mkdtempSync(join(tmpdir(), 'groot-')), unique ? 'te-veel.csv' : 'wijken-en-buurten.csv');
	writeFileSync(path, bytes);
	return path;
}

/**
 * Long tasks (over 50 ms) of the page's main thread from now on, in ms, as Chromium reports them.
 * The watch is proven first: a task of 300 ms made on purpose must be seen, else the check could not fail.
 */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
	await page.evaluate(() => {
		const w = window as unknown as { longTasks: number[] };
		w.longTasks = [];
		new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
		setTimeout(() => {
			const until = performance.now() + 300;
			while (performance.now() < until);
		});
	});
	await expect.poll(() => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.some((d) => d >= 300))).toBe(true);
	await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
	return () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

describe.skipIf(!executablePath)('a 700.000-row CSV in the browser', { timeout: 120_000 }, () => {
	const app = servedApp(4380);

	async function open(page: Page) {
		await page.goto(app.base + '/gemeente/');
		await page.waitForLoadState('networkidle');
	}

	it('is read in a worker with progress; the page has no task over 200 ms, and 350 gemeenten load out of the buurten', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await open(page);
		const longTasks = await watchLongTasks(page);
		await page.getByLabel('CSV-bestand met gemeenten').setInputFiles(bigCsv(false));
		// progress is shown while the worker reads
		const progress = page.locator('progress#inlezen-voortgang');
		await progress.waitFor({ timeout: 10_000 });
		expect(await page.getByText('wijken-en-buurten.csv wordt ingelezen').count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Stoppen' }).count()).toBe(1);
		await expect
			.poll(() => page.locator('div.summary').innerText().then(plain), { timeout: 60_000 })
			.toContain('wijken-en-buurten.csv: 350 gemeenten gelezen.');
		expect(await page.locator('div.summary').innerText().then(plain)).toContain('699.650 regels van wijken en buurten overgeslagen');
		expect(await progress.count()).toBe(0);
		const tasks = await longTasks();
		expect(Math.max(0, ...tasks), `lange taken: ${tasks.join(', ')} ms`).toBeLessThanOrEqual(200);
		// the table shows the first of the gemeenten, in pages of 500: all 350 on one
		expect(await page.getByRole('region', { name: 'Ingelezen gemeenten' }).locator('tbody tr').count()).toBe(350);
		await context.close();
	});

	it('a file of 700.000 gemeenten is refused with the reason, the page stays responsive and the previous table stays', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await open(page);
		await page.getByRole('button', { name: 'Alle 342 gemeenten (CBS, 1 januari 2025)' }).click();
		await expect.poll(() => page.locator('div.summary').innerText().then(plain)).toContain('342 gemeenten gelezen');
		const longTasks = await watchLongTasks(page);
		await page.getByLabel('CSV-bestand met gemeenten').setInputFiles(bigCsv(true));
		await expect
			.poll(() => page.getByRole('alert').innerText().then(plain), { timeout: 60_000 })
			.toBe(
				"te-veel.csv: meer dan 5.000 gemeenten (bij regel 5.002), terwijl Nederland er 342 heeft. Staan er wijken, buurten of andere regio's in? Houd alleen de gemeenten over. De vorige tabel blijft staan."
			);
		expect(await page.locator('div.summary').innerText().then(plain)).toContain('342 gemeenten gelezen');
		const tasks = await longTasks();
		expect(Math.max(0, ...tasks), `lange taken: ${tasks.join(', ')} ms`).toBeLessThanOrEqual(200);
		await context.close();
	});

	it('Stoppen ends the reading: nothing changes and no progress stays', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await open(page);
		await page.getByLabel('CSV-bestand met gemeenten').setInputFiles(bigCsv(false));
		await page.getByRole('button', { name: 'Stoppen' }).click();
		await expect.poll(() => page.locator('progress#inlezen-voortgang').count()).toBe(0);
		// a moment later still nothing was imported
		await page.waitForTimeout(3000);
		expect(await page.locator('div.summary').count()).toBe(0);
		expect(await page.getByRole('alert').count()).toBe(0);
		await context.close();
	});

	it('another table chosen while a file is read wins: the reading stops and does not come back later', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await open(page);
		await page.getByLabel('CSV-bestand met gemeenten').setInputFiles(bigCsv(false));
		await page.locator('progress#inlezen-voortgang').waitFor({ timeout: 10_000 });
		// a click while the worker reads: the page handles it at once
		await page.getByRole('button', { name: 'Alle 342 gemeenten (CBS, 1 januari 2025)' }).click();
		await expect.poll(() => page.locator('div.summary').innerText().then(plain)).toContain('342 gemeenten gelezen');
		expect(await page.locator('progress#inlezen-voortgang').count()).toBe(0);
		await page.waitForTimeout(4000);
		expect(await page.locator('div.summary').innerText().then(plain)).toContain('342 gemeenten gelezen');
		await context.close();
	});

	it('a table of 1.200 gemeenten comes in pages of 500; the buttons keep the focus at the ends', async () => {
		const lines = ['Gemeente;Jongeren;Inwoners', ...Array.from({ length: 1200 }, (_, i) => `Gemeente ${String(i).padStart(4, '0')};${1000 + i};${60_000 + i}`)];
		const path = join(mkdtempSync(join(tmpdir(), 'pagina-')), 'twaalfhonderd.csv');
		writeFileSync(path, lines.join('\r\n'));
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await open(page);
		await page.getByLabel('CSV-bestand met gemeenten').setInputFiles(path);
		const pages = page.getByRole('navigation', { name: "Pagina's van de tabel" });
		const rows = page.getByRole('region', { name: 'Ingelezen gemeenten' }).locator('tbody tr');
		await expect.poll(() => pages.getByRole('status').textContent().then(plain)).toBe('Rijen 1–500 van 1.200; de CSV bevat ze allemaal.');
		expect(await rows.count()).toBe(500);
		expect(await rows.first().locator('th').textContent()).toBe('Gemeente 0000');
		const next = pages.getByRole('button', { name: /^Volgende/ });
		await next.click();
		await next.click();
		expect(await pages.getByRole('status').textContent().then(plain)).toBe('Rijen 1.001–1.200 van 1.200; de CSV bevat ze allemaal.');
		expect(await rows.count()).toBe(200);
		expect(await rows.first().locator('th').textContent()).toBe('Gemeente 1000');
		// at the last page the button says it does nothing more, and keeps the focus
		expect(await next.getAttribute('aria-disabled')).toBe('true');
		expect(await next.evaluate((b) => b === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(await next.evaluate((b) => b === document.activeElement)).toBe(true);
		expect(await pages.getByRole('status').textContent().then(plain)).toBe('Rijen 1.001–1.200 van 1.200; de CSV bevat ze allemaal.');
		await context.close();
	});
});
