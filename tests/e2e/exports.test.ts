import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, servedApp } from './browser';

const executablePath = browserPath();

/** What a chart shows on screen: its title, its legend's labels, the full labels of its bars, its plot's width (CSS px). */
interface OnScreen {
	title: string;
	legend: string[];
	barLabels: string[];
	width: number;
}

/** What an exported SVG shows: its text outside <title> and <desc>, one space between pieces, and the plot's drawing order. */
interface Exported {
	text: string;
	/** The extrapolatie label is the last thing drawn in the plot, or there is none. */
	extrapolationOnTop: boolean | null;
	/** Texts with a white halo painted over their letters instead of under them (unreadable). */
	haloOnTop: string[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!executablePath)('charts exported as SVG and PNG stand on their own', { timeout: 180_000 }, () => {
	const app = servedApp(4420);

	async function open(path: string, width: number): Promise<Page> {
		const context = await app.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${app.base}${path}`);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		// the fields answer once the page has started (its worker requested): not before
		await page.waitForLoadState('networkidle');
		return page;
	}

	/** Open every fold, so every chart's buttons can be clicked. */
	const openFolds = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

	function onScreen(chart: Locator): Promise<OnScreen> {
		return chart.evaluate((figure) => ({
			title: figure.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim(),
			legend: [...figure.querySelectorAll('.legend li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
			barLabels: [...figure.querySelectorAll('.plot svg text.label > title')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim()),
			width: figure.querySelector('.plot svg')!.getBoundingClientRect().width
		}));
	}

	async function download(page: Page, chart: Locator, kind: 'SVG' | 'PNG'): Promise<Buffer> {
		const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: new RegExp(`download als ${kind}`) }).click()]);
		return readFileSync(await file.path());
	}

	/** The SVG read back by the browser's parser: the text a reader sees, and whether the extrapolatie label is drawn last. */
	function read(page: Page, svg: string): Promise<Exported> {
		return page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
			doc.querySelectorAll('title, desc').forEach((e) => e.remove());
			const pieces: string[] = [];
			const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) pieces.push(walker.currentNode.nodeValue ?? '');
			const plot = doc.documentElement.querySelector(':scope > svg[viewBox]:last-of-type')!;
			const drawn = [...plot.querySelectorAll('rect, path, line, circle, text')];
			const label = drawn.findIndex((e) => e.textContent === 'extrapolatie');
			const haloOnTop = [...doc.querySelectorAll('text')]
				.filter((t) => {
					const style = t.getAttribute('style') ?? '';
					const stroke = /(?:^|;)stroke:([^;]*)/.exec(style)?.[1]?.trim() ?? 'none';
					const width = parseFloat(/stroke-width:([^;]*)/.exec(style)?.[1] ?? '0');
					return stroke !== 'none' && width > 0 && !/paint-order:\s*stroke/.test(style);
				})
				.map((t) => t.textContent ?? '');
			return { text: pieces.join(' ').replace(/\s+/g, ' '), extrapolationOnTop: label < 0 ? null : label === drawn.length - 1, haloOnTop };
		}, svg);
	}

	/** The PNG's width in pixels, from its IHDR chunk (bytes 16–19, big-endian). */
	const pngWidth = (png: Buffer) => {
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		return png.readUInt32BE(16);
	};

	/** Each chart's SVG holds its title, each legend label and each bar label as text, with the date and source line. */
	async function exportEveryChart(page: Page, expectedCharts: number) {
		const charts = page.locator('figure.chart');
		expect(await charts.count()).toBe(expectedCharts);
		const exports: { screen: OnScreen; svg: Exported; chart: Locator }[] = [];
		for (let i = 0; i < expectedCharts; i++) {
			const chart = charts.nth(i);
			const screen = await onScreen(chart);
			const svg = await read(page, (await download(page, chart, 'SVG')).toString('utf8'));
			expect(screen.legend.length, screen.title).toBeGreaterThan(0);
			expect(svg.text).toContain(screen.title);
			for (const label of screen.legend) expect(svg.text, `${screen.title}: legend`).toContain(label);
			for (const label of screen.barLabels) expect(svg.text, `${screen.title}: bar label`).toContain(label);
			expect(svg.text).toMatch(/Hervormingsagenda Jeugd · scenariosimulator · \d{1,2} \w+ 20\d\d/);
			expect(svg.text).toContain('Bron: Commissie van Wijzen (2021), Tabel 1 en 2, document 004 regels 657–805');
			expect(svg.text).toContain('Licentie: data CC BY 4.0');
			expect(svg.haloOnTop, `${screen.title}: halo over the letters`).toEqual([]);
			if (svg.extrapolationOnTop !== null) expect(svg.extrapolationOnTop, `${screen.title}: extrapolatie drawn last`).toBe(true);
			exports.push({ screen, svg, chart });
		}
		return exports;
	}

	for (const width of [1280, 375]) {
		it(`on / at ${width} px: every chart names the scenario and its changed assumption, Monte Carlo charts their draws, seed and set; PNGs at 2×`, async () => {
			const page = await open('/?tot=2035&trekkingen=1000&seed=42&onzekerheid=werkgroepen', width);
			await page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true }).fill('10.000');
			await page.keyboard.press('Tab');
			await openFolds(page);
			// the Monte Carlo has answered for the edited scenario: its four charts, nothing computing
			await expect.poll(() => page.locator('figure.chart').count(), { timeout: 30_000 }).toBe(4);
			await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
			await expect.poll(() => page.locator('figure.chart .legend').first().textContent()).toContain('P10–P90');
			await openFolds(page);

			const exports = await exportEveryChart(page, 4);
			const titles = exports.map((e) => e.screen.title);
			// the savings chart (with whiskers), the fan, the histogram and the tornado: all from the draws
			expect(titles.filter((t) => t.startsWith('Tabel 1 zoals gedrukt · eigen:'))).toHaveLength(3);
			expect(titles.some((t) => t.startsWith('Effect van elke onzekere invoer van P10 naar P90'))).toBe(true);
			for (const { screen, svg } of exports) {
				// 20.000 is the default of b17.kinderen (data/aannames.csv); the set's name is in data/onzekerheidssets.csv
				expect(svg.text, screen.title).toContain(
					'Scenario: Tabel 1 zoals gedrukt · eigen. Aannames anders dan in Tabel 1 zoals gedrukt: Kinderen in residentieel verblijf binnen bereik 10.000 kinderen (was 20.000 kinderen).'
				);
				expect(svg.text, screen.title).toContain('Monte Carlo: 1.000 trekkingen, seed 42, set van onzekerheid ‘Met de twijfels van de werkgroepen’.');
			}
			const tornado = exports.find((e) => e.screen.title.startsWith('Effect van elke'))!;
			expect(tornado.screen.barLabels.length).toBeGreaterThan(1);
			expect(exports.filter((e) => e.svg.extrapolationOnTop === true)).toHaveLength(2);

			for (const { screen, chart } of exports) {
				const png = await download(page, chart, 'PNG');
				expect(pngWidth(png), screen.title).toBeGreaterThanOrEqual(2 * screen.width);
			}
			await page.context().close();
		});
	}

	for (const width of [1280, 375]) {
		it(`on /vergelijk?s=rijk,vng at ${width} px: the scenarios are named in the legend and the step labels are whole`, async () => {
			const page = await open('/vergelijk?s=rijk,vng', width);
			await openFolds(page);
			const exports = await exportEveryChart(page, 4);
			const compare = exports.find((e) => e.screen.title.startsWith('Netto per jaar'))!;
			expect(compare.svg.text).toContain('Netto per jaar (€ mln), Rijk: Tabel 1 en Tabel 2 tegenover VNG: alleen Tabel 1');
			// the three lines, each with its name
			for (const label of ['Rijk: Tabel 1 en Tabel 2', 'VNG: alleen Tabel 1', 'Richtbedrag (Tabel 1)']) expect(squash(compare.svg.text)).toContain(label);
			const waterfall = exports.find((e) => e.screen.title.startsWith('Verschil in'))!;
			// a Tabel 2 measure the VNG leaves out, too long for one line on a phone
			expect(waterfall.svg.text).toContain('Verantwoordelijkheden voorliggend veld nader bepalen weglaten');
			for (const { screen, svg } of exports) {
				// several scenarios: no line about the one on the scenario page, no draws
				expect(svg.text, screen.title).not.toContain('Scenario:');
				expect(svg.text, screen.title).not.toContain('Monte Carlo:');
			}
			const png = await download(page, compare.chart, 'PNG');
			expect(pngWidth(png)).toBeGreaterThanOrEqual(2 * compare.screen.width);
			await page.context().close();
		});
	}
});
