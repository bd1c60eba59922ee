import type { Distribution } from '../engine';
import type { Cell } from '../format/resultTable';
import { sourceText } from '../format/resultTable';
import type { SourceJson } from '../sources/sourceJson';
import { LICENCE_LINE } from './licence';
import type { AssumptionJson, OpenData } from './openData';

/**
 * The columns of the open data as one table. `Waarde`, `Laag`, `Midden` and `Hoog` are numbers in
 * the unit of `Eenheid` (or PM); what they mean depends on the row: an amount, an assumption's
 * default and range, a distribution's low, middle and high.
 */
export const OPEN_DATA_COLUMNS = [
	'Onderdeel',
	'Id',
	'Omschrijving',
	'Jaar',
	'Waarde',
	'Eenheid',
	'Laag',
	'Midden',
	'Hoog',
	'Verdeling',
	'Formule',
	'Status',
	'Bron',
	'Extern',
	'Adres',
	'Toelichting'
] as const;

type Column = (typeof OPEN_DATA_COLUMNS)[number];
type Row = Partial<Record<Column, Cell>>;

/** A source as a cell: "doc. 004, r. 665", "extern E2, r. 19", or "aanname". */
const bron = (s: SourceJson | null) => sourceText(s);

/** Outside sources as a cell ("E2 r. 19; E3 r. 24") and their addresses, one after another. */
function outside(sources: readonly (SourceJson | null)[]): Row {
	const entries = sources.filter((s): s is SourceJson => !!s?.entry);
	return {
		Extern: entries.map((s) => `${s.entry} r. ${s.line}`).join('; '),
		Adres: [...new Set(entries.map((s) => s.address).filter(Boolean))].join(' ')
	};
}

/** Low, middle and high of a distribution, in its input's unit. */
function spread(d: Distribution | null): Row {
	if (!d) return {};
	switch (d.kind) {
		case 'driehoek':
		case 'pert':
			return { Laag: d.min, Midden: d.modus, Hoog: d.max };
		case 'uniform':
			return { Laag: d.min, Hoog: d.max };
		case 'normaal':
		case 'lognormaal':
			return { Laag: d.p5, Hoog: d.p95 };
		case 'keuze':
			return { Laag: Math.min(...d.options.map((o) => o.value)), Hoog: Math.max(...d.options.map((o) => o.value)) };
	}
}

/** A row's cells in column order: '' where it has nothing, null (PM) where it says PM. */
const cells = (row: Row): Cell[] => OPEN_DATA_COLUMNS.map((c) => (row[c] === undefined ? '' : row[c]!));

function assumptionRow(part: string, a: AssumptionJson): Row {
	return {
		Onderdeel: part,
		Id: a.id,
		Omschrijving: a.label,
		Waarde: a.default,
		Eenheid: a.unit,
		Laag: a.min,
		Hoog: a.max,
		Status: a.status,
		Bron: bron(a.source),
		...outside([a.source]),
		Toelichting: a.note
	};
}

/** The unit of an uncertain input: the assumption's, or that of a measure's factor or shift. */
function inputUnit(data: OpenData, id: string): string {
	const assumption = data.assumptions.find((a) => a.id === id);
	if (assumption) return assumption.unit;
	return id.endsWith('.verschuiving') ? 'jaren' : 'factor';
}

/**
 * The assumptions as rows under OPEN_DATA_COLUMNS (header first), as `--list-assumptions --format
 * csv` writes them.
 */
export function assumptionRows(data: OpenData): Cell[][] {
	return [[...OPEN_DATA_COLUMNS], ...data.assumptions.map((a) => cells(assumptionRow('aanname', a)))];
}

/**
 * The open data as one table, header first: a row per fact, each with its source (`Bron`: document
 * and line, `Extern` and `Adres`: the figures from elsewhere and where they are). `Onderdeel` says
 * what a row is: licentie, document, extern, maatregel, cel (one per measure and year), twijfel,
 * gedrukt totaal, aanname, lokale aanname, onzekerheidsset, verdeling, doel, doelbedrag,
 * mechanisme, kostenregel, pakket, gedeelde besparing. Empty cells are '' and PM is null, so a
 * spreadsheet reads every amount as a number or as PM.
 */
