import { readdirSync, readFileSync } from 'node:fs';
import { readLimited } from './readLimited';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILE_NAMES, loadDataset, type DataFiles } from '../lib/data/loadDataset';
import { loadPresets } from '../lib/data/loadPresets';
import { olderFileNotice, parseScenario } from '../lib/data/parseScenario';
import { DataError } from '../lib/data/DataError';
import { FICHE_FILE_NAMES, loadFiches, type FicheCheck, type FicheFiles } from '../lib/data/loadFiches';
import type { Dataset, Scenario } from '../lib/engine';
import { parseFormula } from '../lib/data/parseFormula';

/** The project's data/ folder. */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

/** Read and validate the bundled data files from data/. */
export function readDataset(dir = DATA_DIR): Dataset {
	const files = Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
	return loadDataset(files as unknown as DataFiles, parseFormula);
}

/** Read and validate the fiche check from data/fiches/. */
export function readFiches(dataset: Dataset, dir = join(DATA_DIR, 'fiches')): FicheCheck {
	const files = Object.fromEntries(FICHE_FILE_NAMES.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
	return loadFiches(files as unknown as FicheFiles, dataset);
}

/** Read the preset scenarios from data/scenarios/. */
export function readPresets(dataset: Dataset, dir = join(DATA_DIR, 'scenarios')): Scenario[] {
	const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
	return loadPresets(Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')])), dataset);
}

/** A preset by id, or a scenario JSON file by path. */
export function resolveScenario(idOrPath: string, dataset: Dataset, presets: readonly Scenario[]): Scenario {
	const preset = presets.find((p) => p.id === idOrPath);
	if (preset) return preset;
	if (!idOrPath.endsWith('.json')) {
		throw new DataError({ file: idOrPath }, `onbekend scenario; kies ${presets.map((p) => p.id).join(', ')} of een .json-bestand`);
	}
	// a scenario file is a few kilobytes: 2 MB is plenty, and /dev/zero stops there
	const text = readLimited(idOrPath, 2 * 1024 * 1024).toString('utf8');
	return parseScenario(text, basename(idOrPath), dataset);
}

/** The notice for an older scenario file (olderFileNotice), or null for a preset or a current file. */
export function scenarioFileNotice(idOrPath: string, dataset: Dataset): string | null {
	if (!idOrPath.endsWith('.json')) return null;
	try {
		return olderFileNotice(readLimited(idOrPath, 2 * 1024 * 1024).toString('utf8'), dataset);
	} catch {
		return null;
	}
}

/** The simulator's name and version, from package.json. */
export const PROGRAM: { name: string; version: string } = JSON.parse(readFileSync(resolve(DATA_DIR, '../package.json'), 'utf8'));
