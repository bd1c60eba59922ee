import { describe, expect, it } from 'vitest';
import { browserPath, plain, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('a number typed before the page is live', { timeout: 60_000 }, () => {
	const app = servedApp(4380);

	it('counts once the page is live: 15.000 kinderen typed while the code still loads gives € 943 mln, not the 1.018 of the default', async () => {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		// hold the app's code back for 2 s, as a slow network does
		await context.route(/\/_app\/immutable\/entry\//, async (route) => {
			await new Promise((done) => setTimeout(done, 2000));
			await route.continue();
		});
		const page = await context.newPage();
		await page.goto(`${app.base}/`, { waitUntil: 'domcontentloaded' });
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		const field = page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true });
		await field.fill('15.000');
		// 1.018 − 300 + 15.000 × 25 % × € 60.000 = 1.018 − 300 + 225 = € 943 mln
		await expect.poll(() => page.getByTestId('netto-2028').textContent().then(plain), { timeout: 15_000 }).toBe('€ 943 mln');
		expect(await field.inputValue()).toBe('15.000');
		await context.close();
	});
});
