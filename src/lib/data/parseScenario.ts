import { assumptionValueProblem, DISTRIBUTION_KINDS, distributionProblem, LAST_TABLE_YEAR, MAX_HORIZON, MAX_RUNS, MEASURE_INPUTS, MEASURE_INPUT_RANGES, MIN_RUNS, TEMPO_ID, hasInvoeringskosten, overrideProblem, rangeProblem, type Dataset, type Distribution, type MeasureOverride, type RampCurve, type Scenario } from '../engine';
import { DataError } from './DataError';

/**
 * The scenario file's schema. 1: measures, overrides, assumptions, notes, horizon, distributions.
 * 2 adds where the scenario comes from and how it was run: basedOn, dataVersion, runs, seed.
 * 3 adds the set of default distributions: uncertaintySet. An older file reads as a newer one
 * without those fields.
 */
export const SCENARIO_SCHEMA = 3;
const V1_FIELDS = ['schema', 'id', 'name', 'description', 'measures', 'overrides', 'assumptions', 'notes', 'horizon', 'distributions'];
const V2_FIELDS = [...V1_FIELDS, 'basedOn', 'dataVersion', 'runs', 'seed'];
const V3_FIELDS = [...V2_FIELDS, 'uncertaintySet'];

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** The longest name, description or note a scenario file may hold. */
export const MAX_TEXT = 2000;
const MAX_ABS_MLN = 100_000;
const CURVE_YEARS = { min: 2000, max: 2060 };

type Json = unknown;

/**
 * Parse a scenario file (JSON text) and check it against the dataset: known measures only,
 * sane numbers, a supported schema. Throws a DataError naming the field, e.g.
 * `rijk.json, overrides.b17.curve.start: geen jaartal "twee"`.
 */
export function parseScenario(text: string, file: string, dataset: Dataset): Scenario {
	let json: Json;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		throw new DataError({ file }, `geen geldige JSON (${(e as Error).message})`);
	}
	return readScenario(json, file, dataset);
}

/**
 * What someone reading an older file should know, in Dutch, or null: a file from before the sets
 * of uncertainty (schema 1 or 2) with its own draws or distributions was made when the default
 * distributions were others, so its bands now come out differently.
 *
 * @example olderFileNotice('{"schema":2,"runs":10000}', dataset) // 'Dit bestand is gemaakt vóór de sets van onzekerheid: …'
 */
export function olderFileNotice(text: string, dataset: Dataset): string | null {
	let root: unknown;
	try {
		root = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return null;
	}
	if (typeof root !== 'object' || root === null) return null;
	const { schema, runs, seed, distributions } = root as Record<string, unknown>;
	if (typeof schema !== 'number' || schema >= 3 || (runs === undefined && seed === undefined && distributions === undefined)) return null;
	const standard = dataset.uncertaintySets.find((s) => s.isDefault)!;
	const others = dataset.uncertaintySets.filter((s) => !s.isDefault).map((s) => `‘${s.name}’`);
	return `Dit bestand is gemaakt vóór de sets van onzekerheid: de bandbreedte gebruikt nu de standaardset ‘${standard.name}’ en kan anders uitvallen dan toen${others.length > 0 ? `; kies ${others.join(' of ')} om die twijfels mee te wegen` : ''}.`;
}

