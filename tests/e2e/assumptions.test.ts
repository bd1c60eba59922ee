import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserPath, servedApp, plain } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('the assumptions panel, by keyboard alone', () => {
	const app = servedApp(4310);
	let page: Page;

	beforeAll(async () => {
		page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${app.base}/`);
		// the fields answer once the page has started (its worker requested): not before
		await page.waitForLoadState('networkidle');
	});

	const netto2028 = () => page.getByTestId('netto-2028').textContent().then(plain);

	const children = () => page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true });

	it('typing "10.000" children as a Dutch user writes it moves B17 from 300 to 150 and net 2028 from 1.018 to 868', async () => {
		await children().focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('10.000', { delay: 30 });
		// the figures follow while typing, without leaving the field
		await expect.poll(netto2028).toBe('€ 868 mln');
		await page.keyboard.press('Tab');
		expect(await page.getByTestId('effect-b17').textContent().then(plain)).toMatch(/€ 300 mln → € 150 mln/);
		expect(await children().inputValue()).toBe('10.000');
	});

	it('a word, an empty field or a number out of range is told at the field, and the last good value stays', async () => {
		for (const typed of ['veel', '', '50.000']) {
			await children().focus();
			await page.keyboard.press('Control+A');
			if (typed === '') await page.keyboard.press('Backspace');
			else await page.keyboard.type(typed);
			await page.keyboard.press('Tab');
			const error = page.getByRole('alert').filter({ hasText: /De vorige waarde \(10\.000\skinderen\) blijft staan/ });
			await expect.poll(() => error.count(), { message: typed }).toBe(1);
			expect(await netto2028()).toBe('€ 868 mln');
			expect(await children().getAttribute('aria-invalid')).toBe('true');
		}
		// and the field says what it read for a percentage typed as a fraction: 0,25 is 25 %
		const success = page.getByLabel('Aandeel dat dankzij intensieve ambulante hulp thuis blijft', { exact: true });
		await success.focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('0,25');
		await page.keyboard.press('Tab');
		await expect.poll(() => page.getByText('0,25 gelezen als 25 %').count()).toBe(1);
		// put the children back to a good value
		await children().focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('10000');
		await page.keyboard.press('Tab');
		await expect.poll(() => children().getAttribute('aria-invalid')).toBe('false');
		expect(await netto2028()).toBe('€ 868 mln');
	});

	it('the success-rate slider steps by 1 % with the arrow keys: 10 000 × 24 % × € 60 000 = 144', async () => {
		await page.getByLabel('Aandeel dat dankzij intensieve ambulante hulp thuis blijft (schuif)').focus();
		await page.keyboard.press('ArrowLeft');
		await expect.poll(netto2028).toBe('€ 862 mln');
	});

	it('"terug naar standaard" restores 20 000 children: 20 000 × 24 % × € 60 000 = 288', async () => {
		await page.getByRole('button', { name: 'Kinderen in residentieel verblijf binnen bereik: terug naar standaard' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(netto2028).toBe('€ 1.006 mln');
	});

	it('the measure page explains the mechanism with its formula', async () => {
		await page.getByRole('link', { name: 'Hoe werkt deze maatregel?' }).first().click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent().then(plain)).toBe('B17: Voorkomen en verkorten residentiële zorg');
		expect(await page.locator('code', { hasText: 'kinderen * succes * besparingPerKind / 1000000' }).count()).toBe(1);
	});
});
