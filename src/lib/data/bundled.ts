import formulaTrees from 'virtual:formula-trees';
import { FormulaError } from '../engine';
import { loadDataset, type DataFiles } from './loadDataset';
import { loadPresets } from './loadPresets';

// The data files are bundled into the app as text and parsed here, once, like the CLI does.
const dataFiles = import.meta.glob(['/data/*.csv', '!/data/gemeenten.csv', '/data/mechanismen.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const json = import.meta.glob('/data/scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<
	string,
	string
>;

const byFileName = (files: Record<string, string>) =>
	Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split('/').pop()!, text]));

/**
 * The data's formulas come parsed at build time (vite.config.ts), so the app never loads mathjs;
 * a formula missing from the build is refused like one that does not parse.
 */
const parsedAtBuild = (text: string) => {
	const tree = formulaTrees.get(text);
	if (!tree) throw new FormulaError(text, 'niet te lezen (niet meegebouwd; bouw de app opnieuw)');
	return tree;
};

/** The bundled, validated dataset. */
export const dataset = loadDataset(byFileName(dataFiles) as unknown as DataFiles, parsedAtBuild);

/** The preset scenarios from data/scenarios/. */
export const presets = loadPresets(byFileName(json), dataset);
