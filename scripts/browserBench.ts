/**
 * The figures people feel, measured on the built app in headless Chromium (playwright-core):
 * the first Monte Carlo bands on `/` after navigation start, an input change (its change event) to updated bands
 * (median of 20), the uncertainty checkbox on /vergelijk to its chances, and the first band on
 * /gemeente; and with 100.000 draws, a change until its first bands (the first 10.000 draws)
 * and until the bands of all. Times are taken inside the page (performance.now()), so the
 * driver's own latency does not count. Printed, never asserted.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds from navigation start until `ready` holds in the page (seen once the page's thread is free to look). */
async function untilReady(page: Page, ready: string): Promise<number> {
	await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
	return page.evaluate(() => performance.now());
}

/** Collects the Element Timing entries (elements with `elementtiming`) of every page from its start. */
const PAINTS = `window.__paints = {}; new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__paints[e.identifier] ??= e.renderTime || e.loadTime))).observe({ type: 'element', buffered: true });`;

/**
 * When the element `identifier` was first painted, if the page's HTML already holds the band
 * (`inHtml`, the default scenario's bands as the build computed them): then that paint is when
 * people see them. Otherwise null, and the time the page's own check saw them counts.
 */
async function painted(page: Page, path: string, identifier: string, inHtml: RegExp): Promise<number | null> {
	const html = await page.evaluate(async (url) => (await fetch(url)).text(), path);
	if (!inHtml.test(html)) return null;
	await page.waitForFunction(`window.__paints?.[${JSON.stringify(identifier)}] > 0`, undefined, { timeout: 10_000 });
	return page.evaluate((id) => (window as unknown as { __paints: Record<string, number> }).__paints[id]!, identifier);
}

