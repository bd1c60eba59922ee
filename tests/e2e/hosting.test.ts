import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPath, launchArgs, plain } from './browser';

const executablePath = browserPath();
const BUILD = resolve('build');
/** Python's own executable (not a shim), so the test stops the very process it started. */
const python = (() => {
	const found = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
	return found.status === 0 ? found.stdout.trim() : undefined;
})();
if (executablePath && !python) console.warn('Hostingtest overgeslagen: geen python3 voor een gewone statische webserver.');

/** A free port on this machine. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	await new Promise((done) => server.close(done));
	return port;
}

/** Wait until a server answers an address, or fail after 20 s. */
async function waitFor(url: string): Promise<void> {
	for (let waited = 0; waited < 20_000; waited += 100) {
		if (
			await fetch(url).then(
				(r) => r.ok,
				() => false
			)
		)
			return;
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`${url} antwoordt niet`);
}

/** Open a page and collect every request the server answered with an error, and every script error. */
async function visit(browser: Browser, url: string): Promise<{ page: Page; failures: string[] }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const failures: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
	});
	page.on('pageerror', (e) => failures.push(e.message));
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	return { page, failures };
}

describe.skipIf(!executablePath || !python || !existsSync(join(BUILD, 'index.html')))(
	'the built site on a plain static web server, in a subfolder',
	{ timeout: 120_000 },
	() => {
		let server: ChildProcess;
		let browser: Browser;
		let site: string;
		beforeAll(async () => {
			// the site as /hervormingsagenda/ on a server that maps paths to files and nothing else
			const root = mkdtempSync(join(tmpdir(), 'static-'));
			symlinkSync(BUILD, join(root, 'hervormingsagenda'));
			const port = await freePort();
			server = spawn(python!, ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
			site = `http://127.0.0.1:${port}/hervormingsagenda`;
			await waitFor(`${site}/`);
			browser = await chromium.launch({ executablePath, args: launchArgs });
		});
		afterAll(async () => {
			await browser?.close();
			server?.kill();
		});

		it('a shared link to /vergelijk?s=… opens the comparison; its menu and a reload stay in the folder', async () => {
			// the server knows no vergelijk.html behind /vergelijk; it sends the folder's index.html
			expect((await fetch(`${site}/vergelijk.html`)).status).toBe(404);
			const { page, failures } = await visit(browser, `${site}/vergelijk?s=rijk,vng`);
			expect(new URL(page.url()).pathname).toBe('/hervormingsagenda/vergelijk/');
			expect(plain(await page.locator('h1').textContent())).toBe('Scenario’s vergelijken');
			await expect
				.poll(() => page.locator('figure.chart').first().textContent().then(plain))
				.toContain('Rijk: Tabel 1 en Tabel 2 tegenover VNG: alleen Tabel 1');
			await page.getByRole('navigation').getByRole('link', { name: 'Gemeente' }).click();
			await page.waitForURL(/\/hervormingsagenda\/gemeente\/?\?/);
			await page.reload();
			await page.waitForLoadState('networkidle');
			expect(plain(await page.locator('h1').textContent())).toBe('Wat betekent de agenda voor uw gemeente?');
			expect(failures).toEqual([]);
			await page.close();
		});

		it('a link to a measure page and to the embed of a scenario open from the folder', async () => {
			const measure = await visit(browser, `${site}/maatregel/b17?scenario=werkgroepen`);
			expect(plain(await measure.page.locator('h1').textContent())).toContain('B17');
			expect(measure.failures).toEqual([]);
			const embed = await visit(browser, `${site}/insluiten?scenario=rijk`);
			expect(plain(await embed.page.locator('figcaption').textContent())).toContain('Rijk: Tabel 1 en Tabel 2');
			const back = await embed.page.getByRole('link', { name: /Volledige weergave/ }).getAttribute('href');
			expect(new URL(back!, embed.page.url()).pathname).toBe('/hervormingsagenda/');
			expect(embed.failures).toEqual([]);
			await measure.page.close();
			await embed.page.close();
		});
	}
);

/** GitHub Pages: files as they are, a folder's index.html, and 404.html (status 404) for anything else. */
function pagesLikeServer(dir: string): Server {
	const types: Record<string, string> = {
		'.html': 'text/html',
		'.js': 'text/javascript',
		'.css': 'text/css',
		'.json': 'application/json',
		'.svg': 'image/svg+xml'
	};
	return createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = file.startsWith(dir) && existsSync(file);
		response.writeHead(found ? 200 : 404, { 'content-type': found ? (types[extname(file)] ?? 'application/octet-stream') : 'text/html' });
		response.end(readFileSync(found ? file : join(dir, '404.html')));
	});
}

describe.skipIf(!executablePath || !existsSync(join(BUILD, 'index.html')))('GitHub Pages: 404.html and .nojekyll', { timeout: 60_000 }, () => {
	let server: Server;
	let browser: Browser;
	let site: string;
	beforeAll(async () => {
		server = pagesLikeServer(BUILD);
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		browser = await chromium.launch({ executablePath, args: launchArgs });
	});
	afterAll(async () => {
		await browser?.close();
		await new Promise((done) => server?.close(done));
	});

	it('the build has .nojekyll, so GitHub Pages serves _app/', () => {
		expect(existsSync(join(BUILD, '.nojekyll'))).toBe(true);
		expect(existsSync(join(BUILD, '_app'))).toBe(true);
	});

	it('an address that does not exist gets the app’s own page in Dutch, with the way back', async () => {
		const { page } = await visit(browser, `${site}/bestaat-niet/ook-niet`);
		await expect.poll(() => page.locator('h1').textContent().then(plain)).toBe('Deze pagina bestaat niet');
		await page.getByRole('link', { name: 'Naar het scenario' }).click();
		await expect.poll(() => page.locator('h1').textContent().then(plain)).toBe('Wat levert de Hervormingsagenda Jeugd op?');
		await page.close();
	});
});
