import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMathjs, initialJavaScript } from '../scripts/bundleSize';

const built = existsSync('build/index.html');
if (!built) console.warn('build/ ontbreekt: de bundeltest wordt overgeslagen (npm test bouwt eerst).');

describe.skipIf(!built)('the built app', () => {
	it('ships no mathjs at all: the data formulas come parsed at build time', () => {
		const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
		const js = files('build/_app');
		expect(js.length).toBeGreaterThan(10);
		expect(js.filter((f) => hasMathjs(readFileSync(f, 'utf8')))).toEqual([]);
		// The marker does find mathjs where it is.
		expect(['node_modules/mathjs/lib/esm/core/create.js', 'node_modules/d3/dist/d3.min.js'].filter((f) => hasMathjs(readFileSync(f, 'utf8')))).toEqual(['node_modules/mathjs/lib/esm/core/create.js']);
	});

	it('names the JavaScript of the first page, with its gzipped size', () => {
		const initial = initialJavaScript()!;
		expect(initial.files.filter((f) => f.file.includes('/entry/start.'))).toHaveLength(1);
		expect(initial.gzip).toBeLessThan(initial.bytes);
	});
});
