import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, plain, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('the agreements after 2021 and the view from 2028', { timeout: 90_000 }, () => {
	const app = servedApp(4360);

	async function open(path: string, width = 1280): Promise<Page> {
		const context = await app.browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto(app.base + path);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		await page.waitForLoadState('networkidle');
		return page;
	}
	const text = (page: Page, testId: string) => page.getByTestId(testId).textContent().then(plain);

	it('/afspraken: every amount of every frame links its source, and each link leads somewhere', async () => {
		const page = await open('/afspraken');
		const cells = await page.locator('.timeline td[data-testid]').evaluateAll((tds) =>
			tds
				.filter((td) => /^[a-z0-9-]+-20\d\d$/.test(td.getAttribute('data-testid')!))
				.map((td) => {
					const a = td.querySelector<HTMLAnchorElement>('a.source');
					const href = a?.getAttribute('href') ?? '';
					return {
						id: td.getAttribute('data-testid'),
						href,
						target: href.startsWith('#') ? document.getElementById(href.slice(1)) !== null : /^https:\/\//.test(href)
					};
				})
		);
		// five frames, seven table years each, and for the layer (HA 2023 + € 511 mln) its base and its layer apart, each with their own source
		expect(cells.length).toBe(5 * 7 + 2 * 7);
		const sum = (id: string | null) => /^ha-2023-511-20\d\d$/.test(id!);
		expect(cells.filter((c) => !sum(c.id) && !c.target)).toEqual([]);
		// the layer's sum is ours: it cites no source of its own, while base and layer do (HA 2023 2026: E11; the layer: E12)
		expect(cells.filter((c) => sum(c.id) && c.href !== '')).toEqual([]);
		expect(await text(page, 'ha-2023-511-basis-2026')).toMatch(/^1\.000 E11 r\. 81/);
		expect(await text(page, 'ha-2023-511-laag-2026')).toMatch(/^500 E12/);
		expect(await text(page, 'ha-2023-511-2026')).toMatch(/^1\.500\s*$/);
		// HA 2023: the 2023 level frozen for 2024 and 2025 (463 − 89 = 570 − 196 = 374, E9/E10), about € 1 mld from 2026 (E11)
		expect(await text(page, 'ha-2023-2024')).toMatch(/^374/);
		expect(await text(page, 'ha-2023-2025')).toMatch(/^374/);
		expect(await text(page, 'ha-2023-2026')).toMatch(/^1\.000/);
		// Groeipijn leaves 2028 on PM
		expect(await text(page, 'groeipijn-2028')).toMatch(/^PM/);
		// a secondary source says so
		expect(await page.locator('a.source[data-secondary]').first().textContent().then(plain)).toContain('(sec.)');
		// the extra money of the Rijk against Tabel 1: € 1.828 mln minus the printed totals 214, 374, 463, 570 (E5)
		expect(await Promise.all([2022, 2023, 2024, 2025, 2026].map((y) => text(page, `geld-extra-${y}`)))).toEqual(['1.614', '1.454', '1.365', '1.258', '—']);
		// the chances under each frame name the scenario, its set of uncertainty and the draws
		await expect
			.poll(() => page.locator('p.on-screen').textContent().then(plain))
			.toMatch(/^De cijfers onder elk doel gaan over het scenario dat u bekijkt: Tabel 1 zoals gedrukt, met de onzekerheid ‘[^’]+’ \(10\.000 trekkingen\)\./);
		await page.context().close();
	});

	it('a frame set as the target on /afspraken is the target of the scenario page', async () => {
		const page = await open('/afspraken');
		await page.getByRole('button', { name: 'Zet als doel: Hervormingsagenda Jeugd 2023–2028' }).click();
		await expect.poll(() => page.getByRole('button', { name: 'Dit is nu het doel: Hervormingsagenda Jeugd 2023–2028' }).count()).toBe(1);
		await page.getByRole('link', { name: 'Bekijk het scenario tegen dit doel' }).click();
		await page.waitForURL(/\/$|\/\?/);
		// Tabel 1 as printed against HA 2023 in 2028: the frame's € 1.000 mln
		await expect.poll(() => text(page, 'richtbedrag-2028')).toBe('€ 1.000 mln');
		expect(await page.getByLabel('Afzetten tegen').inputValue()).toBe('ha-2023');
		await expect.poll(() => page.url()).toContain('doel=ha-2023');
		await page.context().close();
	});

	it('/vanaf-2028: each preset’s net from 2028 with its band, and no chance against a frame on PM', async () => {
		const page = await open('/vanaf-2028');
		// Rijk: Tabel 1 (1.018) plus Tabel 2 (721) in 2028, carried on
		expect(await text(page, 'vanaf-Rijk: Tabel 1 en Tabel 2-2028')).toMatch(/^1\.739/);
		expect(await text(page, 'vanaf-Rijk: Tabel 1 en Tabel 2-2035')).toMatch(/^1\.739/);
		// the Monte Carlo fills in the bands and the chances
		// Werkgroepen: 1.018 − B17 300 (PM) − B2 67 − B6 12 = 639 in 2028
		await expect.poll(() => text(page, 'vanaf-Werkgroepen: heroverwogen Tabel 1-2028'), { timeout: 10_000 }).toMatch(/^639\s*\d+ – \d+$/);
		const before = await text(page, 'vanaf-Werkgroepen: heroverwogen Tabel 1-2028');
		expect(await text(page, 'kans-groeipijn-0')).toBe('—');
		await expect.poll(() => text(page, 'kans-cvw-tabel-1-0')).toMatch(/^\d+ %/);
		// another uncertainty set changes the band, not the figure
		await page.getByLabel('Met de twijfels van de werkgroepen').check();
		await expect.poll(() => text(page, 'vanaf-Werkgroepen: heroverwogen Tabel 1-2028'), { timeout: 10_000 }).not.toBe(before);
		expect(await text(page, 'vanaf-Werkgroepen: heroverwogen Tabel 1-2028')).toMatch(/^639/);
		await page.context().close();
	});

	it('/gemeente: the gemeente’s part of the shortfall follows the rule chosen (werkgroepen, Ede with 26.000 of 3.719.481 jongeren)', async () => {
		const page = await open('/gemeente?scenario=werkgroepen&gemeente=Ede&sleutel=jeugdigen&jeugdigen=26000&inwoners=119000');
		// 2028: Tabel 1 1.018 − werkgroepen 639 = 379 short; half for the gemeenten = 189,5; Ede 26.000 / 3.719.481 of it = € 1.324.647
		await expect.poll(() => text(page, 'tekort-gemeente-2028')).toBe('1.325');
		await page.getByLabel('De gemeenten', { exact: true }).check();
		// all of it: 379 × 26.000 / 3.719.481 = € 2.649.294
		await expect.poll(() => text(page, 'tekort-gemeente-2028')).toBe('2.649');
		await page.getByLabel('Het Rijk', { exact: true }).check();
		await expect.poll(() => text(page, 'tekort-gemeente-2028')).toBe('0');
		await page.context().close();
	});
});
