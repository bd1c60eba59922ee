import text from 'virtual:bundled-data';
import { readDataText } from './dataText';

/*
 * The data files are read and checked once, at build time, as the CLI reads them (vite.config.ts);
 * the app reads back the result, with its formulas compiled from the trees parsed then.
 */
const data = readDataText(text);

/** The bundled, validated dataset. */
export const dataset = data.dataset;

/** The preset scenarios from data/scenarios/. */
export const presets = data.presets;
