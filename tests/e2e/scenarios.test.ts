import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMln } from '../../src/lib/format/formatMln';

const plainMln = (x: number) => plain(formatMln(x));
import { browserPath, servedApp, plain } from './browser';

const executablePath = browserPath();
const tmp = mkdtempSync(join(tmpdir(), 'scenarios-e2e-'));

function cli(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], { encoding: 'utf8' });
	expect(run.stderr).toBe('');
	return run.stdout;
}

describe.skipIf(!executablePath)('scenarios in the browser', { timeout: 60_000 }, () => {
	const app = servedApp(4330);

	/** A new browser profile: its own storage, nothing shared with other tests. */
	async function freshPage(url = `${app.base}/`): Promise<Page> {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		// the fields answer once the page has started (its worker requested): not before
		await page.waitForLoadState('networkidle');
		return page;
	}
	const netto = (page: Page) => page.getByTestId('netto-2028').textContent().then(plain);
	/** The name of the scenario whose radio button is on. */
	const selectedScenario = (page: Page) => page.locator('input[name="scenario"]:checked').evaluate((input) => input.closest('label')!.textContent!.trim());
	const nettoRow = (page: Page) =>
		page
			.locator('table', { hasText: 'Totalen van dit scenario' })
			.locator('tr', { hasText: 'Netto' })
			.first()
			.locator('td')
			.allTextContents()
			.then((all) => all.map(plain));

	it('export from the app, import in a new profile, run through the CLI: the same numbers everywhere', async () => {
		const page = await freshPage();
		await page.getByLabel('Rijk: Tabel 1 en Tabel 2').check();
		await page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true }).fill('12500');
		await page.keyboard.press('Tab');
		await expect
			.poll(() => page.locator('.status[role="status"]').first().textContent().then(plain))
			.toMatch(/U werkt nu in een eigen kopie, ‘Rijk: Tabel 1 en Tabel 2 · eigen’/);
		// B17 at 12 500 children: 12 500 × 25 % × € 60 000 = € 187,5 mln instead of € 300 mln
		expect(await netto(page)).toBe(plainMln(1739 - 300 + 187.5));
		const appRow = await nettoRow(page);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (JSON)' }).click()]);
		const file = join(tmp, download.suggestedFilename());
		await download.saveAs(file);
		const exported = JSON.parse(readFileSync(file, 'utf8'));
		expect(exported).toMatchObject({ schema: 3, basedOn: 'rijk', assumptions: { 'b17.kinderen': 12500 } });

		const other = await freshPage();
		await other.locator('input[type="file"]').setInputFiles(file);
		await expect.poll(() => other.locator('.status[role="status"]').first().textContent().then(plain)).toMatch(/is geïmporteerd uit/);
		expect(await netto(other)).toBe(await netto(page));
		expect(await nettoRow(other)).toEqual(appRow);

		const json = JSON.parse(cli('--scenario', file, '--format', 'json'));
		expect(json.totals.net.map((x: number) => plainMln(x).replace(/^€ | mln$/g, ''))).toEqual(appRow.map((t) => t.trim().replace(/^€ | mln$/g, '')));
		await page.context().close();
		await other.context().close();
	});

	it('measures are taken in and left out on the page: VNG plus accres (41) is 1.059, without B17 (300) 759', async () => {
		const page = await freshPage();
		await page.getByLabel('VNG: alleen Tabel 1').check();
		await page.getByText(/^Maatregelen kiezen \(14 van 22\)$/).click();
		await page.getByLabel('Accres over incidentele bijdragen 2019-2022').check();
		await expect.poll(() => netto(page)).toBe(plainMln(1018 + 41));
		await expect
			.poll(() => page.locator('.status[role="status"]').first().textContent().then(plain))
			.toMatch(/U werkt nu in een eigen kopie, ‘VNG: alleen Tabel 1 · eigen’/);
		await page.getByLabel('B17: Voorkomen en verkorten residentiële zorg').uncheck();
		await expect.poll(() => netto(page)).toBe(plainMln(1018 + 41 - 300));
		expect(await page.locator('details.choose-measures summary').textContent().then(plain)).toBe('Maatregelen kiezen (14 van 22)');
		expect(await page.locator('.left-out').textContent().then(plain)).toContain('B17');
		await page.context().close();
	});

	it('a share link survives a reload and a new browser profile; a tampered link is refused cleanly', async () => {
		const page = await freshPage();
		await page.getByLabel('VNG: alleen Tabel 1').check();
		await page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true }).fill('10000');
		await page.keyboard.press('Tab');
		await page.getByLabel('Tot en met').selectOption('2031');
		await expect.poll(() => page.url(), { timeout: 5000 }).toMatch(/scenario=vng&eigen=[\w-]+&tot=2031/);
		const shared = page.url();
		expect(await netto(page)).toBe('€ 868 mln');

		await page.reload();
		await expect.poll(() => netto(page)).toBe('€ 868 mln');
		expect(await selectedScenario(page)).toBe('VNG: alleen Tabel 1 · eigen');
		expect(await page.locator('label', { hasText: 'VNG: alleen Tabel 1 · eigen' }).count()).toBe(1); // not adopted twice

		const stranger = await freshPage(shared);
		await expect.poll(() => netto(stranger)).toBe('€ 868 mln');
		expect(await stranger.getByLabel('Tot en met').inputValue()).toBe('2031');
		expect(await stranger.locator('.link-problems').count()).toBe(0);

		const tampered = shared.replace(/eigen=([\w-])([\w-]{5})/, (_, first, rest) => `eigen=${first === 'A' ? 'B' : 'A'}${rest}`);
		expect(tampered).not.toBe(shared);
		const victim = await freshPage(tampered);
		await expect.poll(() => victim.locator('.link-problems[role="alert"]').textContent().then(plain)).toMatch(/beschadigd of aangepast/);
		expect(await victim.locator('.link-problems').textContent().then(plain)).toContain('De link is niet gebruikt; u ziet het standaardscenario.');
		expect(await netto(victim)).toBe('€ 1.018 mln');
		expect(await selectedScenario(victim)).toBe('Tabel 1 zoals gedrukt');
		for (const p of [page, stranger, victim]) await p.context().close();
	});

	it('a chart downloads as SVG and PNG with its title, date and source line in the image; a measure table as CSV', async () => {
		const page = await freshPage();
		const chart = page.locator('figure', { hasText: 'Tabel 1 zoals gedrukt: besparingen' });
		const [svgDownload] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /download als SVG/ }).click()]);
		const svg = readFileSync(await svgDownload.path(), 'utf8');
		expect(svgDownload.suggestedFilename()).toMatch(/^tabel-1-zoals-gedrukt-besparingen.*\.svg$/);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(plain(svg)).toContain('Tabel 1 zoals gedrukt: besparingen, invoeringskosten en netto tegen het richtbedrag (€ mln)');
		// a no-break space, not the six characters of its escape
		expect(svg).not.toContain('\\u00a0');
		expect(svg).toMatch(/Hervormingsagenda Jeugd · scenariosimulator · \d{1,2} \w+ 20\d\d/);
		expect(svg).toMatch(/Bron: Commissie van Wijzen \(2021\), Tabel 1 en 2, document 004 regels 657–805; dataversie \w+/);
		expect(svg).not.toContain('class=');
		const [pngDownload] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /download als PNG/ }).click()]);
		const png = readFileSync(await pngDownload.path());
		expect(png.subarray(1, 4).toString()).toBe('PNG');

		const [csvDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /^Tabel 1 zoals gedrukt · Tabel 1 · afgesproken.*Excel \(Nederlands\)/ }).click()
		]);
		// the file says which scenario and which table; every year column says its unit
		expect(csvDownload.suggestedFilename()).toBe('tabel-1-zoals-gedrukt-tabel-1-afgesproken-tussen-rijk-en-vng.csv');
		const csv = readFileSync(await csvDownload.path(), 'utf8').split('\r\n');
		expect(csv[0]).toBe(
			'\uFEFFCode;Maatregel;Regel;Bron (document, regel);2022 (€ mln);2023 (€ mln);2024 (€ mln);2025 (€ mln);2026 (€ mln);2027 (€ mln);2028 (€ mln)'
		);
		expect(csv).toContain('B17;Voorkomen en verkorten residentiële zorg;netto;doc. 004, r. 665;PM;PM;PM;PM;300;300;300');
		// B17's costs outside the table, shown and not counted: 295 / 4 = 73,75 a year before the start year
		expect(csv).toContain(
			'B17;Voorkomen en verkorten residentiële zorg;invoeringskosten buiten de tabel, niet meegeteld: Afbouw en ombouw van capaciteit;doc. 004, r. 6932–6934;-73,75;-73,75;-73,75;-73,75;0;0;0'
		);
		expect(csv).toContain(';Berekend totaal: som van de rijen, PM niet opgeteld;;;215;375;464;571;962;1018;1018');
		await page.context().close();
	});

	it('a compare link carries the own scenario in it, so it opens the same comparison in a new browser profile', async () => {
		const page = await freshPage();
		await page.getByLabel('VNG: alleen Tabel 1').check();
		await page.getByText(/^Maatregelen kiezen/).click();
		await page.getByLabel('Accres over incidentele bijdragen 2019-2022').check();
		await expect.poll(() => netto(page)).toBe(plainMln(1018 + 41));
		await page.locator('main').getByRole('link', { name: 'Vergelijken' }).click();
		await page.waitForURL(/vergelijk/);
		await expect.poll(() => page.url(), { timeout: 5_000 }).toContain('scenario.eigen-1=');

		const other = await freshPage(page.url());
		const verschil = other
			.locator('table', { hasText: 'Totalen per scenario' })
			.locator('tr')
			.filter({ has: other.locator('th', { hasText: /^Netto: verschil · VNG: alleen Tabel 1 − VNG: alleen Tabel 1 · eigen$/ }) })
			.locator('td');
		// VNG against VNG plus accres: 41 less in every year.
		await expect.poll(() => verschil.allTextContents().then((all) => all.map(plain))).toEqual(Array(7).fill('−41'));
		expect(await other.locator('[role="alert"]').count()).toBe(0);

		// One changed character in the carried scenario: refused and named, the rest of the page stays usable.
		const tampered = new URL(page.url());
		const carried = new URLSearchParams(tampered.searchParams.get('scenario.eigen-1')!);
		const code = carried.get('eigen')!;
		carried.set('eigen', `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`);
		tampered.searchParams.set('scenario.eigen-1', carried.toString());
		const third = await freshPage(tampered.href);
		await expect.poll(() => third.locator('[role="alert"]').first().textContent().then(plain)).toMatch(/Scenario "eigen-1" in de link: /);
		await page.context().close();
		await other.context().close();
		await third.context().close();
	});

	it('compare vng with rijk: the difference per year is the Tabel 2 sum, take one step, the chance over common draws', async () => {
		const page = await freshPage(`${app.base}/vergelijk?s=vng,rijk`);
		const verschil = page
			.locator('table', { hasText: 'Totalen per scenario' })
			.locator('tr')
			.filter({ has: page.locator('th', { hasText: /^Netto: verschil · Rijk: Tabel 1 en Tabel 2 − VNG: alleen Tabel 1/ }) })
			.locator('td');
		await expect.poll(() => verschil.allTextContents().then((all) => all.map(plain))).toEqual(['+171', '+363', '+513', '+696', '+701', '+701', '+721']);
		expect(await page.locator('table', { hasText: 'Stappen van VNG' }).locator('tbody tr').first().locator('th').textContent().then(plain)).toBe(
			'Leren en verbeteren (benchmarkmethode) opnemen'
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /^Totalen per scenario.*Excel \(Nederlands\)/ }).click()
		]);
		const csv = readFileSync(await download.path(), 'utf8');
		expect(csv.split('\r\n')[0]!.slice(0, 33)).toBe('\uFEFFRegel;Scenario;2022 (€ mln);2023');
		expect(csv).toContain('Netto: verschil;Rijk: Tabel 1 en Tabel 2 − VNG: alleen Tabel 1;171;363;513;696;701;701;721');
		// invoeringskosten carry a minus sign here too: VNG's Tabel 1 costs 47 in 2022
		expect(csv).toContain('Invoeringskosten;VNG: alleen Tabel 1;-47;-47;-46;-44;-43;0;0');

		await page.getByRole('button', { name: /neem deze waarde over: Leren en verbeteren \(benchmarkmethode\) opnemen, van/ }).click();
		await expect
			.poll(() => page.locator('#kloof ~ .status, section:has(#kloof) .status').first().textContent().then(plain))
			.toMatch(/is een preset en blijft zoals hij is/);
		// the copy now has leren en verbeteren (262 in 2028): the gap is 721 − 262
		await expect.poll(() => verschil.last().textContent().then(plain)).toBe(`+${721 - 262}`);
		// the focus stays in the steps, on the next one's button, not on the page
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^neem deze waarde over: /);
		// the copy names what it changes against its preset
		expect(await page.getByText(/^Wat ‘VNG: alleen Tabel 1 · eigen’ anders doet dan ‘VNG: alleen Tabel 1’ \(1\)$/).count()).toBe(1);
		// and the step can be undone: the copy goes, the gap is the Tabel 2 sum again
		await page.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect.poll(() => verschil.last().textContent().then(plain)).toBe('+721');
		expect(await page.locator('select').first().inputValue()).toBe('vng');

		// per measure: a measure in one scenario only has its whole amount as the difference
		const perMeasure = page.locator('table', { hasText: 'Netto per maatregel' });
		const leren = perMeasure.locator('tr', { hasText: 'Leren en verbeteren' }).locator('td');
		expect((await leren.allTextContents().then((all) => all.map(plain))).slice(-4)).toEqual(['—geen', '262', '+262', 'VNG: alleen Tabel 1']);
		// VNG's net is the richtbedrag in every year, and the legend says so
		expect(await page.getByText('VNG: alleen Tabel 1 (gelijk aan het richtbedrag)').count()).toBeGreaterThan(0);

		await page.getByLabel('Met onzekerheid (Monte Carlo)').check();
		await page.getByRole('combobox', { name: /^Trekkingen/ }).selectOption('1000');
		await expect.poll(() => page.getByTestId('kans-0-2028').textContent().then(plain), { timeout: 30_000 }).toMatch(/%$/);
		// the chances are in the address, and a third scenario is the next one not yet compared
		await expect.poll(() => new URL(page.url()).searchParams.get('kansen')).toBe('1000');
		await page.getByRole('button', { name: 'Scenario toevoegen' }).click();
		expect(await page.locator('select').nth(2).inputValue()).toBe('werkgroepen');
		await page.context().close();
	});
});
