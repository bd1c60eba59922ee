import { compileFormula, FormulaError, type FormulaParser, type Assumption, type CompiledFormula, type CostLine, type CurveSpec, type MeasurePackage, type Mechanism } from '../engine';
import { DataError } from './DataError';

const FILE = 'mechanismen.json';
type Json = unknown;

/**
 * Parse data/mechanismen.json: per measure a structural formula, a curve whose parameters are
 * formulas, and cost lines; plus the packages whose overlap can be set. Formulas may only use
 * the measure's own assumptions (by the name after the dot) and are compiled once, here.
 */
export function loadMechanisms(
	text: string,
	measureIds: ReadonlySet<string>,
	assumptions: readonly Assumption[],
	parse: FormulaParser
): { mechanisms: Record<string, Mechanism>; packages: MeasurePackage[] } {
	const fail = (path: string, problem: string, value?: unknown): never => {
		throw new DataError({ file: FILE, column: path }, problem, value === undefined ? undefined : String(value));
	};
	let json: Json;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return fail('', `geen geldige JSON (${(e as Error).message})`);
	}
	const root = object(json, '', fail);
	const mechanisms: Record<string, Mechanism> = Object.create(null);
	for (const [measure, raw] of Object.entries(object(root.maatregelen, 'maatregelen', fail))) {
		const path = `maatregelen.${measure}`;
		if (!measureIds.has(measure)) fail(path, 'onbekende maatregel', measure);
		const names = assumptions.filter((a) => a.measure === measure).map((a) => a.id.slice(measure.length + 1));
		const formula = (value: Json, at: string): CompiledFormula => {
			if (typeof value !== 'string') return fail(at, 'formule moet tekst zijn', value);
			try {
				return compileFormula(value, names, parse);
			} catch (e) {
				if (e instanceof FormulaError) return fail(at, e.message);
				throw e;
			}
		};
		const m = object(raw, path, fail);
		const curve = m.curve === undefined ? null : readCurve(object(m.curve, `${path}.curve`, fail), `${path}.curve`, formula, fail);
		const costs = m.kosten === undefined ? [] : list(m.kosten, `${path}.kosten`, fail).map((c, i) => readCost(object(c, `${path}.kosten[${i}]`, fail), `${path}.kosten[${i}]`, formula, fail));
		if (typeof m.uitleg !== 'string' || m.uitleg === '') fail(`${path}.uitleg`, 'uitleg ontbreekt');
		mechanisms[measure] = Object.freeze({
			measure,
			explanation: m.uitleg as string,
			structural: m.structureel === undefined ? null : formula(m.structureel, `${path}.structureel`),
			curve,
			costs: Object.freeze(costs)
		});
	}
	const packages = Object.entries(object(root.pakketten ?? {}, 'pakketten', fail)).map(([id, raw]) => {
		const p = object(raw, `pakketten.${id}`, fail);
		const members = list(p.maatregelen, `pakketten.${id}.maatregelen`, fail);
		members.forEach((m, i) => measureIds.has(m as string) || fail(`pakketten.${id}.maatregelen[${i}]`, 'onbekende maatregel', m));
		if (!assumptions.some((a) => a.id === p.overlap)) fail(`pakketten.${id}.overlap`, 'onbekende aanname', p.overlap);
		return Object.freeze({ id, label: String(p.label ?? id), measures: members as string[], overlap: p.overlap as string });
	});
	return { mechanisms, packages };
}

type Fail = (path: string, problem: string, value?: unknown) => never;
type ToFormula = (value: Json, at: string) => CompiledFormula;

function readCurve(raw: Record<string, Json>, path: string, formula: ToFormula, fail: Fail): CurveSpec {
	const delay = raw.delay === undefined ? {} : { delay: formula(raw.delay, `${path}.delay`) };
	switch (raw.kind) {
		case 'asPrinted':
			return { kind: 'asPrinted', ...delay };
		case 'step':
			return { kind: 'step', start: formula(raw.start, `${path}.start`), ...delay };
		case 'linear':
		case 'logistic':
			return { kind: raw.kind, start: formula(raw.start, `${path}.start`), full: formula(raw.full, `${path}.full`), ...delay };
		default:
			return fail(`${path}.kind`, 'onbekende curve (asPrinted, linear, logistic, step)', raw.kind);
	}
}

function readCost(raw: Record<string, Json>, path: string, formula: ToFormula, fail: Fail): CostLine {
	if (raw.soort !== 'eenmalig' && raw.soort !== 'jaarlijks') fail(`${path}.soort`, 'moet eenmalig of jaarlijks zijn', raw.soort);
	if (typeof raw.id !== 'string' || typeof raw.label !== 'string') fail(path, 'id en label zijn verplicht');
	return Object.freeze({
		id: raw.id as string,
		label: raw.label as string,
		kind: raw.soort as 'eenmalig' | 'jaarlijks',
		amount: formula(raw.bedrag, `${path}.bedrag`),
		from: formula(raw.van, `${path}.van`),
		until: raw.tot === undefined ? null : formula(raw.tot, `${path}.tot`),
		missing: raw.ontbreekt === true
	});
}

function object(json: Json, path: string, fail: Fail): Record<string, Json> {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(path, 'moet een object zijn');
	return json as Record<string, Json>;
}

function list(json: Json, path: string, fail: Fail): Json[] {
	if (!Array.isArray(json)) return fail(path, 'moet een lijst zijn');
	return json;
}
