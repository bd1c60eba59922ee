import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH as SvelteKit wants it: empty, or a path that starts with / and does not end with one.
 * @param {string | undefined} text
 * @returns {'' | `/${string}`}
 */
function basePath(text) {
	const path = (text ?? '').trim().replace(/\/+$/, '');
	if (path === '') return '';
	if (!/^\/[\w.~\-/]+$/.test(path)) throw new Error(`BASE_PATH "${text}" moet een pad zijn zoals /hervormingsagenda`);
	return /** @type {`/${string}`} */ (path);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// 404.html: GitHub Pages (and hosts like it) serve it for a path that does not exist; it boots
		// the app, which shows its own "niet gevonden" page.
		adapter: adapter({ fallback: '404.html', strict: true }),
		// The pages use relative paths and work from any folder. Only 404.html, served at any depth,
		// needs to know the folder: build with BASE_PATH=/folder for a site in a subpath.
		paths: { base: basePath(process.env.BASE_PATH) },
		prerender: { handleHttpError: 'fail' },
		// Scripts only from the app itself (SvelteKit hashes its own start-up script); no connection
		// to anything but the app's own origin. Styles may be inline: Svelte sets style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