/** The browser figures, or why they could not be measured. */
export async function browserBench(): Promise<{ line: string }> {
	const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
	if (!existsSync(executablePath)) return { line: 'browser: niet gemeten (geen Chromium; apt-get install -y chromium)' };
	if (!existsSync('build/index.html')) return { line: 'browser: niet gemeten (eerst npm run build)' };
	// loaded here, not on import: the bench reads its memory figure before these tools load
	const { chromium } = await import('playwright-core');
	const { preview } = await import('vite');
	const server = await preview({ preview: { port: 4600, strictPort: false }, logLevel: 'silent' });
	const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
	const browser = await chromium.launch({ executablePath, args: ARGS });
	try {
		// bypassCSP: the conditions below are strings the page evaluates; the app's own scripts are the same
		const fresh = async () => {
			const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
			await page.addInitScript(PAINTS);
			return page;
		};
		const chance = `/%/.test(document.querySelector('[data-testid="kans-kop"]')?.textContent ?? '')`;

		// 1. First bands on /: median of 3 fresh loads; and when the page answers (its check could run).
		const first: number[] = [];
		const live: number[] = [];
		for (let i = 0; i < 3; i++) {
			const page = await fresh();
			await page.goto(`${base}/`);
			const seen = await untilReady(page, chance);
			live.push(seen);
			first.push((await painted(page, `${base}/`, 'kans-kop', /data-testid="kans-kop"[^>]*>\d+ %</)) ?? seen);
			await page.context().close();
		}

		// 2. An input change until the bands have moved: 20 changes, alternating, timed from the field's change event (the value
		//    committed, as Tab or Enter does; from the input event the driver's own pause between typing and Tab would count).
		const page = await fresh();
		await page.goto(`${base}/`);
		await untilReady(page, chance);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		const field = page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true });
		const band = `document.querySelector('[data-testid="band-uitleg"]')?.textContent + document.querySelector('[data-testid="kans-richtbedrag"]')?.textContent`;
		const changes: number[] = [];
		for (let i = 0; i < 20; i++) {
			const before = await page.evaluate(band);
			await page.evaluate(() => {
				const w = window as unknown as { benchStart?: number };
				delete w.benchStart;
				document.addEventListener('change', () => (w.benchStart ??= performance.now()), { capture: true, once: true });
			});
			await field.fill(i % 2 === 0 ? '12.000' : '18.000');
			await field.press('Tab');
			await page.waitForFunction(`(${band}) !== ${JSON.stringify(before)}`, undefined, { polling: 'raf', timeout: 30_000 });
			changes.push(await page.evaluate(() => performance.now() - (window as unknown as { benchStart: number }).benchStart));
		}
		await page.context().close();

		// 3. /vergelijk: the uncertainty checkbox until the chances are there.
		const compare = await fresh();
		await compare.goto(`${base}/vergelijk?s=rijk,vng`);
		await compare.waitForLoadState('networkidle');
		const box = compare.getByLabel('Met onzekerheid (Monte Carlo)');
		await compare.evaluate(() => {
			const w = window as unknown as { benchStart?: number };
			document.addEventListener('change', () => (w.benchStart ??= performance.now()), { capture: true, once: true });
		});
		await box.check();
		const compared =
			(await untilReady(compare, `/%/.test(document.querySelector('[data-testid="kans-0-2028"]')?.textContent ?? '')`)) -
			(await compare.evaluate(() => (window as unknown as { benchStart: number }).benchStart));
		await compare.context().close();

		// 4. /gemeente: the first band.
		const gemeente = await fresh();
		await gemeente.goto(`${base}/gemeente`);
		const localSeen = await untilReady(gemeente, `[...document.querySelectorAll('dt')].some((dt) => dt.textContent?.includes('80 % kans tussen'))`);
		const local = (await painted(gemeente, `${base}/gemeente/`, 'gemeente-band', /80 % kans tussen/)) ?? localSeen;
		await gemeente.context().close();

		// 5. Many draws (100.000, the werkgroepen with their doubts): a change until the first bands (its first 10.000 draws) and until all.
		const many = await fresh();
		await many.goto(`${base}/?scenario=werkgroepen&onzekerheid=werkgroepen&trekkingen=100000`);
		const status = `document.querySelector('section.uncertainty [role="status"]')?.textContent ?? ''`;
		await untilReady(many, `/100\\.000 trekkingen met seed 1, berekend in/.test(${status})`);
		// after the change event: when the band's text first moves, and when the status says all draws are in
		const bandText = `document.querySelector('[data-testid="band-uitleg"]')?.textContent ?? ''`;
		await many.evaluate(`(() => {
			const w = window;
			new MutationObserver(() => {
				if (w.benchStart === undefined) return;
				const t = performance.now() - w.benchStart;
				if (w.benchMoved === undefined && (${bandText}) !== w.benchBefore) w.benchMoved = t;
				if (w.benchAll === undefined && /^\\s*100\\.000 trekkingen met seed 1, (berekend|eerder)/.test(${status})) w.benchAll = t;
			}).observe(document, { subtree: true, childList: true, characterData: true });
			document.addEventListener('change', () => {
				w.benchStart = performance.now();
				w.benchBefore = ${bandText};
				w.benchMoved = w.benchAll = undefined;
			}, true);
		})()`);
		const manyField = many.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true });
		const [manyFirst, manyAll]: number[][] = [[], []];
		for (let i = 0; i < 10; i++) {
			await manyField.fill((11_000 + i * 700).toLocaleString('nl-NL'));
			await manyField.press('Tab');
			await many.waitForFunction(`window.benchMoved !== undefined && window.benchAll !== undefined`, undefined, { polling: 'raf', timeout: 30_000 });
			const [moved, all] = (await many.evaluate(`[window.benchMoved, window.benchAll]`)) as [number, number];
			manyFirst.push(moved);
			manyAll.push(all);
		}
		await many.context().close();

		const f = (x: number) => Math.round(x).toLocaleString('nl-NL');
		return {
			line: [
				`browser: eerste banden ${f(median(first))} ms, na een wijziging ${f(median(changes))} ms, vergelijken ${f(compared)} ms, gemeente ${f(local)} ms (gebouwde app, headless Chromium, 10.000 trekkingen; mediaan van 3 laadbeurten en van 20 wijzigingen, gemeten in de pagina; banden die al in de HTML staan tellen vanaf hun eerste weergave; de pagina reageert vanaf ${f(median(live))} ms)`,
				`browser, 100.000 trekkingen (werkgroepen, met hun twijfels): na een wijziging de eerste banden (uit de eerste 10.000 trekkingen) na ${f(median(manyFirst))} ms, die van alle trekkingen na ${f(median(manyAll))} ms (mediaan van 10 wijzigingen)`
			].join('\n')
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
