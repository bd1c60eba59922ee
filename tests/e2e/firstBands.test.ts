import { describe, expect, it } from 'vitest';
import { dataset, presets } from '../../src/lib/data/bundled';
import { MonteCarloWorkspace } from '../../src/lib/engine';
import { answer } from '../../src/lib/uncertainty/answer';
import { defaultRequest } from '../../src/lib/uncertainty/defaultRequest';
import { formatChance } from '../../src/lib/uncertainty/params';
import { browserPath, plain, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('the first bands come with the page', { timeout: 90_000 }, () => {
	const app = servedApp(4490);

	it('are in the HTML before any script runs, and the browser’s worker gives the same for the same scenario', async () => {
		// without JavaScript: what the build wrote into the page
		const still = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
		const html = await still.newPage();
		await html.goto(app.base + '/');
		const figures = async (page: typeof html) => ({
			kop: await page.getByTestId('kans-kop').textContent().then(plain),
			kans: (await page.getByTestId('kans-richtbedrag').textContent().then(plain))!.replace(/\s+/g, ' ').trim(),
			uitleg: (await page.getByTestId('band-uitleg').textContent().then(plain))!.replace(/\s+/g, ' ').trim()
		});
		const built = await figures(html);
		expect(built.kop).toBe('50 %');
		expect(await html.locator('section.uncertainty [role="status"]').first().textContent().then(plain)).toContain(
			'10.000 trekkingen met seed 1, vooraf berekend bij het bouwen van de app'
		);
		await still.close();

		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(app.base + '/');
		await page.waitForLoadState('networkidle');
		expect(await figures(page)).toEqual(built);
		// a change and back: now the worker computes the same scenario, and it says the same
		const field = page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true });
		await field.fill('10.000');
		await page.keyboard.press('Tab');
		await expect.poll(() => page.getByTestId('kans-kop').textContent().then(plain), { timeout: 30_000 }).not.toBe('50 %');
		await field.fill('20.000');
		await page.keyboard.press('Tab');
		await expect
			.poll(() => page.locator('section.uncertainty [role="status"]').first().textContent().then(plain), { timeout: 30_000 })
			.toMatch(/berekend in \d+ ms/);
		// the edit made an own copy of the preset, so this is the worker's own run, not the page's copy of the build's
		await expect.poll(() => figures(page), { timeout: 30_000 }).toEqual(built);
		await context.close();
	});

	it('of many draws come first from the first 10.000, said so, and then from all of them', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		// every text the status of the uncertainty takes, in order
		await page.addInitScript(() => {
			const seen: string[] = ((window as unknown as { statuses: string[] }).statuses = []);
			new MutationObserver(() => {
				const text = document.querySelector('section.uncertainty [role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
				if (text !== '' && seen.at(-1) !== text) seen.push(text);
			}).observe(document, { subtree: true, childList: true, characterData: true });
		});
		await page.goto(app.base + '/?trekkingen=100000');
		const status = page.locator('section.uncertainty [role="status"]').first();
		await expect.poll(() => status.textContent().then(plain), { timeout: 30_000 }).toMatch(/^\s*100\.000 trekkingen met seed 1, berekend in \d+ ms\.\s*$/);
		const statuses = (await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses)).map(plain);
		const first = statuses.findIndex((t) =>
			/^De eerste 10\.000 van 100\.000 trekkingen met seed 1, (berekend in \d+ ms|eerder berekend en bewaard); de overige trekkingen worden nog berekend\.$/.test(
				t
			)
		);
		const whole = statuses.findIndex((t) => /^100\.000 trekkingen met seed 1, berekend in \d+ ms\.$/.test(t));
		expect(first, statuses.join(' | ')).toBeGreaterThanOrEqual(0);
		expect(whole).toBeGreaterThan(first);
		// and the chance on screen is that of all of them, as the engine gives it here for the same request
		const all = answer(dataset, { ...defaultRequest(dataset, presets), runs: 100_000, id: 1 }, new MonteCarloWorkspace());
		if (!all.ok || all.kind !== 'scenario') throw new Error('geen uitkomst');
		expect(await page.getByTestId('kans-kop').textContent().then(plain)).toBe(formatChance(all.result.pTarget[all.result.years.indexOf(2028)]!));
		await context.close();
	});

	it('travel with the page when going from one page to another in the app, without loading it anew', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(app.base + '/fiches/');
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
		const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
		await menu.getByRole('link', { name: 'Scenario' }).click();
		await expect.poll(() => page.getByTestId('kans-kop').textContent().then(plain)).toBe('50 %');
		await menu.getByRole('link', { name: 'Gemeente' }).click();
		await expect.poll(() => page.getByText('80 % kans tussen').count()).toBeGreaterThan(0);
		// the same document all along: the app moved, the browser did not load a page
		expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});
});
