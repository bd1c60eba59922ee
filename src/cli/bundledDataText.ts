import { dataText } from '../lib/data/dataText';
import { parseFormula } from '../lib/data/parseFormula';
import { readDataset, readPresets } from './projectData';

/**
 * The data files read and checked as the CLI reads them, as the text the app ships
 * (`virtual:bundled-data` in vite.config.ts, which loads this module when it builds or serves).
 */
export function bundledDataText(): string {
	const dataset = readDataset();
	return dataText({ dataset, presets: readPresets(dataset) }, parseFormula);
}
