import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserPath, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('the assumptions panel, by keyboard alone', () => {
	const app = servedApp(4310);
	let page: Page;

	beforeAll(async () => {
		page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${app.base}/`);
	});


	const netto2028 = () => page.getByTestId('netto-2028').textContent();

	it('typing 10 000 children moves B17 from 300 to 150 and net 2028 from 1.018 to 868', async () => {
		await page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true }).focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('10000');
		await page.keyboard.press('Tab');
		await expect.poll(netto2028).toBe('€ 868 mln');
		expect(await page.getByTestId('effect-b17').textContent()).toMatch(/€ 300 mln → € 150 mln/);
	});

	it('the success-rate slider steps by 1 % with the arrow keys: 10 000 × 24 % × € 60 000 = 144', async () => {
		await page.getByLabel('Aandeel dat dankzij intensieve ambulante hulp thuis blijft (schuif)').focus();
		await page.keyboard.press('ArrowLeft');
		await expect.poll(netto2028).toBe('€ 862 mln');
	});

	it('"terug naar bron" restores 20 000 children: 20 000 × 24 % × € 60 000 = 288', async () => {
		await page.getByRole('button', { name: 'Kinderen in residentieel verblijf binnen bereik: terug naar bron' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(netto2028).toBe('€ 1.006 mln');
	});

	it('the measure page explains the mechanism with its formula', async () => {
		await page.getByRole('link', { name: 'Hoe werkt deze maatregel?' }).first().click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('B17: Voorkomen en verkorten residentiële zorg');
		expect(await page.locator('code', { hasText: 'kinderen * succes * besparingPerKind / 1000000' }).count()).toBe(1);
	});
});
