import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasMathjs, hasStdlib, initialJavaScript } from '../scripts/bundleSize';

const built = existsSync('build/index.html');
/**
 * Gzipped kilobytes the first page may load. 130 until the sets of uncertainty, the histogram and
 * the inputs' editor came (135), then the answer first and the charts' drawn legends (138), then the
 * targets after 2021 (their two tables and loader, about 3 kB) and the components the new pages share
 * with the first, which now sit in chunks of their own (147), then the first bands in the page's HTML:
 * the router's part that reads data the build computed adds 2,4 kB, and the bands show at first
 * paint instead of after the worker (151), then exports that say which scenario they hold, the
 * note on inputs fixed by the scenario and the scenario store kept apart under keys of its own (152). What a
 * page only needs on a click loads then: the distribution editor, the quantile functions, the image
 * export.
 */
const BUDGET_KB = 152;
/**
 * Gzipped kilobytes of the Monte Carlo worker, which loads while the page starts. 97 while it read
 * the CSV files with papaparse and carried @stdlib's inverse beta function for the tornado; the
 * data now comes checked from the build and the tornado reads the draws' PERT tables (46).
 */
const WORKER_BUDGET_KB = 50;
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

	it('loads the quantile functions (@stdlib) only in the worker and the distribution editor, not with the first page', () => {
		const initial = initialJavaScript()!;
		expect(initial.files.filter((f) => f.stdlib).map((f) => f.file)).toEqual([]);
		// the marker does find them where they are
		const chunks = readdirSync('build/_app/immutable/chunks').map((f) => readFileSync(join('build/_app/immutable/chunks', f), 'utf8'));
		expect(chunks.filter(hasStdlib).length).toBe(1);
	});

	it(`keeps the Monte Carlo worker within ${WORKER_BUDGET_KB} kB gzipped, without the CSV reader (97 kB while it had it and @stdlib's inverse beta function)`, () => {
		const dir = 'build/_app/immutable/workers';
		const [worker, ...more] = readdirSync(dir).filter((f) => f.startsWith('monteCarlo.worker'));
		expect(more).toEqual([]);
		const code = readFileSync(join(dir, worker!));
		// papaparse's own name for the delimiters it refuses; the data comes checked from the build
		expect(code.toString('utf8')).not.toContain('BAD_DELIMITERS');
		expect(readFileSync('node_modules/papaparse/papaparse.min.js', 'utf8')).toContain('BAD_DELIMITERS');
		expect(gzipSync(code).length / 1024).toBeLessThanOrEqual(WORKER_BUDGET_KB);
	});

	it(`keeps the JavaScript of the first page within its budget of ${BUDGET_KB} kB gzipped`, () => {
		const initial = initialJavaScript()!;
		expect(initial.files.filter((f) => f.file.includes('/entry/start.'))).toHaveLength(1);
		expect(initial.gzip).toBeLessThan(initial.bytes);
		// The budget: what the first page loads before it works. Grow it only on purpose.
		expect(initial.gzip / 1024, initial.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} kB`).join('; ')).toBeLessThanOrEqual(BUDGET_KB);
	});
});
