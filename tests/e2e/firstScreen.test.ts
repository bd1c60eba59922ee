import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, servedApp, plain, settledBands } from './browser';

const executablePath = browserPath();
const pdftotext = ['/usr/bin/pdftotext', process.env.PDFTOTEXT_PATH].find((p): p is string => Boolean(p) && existsSync(p!));
if (executablePath && !pdftotext) console.warn('Printtest leest de PDF-tekst niet: geen pdftotext. Installeer met: apt-get install -y poppler-utils');

describe.runIf(executablePath && !pdftotext && process.env.CI === 'true')('pdftotext in CI', () => {
	it('poppler-utils is installed (CI=true requires the print test to read the PDF)', () => {
		expect(pdftotext, 'apt-get install -y poppler-utils').toBeDefined();
	});
});

describe.skipIf(!executablePath)('the first screen and the printed page', { timeout: 90_000 }, () => {
	const app = servedApp(4360);

	async function open(width: number, height: number, path = '/'): Promise<Page> {
		const context = await app.browser.newContext({ viewport: { width, height } });
		const page = await context.newPage();
		await page.goto(`${app.base}${path}`);
		await settledBands(page);
		return page;
	}

	it.each([
		[1280, 800],
		[375, 800]
	])('at %i × %i the netto, the richtbedrag, the invoeringskosten and the chance are in view without scrolling', async (width, height) => {
		const page = await open(width, height);
		for (const id of ['netto-2028', 'richtbedrag-2028', 'invoeringskosten', 'kans-kop']) {
			const box = (await page.getByTestId(id).boundingBox())!;
			expect(box, id).not.toBeNull();
			expect(box.y + box.height, `${id} at ${width} px`).toBeLessThanOrEqual(height);
			expect(box.y, id).toBeGreaterThanOrEqual(0);
		}
		expect((await page.getByTestId('netto-2028').textContent().then(plain))!.replace(/\s+/g, ' ')).toBe('€ 1.018 mln');
		expect((await page.getByTestId('kans-kop').textContent().then(plain))!.trim()).toMatch(/^\d{1,3} %$/);
		await page.context().close();
	});

	it('the default says why netto equals the richtbedrag, and another scenario says how far it is from it', async () => {
		const page = await open(1280, 800);
		expect((await page.getByTestId('netto-zin').textContent().then(plain))!.replace(/\s+/g, ' ')).toContain('dit scenario ís Tabel 1');
		await page.getByLabel('Werkgroepen: heroverwogen Tabel 1').check();
		// Werkgroepen: 1.018 − B17 300 (a PM post) − B2 67 (four years later) − B6 12 (at half) = 639 in 2028, so 379 short
		await expect
			.poll(async () => (await page.getByTestId('netto-zin').textContent().then(plain))!.replace(/\s+/g, ' '))
			.toContain('€ 379 mln minder dan het richtbedrag van Tabel 1 (€ 1.018 mln)');
		await page.context().close();
	});

	it.each(['/', '/?scenario=rijk'])('%s prints on at most 3 A4 pages, with the Netto row’s figures and no form controls', async (path) => {
		const page = await open(1280, 900, path);
		const netto = (
			await page
				.locator('table', { hasText: 'Totalen van dit scenario' })
				.locator('tr', { hasText: 'Netto' })
				.first()
				.locator('td')
				.allTextContents()
				.then((all) => all.map(plain))
		).map((t) => t.trim());
		expect(netto).toHaveLength(7);
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		const controls = await page.evaluate(
			() => [...document.querySelectorAll('input, select, button:not(.link), textarea')].filter((e) => (e as HTMLElement).offsetParent !== null).length
		);
		expect(controls).toBe(0);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(3);
		if (pdftotext) {
			const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'scenario.pdf');
			writeFileSync(file, pdf);
			const text = spawnSync(pdftotext, ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/[ \u00a0]+/g, ' ');
			expect(text).toContain(`Netto ${netto.join(' ')}`);
		}
		await page.context().close();
	});
});
