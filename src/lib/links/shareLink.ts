import { DataError } from '../data/DataError';
import { presetOf } from '../data/loadPresets';
import { readScenario, scenarioFile } from '../data/parseScenario';
import { DEFAULT_TARGET, LAST_TABLE_YEAR, MAX_HORIZON, type Dataset, type Scenario } from '../engine';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../uncertainty/params';
import { fromBase64Url, toBase64Url } from './base64url';
import { drawsQuery, readDrawsQuery } from './drawsParams';

/** Scenario fields a link carries when they differ from the preset; id and name always. */
const DIFF_FIELDS = ['id', 'name', 'description', 'measures', 'overrides', 'assumptions', 'notes', 'distributions'] as const;
/** Longer `eigen` values are refused unread: a real scenario is a few hundred characters. */
const MAX_CODE = 20_000;

/** What a link asks for: a scenario, draws and seed, and what could not be used. */
export interface SharedLink {
	scenario: Scenario;
	/** True for a user's own scenario (carried in `eigen`), false for a preset. */
	own: boolean;
	runs: number;
	seed: number;
	/** The target the figures are set against (`doel`). */
	target: string;
	/** Why the link was refused, in Dutch; empty when it was used. A refused link gives the default preset. */
	problems: string[];
	/** Set when the link was made on other data: the same inputs may give other amounts. */
	notice: string | null;
}

/**
 * The query of a link that reproduces a figure: `scenario` (the preset), `eigen` (what an own
 * scenario changes, as base64url JSON), `tot` (horizon), `trekkingen`, `seed`, `onzekerheid` (the
 * set of uncertainty), `doel` (the target), and `data` (the data version). Defaults are left out.
 *
 * @example shareQuery(preset, presets, '0b04e10f', { runs: 10000, seed: 1 }).toString() // 'scenario=rijk&data=0b04e10f'
 */
/**
 * Characters the own scenario may take in a link. Servers refuse addresses of about 8 KB (HTTP
 * 431); what is longer leaves its notes, then its description, to the exported file.
 */
export const LINK_BUDGET = 6000;
/** What a link leaves out, in the order it gives it up. */
const LEFT_OUT_FIRST = ['notes', 'description'] as const;

/** The `eigen` part of a link: what the scenario does differently from its preset, and what did not fit. */
function ownPart(scenario: Scenario, preset: Scenario): { code: string; leftOut: (typeof LEFT_OUT_FIRST)[number][] } | null {
	if (scenario.id === preset.id) return null;
	const diff: Record<string, unknown> = {};
	for (const field of DIFF_FIELDS) {
		if (field === 'id' || field === 'name' || JSON.stringify(scenario[field] ?? null) !== JSON.stringify(preset[field] ?? null)) diff[field] = scenario[field];
	}
	const leftOut: (typeof LEFT_OUT_FIRST)[number][] = [];
	let code = toBase64Url(JSON.stringify(diff));
	for (const field of LEFT_OUT_FIRST) {
		if (code.length <= LINK_BUDGET) break;
		if (!(field in diff)) continue;
		delete diff[field];
		leftOut.push(field);
		code = toBase64Url(JSON.stringify(diff));
	}
	return { code, leftOut };
}

/**
 * What a link to this scenario leaves out because it would be too long, in Dutch; null when it
 * carries everything. The exported file always carries all.
 */
export function linkLeavesOut(scenario: Scenario, presets: readonly Scenario[]): string | null {
	const own = ownPart(scenario, presetOf(scenario, presets));
	if (!own || own.leftOut.length === 0) return null;
	const words = { notes: 'de toelichtingen', description: 'de beschrijving' };
	return `De link is anders te lang voor een webserver: ${own.leftOut.map((f) => words[f]).join(' en ')} reizen niet mee. Exporteer het scenario als bestand om alles mee te geven.`;
}

export function shareQuery(
	scenario: Scenario,
	presets: readonly Scenario[],
	dataVersion: string,
	draws: { runs: number; seed: number },
	target: string = DEFAULT_TARGET
): URLSearchParams {
	const preset = presetOf(scenario, presets);
	const query = new URLSearchParams({ scenario: preset.id });
	const own = ownPart(scenario, preset);
	if (own) query.set('eigen', own.code);
	if (scenario.horizon !== preset.horizon) query.set('tot', String(scenario.horizon));
	for (const [key, value] of drawsQuery(draws)) query.set(key, value);
	if (scenario.uncertaintySet !== undefined) query.set('onzekerheid', scenario.uncertaintySet);
	if (target !== DEFAULT_TARGET) query.set('doel', target);
	query.set('data', dataVersion);
	return query;
}

