import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** What the engine may not import: it is a pure library that runs the same in Node, the page and a worker. */
const ENGINE_BOUNDARY = {
	patterns: [
		{
			group: ['svelte', 'svelte/*', '$app/*', '$lib/*', 'papaparse', 'mathjs', 'mathjs/*'],
			message: 'src/lib/engine blijft puur: geen Svelte, $app, papaparse of mathjs (parseren gebeurt in src/lib/data).'
		},
		{ group: ['../*'], message: 'src/lib/engine importeert alleen uit zichzelf.' },
		{ group: ['node:*'], message: 'src/lib/engine leest geen bestanden: dat doet de CLI.' }
	]
};

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// the app's links are built with base from $app/paths or resolve()
			'svelte/no-navigation-without-resolve': 'off',
			// Maps, Sets and URLs here are values worked out in a function, not state that changes
			'svelte/prefer-svelte-reactivity': 'off',
			// {' → '} is how Svelte keeps the spaces around an inline word
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{ files: ['src/lib/engine/**/*.ts'], ignores: ['src/lib/engine/**/*.test.ts'], rules: { 'no-restricted-imports': ['error', ENGINE_BOUNDARY] } }
);
