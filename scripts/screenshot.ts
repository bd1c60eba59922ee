// Screenshots of the built app in Debian Chromium: `npm run screenshot [-- path ...]`.
// Serves build/ with `vite preview`, writes PNGs to test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { browserPath, launchArgs } from '../tests/e2e/browser';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { port: 4180, strictPort: false }, logLevel: 'silent' });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const executablePath = browserPath();
if (!executablePath) throw new Error('Geen Chromium gevonden: apt-get install -y chromium');
const browser = await chromium.launch({ executablePath, args: launchArgs });
try {
	for (const path of paths) {
		for (const [label, width] of [
			['desktop', 1280],
			['mobiel', 375]
		] as const) {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(base + path);
			await page.waitForLoadState('networkidle');
			// Pages with a Monte Carlo: wait until the worker's bands are on screen.
			if (await page.locator('section.uncertainty').count())
				await page.waitForSelector('section.uncertainty[aria-busy="false"] [data-testid="kans-richtbedrag"]', { timeout: 30_000 });
			const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${label}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
			await page.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
