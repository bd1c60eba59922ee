import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, plain, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('/fiches: the fiche check and the timetables', { timeout: 120_000 }, () => {
	const app = servedApp(4460);

	async function open(width = 1280): Promise<Page> {
		const context = await app.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${app.base}/fiches`);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		return page;
	}
	const firstColumn = (page: Page) => page.locator('table.matrix tbody th[scope="row"] a').allTextContents();

	it('shows every measure against every item, ✓ where the fiche delivers it, and sorts by a column', async () => {
		const page = await open();
		const matrix = page.locator('table.matrix');
		expect(await matrix.locator('tbody tr').count()).toBe(22);
		// B17 delivers its transformation costs (KPMG, 004 L6932–6937); B13 has no fiche at all
		const b17 = matrix.locator('tbody tr', { has: page.locator('th a', { hasText: /^B17$/ }) });
		expect(await b17.locator('td.mark').nth(5).getAttribute('title')).toBe('Transformatiekosten: aangeleverd (doc. 004, r. 6932–6937)');
		const b13 = matrix.locator('tbody tr', { has: page.locator('th a', { hasText: /^B13$/ }) });
		expect(await b13.locator('td.mark.aangeleverd').count()).toBe(0);
		expect(plain(await b13.locator('td').nth(1).textContent())).toBe('0 van 11');
		// most delivered first: B17 with 10 of 11, then B23 with 9
		await page.getByRole('button', { name: /^Aangeleverd/ }).click();
		expect((await firstColumn(page)).slice(0, 2)).toEqual(['B17', 'B23']);
		expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Aangeleverd');
		await page.getByRole('button', { name: /^Aangeleverd/ }).click();
		expect((await firstColumn(page))[0]).not.toBe('B17');
		await page.context().close();
	});

	it('downloads the overview as a CSV for Dutch Excel, in the order on screen, and the long form with lines and notes', async () => {
		const page = await open();
		await page.getByRole('button', { name: /^Tijdpad: a doorlooptijd/ }).click();
		const [overview] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'fichecheck-overzicht: download als CSV voor Excel (Nederlands)' }).click()
		]);
		const lines = readFileSync(await overview.path(), 'utf8')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toMatch(/^\uFEFFCode;Maatregel;Tabel;Fiche;Aangeleverd \(aantal\);Aard van de maatregel;/);
		// 22 measures, then an empty line and the licence, as under every CSV
		expect(lines).toHaveLength(23 + 2);
		expect(lines.at(-1)).toMatch(/^"Licentie: data CC BY 4\.0 \(/);
		// sorted by Tijdpad, delivered first: B17 heads the list (the data's order among the seven with a timetable)
		expect(lines[1]!.startsWith('B17;')).toBe(true);
		const [long] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'fichecheck-per-onderdeel: download als CSV, internationaal (komma en punt)' }).click()
		]);
		const rows = readFileSync(await long.path(), 'utf8')
			.trimEnd()
			.split('\r\n');
		expect(rows).toHaveLength(1 + 22 * 11 + 2);
		expect(rows.find((r) => r.startsWith('B6,Tariefdifferentiatie,1,"Tijdpad'))).toContain('doc. 004, r. 4113–4114');
		await page.context().close();
	});

	it('draws the timetable per measure with its table alternative, and exports it as an SVG that names its source', async () => {
		const page = await open();
		const chart = page.locator('figure.timeline');
		// B19: agreements in 2022 (a), the payment title from 2023 (b); B2: the law change placed in 2022–2025
		expect(await chart.locator('rect title', { hasText: /^B19, fase b · implementatie: vanaf 2023/ }).count()).toBe(1);
		expect(await chart.locator('rect title', { hasText: /^B2, fase a · doorlooptijd tot implementatie: 2022–2025 \(onze lezing van de bron\)/ }).count()).toBe(
			1
		);
		expect(plain(await chart.locator('.without').textContent())).toMatch(/^Geen fiche in de stukken, dus ook geen tijdpad: B13, B18, B3, AEF-E1,/);
		await chart.locator('details summary').click();
		const b6 = chart.locator('details tr', { hasText: 'B6: Tariefdifferentiatie' });
		expect(await b6.locator('td').allTextContents()).toEqual([
			'ontbreekt',
			'ontbreekt',
			'ontbreekt',
			'2022',
			'a: doc. 004, r. 4113–4114; b: doc. 004, r. 4113–4114; c: doc. 004, r. 4113–4114'
		]);
		const [svg] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /download als SVG/ }).click()]);
		const text = readFileSync(await svg.path(), 'utf8');
		expect(text).toContain('Tijdpad volgens de fiches');
		expect(text).toContain('Bron: fiches van de werkgroepen Hervormingsagenda Jeugd, document 004 (data/tijdpaden.csv)');
		expect(text).toContain('eerste jaar met een besparing in de tabel');
		// an open phase fades from its own colour, as on screen, not from black
		const stops = [...text.matchAll(/<stop [^>]*style="([^"]*)"/g)].map((m) => /stop-color:\s*([^;]+)/.exec(m[1]!)?.[1]);
		expect(stops.length).toBe(6);
		expect(stops.filter((c) => c === undefined || c === 'rgb(0, 0, 0)')).toEqual([]);
		expect(text).toContain('Geen fiche in de stukken, dus ook geen tijdpad: B13, B18, B3');
		await page.context().close();
	});

	it('at 375 px the names stand above the bars and nothing scrolls sideways', async () => {
		const page = await open(375);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		const svg = page.locator('figure.timeline .plot svg');
		const box = (await svg.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(375);
		// every bar starts right of the plot's left edge, under its name
		const firstBar = (await svg.locator('g.bar rect').first().boundingBox())!;
		expect(firstBar.x).toBeGreaterThanOrEqual(box.x);
		await page.context().close();
	});
});
