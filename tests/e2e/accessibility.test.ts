import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, servedApp } from './browser';

const executablePath = browserPath();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page, with a state that shows what a user sees there (a gemeente, two scenarios). */
const PAGES = [
	{ name: 'scenario', path: '/' },
	{ name: 'vergelijken', path: '/vergelijk?s=rijk,vng' },
	{ name: 'maatregel', path: '/maatregel/b17' },
	{ name: 'gemeente', path: '/gemeente' },
	{ name: 'afspraken', path: '/afspraken' },
	{ name: 'vanaf-2028', path: '/vanaf-2028' },
	{ name: 'open-data', path: '/open-data' },
	{ name: 'insluiten', path: '/insluiten?scenario=rijk' },
	{ name: 'fiches', path: '/fiches' },
	{
		name: 'rapport',
		path: '/gemeente/rapport?gemeente=Ede&sleutel=jeugdigen&jeugdigen=26000&inwoners=119000&lt-investering=250000&lt-basis=12000000&lt-groei-met=0.03'
	}
];

interface Violation {
	id: string;
	impact: string;
	nodes: { target: string[] }[];
}

describe.skipIf(!executablePath)('accessibility of every page (axe-core, WCAG 2.1 A and AA)', { timeout: 120_000 }, () => {
	const app = servedApp(4350);

	/** Open a page and wait until it is complete: the Monte Carlo answered where there is one. */
	async function open(path: string, width: number): Promise<Page> {
		// axe is injected as a script; the test context lets it past the app's Content-Security-Policy.
		const context = await app.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
		const page = await context.newPage();
		await page.goto(app.base + path);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		await page.waitForLoadState('networkidle');
		await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
		return page;
	}

	it.each(PAGES)('$name: axe finds no violations, with every fold open, at 1280 and at 375 px', async ({ name, path }) => {
		for (const width of [1280, 375]) {
			const page = await open(path, width);
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			// Let the scroll boxes see their new size (they become tab stops when they scroll).
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			await page.evaluate(axeSource);
			const violations = (await page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
				const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
				return result.violations;
			})) as Violation[];
			const found = violations.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`
			);
			expect(found, `${name} at ${width} px`).toEqual([]);
			await page.screenshot({ path: `test-results/screenshots/a11y-${name}-${width}.png`, fullPage: true });
			await page.context().close();
		}
	});

	it.each(PAGES)('$name: works at 375 px and at 200 % zoom without scrolling sideways', async ({ path }) => {
		// 200 % zoom of a 1280 px window leaves 640 CSS pixels.
		for (const width of [375, 640]) {
			const page = await open(path, width);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
			// A table wider than its box scrolls inside it, and that box is then a tab stop.
			const boxes = await page
				.locator('.scroll')
				.evaluateAll((els) =>
					els.filter((e) => e.checkVisibility()).map((e) => ({ scrolls: e.scrollWidth > e.clientWidth + 1, tab: e.getAttribute('tabindex') }))
				);
			expect(
				boxes.filter((b) => b.scrolls !== (b.tab === '0')),
				`${path} at ${width} px`
			).toEqual([]);
			await page.context().close();
		}
	});

	it('shows where the keyboard is: every control in the tab order gets a visible focus ring', async () => {
		const page = await open('/', 1280);
		const seen: string[] = [];
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				return { tag: el.tagName, outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) };
			});
			if (!focus) continue;
			seen.push(focus.tag);
			expect(focus.outline, `focus ring (px) on tab stop ${i + 1} (${focus.tag})`).toBeGreaterThanOrEqual(2);
		}
		expect(seen.length).toBeGreaterThan(10);
		await page.context().close();
	});
});
