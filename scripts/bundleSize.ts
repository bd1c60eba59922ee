import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript the browser loads before a page of the built app works: the module scripts and
 * module preloads named in its prerendered HTML, with their sizes raw and gzipped. Null when the
 * app has not been built.
 */
export function initialJavaScript(
	page = 'index.html',
	dir = 'build'
): { files: { file: string; bytes: number; gzip: number; mathjs: boolean; stdlib: boolean }[]; bytes: number; gzip: number } | null {
	const html = join(dir, page);
	if (!existsSync(html)) return null;
	const text = readFileSync(html, 'utf8');
	const hrefs = new Set<string>();
	for (const match of text.matchAll(/<link[^>]+rel="modulepreload"[^>]*>|<script[^>]+src="[^"]+"[^>]*>/g)) {
		const href = /(?:href|src)="([^"]+)"/.exec(match[0])?.[1];
		if (href) hrefs.add(href);
	}
	// SvelteKit starts with `import("./_app/immutable/entry/…")` in an inline script.
	for (const match of text.matchAll(/import\("([^"]+\.js)"\)/g)) hrefs.add(match[1]!);
	const files = [...hrefs].map((href) => {
		const content = readFileSync(join(dir, href.replace(/^\.?\//, '')));
		return {
			file: href.replace(/^\.\//, ''),
			bytes: content.length,
			gzip: gzipSync(content, { level: 9 }).length,
			mathjs: hasMathjs(content.toString('utf8')),
			stdlib: hasStdlib(content.toString('utf8'))
		};
	});
	return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/** mathjs's own markers (its function typing library and its unit system) in a bundle's text. */
export function hasMathjs(code: string): boolean {
	return code.includes('typed-function') || code.includes('createUnit');
}

/** The @stdlib functions' own argument checks (the quantile functions the Monte Carlo samples with) in a bundle's text. */
export function hasStdlib(code: string): boolean {
	return code.includes('First argument must be an array. Value:');
}
