import { existsSync } from 'node:fs';

/** Flags for Debian's Chromium as root in a closed network. */
export const launchArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

/** The Chromium to drive: $CHROME_PATH, else /usr/bin/chromium, else undefined. */
export function browserPath(): string | undefined {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
	return candidates.find((p) => existsSync(p));
}
