import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/cli';
import { browserPath, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('the whole result as JSON from the scenario page', { timeout: 120_000 }, () => {
	const app = servedApp(4470);

	it('is the command line’s --format json for the same scenario, draws, seed, tornado and target: the same object', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${app.base}/?scenario=werkgroepen-illustratief&trekkingen=1000&seed=7&doel=ha-2023`);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		await page.waitForLoadState('networkidle');
		// an own copy with one changed assumption, and the tornado on the cumulative net
		await page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true }).fill('15.000');
		await page.keyboard.press('Tab');
		await page.getByLabel('Cumulatief: opgeteld vanaf 2022').check();
		await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
		const button = page.getByRole('button', { name: 'download als JSON' });
		await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toMatch(/^eigen-[\w-]+-uitkomst-2022-2028\.json$/);
		const fromPage = JSON.parse(readFileSync(await download.path(), 'utf8'));

		// what the file says it is
		// the illustrative preset computes B17 (the faithful one keeps it PM)
		expect(fromPage.name).toBe('Werkgroepen, illustratief: B17 met 10.000 kinderen · eigen');
		expect(fromPage.scenarioFile).toMatchObject({ basedOn: 'werkgroepen-illustratief', runs: 1000, seed: 7, assumptions: { 'b17.kinderen': 15000 } });
		expect(fromPage.uncertainty).toMatchObject({ runs: 1000, seed: 7 });
		expect(fromPage.tornado.metric).toEqual({ year: 2028, cumulative: true });
		expect(fromPage.targetId).toBe('ha-2023');
		expect(fromPage.licence).toMatchObject({ data: 'CC BY 4.0' });
		// 15.000 kinderen × 25 % × € 60.000 = € 225 mln a year from 2026
		expect(fromPage.measures.find((m: { id: string }) => m.id === 'b17').savings.slice(4)).toEqual([225, 225, 225]);

		// the same scenario on the command line, from the file the download holds
		const dir = mkdtempSync(join(tmpdir(), 'uitkomst-'));
		const file = join(dir, 'scenario.json');
		writeFileSync(file, JSON.stringify(fromPage.scenarioFile));
		const cli = run(['--scenario', file, '--runs', '1000', '--seed', '7', '--tornado', '2028', '--cumulatief', '--doel', 'ha-2023', '--format', 'json']);
		expect(cli.code, cli.stderr).toBe(0);
		expect(fromPage).toEqual(JSON.parse(cli.stdout));
		await context.close();
	});
});