/** As parseScenario, for a value that is already parsed JSON. */
export function readScenario(json: Json, file: string, dataset: Dataset): Scenario {
	const fail = (path: string, problem: string, value?: unknown): never => {
		throw new DataError({ file, column: path }, problem, value === undefined ? undefined : show(value));
	};
	const root = object(json, 'scenario', fail);
	// a result file (…-uitkomst-….json) carries the scenario it was computed from: that is what is read
	if (root.schema === undefined && root.scenarioFile !== undefined && root.totals !== undefined)
		return readScenario(root.scenarioFile as Json, `${file} (het scenario in een uitkomstbestand)`, dataset);
	if (typeof root.schema === 'number' && Number.isInteger(root.schema) && root.schema > SCENARIO_SCHEMA) {
		fail('schema', `gemaakt met een nieuwere versie van de simulator (schema ${root.schema}); deze versie leest schema 1 tot en met ${SCENARIO_SCHEMA}`);
	}
	if (root.schema !== 1 && root.schema !== 2 && root.schema !== 3) fail('schema', `onbekende versie; 1 tot en met ${SCENARIO_SCHEMA} verwacht`, root.schema);
	allowOnly(root, root.schema === 1 ? V1_FIELDS : root.schema === 2 ? V2_FIELDS : V3_FIELDS, '', fail);
	const id = text(root.id, 'id', fail);
	if (!ID.test(id)) fail('id', 'ongeldige id (kleine letters, cijfers, streepjes)', id);
	const name = text(root.name, 'name', fail);
	const description = root.description === undefined ? '' : text(root.description, 'description', fail, true);

	if (!Array.isArray(root.measures)) fail('measures', 'moet een lijst van maatregel-ids zijn', root.measures);
	const known = new Set(dataset.measures.map((m) => m.id));
	const measures = (root.measures as Json[]).map((m, i) => {
		if (typeof m !== 'string' || !known.has(m)) fail(`measures[${i}]`, 'onbekende maatregel', m);
		return m as string;
	});
	const duplicate = measures.find((m, i) => measures.indexOf(m) !== i);
	if (duplicate) fail('measures', 'maatregel komt twee keer voor', duplicate);

	const overrides: Record<string, MeasureOverride> = {};
	if (root.overrides !== undefined) {
		const raw = object(root.overrides, 'overrides', fail);
		for (const key of Object.keys(raw)) {
			if (!measures.includes(key)) fail(`overrides.${key}`, 'geen geselecteerde maatregel', key);
			const override = readOverride(raw[key], `overrides.${key}`, fail);
			// The engine's own rule, so what validates also computes.
			const maatregel = dataset.measures.find((m) => m.id === key)!;
			const problem = overrideProblem(maatregel, Object.hasOwn(dataset.mechanisms, key) ? dataset.mechanisms[key] : undefined, override);
			if (problem) fail(`overrides.${key}.${problem.field}`, problem.problem);
			overrides[key] = override;
		}
	}

	const assumptions: Record<string, number> = {};
	if (root.assumptions !== undefined) {
		const raw = object(root.assumptions, 'assumptions', fail);
		for (const key of Object.keys(raw)) {
			const assumption = dataset.assumptions.find((a) => a.id === key);
			if (!assumption) fail(`assumptions.${key}`, 'onbekende aanname', key);
			assumptions[key] = finite(raw[key], `assumptions.${key}`, fail, assumption!.min, assumption!.max);
			const problem = assumptionValueProblem(assumption!, assumptions[key]!);
			if (problem) fail(`assumptions.${key}`, problem, raw[key]);
		}
	}

	const notes: Record<string, string> = {};
	if (root.notes !== undefined) {
		const raw = object(root.notes, 'notes', fail);
		for (const key of Object.keys(raw)) {
			if (!known.has(key) && !dataset.assumptions.some((a) => a.id === key)) fail(`notes.${key}`, 'geen maatregel of aanname', key);
			notes[key] = text(raw[key], `notes.${key}`, fail);
		}
	}

	const horizon = root.horizon === undefined ? LAST_TABLE_YEAR : root.horizon;
	if (!Number.isInteger(horizon) || (horizon as number) < LAST_TABLE_YEAR || (horizon as number) > MAX_HORIZON) {
		fail('horizon', `moet een jaar van ${LAST_TABLE_YEAR} tot en met ${MAX_HORIZON} zijn`, horizon);
	}
	const distributions: Record<string, Distribution | null> = {};
	if (root.distributions !== undefined) {
		const raw = object(root.distributions, 'distributions', fail);
		for (const key of Object.keys(raw)) {
			const [measure, input] = [key.slice(0, key.lastIndexOf('.')), key.slice(key.lastIndexOf('.') + 1)];
			const isInput = dataset.assumptions.some((a) => a.id === key) || (known.has(measure) && (MEASURE_INPUTS as readonly string[]).includes(input));
			if (key === TEMPO_ID) fail(`distributions.${key}`, 'de samenhang in het tempo is een sterkte, geen onzekere invoer; zet hem onder assumptions');
			if (!isInput) fail(`distributions.${key}`, `geen aanname en geen maatregel.${MEASURE_INPUTS.join(', maatregel.')}`, key);
			if (input === 'kosten' && !dataset.assumptions.some((a) => a.id === key)) {
				const row = dataset.measures.find((m) => m.id === measure)!;
				const mechanism = Object.hasOwn(dataset.mechanisms, measure) ? dataset.mechanisms[measure] : undefined;
				if (!hasInvoeringskosten(row, mechanism)) fail(`distributions.${key}`, `${row.code ?? row.name} heeft geen invoeringskosten om te variëren`);
			}
			const distribution = raw[key] === null ? null : readDistribution(raw[key], `distributions.${key}`, fail);
			const range = dataset.assumptions.find((a) => a.id === key) ?? MEASURE_INPUT_RANGES[input as keyof typeof MEASURE_INPUT_RANGES];
			const problem = distribution && range ? rangeProblem(distribution, range.min, range.max) : null;
			if (problem) fail(`distributions.${key}`, problem);
			distributions[key] = distribution;
		}
	}
	const basedOn = root.basedOn === undefined ? {} : { basedOn: text(root.basedOn, 'basedOn', fail) };
	if (basedOn.basedOn !== undefined && !ID.test(basedOn.basedOn)) fail('basedOn', 'ongeldige id', basedOn.basedOn);
	const dataVersion = root.dataVersion === undefined ? {} : { dataVersion: text(root.dataVersion, 'dataVersion', fail) };
	if (dataVersion.dataVersion !== undefined && dataVersion.dataVersion.length > 64) fail('dataVersion', 'te lang', dataVersion.dataVersion);
	const runs = root.runs === undefined ? {} : { runs: wholeNumber(root.runs, 'runs', fail, MIN_RUNS, MAX_RUNS) };
	const seed = root.seed === undefined ? {} : { seed: wholeNumber(root.seed, 'seed', fail, 0, 0xffffffff) };
	const setIds = dataset.uncertaintySets.map((s) => s.id);
	if (root.uncertaintySet !== undefined && !setIds.includes(root.uncertaintySet as string)) {
		fail('uncertaintySet', `onbekende set van onzekerheid; kies ${setIds.join(' of ')}`, root.uncertaintySet);
	}
	const uncertaintySet = root.uncertaintySet === undefined ? {} : { uncertaintySet: root.uncertaintySet as string };
	return Object.freeze({
		id,
		name,
		description,
		measures: Object.freeze(measures),
		overrides: Object.freeze(overrides),
		assumptions: Object.freeze(assumptions),
		notes: Object.freeze(notes),
		horizon: horizon as number,
		...(root.distributions === undefined ? {} : { distributions: Object.freeze(distributions) }),
		...basedOn,
		...dataVersion,
		...runs,
		...seed,
		...uncertaintySet
	});
}

