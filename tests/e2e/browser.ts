import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

/** Flags for Debian's Chromium as root in a closed network. */
export const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The Chromium to drive: $CHROME_PATH, else /usr/bin/chromium, else undefined. */
export function browserPath(): string | undefined {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
	return candidates.find((p) => existsSync(p));
}

/**
 * The built app served by `vite preview` and a Chromium to visit it, for one describe block:
 * started before its tests, stopped after. `base` has no trailing slash.
 */
export function servedApp(port: number): { base: string; browser: Browser } {
	const app = {} as { base: string; browser: Browser };
	let server: PreviewServer | undefined;
	beforeAll(async () => {
		server = await preview({ preview: { port, strictPort: false }, logLevel: 'silent' });
		app.base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
		app.browser = await chromium.launch({ executablePath: browserPath(), args: launchArgs });
	});
	afterAll(async () => {
		await app.browser?.close();
		await server?.close();
	});
	return app;
}

/**
 * Page text as the tests write it: the no-break spaces the app keeps between €, a number and
 * "mln" read as plain spaces.
 */
export function plain<T extends string | null>(text: T): T {
	return (text === null ? text : text.replace(/[\u00a0\u202f]/g, ' ')) as T;
}

/**
 * Wait until the Monte Carlo on screen answers the page's own scenario. The page opens with the
 * default's bands as the build computed them (not busy): first wait until the page runs (its
 * scripts loaded and its link read, which asks the worker if anything differs), then until the
 * answer is there.
 */
export async function settledBands(page: import('playwright-core').Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await page.waitForSelector('section.uncertainty[aria-busy="false"] [data-testid="kans-richtbedrag"]', { timeout: 30_000 });
}
