import { describe, expect, it } from 'vitest';
import { browserPath, plain, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('a Monte Carlo worker that hangs or cannot load never hangs the page', { timeout: 90_000 }, () => {
	const app = servedApp(4370);

	it('a worker that never answers is replaced within its time limit (5 s + 0,2 ms a draw), and the chance arrives', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		let served = 0;
		// the first worker swallows every request; the next ones are the real worker
		await context.route(/monteCarlo\.worker[^/]*\.js/, async (route) => {
			served++;
			if (served === 1) await route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' });
			else await route.continue();
		});
		const page = await context.newPage();
		await page.goto(app.base + '/');
		await page.waitForLoadState('networkidle');
		// the default's chance comes with the page (computed by the build); a change asks the worker
		expect(await page.getByTestId('kans-kop').textContent().then(plain)).toBe('50 %');
		const started = Date.now();
		await page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true }).fill('10.000');
		await page.keyboard.press('Tab');
		// 10.000 draws: the limit is 5 s + 2 s; the replacement starts 0,2 s later
		await expect.poll(() => page.getByTestId('kans-kop').textContent().then(plain), { timeout: 20_000 }).toMatch(/^(?!50 %)\d+ %$|^< 1 %$/);
		const took = Date.now() - started;
		expect(served).toBe(2);
		expect(took).toBeGreaterThan(7000);
		expect(took).toBeLessThan(18_000);
		await context.close();
	});

	it('a worker file that cannot load is tried three times, then the page says so and offers to try again', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		let served = 0;
		await context.route(/monteCarlo\.worker[^/]*\.js/, async (route) => {
			served++;
			await route.fulfill({ status: 404, body: 'niet gevonden' });
		});
		const page = await context.newPage();
		await page.goto(app.base + '/');
		await page.locator('details:has(#onzekerheid), details').first().waitFor();
		await expect.poll(() => page.getByRole('alert').filter({ hasText: 'drie keer niet' }).count(), { timeout: 15_000 }).toBe(1);
		expect(served).toBe(3);
		// and it stays at three
		await page.waitForTimeout(3000);
		expect(served).toBe(3);
		expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(1);
		// the figures without uncertainty are still there
		expect(await page.getByTestId('netto-2028').textContent().then(plain)).toBe('€ 1.018 mln');
		await context.close();
	});
});

describe.skipIf(!executablePath)('/vergelijk with the same scenario twice', { timeout: 60_000 }, () => {
	const app = servedApp(4375);

	it('?s=rijk,rijk shows Rijk against itself: a difference of 0 in every year, no crash', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${app.base}/vergelijk?s=rijk,rijk`);
		const verschil = page
			.locator('table', { hasText: 'Totalen per scenario' })
			.locator('tr')
			.filter({ has: page.locator('th', { hasText: /^Netto: verschil · / }) })
			.locator('td');
		await expect.poll(() => verschil.allTextContents().then((all) => all.map(plain))).toEqual(Array(7).fill('0'));
		// choosing the same scenario in the second slot by hand works too
		await page.goto(`${app.base}/vergelijk?s=rijk,vng`);
		await page.getByLabel('Scenario B').selectOption('rijk');
		await expect.poll(() => verschil.allTextContents().then((all) => all.map(plain))).toEqual(Array(7).fill('0'));
		expect(errors).toEqual([]);
		await context.close();
	});
});