/**
 * A scenario as a schema-2 file object: what the app exports and the CLI reads with
 * `--scenario`. `readScenario(scenarioFile(s))` gives `s` back.
 */
export function scenarioFile(scenario: Scenario): Record<string, unknown> {
	return {
		schema: SCENARIO_SCHEMA,
		id: scenario.id,
		name: scenario.name,
		description: scenario.description,
		...(scenario.basedOn === undefined ? {} : { basedOn: scenario.basedOn }),
		...(scenario.dataVersion === undefined ? {} : { dataVersion: scenario.dataVersion }),
		measures: [...scenario.measures],
		overrides: scenario.overrides,
		assumptions: scenario.assumptions,
		notes: scenario.notes,
		horizon: scenario.horizon,
		...(scenario.distributions === undefined ? {} : { distributions: scenario.distributions }),
		...(scenario.runs === undefined ? {} : { runs: scenario.runs }),
		...(scenario.seed === undefined ? {} : { seed: scenario.seed }),
		...(scenario.uncertaintySet === undefined ? {} : { uncertaintySet: scenario.uncertaintySet })
	};
}

/** A distribution object as the engine takes it, checked field by field. */
function readDistribution(json: Json, path: string, fail: Fail): Distribution {
	const raw = object(json, path, fail);
	const n = (key: string) => finite(raw[key], `${path}.${key}`, fail, -1e12, 1e12);
	let d: Distribution;
	switch (raw.kind) {
		case 'driehoek':
		case 'pert':
			allowOnly(raw, ['kind', 'min', 'modus', 'max'], path, fail);
			d = { kind: raw.kind, min: n('min'), modus: n('modus'), max: n('max') };
			break;
		case 'uniform':
			allowOnly(raw, ['kind', 'min', 'max'], path, fail);
			d = { kind: 'uniform', min: n('min'), max: n('max') };
			break;
		case 'normaal':
		case 'lognormaal':
			allowOnly(raw, ['kind', 'p5', 'p95'], path, fail);
			d = { kind: raw.kind, p5: n('p5'), p95: n('p95') };
			break;
		case 'keuze': {
			allowOnly(raw, ['kind', 'options'], path, fail);
			const options = Array.isArray(raw.options) ? raw.options : fail(`${path}.options`, 'moet een lijst zijn', raw.options);
			if (options.length > 100) fail(`${path}.options`, 'meer dan 100 keuzes');
			d = {
				kind: 'keuze',
				options: options.map((o: Json, i: number) => {
					const option = object(o, `${path}.options[${i}]`, fail);
					allowOnly(option, ['value', 'chance'], `${path}.options[${i}]`, fail);
					return { value: finite(option.value, `${path}.options[${i}].value`, fail, -1e12, 1e12), chance: finite(option.chance, `${path}.options[${i}].chance`, fail, 0, 1) };
				})
			};
			break;
		}
		default:
			return fail(`${path}.kind`, `onbekende verdeling (${DISTRIBUTION_KINDS.join(', ')})`, raw.kind);
	}
	const problem = distributionProblem(d);
	if (problem) fail(path, problem);
	return d;
}

type Fail = (path: string, problem: string, value?: unknown) => never;

