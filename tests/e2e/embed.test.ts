import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, plain, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('the embedded chart (/insluiten) and the Insluiten button', { timeout: 180_000 }, () => {
	const app = servedApp(4460);

	async function open(path: string, width: number, height: number): Promise<Page> {
		const context = await app.browser.newContext({ viewport: { width, height }, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${app.base}${path}`);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		await page.waitForLoadState('networkidle');
		return page;
	}

	/** The Monte Carlo has answered: the chart shows its whiskers and nothing is computing. */
	async function settled(page: Page) {
		await expect.poll(() => page.locator('figure.chart .legend').first().textContent(), { timeout: 30_000 }).toContain('P10–P90');
		await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
	}

	/** The first chart's SVG export, with the ids the page numbers differently (pattern, title) made alike. */
	async function svgExport(page: Page): Promise<string> {
		const chart = page.locator('figure.chart').first();
		const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /download als SVG/ }).click()]);
		const ids = new Map<string, string>();
		return readFileSync(await file.path(), 'utf8').replace(/\b(s\d+|[\w-]*\d[\w-]*)-(hatch|title|desc)\b/g, (_, id: string, what: string) => {
			if (!ids.has(id)) ids.set(id, `id${ids.size}`);
			return `${ids.get(id)}-${what}`;
		});
	}

	it('fits an iframe of 600 × 400: the chart with title, legend, source line and a link back, no menu, nothing to scroll', async () => {
		const page = await open('/insluiten?scenario=rijk', 600, 400);
		await settled(page);
		// the plot takes the height the frame leaves
		await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(400);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
		expect(await page.getByRole('navigation').count()).toBe(0);
		expect(await page.locator('figure.chart').count()).toBe(1);
		const chart = page.locator('figure.chart');
		expect(plain(await chart.locator('figcaption').textContent())).toBe(
			'Rijk: Tabel 1 en Tabel 2: besparingen, invoeringskosten en netto tegen het richtbedrag (€ mln)'
		);
		const legend = await chart.locator('.legend li').allTextContents();
		expect(legend).toEqual(expect.arrayContaining(['Besparingen', 'Netto', 'Richtbedrag (Tabel 1)']));
		const source = plain(await page.locator('p.source').textContent())!;
		expect(source).toContain('Bron: Commissie van Wijzen (2021), Tabel 1 en 2 (document 004)');
		expect(source).toContain('CC BY 4.0');
		// the link back opens the scenario page with the same scenario
		const back = page.getByRole('link', { name: /Volledige weergave/ });
		expect(await back.getAttribute('target')).toBe('_blank');
		const href = new URL((await back.getAttribute('href'))!, page.url());
		expect(href.pathname).toBe('/');
		expect(href.searchParams.get('scenario')).toBe('rijk');
		const full = await page.context().newPage();
		await full.goto(href.href);
		await expect.poll(() => full.getByRole('radio', { name: 'Rijk: Tabel 1 en Tabel 2' }).isChecked()).toBe(true);
		await page.context().close();
	});

	it('fits 375 wide without scrolling sideways', async () => {
		const page = await open('/insluiten?scenario=vng', 375, 667);
		await settled(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		expect(plain(await page.locator('figcaption').textContent())).toContain('VNG: alleen Tabel 1');
		await page.context().close();
	});

	it('exports the same SVG as the full view of the same scenario, draws and seed at the same size', async () => {
		const query = '?scenario=werkgroepen&trekkingen=1000&seed=3';
		// tall enough that the embed's plot has the full view's height
		const full = await open(`/${query}`, 600, 1200);
		const embed = await open(`/insluiten${query}`, 600, 1200);
		await settled(full);
		await settled(embed);
		const [a, b] = [await svgExport(full), await svgExport(embed)];
		expect(a).toContain('Werkgroepen: heroverwogen Tabel 1: besparingen, invoeringskosten en netto tegen het richtbedrag');
		expect(a).toContain('Monte Carlo: 1.000 trekkingen, seed 3');
		expect(a).toContain('CC BY 4.0');
		if (b !== a) {
			writeFileSync('test-results/embed-full.svg', a);
			writeFileSync('test-results/embed-embed.svg', b);
		}
		expect(b).toBe(a);
		await full.context().close();
		await embed.context().close();
	});

	it('Insluiten on the scenario page gives an iframe of 600 × 400 with the embed of the figures on screen', async () => {
		const page = await open('/?scenario=vng&tot=2031', 1280, 900);
		await expect.poll(() => new URL(page.url()).searchParams.get('tot')).toBe('2031');
		await page.getByRole('button', { name: 'Insluiten' }).click();
		const code = await page.getByLabel(/Code om de grafiek in te sluiten/).inputValue();
		const frame = /^<iframe src="([^"]+)" title="([^"]+)" width="600" height="400" style="border:0;max-width:100%" loading="lazy"><\/iframe>$/.exec(code);
		expect(frame, code).not.toBeNull();
		const src = new URL(frame![1]!.replace(/&amp;/g, '&'));
		expect(src.origin + src.pathname).toBe(`${app.base}/insluiten/`);
		expect(src.search).toBe(new URL(page.url()).search);
		expect(frame![2]).toBe('Hervormingsagenda Jeugd: VNG: alleen Tabel 1, besparingen en invoeringskosten per jaar');
		// the code in a page of its own: the frame shows the chart, to 2031
		const host = await page.context().newPage();
		await host.setContent(`<!doctype html><html lang="nl"><title>Artikel</title><body>${code}</body></html>`);
		const embedded = host.frameLocator('iframe');
		await expect.poll(() => embedded.locator('figcaption').textContent().then(plain), { timeout: 30_000 }).toContain('VNG: alleen Tabel 1');
		expect(await embedded.locator('.plot svg text', { hasText: '2031' }).count()).toBeGreaterThan(0);
		await page.context().close();
	});
});