/**
 * Read a link's query. Null when the query holds no scenario, draws or seed. Anything wrong
 * (an unknown preset, a damaged or altered `eigen`, a bad horizon, draws or seed) refuses the
 * whole link: the default preset with default draws, and every problem named in Dutch, so a
 * link is never half applied.
 */
export function readShareQuery(query: URLSearchParams, dataset: Dataset, presets: readonly Scenario[]): SharedLink | null {
	if (!['scenario', 'eigen', 'tot', 'trekkingen', 'seed', 'onzekerheid', 'doel'].some((key) => query.has(key))) return null;
	const draws = readDrawsQuery(query);
	const problems = [...draws.problems];
	const presetId = query.get('scenario') ?? presets[0]!.id;
	const preset = presets.find((p) => p.id === presetId);
	if (!preset) problems.push(`Het scenario "${presetId.slice(0, 40)}" in de link bestaat niet; kies uit ${presets.map((p) => p.id).join(', ')}.`);

	let scenario: Scenario | null = preset ?? null;
	const code = query.get('eigen');
	if (preset && code !== null) {
		try {
			scenario = ownScenario(code, preset, dataset);
		} catch (e) {
			scenario = null;
			problems.push(
				`Het eigen scenario in de link is beschadigd of aangepast: ${e instanceof DataError ? e.message.replace(/^link, /, '') : (e as Error).message}.`
			);
		}
	}
	const tot = query.get('tot');
	if (scenario && tot !== null) {
		const horizon = /^\d{4}$/.test(tot) ? Number(tot) : NaN;
		if (horizon >= LAST_TABLE_YEAR && horizon <= MAX_HORIZON) scenario = { ...scenario, horizon };
		else problems.push(`Het laatste jaar in de link ("${tot.slice(0, 20)}") moet een jaar van ${LAST_TABLE_YEAR} tot en met ${MAX_HORIZON} zijn.`);
	}
	const set = query.get('onzekerheid');
	if (scenario && set !== null) {
		const ids = dataset.uncertaintySets.map((s) => s.id);
		if (ids.includes(set)) scenario = { ...scenario, uncertaintySet: set };
		else problems.push(`De set van onzekerheid in de link ("${set.slice(0, 20)}") bestaat niet; kies ${ids.join(' of ')}.`);
	}
	const target = query.get('doel') ?? DEFAULT_TARGET;
	if (!dataset.targets.some((t) => t.id === target)) {
		problems.push(`Het doel in de link ("${target.slice(0, 20)}") bestaat niet; kies ${dataset.targets.map((t) => t.id).join(', ')}.`);
	}
	if (problems.length > 0 || !scenario) {
		return {
			scenario: presets[0]!,
			own: false,
			runs: DEFAULT_RUNS,
			seed: DEFAULT_SEED,
			target: DEFAULT_TARGET,
			problems: [...problems, 'De link is niet gebruikt; u ziet het standaardscenario.'],
			notice: null
		};
	}
	const version = query.get('data');
	const notice =
		version !== null && version !== dataset.version
			? `Deze link is gemaakt op gegevensversie ${version.slice(0, 20)}; de simulator gebruikt nu ${dataset.version}. Dezelfde keuzes kunnen nu andere bedragen geven.`
			: null;
	return { scenario, own: code !== null, runs: draws.runs, seed: draws.seed, target, problems: [], notice };
}

/** The preset with the link's changes on top, checked as a whole like an imported file. */
function ownScenario(code: string, preset: Scenario, dataset: Dataset): Scenario {
	if (code.length > MAX_CODE) throw new DataError({ file: 'link' }, `te lang (${code.length} tekens)`);
	let diff: unknown;
	try {
		diff = JSON.parse(fromBase64Url(code));
	} catch {
		throw new DataError({ file: 'link' }, 'geen leesbare scenariogegevens');
	}
	if (typeof diff !== 'object' || diff === null || Array.isArray(diff)) throw new DataError({ file: 'link' }, 'geen scenario-object');
	for (const key of Object.keys(diff)) {
		if (!(DIFF_FIELDS as readonly string[]).includes(key)) throw new DataError({ file: 'link', column: key }, 'onbekend veld');
	}
	const scenario = readScenario({ ...scenarioFile(preset), ...diff, basedOn: preset.id }, 'link', dataset);
	if (scenario.id === preset.id) throw new DataError({ file: 'link', column: 'id' }, 'een eigen scenario kan niet de id van een preset hebben', scenario.id);
	return scenario;
}