function readOverride(json: Json, path: string, fail: Fail): MeasureOverride {
	const raw = object(json, path, fail);
	allowOnly(raw, ['structuralMln', 'curve', 'costsMln', 'pm'], path, fail);
	const override: MeasureOverride = {};
	if (raw.pm !== undefined) {
		if (raw.pm !== true) fail(`${path}.pm`, 'schrijf true voor een PM-post, of laat het veld weg', raw.pm);
		override.pm = true;
	}
	if (raw.structuralMln !== undefined) {
		if (typeof raw.structuralMln === 'number' && raw.structuralMln < 0) {
			fail(`${path}.structuralMln`, 'een besparing is 0 of meer; de invoeringskosten van de tabel wijzigt u met costsMln', raw.structuralMln);
		}
		override.structuralMln = finite(raw.structuralMln, `${path}.structuralMln`, fail, 0, MAX_ABS_MLN);
	}
	if (raw.curve !== undefined) override.curve = readCurve(raw.curve, `${path}.curve`, fail);
	if (raw.costsMln !== undefined) override.costsMln = finite(raw.costsMln, `${path}.costsMln`, fail, 0, MAX_ABS_MLN);
	return Object.freeze(override);
}

function readCurve(json: Json, path: string, fail: Fail): RampCurve {
	const raw = object(json, path, fail);
	const year = (key: string) => {
		const v = raw[key];
		if (!Number.isInteger(v) || (v as number) < CURVE_YEARS.min || (v as number) > CURVE_YEARS.max) {
			fail(`${path}.${key}`, 'geen jaartal', v);
		}
		return v as number;
	};
	const delay = () => (raw.delay === undefined ? {} : { delay: wholeNumber(raw.delay, `${path}.delay`, fail, 0, 20) });
	switch (raw.kind) {
		case 'asPrinted':
			allowOnly(raw, ['kind', 'delay'], path, fail);
			return { kind: 'asPrinted', ...delay() };
		case 'step':
			allowOnly(raw, ['kind', 'start', 'delay'], path, fail);
			return { kind: 'step', start: year('start'), ...delay() };
		case 'linear':
		case 'logistic': {
			allowOnly(raw, ['kind', 'start', 'full', 'delay', ...(raw.kind === 'logistic' ? ['steepness'] : [])], path, fail);
			const start = year('start');
			const full = year('full');
			if (full < start) fail(`${path}.full`, 'volledig effect ligt vóór de start', full);
			if (raw.kind === 'linear') return { kind: 'linear', start, full, ...delay() };
			const steepness = raw.steepness === undefined ? {} : { steepness: finite(raw.steepness, `${path}.steepness`, fail, 0.01, 50) };
			return { kind: 'logistic', start, full, ...steepness, ...delay() };
		}
		case 'custom': {
			allowOnly(raw, ['kind', 'from', 'fractions', 'delay'], path, fail);
			if (!Array.isArray(raw.fractions) || raw.fractions.length === 0 || raw.fractions.length > 50) {
				fail(`${path}.fractions`, 'moet een lijst van 1 tot 50 fracties zijn', raw.fractions);
			}
			const fractions = (raw.fractions as Json[]).map((f, i) => finite(f, `${path}.fractions[${i}]`, fail, 0, 1));
			return { kind: 'custom', from: year('from'), fractions, ...delay() };
		}
		default:
			return fail(`${path}.kind`, 'onbekende curve (asPrinted, linear, logistic, step, custom)', raw.kind);
	}
}

function object(json: Json, path: string, fail: Fail): Record<string, Json> {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) fail(path, 'moet een object zijn', json);
	return json as Record<string, Json>;
}

function allowOnly(raw: Record<string, Json>, keys: readonly string[], path: string, fail: Fail): void {
	for (const key of Object.keys(raw)) {
		if (!keys.includes(key)) fail(path ? `${path}.${key}` : key, 'onbekend veld');
	}
}

function text(json: Json, path: string, fail: Fail, allowEmpty = false): string {
	if (typeof json !== 'string' || (!allowEmpty && json.trim() === '') || json.length > MAX_TEXT) {
		fail(path, `moet tekst zijn (1 tot ${MAX_TEXT} tekens)`, json);
	}
	return json as string;
}

function finite(json: Json, path: string, fail: Fail, min: number, max: number): number {
	if (typeof json !== 'number' || !Number.isFinite(json) || json < min || json > max) {
		fail(path, `moet een getal van ${min} tot en met ${max} zijn`, json);
	}
	return json as number;
}

function wholeNumber(json: Json, path: string, fail: Fail, min: number, max: number): number {
	const n = finite(json, path, fail, min, max);
	if (!Number.isInteger(n)) fail(path, 'moet een geheel getal zijn', n);
	return n;
}

function show(value: unknown): string {
	try {
		return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	} catch {
		return String(value);
	}
}
