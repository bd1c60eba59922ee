import { loadDataset, type DataFiles } from './loadDataset';
import { loadPresets } from './loadPresets';

// The data files are bundled into the app as text and parsed here, once, like the CLI does.
const dataFiles = import.meta.glob(['/data/*.csv', '/data/mechanismen.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const json = import.meta.glob('/data/scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<
	string,
	string
>;

const byFileName = (files: Record<string, string>) =>
	Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split('/').pop()!, text]));

/** The bundled, validated dataset. */
export const dataset = loadDataset(byFileName(dataFiles) as unknown as DataFiles);

/** The preset scenarios from data/scenarios/. */
export const presets = loadPresets(byFileName(json), dataset);
