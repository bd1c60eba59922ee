import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPath, plain, servedApp } from './browser';

const executablePath = browserPath();

describe.skipIf(!executablePath)('the measure page in words and with the scenario on screen', () => {
	const app = servedApp(4410);

	/** A new browser profile: nothing stored from other tests. */
	async function freshPage(path: string): Promise<Page> {
		const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${app.base}${path}`);
		// the fields answer once the page has started (its worker requested): not before
		await page.waitForLoadState('networkidle');
		return page;
	}
	/** Text as a reader sees it: no-break spaces as spaces. */
	const text = async (page: Page, testId: string) =>
		((await page.getByTestId(testId).first().textContent()) ?? '')
			.replace(/\u00a0/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
	const currentHeading = (page: Page) => page.getByRole('heading', { level: 3, name: /^In uw scenario/ }).textContent();
	/** The 2028 cell of the row for the scenario on screen. */
	const current2028 = (page: Page) => page.getByTestId('huidig-rij').locator('td').last().textContent();

	it('/maatregel/b17 writes the formula with its numbers: 20.000 kinderen × 25 % × € 60.000 = € 300 mln, the raw formula under a fold', async () => {
		const page = await freshPage('/maatregel/b17');
		expect(await text(page, 'standaard-structureel')).toBe('20.000 kinderen × 25 % × € 60.000 = € 300 mln');
		// the structural level in words, not the code
		expect(await page.getByTestId('standaard').textContent()).not.toContain('besparingPerKind');
		const raw = page.locator('code', { hasText: 'kinderen * succes * besparingPerKind / 1000000' });
		expect(await raw.isVisible()).toBe(false);
		await page.getByText('De formules zoals het model ze leest (voor analisten)').click();
		await expect.poll(() => raw.isVisible()).toBe(true);
		// a new profile shows the first preset, with the defaults
		await expect.poll(() => currentHeading(page)).toBe('In uw scenario: ‘Tabel 1 zoals gedrukt’');
		expect(await current2028(page)).toBe('300');
		await page.context().close();
	});

	it('/maatregel/b17?scenario=werkgroepen-illustratief shows that scenario beside the defaults: 10.000 kinderen gives € 150 mln', async () => {
		const page = await freshPage('/maatregel/b17?scenario=werkgroepen-illustratief');
		await expect.poll(() => currentHeading(page)).toBe('In uw scenario: ‘Werkgroepen, illustratief: B17 met 10.000 kinderen’');
		// 10.000 × 25 % × € 60.000 = € 150 mln; the defaults above still read 300
		expect(await text(page, 'huidig-structureel')).toBe('10.000 kinderen × 25 % × € 60.000 = € 150 mln');
		expect(await text(page, 'standaard-structureel')).toBe('20.000 kinderen × 25 % × € 60.000 = € 300 mln');
		const changes = await text(page, 'huidig-anders');
		expect(changes).toContain('‘Kinderen in residentieel verblijf binnen bereik’: 10.000 kinderen (standaard 20.000 kinderen)');
		expect(changes).toContain('‘Invoeringskosten buiten de tabel meetellen in het netto’: aan (standaard uit)');
		expect(await current2028(page)).toBe('150');
		// the preset's own line says why, with the note's source line
		const illustration = await text(page, 'preset-werkgroepen-illustratief');
		expect(illustration).toContain('€ 150 mln in 2028');
		expect(illustration).toContain('regel 6953');
		// the working groups' own position: a PM post, with the lines that advise it
		const werkgroepen = await text(page, 'preset-werkgroepen');
		expect(werkgroepen).toMatch(/^Werkgroepen: heroverwogen Tabel 1:\s*PM in 2028: het scenario zet de besparing op PM/);
		expect(werkgroepen).toContain('regels 6775-6776');
		await page.context().close();
	});

	it('/maatregel/b17 shows what the fiche delivers of the central assignment, with its lines, the gap it names, and its timetable', async () => {
		const page = await freshPage('/maatregel/b17');
		const item = page.locator('dl.fiche .item', { has: page.locator('dt', { hasText: 'Transformatiekosten' }) });
		expect(await item.locator('.status').textContent()).toBe('aangeleverd');
		expect(plain(await item.locator('.lines').textContent())).toBe('doc. 004, r. 6932–6937');
		expect(plain(await item.locator('.gap').textContent())).toContain('Gat dat de bron zelf noemt (doc. 004, r. 7049–7051, 7066–7068)');
		const raming = page.locator('dl.fiche .item', { has: page.locator('dt', { hasText: 'Financiële raming' }) });
		expect(await raming.locator('.status').textContent()).toBe('ontbreekt');
		// the timetable: a new framework by end 2022, then a strategy without years, and nothing on realisation
		expect(plain(await text(page, 'tijdpad'))).toMatch(
			/a · doorlooptijd tot implementatie: 2022 \(doc\. 004, r\. 7102–7103\); b · implementatie: genoemd, zonder jaartal/
		);
		await page.context().close();
	});

	it('an assumption typed on the overview follows to the measure page: 15.000 kinderen gives € 225 mln', async () => {
		const page = await freshPage('/');
		// typed before the page is live, a value would land in the prerendered field only: wait for the chance, which needs the live page
		await expect.poll(() => text(page, 'kans-kop'), { timeout: 20_000 }).toMatch(/%$/);
		const children = page.getByLabel('Kinderen in residentieel verblijf binnen bereik', { exact: true });
		await children.fill('15.000');
		await page.keyboard.press('Tab');
		await expect.poll(() => text(page, 'netto-2028')).toBe('€ 943 mln');
		await page.getByRole('link', { name: 'Hoe werkt deze maatregel?' }).first().click();
		await expect.poll(() => currentHeading(page)).toBe('In uw scenario: ‘Tabel 1 zoals gedrukt · eigen’');
		// 15.000 × 25 % × € 60.000 = € 225 mln
		expect(await text(page, 'huidig-structureel')).toBe('15.000 kinderen × 25 % × € 60.000 = € 225 mln');
		expect(await text(page, 'huidig-zin')).toMatch(/^B17: € 225 mln in 2028, € 675 mln over 2022–2028 samen/);
		expect(await current2028(page)).toBe('225');
		// and the address now carries the scenario, so a link gives the same page
		await expect.poll(() => new URL(page.url()).searchParams.get('scenario')).toBe('cvw-tabel-1');
		expect(new URL(page.url()).searchParams.has('eigen')).toBe(true);
		await page.context().close();
	});
});
