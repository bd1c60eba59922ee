import { chromium } from 'playwright-core';
const [url, out, selector, width = '1280', actions = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
await page.waitForTimeout(2500);
if (actions) { for (const a of actions.split(';')) { await eval(`(async () => { ${a} })()`); } await page.waitForTimeout(1500); }
const el = selector ? page.locator(selector).first() : page;
await el.screenshot({ path: out, ...(selector ? {} : { fullPage: false }) });
await browser.close();
