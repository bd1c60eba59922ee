import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../../src/cli/projectData';
import { compileModel, monteCarlo, uncertainInputs, type Scenario } from '../../src/lib/engine';
import { formatMln } from '../../src/lib/format/formatMln';

const plainMln = (x: number) => plain(formatMln(x));
import { formatChance } from '../../src/lib/uncertainty/params';
import { browserPath, servedApp, plain, settledBands } from './browser';

const executablePath = browserPath();
const dataset = readDataset();
const tabel1 = readPresets(dataset).find((p) => p.id === 'cvw-tabel-1')!;

/** What the page must say for a scenario, computed here by the engine in Node with the same seed. */
function expected(scenario: Scenario, runs: number, seed: number) {
	const model = compileModel(dataset, scenario);
	const result = monteCarlo(model, uncertainInputs(dataset, model), { runs, seed });
	const y = result.years.indexOf(2028);
	return { chance: formatChance(result.pTarget[y]!), p5: plainMln(result.net.p5[y]!), p95: plainMln(result.net.p95[y]!) };
}

describe.skipIf(!executablePath)('uncertainty in the browser', () => {
	const app = servedApp(4320);
	let page: Page;

	beforeAll(async () => {
		page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	});

	const settled = () => settledBands(page);
	const chance = async () => (await page.getByTestId('kans-richtbedrag').textContent().then(plain))!.replace(/\s+/g, ' ').trim();
	const words = async () => (await page.locator('section.uncertainty .mc-summary').textContent().then(plain))!.replace(/\s+/g, ' ');

	it('a link with draws and seed gives, in the worker, exactly what the engine gives in Node', async () => {
		await page.goto(`${app.base}/?trekkingen=1000&seed=3`);
		// the page opens with the default's bands as the build computed them (10.000 draws, seed 1); the link's follow once it runs
		await expect
			.poll(() => page.locator('section.uncertainty [role="status"]').first().textContent().then(plain), { timeout: 30_000 })
			.toContain('1.000 trekkingen met seed 3');
		await settled();
		const want = expected(tabel1, 1000, 3);
		expect(await chance()).toBe(`Kans dat het richtbedrag in 2028 wordt gehaald: ${want.chance}`);
		expect(await words()).toContain(`met 90 % kans tussen ${want.p5} en ${want.p95}`);
		expect(await page.locator('section.uncertainty [role="status"]').first().textContent().then(plain)).toContain('1.000 trekkingen met seed 3');
	});

	it('an assumption typed while the Monte Carlo runs moves the figure at once, and the bands follow', async () => {
		await page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true }).fill('10000');
		await page.keyboard.press('Tab');
		await expect.poll(() => page.getByTestId('netto-2028').textContent().then(plain)).toBe('€ 868 mln');
		const want = expected({ ...tabel1, assumptions: { ...tabel1.assumptions, 'b17.kinderen': 10000 } }, 1000, 3);
		await expect.poll(chance, { timeout: 30_000 }).toBe(`Kans dat het richtbedrag in 2028 wordt gehaald: ${want.chance}`);
		await expect.poll(words, { timeout: 30_000 }).toContain(`met 90 % kans tussen ${want.p5} en ${want.p95}`);
	});

	it('the working groups’ set moves the band, and switching an input’s uncertainty off reruns without it', async () => {
		await page.getByLabel('Met de twijfels van de werkgroepen').check();
		const withDoubts: Scenario = { ...tabel1, assumptions: { ...tabel1.assumptions, 'b17.kinderen': 10000 }, uncertaintySet: 'werkgroepen' };
		await expect.poll(words, { timeout: 30_000 }).toContain(`met 90 % kans tussen ${expected(withDoubts, 1000, 3).p5} en ${expected(withDoubts, 1000, 3).p95}`);
		expect(await page.getByTestId('onzekerheidsset').textContent().then(plain)).toContain('Aan: Met de twijfels van de werkgroepen.');
		await page.locator('section.uncertainty details.inputs summary').click();
		// the typed 10.000 is a chosen point: the panel says it is drawn without spread, and how to give it one
		expect(await page.getByTestId('vaste-waarden').textContent().then(plain)).toMatch(
			/^Zonder spreiding, omdat het scenario er een eigen waarde voor heeft: ‘B17: Kinderen in residentieel verblijf binnen bereik’ \(10\.000 kinderen\)\./
		);
		await page.getByLabel('B17: Besparing per geslaagd kind per jaar: onzekerheid meenemen').uncheck();
		const scenario: Scenario = { ...withDoubts, distributions: { 'b17.besparingPerKind': null } };
		const want = expected(scenario, 1000, 3);
		const before = expected({ ...scenario, distributions: {} }, 1000, 3);
		expect(want.p95).not.toBe(before.p95); // the switch changes the band, so the page must move
		await expect.poll(words, { timeout: 30_000 }).toContain(`met 90 % kans tussen ${want.p5} en ${want.p95}`);
	});

	it('the table of uncertain inputs downloads as CSV, with the switch and the source of each', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /onzekere-invoeren-.*: download als CSV, internationaal/ }).click()
		]);
		const lines = readFileSync((await download.path())!, 'utf8')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe(
			'Invoer,Id,Meegenomen,Soort verdeling,Laag (min of P5),Midden (meest waarschijnlijk),Hoog (max of P95),Keuzes (waarde: kans),Waarde in het scenario,Eenheid,Herkomst,Bron,Volgt het gedeelde tempo,Toelichting'
		);
		const row = lines.find((l) => l.includes(',b17.besparingPerKind,'))!;
		// switched off, the working groups' driehoek 0 – 60.000 – 60.000, € 60.000 in the scenario, as numbers with their unit
		expect(row).toMatch(/^B17: Besparing per geslaagd kind per jaar,b17\.besparingPerKind,nee,driehoek,0,60000,60000,,60000,euro,/);
		expect(lines.find((l) => l.includes(',b17.kinderen,'))).toBeUndefined(); // set to 10.000 in the scenario: a chosen point
		expect(lines.length).toBeGreaterThan(10);
	});

	it('draws, seed and set of uncertainty chosen on the page go into the address', async () => {
		await page.getByRole('combobox', { name: /^Trekkingen/ }).selectOption('50000');
		await expect.poll(() => new URL(page.url()).searchParams.get('trekkingen'), { timeout: 5_000 }).toBe('50000');
		expect(new URL(page.url()).searchParams.get('seed')).toBe('3');
		expect(new URL(page.url()).searchParams.get('onzekerheid')).toBe('werkgroepen');
	});

	it('a broken link says what is wrong in Dutch and runs with the defaults', async () => {
		const fresh = await app.browser.newPage();
		await fresh.goto(`${app.base}/?trekkingen=%3Cscript%3E&seed=-1`);
		await settledBands(fresh);
		const alert = (await fresh.locator('.link-problems').textContent().then(plain))!;
		expect(alert).toContain('Het aantal trekkingen in de link ("<script>") is geen geheel getal van 1.000 tot en met 100.000; 10.000 wordt gebruikt.');
		expect(alert).toContain('De seed in de link ("-1")');
		expect(await fresh.locator('section.uncertainty [role="status"]').first().textContent().then(plain)).toContain('10.000 trekkingen met seed 1');
		await fresh.close();
	});
});
