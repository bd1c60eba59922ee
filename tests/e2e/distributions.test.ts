import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../../src/cli/projectData';
import { compileModel, monteCarlo, uncertainInputs, type Scenario } from '../../src/lib/engine';
import { formatMln } from '../../src/lib/format/formatMln';

const plainMln = (x: number) => plain(formatMln(x));
import { browserPath, servedApp, plain, settledBands } from './browser';

const executablePath = browserPath();
const tmp = mkdtempSync(join(tmpdir(), 'distributions-e2e-'));
const dataset = readDataset();
const tabel1 = readPresets(dataset).find((p) => p.id === 'cvw-tabel-1')!;
const edited: Scenario = { ...tabel1, distributions: { 'b17.kinderen': { kind: 'driehoek', min: 12500, modus: 15000, max: 25000 } } };

/** The 2028 band the page must show, from the engine in Node with the same draws and seed. */
function band(scenario: Scenario) {
	const model = compileModel(dataset, scenario);
	const result = monteCarlo(model, uncertainInputs(dataset, model), { runs: 1000, seed: 3 });
	const y = result.years.indexOf(2028);
	return `met 90 % kans tussen ${plainMln(result.net.p5[y]!)} en ${plainMln(result.net.p95[y]!)}`;
}

describe.skipIf(!executablePath)('editing a distribution in the browser', { timeout: 90_000 }, () => {
	const app = servedApp(4340);

	async function freshPage(url: string): Promise<Page> {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(url);
		await settledBands(page);
		return page;
	}
	const words = async (page: Page) => (await page.locator('section.uncertainty .mc-summary').textContent().then(plain))!.replace(/\s+/g, ' ');

	it('Dutch bounds typed at the fields move the band; bad bounds are refused there and the last good distribution stays; export → import → CLI keep it', async () => {
		const page = await freshPage(`${app.base}/?trekkingen=1000&seed=3`);
		expect(await words(page)).toContain(band(tabel1));
		await page.locator('section.uncertainty details.inputs summary').click();
		await page.getByRole('button', { name: 'Wijzig verdeling van B17: Kinderen in residentieel verblijf binnen bereik' }).click();
		const editor = page.getByRole('group', { name: 'Verdeling van B17: Kinderen in residentieel verblijf binnen bereik' });
		const field = (label: string) => editor.getByLabel(label, { exact: true });

		for (const [label, text] of [
			['Minimum', '12.500'],
			['Meest waarschijnlijk', '15.000'],
			['Maximum', '25.000']
		] as const) {
			await field(label).fill(text);
			await page.keyboard.press('Tab');
		}
		await expect.poll(() => words(page), { timeout: 30_000 }).toContain(band(edited));
		expect(await editor.getByRole('img').getAttribute('aria-label')).toBe(
			'Vorm van de verdeling die geldt: driehoek 12.500\u00a0kinderen – 15.000\u00a0kinderen – 25.000\u00a0kinderen'
		);

		// a word is refused at its field; a maximum below the minimum under the fields; the band stays
		await field('Minimum').fill('tien');
		await page.keyboard.press('Tab');
		await expect.poll(() => editor.getByText('“tien” is geen getal').count()).toBe(1);
		await field('Minimum').fill('12.500');
		await field('Maximum').fill('5.000');
		await page.keyboard.press('Tab');
		await expect.poll(() => editor.getByText('Min ≤ modus ≤ max is vereist. De vorige verdeling blijft gelden.').count()).toBe(1);
		expect(await words(page)).toContain(band(edited));
		await field('Maximum').fill('25.000');
		await page.keyboard.press('Tab');
		await expect.poll(() => editor.locator('p.problem').textContent().then(plain)).toBe('');

		// export, import in another browser profile, and the command line: the same band
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (JSON)' }).click()]);
		const file = join(tmp, download.suggestedFilename());
		await download.saveAs(file);
		expect(JSON.parse(readFileSync(file, 'utf8')).distributions).toEqual({ 'b17.kinderen': { kind: 'driehoek', min: 12500, modus: 15000, max: 25000 } });
		const other = await freshPage(`${app.base}/?trekkingen=1000&seed=3`);
		await other.locator('input[type="file"]').setInputFiles(file);
		await expect.poll(() => words(other), { timeout: 30_000 }).toContain(band(edited));

		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', 'src/cli/simulate.ts', '--scenario', file, '--runs', '1000', '--seed', '3', '--format', 'json'],
			{
				encoding: 'utf8'
			}
		);
		const json = JSON.parse(run.stdout);
		expect(`met 90 % kans tussen ${plainMln(json.uncertainty.p5[6])} en ${plainMln(json.uncertainty.p95[6])}`).toBe(band(edited));

		// back to the default of the set
		await page.getByRole('button', { name: 'Terug naar de standaardverdeling' }).click();
		await expect.poll(() => words(page), { timeout: 30_000 }).toContain(band(tabel1));
		await page.context().close();
		await other.context().close();
	});

	it('the histogram of net marks the target with its chance, and its CSV has numeric columns that count every draw', async () => {
		const page = await freshPage(`${app.base}/?trekkingen=1000&seed=3&onzekerheid=werkgroepen`);
		const chance = (await page.getByTestId('kans-richtbedrag').locator('strong').textContent().then(plain))!.trim();
		const figure = page.locator('figure', { hasText: 'verdeling van het netto in 2028' });
		expect(await figure.locator('text.target-label').textContent().then(plain)).toContain(`gehaald in ${chance}`);
		const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: /download als CSV, internationaal/ }).click()]);
		// the table, up to the empty line before the licence
		const lines = readFileSync((await download.path())!, 'utf8')
			.split('\r\n\r\n')[0]!
			.split('\r\n');
		expect(lines[0]).toBe('Klasse,Van (€ mln),Tot (€ mln),Trekkingen,Aandeel (%)');
		const rows = lines.slice(1).map((l) => l.split(','));
		expect(rows.reduce((sum, r) => sum + Number(r.at(-2)), 0)).toBe(1000);
		for (const r of rows) expect(Number.isFinite(Number(r[1])) && Number.isFinite(Number(r[2]))).toBe(true);
		// the cumulative view: another metric, the same draws
		await page.getByLabel('Cumulatief: opgeteld vanaf 2022').check();
		await expect.poll(() => page.locator('figure', { hasText: 'verdeling van het cumulatieve netto t/m 2028' }).count(), { timeout: 30_000 }).toBe(1);
		await page.context().close();
	});

	it('another input made uncertain opens its editor with the focus in it; a keuze never gets the same value twice', async () => {
		const page = await freshPage(`${app.base}/?trekkingen=1000&seed=3&onzekerheid=werkgroepen`);
		await page.locator('section.uncertainty details.inputs summary').click();
		await page.getByLabel('Nog een invoer onzeker maken').selectOption({ label: 'B2: Duur van de wetswijziging' });
		await page.getByRole('button', { name: 'Onzeker maken' }).click();
		const editor = page.getByRole('group', { name: 'Verdeling van B2: Duur van de wetswijziging' });
		await expect.poll(() => editor.getByLabel('Soort verdeling').evaluate((el) => el === document.activeElement)).toBe(true);
		// b2.wetswijziging is a switch: 0 and 1 are taken, so no third value can be added
		await page.getByRole('button', { name: 'Wijzig verdeling van B2: Pas effect na wetswijziging' }).click();
		const b2 = page.getByRole('group', { name: 'Verdeling van B2: Pas effect na wetswijziging' });
		expect(await b2.getByRole('button', { name: 'Waarde toevoegen' }).isDisabled()).toBe(true);
		await page.context().close();
	});

	it('the page says why the band lies where it does', async () => {
		const page = await freshPage(`${app.base}/?trekkingen=1000&seed=3&onzekerheid=werkgroepen`);
		const why = (await page.getByTestId('band-uitleg').textContent().then(plain))!.replace(/\s+/g, ' ');
		expect(why).toMatch(
			/^De mediaan van het netto in 2028 ligt € [\d.,]+ mln onder de uitkomst zonder onzekerheid \(€ [\d.,]+ mln tegen € 1\.018 mln\), vooral door B17/
		);
		await page.context().close();
	});
});
