import { compileFormula, FormulaError, type FormulaParser, type Assumption, type CompiledFormula, type CostLine, type CurveSpec, type MeasurePackage, type Mechanism, type SharedSaving, type SourceRef } from '../engine';
import { DataError } from './DataError';
import { citedLines } from './readCells';

const FILE = 'mechanismen.json';
type Json = unknown;

/**
 * Parse data/mechanismen.json: per measure a structural formula, a curve whose parameters are
 * formulas, and cost lines; the packages whose overlap can be set; and the savings several
 * measures share. Formulas may only use the measure's own assumptions (by the name after the
 * dot) and are compiled once, here. Every cost line names its source or says it is an aanname.
 */
export function loadMechanisms(
	text: string,
	measureIds: ReadonlySet<string>,
	assumptions: readonly Assumption[],
	documentIds: ReadonlySet<string>,
	parse: FormulaParser
): { mechanisms: Record<string, Mechanism>; packages: MeasurePackage[]; shared: SharedSaving[] } {
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
		const switches = assumptions.filter((a) => a.measure === measure && a.unit === 'schakelaar').map((a) => a.id.slice(measure.length + 1));
		const costs = m.kosten === undefined ? [] : list(m.kosten, `${path}.kosten`, fail).map((c, i) => readCost(object(c, `${path}.kosten[${i}]`, fail), `${path}.kosten[${i}]`, { formula, fail, switches, documentIds }));
		const ids = costs.map((c) => c.id);
		const twice = ids.find((id, i) => ids.indexOf(id) !== i || id === 'tabel');
		if (twice) fail(`${path}.kosten`, 'kostenregel-id komt twee keer voor of is gereserveerd (tabel)', twice);
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
	const shared = Object.entries(object(root.gedeeld ?? {}, 'gedeeld', fail)).map(([id, raw]) => {
		const at = `gedeeld.${id}`;
		const g = object(raw, at, fail);
		const members = list(g.maatregelen, `${at}.maatregelen`, fail);
		members.forEach((m, i) => measureIds.has(m as string) || fail(`${at}.maatregelen[${i}]`, 'onbekende maatregel', m));
		if (!members.includes(g.teltBij)) fail(`${at}.teltBij`, 'moet een van de maatregelen zijn', g.teltBij);
		if (typeof g.label !== 'string' || g.label === '') fail(`${at}.label`, 'label ontbreekt');
		const source = readSourceRef(g.bron, `${at}.bron`, documentIds, fail);
		if (!source) fail(`${at}.bron`, 'een gedeelde besparing noemt haar bron');
		return Object.freeze({ id, label: g.label as string, measures: members as string[], countedAt: g.teltBij as string, source: source! });
	});
	return { mechanisms, packages, shared };
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

interface CostContext {
	formula: ToFormula;
	fail: Fail;
	/** The measure's switches (schakelaar assumptions), by the name after the dot. */
	switches: readonly string[];
	documentIds: ReadonlySet<string>;
}

function readCost(raw: Record<string, Json>, path: string, { formula, fail, switches, documentIds }: CostContext): CostLine {
	const kind = raw.soort;
	if (kind !== 'eenmalig' && kind !== 'jaarlijks' && kind !== 'reeks') fail(`${path}.soort`, 'moet eenmalig, jaarlijks of reeks zijn', kind);
	if (typeof raw.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(raw.id) || typeof raw.label !== 'string' || raw.label === '') fail(path, 'id (kleine letters) en label zijn verplicht');
	const where = raw.waar ?? 'jeugd';
	if (where !== 'jeugd' && where !== 'elders') fail(`${path}.waar`, 'moet jeugd of elders zijn', where);
	let counted: string | null = null;
	if (where === 'jeugd') {
		if (typeof raw.meetellen !== 'string' || !switches.includes(raw.meetellen)) {
			fail(`${path}.meetellen`, `noem de schakelaar die deze kosten in het netto telt (${switches.join(', ') || 'de maatregel heeft er geen'})`, raw.meetellen);
		}
		counted = raw.meetellen as string;
	} else if (raw.meetellen !== undefined) fail(`${path}.meetellen`, 'kosten elders tellen nooit mee in het netto');
	if (kind === 'reeks' && (raw.van !== undefined || raw.tot !== undefined)) fail(path, 'een reeks volgt de besparing en heeft geen van of tot');
	if (kind !== 'reeks' && raw.van === undefined) fail(`${path}.van`, 'het eerste jaar ontbreekt');
	if (kind === 'eenmalig' && raw.tot === undefined) fail(`${path}.tot`, 'eenmalige kosten hebben een laatste jaar');
	if (raw.bron === undefined) fail(`${path}.bron`, 'noem de bron ({"document", "regel"}) of "aanname"');
	return Object.freeze({
		id: raw.id as string,
		label: raw.label as string,
		kind: kind as CostLine['kind'],
		role: where === 'jeugd' ? 'invoering' : 'elders',
		amount: formula(raw.bedrag, `${path}.bedrag`),
		from: raw.van === undefined ? null : formula(raw.van, `${path}.van`),
		until: raw.tot === undefined ? null : formula(raw.tot, `${path}.tot`),
		counted,
		missing: raw.ontbreekt === true,
		source: readSourceRef(raw.bron, `${path}.bron`, documentIds, fail)
	});
}

/** `"aanname"` (null), or `{ "document": "004", "regel": "6932-6937" }` with a range or list of lines. */
function readSourceRef(json: Json, path: string, documentIds: ReadonlySet<string>, fail: Fail): SourceRef | null {
	if (json === 'aanname') return null;
	const raw = object(json, path, fail);
	if (typeof raw.document !== 'string' || !documentIds.has(raw.document) || raw.document === 'extern') fail(`${path}.document`, 'onbekend brondocument', raw.document);
	const lines = citedLines(typeof raw.regel === 'number' ? String(raw.regel) : typeof raw.regel === 'string' ? raw.regel : '');
	if (typeof lines === 'string') return fail(`${path}.regel`, lines, raw.regel);
	return Object.freeze(lines.length === 1 ? { document: raw.document as string, line: lines[0]! } : { document: raw.document as string, line: lines[0]!, lines });
}

function object(json: Json, path: string, fail: Fail): Record<string, Json> {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(path, 'moet een object zijn');
	return json as Record<string, Json>;
}

function list(json: Json, path: string, fail: Fail): Json[] {
	if (!Array.isArray(json)) return fail(path, 'moet een lijst zijn');
	return json;
}
