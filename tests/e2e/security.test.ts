import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, servedApp, plain } from './browser';

const executablePath = browserPath();
const PATHS = ['/', '/vergelijk?s=rijk,vng', '/maatregel/b17', '/gemeente', '/gemeente/rapport?gemeente=Ede&jeugdigen=26000'];
const HOSTILE = '<img src=x onerror="window.__geraakt=1">';
const base64url = (text: string) => Buffer.from(text).toString('base64url');

describe.skipIf(!executablePath)('the app under its Content-Security-Policy', { timeout: 90_000 }, () => {
	const app = servedApp(4360);

	/** A page in a fresh profile, collecting CSP violations and page errors. */
	async function open(path: string): Promise<{ page: Page; violations: string[]; errors: string[] }> {
		const page = await (await app.browser.newContext()).newPage();
		const violations: string[] = [];
		const errors: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(app.base + path);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		await page.waitForLoadState('networkidle');
		return { page, violations, errors };
	}

	it.each(PATHS)('%s carries the policy, and everything it loads (worker included) keeps to it', async (path) => {
		const { page, violations, errors } = await open(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'(;| )/);
		expect(policy).toContain("connect-src 'self'");
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
		await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('blocks a connection to another origin and a script injected into the page', async () => {
		const { page } = await open('/');
		const outcome = await page.evaluate(async () => {
			const blocked: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.effectiveDirective));
			const fetched = await fetch('http://127.0.0.2:9/lek').then(
				() => 'verbonden',
				() => 'geweigerd'
			);
			const script = document.createElement('script');
			script.textContent = 'window.__ingevoegd = 1';
			document.body.append(script);
			await new Promise((done) => setTimeout(done, 50));
			return { fetched, ran: (window as unknown as { __ingevoegd?: number }).__ingevoegd === 1, blocked };
		});
		expect(outcome).toEqual({ fetched: 'geweigerd', ran: false, blocked: ['connect-src', 'script-src-elem'] });
		await page.context().close();
	});

	it('shows a scenario name and a gemeente name from a link as text, never as HTML', async () => {
		const eigen = base64url(JSON.stringify({ id: 'eigen-1', name: HOSTILE, description: HOSTILE }));
		const { page, errors } = await open(`/?scenario=cvw-tabel-1&eigen=${eigen}`);
		expect(await page.locator('h1 ~ * img, main img').count()).toBe(0);
		expect(await page.locator('main').textContent().then(plain)).toContain(HOSTILE);
		expect(await page.evaluate(() => (window as unknown as { __geraakt?: number }).__geraakt)).toBeUndefined();

		await page.goto(`${app.base}/gemeente?gemeente=${encodeURIComponent(HOSTILE)}&jeugdigen=1000`);
		await page.waitForFunction(() => document.querySelector('h1') !== null);
		expect(await page.locator('#gemeente-naam').inputValue()).toBe(HOSTILE);
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __geraakt?: number }).__geraakt)).toBeUndefined();
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
