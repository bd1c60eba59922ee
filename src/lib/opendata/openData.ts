import {
	PM,
	TABLE_YEARS,
	type Assumption,
	type CompiledFormula,
	type CurveSpec,
	type Dataset,
	type Distribution,
	type SourceRef,
	type Target
} from '../engine';
import { distributionSpec } from '../data/distributionSpec';
import { sourceJson, type SourceJson } from '../sources/sourceJson';
import { licenceJson } from './licence';

/** The open data's format version; open-data.schema.json (in static/) describes this version. */
export const OPEN_DATA_VERSION = 1;

/** An assumption as the open data and `--list-assumptions --format json` give it. */
export interface AssumptionJson {
	id: string;
	measure: string | null;
	label: string;
	unit: string;
	default: number;
	min: number;
	max: number;
	step: number;
	status: string;
	note: string;
	source: SourceJson | null;
}

/** A target's own fields, as the open data and `--list-doelen` give them (each adds its sources and years in its own form). */
export function targetJson(t: Target) {
	return {
		id: t.id,
		name: t.name,
		short: t.short,
		date: t.date,
		kind: t.kind,
		base: t.base,
		after2028: t.after,
		note: t.note,
		conflict: t.conflict || null
	};
}

/**
 * An assumption with its unit, range and source.
 *
 * @example assumptionJson(dataset, b17kinderen) // { id: 'b17.kinderen', default: 20000, unit: 'kinderen', …, source: { document: '004', line: 6905 } }
 */
export function assumptionJson(dataset: Dataset, a: Assumption): AssumptionJson {
	return {
		id: a.id,
		measure: a.measure,
		label: a.label,
		unit: a.unit,
		default: a.defaultValue,
		min: a.min,
		max: a.max,
		step: a.step,
		status: a.status,
		note: a.note,
		source: a.source ? sourceJson(dataset, a.source) : null
	};
}

const text = (formula: CompiledFormula | null | undefined) => (formula ? formula.text : null);

/** A curve with its parameters as formula texts. */
function curveJson(curve: CurveSpec | null): Record<string, string | null> | null {
	if (!curve) return null;
	const out: Record<string, string | null> = { kind: curve.kind };
	for (const key of ['start', 'full', 'delay'] as const) {
		const value = (curve as Partial<Record<typeof key, CompiledFormula>>)[key];
		if (value) out[key] = value.text;
	}
	return out;
}

/**
 * The whole dataset as one open-data object: the sources (documents and the figures from
 * elsewhere with their addresses), every cell of Tabel 1 and Tabel 2, the doubtful readings, the
 * printed totals, the assumptions, the distributions of each set of uncertainty, the targets with
 * their amounts, and the mechanisms with their formulas. Every item carries its source; a figure
 * from elsewhere its address. The CSV (openDataRows) is this object in rows.
 *
 * @example openData(dataset).measures.find((m) => m.id === 'b17').cells[4] // { year: 2026, amountMln: 300, pm: false, dash: false }
 */
export function openData(dataset: Dataset) {
	const source = (s: SourceRef) => sourceJson(dataset, s);
	const distribution = (d: Distribution | null) => ({ distribution: d, spec: distributionSpec(d) });
	return {
		schemaVersion: OPEN_DATA_VERSION,
		title: 'Hervormingsagenda Jeugd: maatregelen, aannames, onzekerheid en doelen',
		dataVersion: dataset.version,
		licence: licenceJson(),
		unit: 'EUR mln',
		years: [...TABLE_YEARS],
		documents: dataset.documents.map((d) => ({ id: d.id, file: d.file, title: d.title, date: d.date })),
		extern: dataset.extern.map((e) => ({
			id: e.id,
			title: e.title,
			date: e.date,
			address: e.url || null,
			kind: e.primary ? ('primair' as const) : ('secundair' as const),
			line: e.line
		})),
		measures: dataset.measures.map((m) => ({
			id: m.id,
			code: m.code,
			name: m.name,
			table: m.table,
			werkgroep: m.werkgroep,
			note: m.note,
			source: source(m.source),
			cells: m.amounts.map((amount, i) => ({
				year: TABLE_YEARS[i]!,
				amountMln: amount === PM ? null : amount,
				pm: amount === PM,
				dash: m.printedDash[i]!
			}))
		})),
		doubts: dataset.measures.flatMap((m) =>
			m.doubts.map((d) => ({
				measure: m.id,
				year: d.year,
				printed: d.printed,
				readMln: d.readMln,
				note: d.note,
				source: source(d.source),
				support: d.support.map(source)
			}))
		),
		printedTotals: dataset.printedTotals.map((t) => ({
			table: t.table,
			year: t.year,
			printed: t.printed,
			valueMln: t.valueMln,
			note: t.note,
			source: source(t.source),
			confirmedBy: t.confirmedBy.map(source)
		})),
		assumptions: dataset.assumptions.map((a) => assumptionJson(dataset, a)),
		localAssumptions: dataset.local.map((a) => assumptionJson(dataset, a)),
		uncertaintySets: dataset.uncertaintySets.map((set) => ({
			id: set.id,
			name: set.name,
			isDefault: set.isDefault,
			note: set.note,
			inputs: set.inputs.map((i) => ({
				id: i.id,
				...distribution(i.distribution),
				status: i.status,
				tempo: i.tempo,
				note: i.note,
				source: i.source ? source(i.source) : null
			}))
		})),
		targets: dataset.targets.map((t) => ({
			...targetJson(t),
			source: source(t.source),
			extern: t.extern.map(source),
			years: t.years.map((y) => ({ year: y.year, amountMln: y.amount, status: y.status, note: y.note, source: source(y.source) }))
		})),
		mechanisms: Object.values(dataset.mechanisms).map((m) => ({
			measure: m.measure,
			explanation: m.explanation,
			structural: text(m.structural),
			curve: curveJson(m.curve),
			costs: m.costs.map((c) => ({
				id: c.id,
				label: c.label,
				kind: c.kind,
				role: c.role,
				amount: c.amount.text,
				from: text(c.from),
				until: text(c.until),
				counted: c.counted,
				missing: c.missing,
				source: c.source ? source(c.source) : null
			}))
		})),
		packages: dataset.packages.map((p) => ({ id: p.id, label: p.label, measures: [...p.measures], overlap: p.overlap })),
		sharedSavings: dataset.shared.map((s) => ({ id: s.id, label: s.label, measures: [...s.measures], countedAt: s.countedAt, source: source(s.source) }))
	};
}

/** The open data as openData gives it. */
export type OpenData = ReturnType<typeof openData>;