export function openDataRows(data: OpenData): Cell[][] {
	const rows: Row[] = [];
	rows.push({
		Onderdeel: 'licentie',
		Id: data.licence.data,
		Omschrijving: LICENCE_LINE,
		Adres: data.licence.url,
		Toelichting: `dataversie ${data.dataVersion}`
	});
	for (const d of data.documents)
		rows.push({ Onderdeel: 'document', Id: d.id === 'extern' ? 'extern' : `doc. ${d.id}`, Omschrijving: d.title, Status: d.date, Toelichting: d.file });
	for (const e of data.extern)
		rows.push({
			Onderdeel: 'extern',
			Id: e.id,
			Omschrijving: e.title,
			Status: e.kind,
			Bron: `extern.md, r. ${e.line}`,
			Adres: e.address ?? '',
			Toelichting: e.date
		});
	for (const m of data.measures) {
		const name = m.code ? `${m.code} ${m.name}` : m.name;
		rows.push({
			Onderdeel: 'maatregel',
			Id: m.id,
			Omschrijving: name,
			Status: `Tabel ${m.table}`,
			Bron: bron(m.source),
			Toelichting: `${m.werkgroep}. ${m.note}`
		});
		for (const cell of m.cells)
			rows.push({
				Onderdeel: 'cel',
				Id: m.id,
				Omschrijving: name,
				Jaar: cell.year,
				Waarde: cell.pm ? null : cell.amountMln,
				Eenheid: '€ mln',
				Status: cell.pm ? 'PM' : cell.dash ? 'streepje (0)' : 'bedrag',
				Bron: bron(m.source)
			});
	}
	for (const d of data.doubts)
		rows.push({
			Onderdeel: 'twijfel',
			Id: d.measure,
			Omschrijving: `gedrukt: ${d.printed}`,
			Jaar: d.year,
			Waarde: d.readMln,
			Eenheid: '€ mln',
			Status: 'gelezen',
			Bron: bron(d.source),
			...outside(d.support),
			Toelichting: d.note
		});
	for (const t of data.printedTotals)
		rows.push({
			Onderdeel: 'gedrukt totaal',
			Id: `tabel ${t.table}`,
			Omschrijving: t.printed === '' ? 'niets gedrukt' : `gedrukt: ${t.printed}`,
			Jaar: t.year,
			Waarde: t.valueMln ?? '',
			Eenheid: '€ mln',
			Bron: bron(t.source),
			...outside(t.confirmedBy),
			Toelichting: t.note
		});
	for (const a of data.assumptions) rows.push(assumptionRow('aanname', a));
	for (const a of data.localAssumptions) rows.push(assumptionRow('lokale aanname', a));
	for (const set of data.uncertaintySets) {
		rows.push({ Onderdeel: 'onzekerheidsset', Id: set.id, Omschrijving: set.name, Status: set.isDefault ? 'standaard' : '', Toelichting: set.note });
		for (const i of set.inputs)
			rows.push({
				Onderdeel: 'verdeling',
				Id: i.id,
				Omschrijving: `set ${set.id}`,
				Eenheid: inputUnit(data, i.id),
				...spread(i.distribution),
				Verdeling: i.spec,
				Status: i.tempo ? `${i.status}, volgt het tempo` : i.status,
				Bron: bron(i.source),
				...outside([i.source]),
				Toelichting: i.note
			});
	}
	for (const t of data.targets) {
		rows.push({
			Onderdeel: 'doel',
			Id: t.id,
			Omschrijving: t.name,
			Status: t.kind === 'laag' ? `laag op ${t.base}` : t.kind,
			Bron: bron(t.source),
			...outside([t.source, ...t.extern]),
			Toelichting: t.conflict ? `${t.note} Bronnen verschillen: ${t.conflict}` : t.note
		});
		for (const y of t.years)
			rows.push({
				Onderdeel: 'doelbedrag',
				Id: t.id,
				Omschrijving: t.short,
				Jaar: y.year,
				Waarde: y.status === 'pm' ? null : (y.amountMln ?? ''),
				Eenheid: '€ mln',
				Status: y.status,
				Bron: bron(y.source),
				...outside([y.source]),
				Toelichting: y.note
			});
	}
	for (const m of data.mechanisms) {
		const curve = m.curve
			? `curve ${m.curve.kind}${Object.entries(m.curve)
					.filter(([key]) => key !== 'kind')
					.map(([key, value]) => `, ${key} = ${value}`)
					.join('')}`
			: '';
		rows.push({
			Onderdeel: 'mechanisme',
			Id: m.measure,
			Omschrijving: curve,
			Eenheid: m.structural ? '€ mln' : '',
			Formule: m.structural ?? '',
			Toelichting: m.explanation
		});
		for (const c of m.costs) {
			const when = c.kind === 'reeks' ? 'deel van de besparing' : `van ${c.from}${c.until ? ` tot en met ${c.until}` : ''}`;
			rows.push({
				Onderdeel: 'kostenregel',
				Id: `${m.measure}.${c.id}`,
				Omschrijving: c.label,
				Eenheid: c.kind === 'reeks' ? 'verhouding' : '€ mln',
				Formule: c.amount,
				Status: [c.kind, c.role === 'elders' ? 'elders' : c.counted ? `meetellen: ${c.counted}` : 'invoering', c.missing ? 'niet begroot' : '']
					.filter(Boolean)
					.join(', '),
				Bron: bron(c.source),
				...outside([c.source]),
				Toelichting: when
			});
		}
	}
	for (const p of data.packages)
		rows.push({ Onderdeel: 'pakket', Id: p.id, Omschrijving: p.label, Status: `overlap: ${p.overlap}`, Toelichting: p.measures.join(', ') });
	for (const s of data.sharedSavings)
		rows.push({
			Onderdeel: 'gedeelde besparing',
			Id: s.id,
			Omschrijving: s.label,
			Status: `telt bij ${s.countedAt}`,
			Bron: bron(s.source),
			Toelichting: s.measures.join(', ')
		});
	return [[...OPEN_DATA_COLUMNS], ...rows.map(cells)];
}
