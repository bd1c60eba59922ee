// The modules made by plugins in vite.config.ts.
declare module 'virtual:formula-trees' {
	/** Every formula text of data/mechanismen.json, parsed at build time. */
	const trees: ReadonlyMap<string, import('$lib/engine').FormulaNode>;
	export default trees;
}

declare module 'virtual:bundled-data' {
	/** The dataset and presets, read and checked at build time (dataText). */
	const text: string;
	export default text;
}
