import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMathjs, initialJavaScript } from '../scripts/bundleSize';

const built = existsSync('build/index.html');
/** Gzipped kilobytes the first page may load. */
const BUDGET_KB = 130;
if (!built) console.warn('build/ ontbreekt: de bundeltest wordt overgeslagen (npm test bouwt eerst).');

describe.skipIf(!built)('the built app', () => {
	it('ships no mathjs at all: the data formulas come parsed at build time', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []
			);
		const js = files('build/_app');
		expect(js.length).toBeGreaterThan(10);
		expect(js.filter((f) => hasMathjs(readFileSync(f, 'utf8')))).toEqual([]);
		// The marker does find mathjs where it is.
		expect(
			['node_modules/mathjs/lib/esm/core/create.js', 'node_modules/d3-scale/dist/d3-scale.min.js'].filter((f) => hasMathjs(readFileSync(f, 'utf8')))
		).toEqual(['node_modules/mathjs/lib/esm/core/create.js']);
	});

	it('keeps the JavaScript of the first page within its budget of 130 kB gzipped', () => {
		const initial = initialJavaScript()!;
		expect(initial.files.filter((f) => f.file.includes('/entry/start.'))).toHaveLength(1);
		expect(initial.gzip).toBeLessThan(initial.bytes);
		// The budget: what the first page loads before it works. Grow it only on purpose.
		expect(initial.gzip / 1024, initial.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} kB`).join('; ')).toBeLessThanOrEqual(BUDGET_KB);
	});
});
