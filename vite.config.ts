import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { parseFormula } from './src/lib/data/parseFormula';
import type { FormulaNode } from './src/lib/engine/formula';

/**
 * `virtual:formula-trees`: every text in data/mechanismen.json that parses as a formula, parsed
 * here with mathjs, so the app ships plain trees and not mathjs. Checking and compiling the
 * trees still happens in the app, with the same rules as everywhere.
 */
function formulaTrees(): Plugin {
	const id = 'virtual:formula-trees';
	const file = resolve('data/mechanismen.json');
	return {
		name: 'formula-trees',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load(resolved) {
			if (resolved !== `\0${id}`) return undefined;
			this.addWatchFile(file);
			const trees: [string, FormulaNode][] = [];
			const visit = (value: unknown): void => {
				if (typeof value === 'string') {
					try {
						trees.push([value, parseFormula(value)]);
					} catch {
						// Not a formula (an explanation), or a broken one: the app refuses it when it is used.
					}
				} else if (value && typeof value === 'object') Object.values(value).forEach(visit);
			};
			visit(JSON.parse(readFileSync(file, 'utf8')));
			return `export default new Map(${JSON.stringify(trees)});`;
		}
	};
}

/**
 * `virtual:bundled-data`: the data files read and checked once, as the CLI reads them
 * (src/cli/bundledDataText.ts), and shipped as the result (dataText); the app and its worker read
 * that back instead of parsing the CSV files on every load. Data that does not pass the checks
 * stops the build with the file, line and value. The reader is loaded when needed (Vite's module
 * runner), not imported here: this file's imports restart the dev server when they change, and
 * the engine must reload as the rest of the app does. In dev, a change in data/ (also a fix after
 * an error, or a new scenario file) reads the data again and reloads the page.
 */
function bundledData(): Plugin {
	const id = 'virtual:bundled-data';
	const data = resolve('data');
	return {
		name: 'bundled-data',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		async load(resolved) {
			if (resolved !== `\0${id}`) return undefined;
			const { module } = await runnerImport<typeof import('./src/cli/bundledDataText')>('/src/cli/bundledDataText.ts', {
				configFile: false,
				logLevel: 'silent'
			});
			return `export default ${JSON.stringify(module.bundledDataText())};`;
		},
		configureServer(server) {
			server.watcher.add(data);
			server.watcher.on('all', (_event, file) => {
				if (!file.startsWith(data) || file.startsWith(resolve(data, 'fiches'))) return;
				for (const environment of Object.values(server.environments)) {
					const module = environment.moduleGraph.getModuleById(`\0${id}`);
					if (module) environment.moduleGraph.invalidateModule(module);
				}
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/** The @stdlib functions have no side effects on load (see build.rollupOptions). */
const sideEffects = (id: string) => !id.includes('/@stdlib/');

export default defineConfig({
	plugins: [formulaTrees(), bundledData(), sveltekit()],
	// Module workers, as ES modules; they are bundled apart from the pages, so they need the same
	// rule for @stdlib (below) to leave out what they do not call.
	worker: { format: 'es', plugins: () => [formulaTrees(), bundledData()], rollupOptions: { treeshake: { moduleSideEffects: sideEffects } } },
	// The @stdlib functions have no side effects: where a page does not call them (only the worker
	// samples), they stay out of its bundle.
	// The inverse CDFs and their @stdlib functions get a chunk of their own: the worker samples,
	// and the distribution editor (loaded when opened) draws shapes; the first page loads neither.
	// Svelte's runtime is one chunk: every page loads the layout, which uses most of it, and each
	// page using another part of it would otherwise cut it into many small files.
	// d3 is one chunk too, so a page that uses only part of it (the timeline of /fiches) does not
	// split what the first page loads into more files.
	build: {
		rollupOptions: {
			treeshake: { moduleSideEffects: sideEffects },
			output: {
				manualChunks: (id) =>
					id.includes('/@stdlib/') || id.endsWith('/engine/inverse.ts')
						? 'inverse'
						: id.endsWith('/engine/distributions.ts') || id.includes('commonjsHelpers')
							? 'shared'
							: id.includes('/node_modules/svelte/src/')
								? 'svelte'
								: id.includes('/node_modules/d3-')
									? 'd3'
									: undefined
			}
		}
	},
	server: { port: 5173, strictPort: false },
	preview: { port: 4173 },
	test: {
		reporters: ['default', './tests/summaryReporter.ts'],
		// a test that asserts nothing fails
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// a page on a loaded two-core machine can take more than the default second to settle
					expect: { requireAssertions: true, poll: { timeout: 10_000 } },
					fileParallelism: false
				}
			}
		]
	}
});
