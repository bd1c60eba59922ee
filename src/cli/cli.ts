import { parseArgs } from 'node:util';
import { DataError } from '../lib/data/DataError';
import {
	compareMonteCarlo,
	compileModel,
	FIRST_YEAR,
	gapWaterfall,
	LAST_TABLE_YEAR,
	MAX_HORIZON,
	MAX_RUNS,
	MIN_RUNS,
	monteCarlo,
	MonteCarloWorkspace,
	DEFAULT_TARGET,
	TABLE_YEARS,
	targetSeries,
	rangeProblem,
	assumptionValueProblem,
	resultFor,
	simulate,
	tornado,
	uncertainInputs,
	uncertaintySetOf,
	type Dataset,
	type Model,
	type Scenario,
	type Tornado
} from '../lib/engine';
import { formatAmount } from '../lib/format/formatMln';
import { AMOUNTS_NOTE, resultTable, sourceText, tableRows } from '../lib/format/resultTable';
import { toCsv, type CsvVariant } from '../lib/format/toCsv';
import { compareTable, gapTable, gapTextTable } from '../lib/format/compareTable';
import { PROGRAM, readDataset, readFiches, readPresets, resolveScenario, scenarioFileNotice } from './projectData';
import { ficheLongRows, ficheRows } from '../lib/fiches/ficheTable';
import { resultJson, targetSources } from '../lib/format/resultJson';
import { assumptionJson, openData, targetJson } from '../lib/opendata/openData';
import { assumptionRows, openDataRows } from '../lib/opendata/openDataRows';
import { licenceJson } from '../lib/opendata/licence';
import { alignedText, textTable } from './textTable';
import { LocalUsageError, localOutput } from './gemeenten';
import { parseNumber } from '../lib/data/parseNumber';
import { targetLabel } from '../lib/format/targetLabel';
import { parseDistributionSpec } from '../lib/data/distributionSpec';

const HELP = `Gebruik: npm run -s simulate -- [opties]

  --scenario <id | bestand.json>  preset (cvw-tabel-1, rijk, vng, werkgroepen, werkgroepen-illustratief)
                                  of een scenariobestand
                                  (ook een uit de app geëxporteerd bestand); standaard cvw-tabel-1
  --compare <a,b[,c,d]>           2 tot 4 scenario's naast elkaar (ids of .json-bestanden), met de
                                  verschillen met de eerste en de kloofanalyse per stap
  --jaar <jaar>                   jaar van de kloofanalyse; standaard ${LAST_TABLE_YEAR} (met --cumulatief: t/m dat jaar)
  --format table|csv|json         uitvoer; standaard table
  --csv excel-nl|plain            CSV-variant: Nederlandse Excel (BOM, ;, decimale komma) of plain (, en .)
  --horizon <jaar>                laatste jaar, ${LAST_TABLE_YEAR} tot en met ${MAX_HORIZON}
  --set <aanname>=<waarde>        een aanname wijzigen (herhaalbaar), bijv. --set b17.kinderen=10000
  --runs <aantal>                 Monte Carlo met ${MIN_RUNS.toLocaleString('nl-NL')} tot en met ${MAX_RUNS.toLocaleString('nl-NL')} trekkingen (onzekerheid, kans op het richtbedrag, tornado)
  --seed <getal>                  seed van de trekkingen (0 tot en met 4294967295); standaard 1
  --onzekerheid <set>             set van onzekerheid bij --runs: tabel (alleen de bereiken van de bronnen,
                                  standaard) of werkgroepen (met de twijfels van de werkgroepen)
  --verdeling <invoer>=<verdeling>
                                  eigen verdeling van één onzekere invoer bij --runs (herhaalbaar), bijv.
                                  b17.kinderen=driehoek:10.000:15.000:20.000, b2.schaal=uniform:0,5:1,
                                  b2.wetswijziging=keuze:0@0,5:1@0,5, of b17.kinderen=uit
  --tornado <jaar>                jaar voor de tornado; standaard ${LAST_TABLE_YEAR}
  --cumulatief                    tornado of kloofanalyse op het cumulatieve netto tot en met dat jaar
  --gemeenten <bestand.csv>       per gemeente per jaar: besparing, invoeringskosten en netto in euro's
                                  (CBS StatLine-download of gewone CSV; een rij Nederland geeft de
                                  landelijke totalen)
  --sleutel jeugdigen|budget|aandeel
                                  verdeelsleutel voor --gemeenten; standaard jeugdigen (jongeren 0 tot 20 jaar)
  --gemeente <GM-code of naam>    één gemeente uit de meegeleverde tabel (CBS, 342 gemeenten, 1-1-2025),
                                  bijv. GM0363 of "Súdwest-Fryslân"; sleutel: jongeren 0 tot 20 jaar
  --aandeel <0..1>                één aandeel van de landelijke bedragen, bijv. 0.01 voor 1 %
  --doel <id>                     het doel waartegen het netto wordt afgezet (tekort = doel − netto):
                                  cvw-tabel-1 (standaard), ha-2023, ha-2023-511, groeipijn, vjn-2025;
                                  zie --list-doelen
  --list-doelen                   de doelen en kaders na de Commissie van Wijzen, met bedragen en bronnen
  --list-assumptions              alle aannames met standaardwaarde, eenheid, bereik en bron (ook met
                                  --format csv of json)
  --open-data                     de hele dataset met de bron bij elke rij, als --format csv (standaard,
                                  met --csv excel-nl of plain) of json; data onder CC BY 4.0
  --fiches                        de fichecheck: per maatregel wat de fiche aanlevert van wat de centrale
                                  opdracht vraagt (document 004 regels 611-639), met regels; met --format
                                  csv of json ook de toelichting en de gaten die de bron zelf noemt
  -h, --help                      deze tekst
  --version                       versie van de simulator en van de data

Voor schone JSON of CSV via npm: npm run -s simulate -- … (-s laat npm's eigen regels weg).

Bedragen in € mln, constante prijzen; positief is besparing, negatief is invoeringskosten.
Waarschuwingen over de cijfers (een besparing die dubbel telt) staan op stderr.`;

class UsageError extends Error {}

/**
 * The command line's output for `argv`; warnings about the figures (a saving counted twice) go to
 * `warn`, other lines for stderr (what a CSV leaves out) to `err`, not into the output.
 */
function main(argv: string[], warn: (text: string) => void, err: (line: string) => void): string {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				scenario: { type: 'string', default: 'cvw-tabel-1' },
				compare: { type: 'string' },
				jaar: { type: 'string', default: String(LAST_TABLE_YEAR) },
				format: { type: 'string', default: 'table' },
				csv: { type: 'string', default: 'excel-nl' },
				horizon: { type: 'string' },
				set: { type: 'string', multiple: true, default: [] },
				runs: { type: 'string' },
				seed: { type: 'string', default: '1' },
				tornado: { type: 'string', default: String(LAST_TABLE_YEAR) },
				onzekerheid: { type: 'string' },
				verdeling: { type: 'string', multiple: true, default: [] },
				cumulatief: { type: 'boolean', default: false },
				gemeenten: { type: 'string' },
				gemeente: { type: 'string' },
				sleutel: { type: 'string', default: 'jeugdigen' },
				aandeel: { type: 'string' },
				'list-assumptions': { type: 'boolean', default: false },
				'list-doelen': { type: 'boolean', default: false },
				fiches: { type: 'boolean', default: false },
				doel: { type: 'string', default: DEFAULT_TARGET },
				'open-data': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
				version: { type: 'boolean', default: false }
			},
			strict: true,
			allowPositionals: false
		}));
	} catch (e) {
		throw new UsageError(`ongeldige optie (${(e as Error).message.split('\n')[0]}); zie --help`);
	}
	if (values.help) return HELP;
	if (values.version) return `${PROGRAM.name} ${PROGRAM.version} · data ${readDataset().version}`;
	const format = values.format;
	if (format !== 'table' && format !== 'csv' && format !== 'json') throw new UsageError(`onbekend formaat "${format}"; kies table, csv of json`);
	const csvVariant = values.csv;
	if (csvVariant !== 'excel-nl' && csvVariant !== 'plain') throw new UsageError(`onbekende CSV-variant "${csvVariant}"; kies excel-nl of plain`);

	const dataset = readDataset();
	if (values['list-assumptions']) return listAssumptions(dataset, format, csvVariant);
	if (values['open-data']) {
		const data = openData(dataset);
		return format === 'json' ? JSON.stringify(data, null, 2) : toCsv(openDataRows(data), csvVariant).replace(/\r\n$/, '');
	}
	if (values['list-doelen']) return listTargets(dataset, format);
	if (values.fiches) return listFiches(dataset, format, csvVariant);
	const targetId = values.doel;
	if (!dataset.targets.some((t) => t.id === targetId))
		throw new UsageError(`onbekend doel "${targetId}"; kies ${dataset.targets.map((t) => t.id).join(', ')} (zie --list-doelen)`);
	const presets = readPresets(dataset);
	if (values.compare !== undefined) return compare(values.compare, dataset, presets, { ...values, format, csvVariant, targetId }, warn);
	let scenario = resolveScenario(values.scenario, dataset, presets);
	const older = values.runs === undefined ? null : scenarioFileNotice(values.scenario, dataset);
	if (older) warn(older);
	const settings = readSettings(values.set, dataset);
	if (Object.keys(settings.scenario).length > 0) scenario = { ...scenario, assumptions: { ...scenario.assumptions, ...settings.scenario } };
	scenario = withHorizon(scenario, values.horizon);
	scenario = withUncertainty(scenario, dataset, values);
	const model = compileModel(dataset, scenario, targetId);
	const result = resultFor(model, model.base);
	for (const warning of result.warnings) warn(warning);
	const targetName = targetLabel(dataset, targetId);
	const uncertainty = values.runs === undefined ? undefined : runUncertainty(dataset, model, values);
	if (values.gemeenten !== undefined || values.aandeel !== undefined || values.gemeente !== undefined) {
		return localOutput(dataset, scenario.name, result, uncertainty?.result ?? null, { ...values, format, csvVariant, local: settings.local }, err);
	}
	if (Object.keys(settings.local).length > 0)
		throw new UsageError('landelijke totalen (--set landelijk.…) werken alleen samen met --gemeenten, --gemeente of --aandeel');
	const table = resultTable(result, uncertainty?.result, targetName);
	if (format === 'json') return JSON.stringify(resultJson(dataset, scenario, result, uncertainty), null, 2);
	if (format === 'csv') return toCsv(tableRows(table), csvVariant).replace(/\r\n$/, '');
	const against = targetId === DEFAULT_TARGET ? '' : ` · tegen ${targetName} (--doel ${targetId})`;
	const text = `${scenario.name} (${scenario.id}) · ${AMOUNTS_NOTE}${against} · data ${dataset.version}\n\n${textTable(table)}`;
	if (!uncertainty) return text;
	const { set, result: u } = uncertainty;
	const about = `Onzekerheid: ${set.name} (--onzekerheid ${set.id}); ${u.inputs.length} onzekere invoeren, ${u.runs.toLocaleString('nl-NL')} trekkingen, seed ${u.seed}`;
	return `${text}\n\n${about}\n\n${tornadoText(uncertainty.tornado)}`;
}

function withHorizon(scenario: Scenario, text: string | undefined): Scenario {
	if (text === undefined) return scenario;
	// four digits and nothing else: not "0x7ef", "2.03e3" or " 2030"
	const horizon = /^\d{4}$/.test(text) ? Number(text) : NaN;
	if (!Number.isInteger(horizon) || horizon < LAST_TABLE_YEAR || horizon > MAX_HORIZON) {
		throw new UsageError(`horizon "${text}" moet een jaar van ${LAST_TABLE_YEAR} tot en met ${MAX_HORIZON} zijn`);
	}
	return { ...scenario, horizon };
}

/**
 * `--onzekerheid <set>` and each `--verdeling id=spec`: the scenario with that set and those
 * distributions. Both shape only the Monte Carlo, so without --runs they are refused rather than
 * silently ignored; an id that is not an input of this scenario, or a distribution outside its
 * input's range, is refused by name.
 */
function withUncertainty(scenario: Scenario, dataset: Dataset, values: { runs?: string; onzekerheid?: string; verdeling: string[] }): Scenario {
	if (values.onzekerheid === undefined && values.verdeling.length === 0) return scenario;
	if (values.runs === undefined) throw new UsageError('--onzekerheid en --verdeling gelden voor de Monte Carlo; geef ook --runs, bijv. --runs 10000');
	let next = scenario;
	if (values.onzekerheid !== undefined) {
		const ids = dataset.uncertaintySets.map((s) => s.id);
		if (!ids.includes(values.onzekerheid)) throw new UsageError(`onbekende set van onzekerheid "${values.onzekerheid}"; kies ${ids.join(' of ')}`);
		next = { ...next, uncertaintySet: values.onzekerheid };
	}
	if (values.verdeling.length === 0) return next;
	const inputs = compileModel(dataset, next).inputs;
	const distributions = { ...next.distributions };
	for (const text of values.verdeling) {
		const at = text.indexOf('=');
		if (at <= 0) throw new UsageError(`--verdeling "${text}" moet de vorm invoer=verdeling hebben, bijv. b17.kinderen=driehoek:10.000:15.000:20.000`);
		const id = text.slice(0, at).trim();
		const input = inputs.find((i) => i.id === id);
		if (!input)
			throw new UsageError(`--verdeling: "${id}" is geen invoer van ${scenario.name}; zie --list-assumptions, of maatregel.schaal, .verschuiving, .kosten`);
		const spec = parseDistributionSpec(text.slice(at + 1));
		if (!spec.ok) throw new UsageError(`--verdeling ${id}: ${spec.problem}`);
		const problem = spec.distribution && rangeProblem(spec.distribution, input.min, input.max);
		if (problem) throw new UsageError(`--verdeling ${id}: ${problem} (${input.unit})`);
		distributions[id] = spec.distribution;
	}
	return { ...next, distributions };
}

/** `--compare a,b[,c,d]`: the totals side by side, the differences with the first, the gap from the first to each other. */
function compare(
	list: string,
	dataset: Dataset,
	presets: readonly Scenario[],
	values: {
		format: 'table' | 'csv' | 'json';
		csvVariant: CsvVariant;
		horizon?: string;
		jaar: string;
		cumulatief: boolean;
		runs?: string;
		seed: string;
		set: string[];
		onzekerheid?: string;
		verdeling: string[];
		targetId: string;
	},
	warn: (text: string) => void
): string {
	const ids = list
		.split(',')
		.map((x) => x.trim())
		.filter(Boolean);
	if (ids.length < 2 || ids.length > 4) throw new UsageError(`--compare "${list}" moet 2 tot 4 scenario's noemen, gescheiden door komma's`);
	if (values.set.length > 0) throw new UsageError('--set werkt niet samen met --compare; zet de waarden in een scenariobestand');
	if (values.verdeling.length > 0) throw new UsageError('--verdeling werkt niet samen met --compare; zet de verdelingen in een scenariobestand');
	const loaded = ids.map((id) => resolveScenario(id, dataset, presets));
	const horizon = Math.max(...loaded.map((s) => s.horizon));
	const scenarios = loaded.map((s) => withUncertainty(withHorizon({ ...s, horizon }, values.horizon), dataset, values));
	const year = Number(values.jaar);
	const last = scenarios[0]!.horizon;
	if (!Number.isInteger(year) || year < FIRST_YEAR || year > last)
		throw new UsageError(`--jaar "${values.jaar}" moet een jaar van ${FIRST_YEAR} tot en met ${last} zijn`);
	const metric = { year, cumulative: values.cumulatief };
	const entries = scenarios.map((scenario) => ({ name: scenario.name, result: simulate(dataset, scenario, values.targetId) }));
	for (const e of entries) for (const warning of e.result.warnings) warn(`${e.name}: ${warning}`);
	const gaps = scenarios.slice(1).map((b) => ({ from: scenarios[0]!, to: b, waterfall: gapWaterfall(dataset, scenarios[0]!, b, metric) }));
	const chances = values.runs === undefined ? undefined : compareChances(dataset, scenarios, values.runs, values.seed, values.targetId);
	const totals = compareTable(entries, targetLabel(dataset, values.targetId));
	if (chances) {
		for (const c of chances)
			totals.rows.push([
				`Kans netto hoger (%, ${c.runs.toLocaleString('nl-NL')} trekkingen, seed ${c.seed})`,
				`${c.name} boven ${scenarios[0]!.name}`,
				...c.pAAboveB.map((p) => Math.round(p * 1000) / 10)
			]);
	}
	const gapTables = gaps.map((g) => gapTable(g.waterfall, [g.from.name, g.to.name], dataset));

	if (values.format === 'json') {
		return JSON.stringify(
			{
				dataVersion: dataset.version,
				licence: licenceJson(),
				unit: 'EUR mln',
				years: entries[0]!.result.years,
				scenarios: scenarios.map((s, i) => ({ id: s.id, name: s.name, totals: entries[i]!.result.totals, target: entries[i]!.result.target })),
				differences: entries.slice(1).map((e, i) => ({
					from: scenarios[0]!.id,
					to: scenarios[i + 1]!.id,
					net: e.result.totals.net.map((x, y) => x - entries[0]!.result.totals.net[y]!),
					cumulativeNet: e.result.totals.cumulativeNet.map((x, y) => x - entries[0]!.result.totals.cumulativeNet[y]!)
				})),
				gaps: gaps.map((g) => ({
					from: g.from.id,
					to: g.to.id,
					metric: g.waterfall.metric,
					fromMln: g.waterfall.fromEuros / 1e6,
					toMln: g.waterfall.toEuros / 1e6,
					gapMln: g.waterfall.gapEuros / 1e6,
					parts: g.waterfall.parts.map((p) => ({ ...p.step, mln: p.mln, aloneMln: p.aloneMln }))
				})),
				...(chances
					? {
							uncertainty: chances.map((c) => ({
								from: scenarios[0]!.id,
								to: c.id,
								runs: c.runs,
								seed: c.seed,
								pAboveFirst: c.pAAboveB,
								difference: c.difference
							}))
						}
					: {})
			},
			null,
			2
		);
	}
	if (values.format === 'csv') {
		const rows = [totals.header, ...totals.rows, ...gapTables.flatMap((t) => [[], t.header, ...t.rows])];
		return toCsv(rows, values.csvVariant).replace(/\r\n$/, '');
	}
	const what = `${metric.cumulative ? 'cumulatief netto t/m' : 'netto'} ${metric.year}`;
	return [
		`Vergelijking · bedragen in € mln · data ${dataset.version}`,
		'',
		alignedText(totals.header, [totals.rows]),
		...gaps.flatMap((g) => {
			const steps = gapTextTable(g.waterfall, [g.from.name, g.to.name], dataset);
			return ['', `Kloof ${what}: van ${g.from.name} naar ${g.to.name}, grootste stap eerst`, '', alignedText(steps.header, [steps.rows])];
		})
	].join('\n');
}

/** With --runs: every scenario against the first over the same draws. */
function compareChances(dataset: Dataset, scenarios: readonly Scenario[], runsText: string, seedText: string, targetId: string) {
	const { runs, seed } = runsAndSeed(runsText, seedText);
	const prepare = (scenario: Scenario) => {
		const model = compileModel(dataset, scenario, targetId);
		return { model, uncertain: uncertainInputs(dataset, model) };
	};
	const first = prepare(scenarios[0]!);
	return scenarios.slice(1).map((s) => ({ id: s.id, name: s.name, ...compareMonteCarlo(prepare(s), first, { runs, seed }) }));
}

function runsAndSeed(runsText: string, seedText: string): { runs: number; seed: number } {
	const runs = Number(runsText);
	if (!/^\d+$/.test(runsText) || runs < MIN_RUNS || runs > MAX_RUNS) {
		throw new UsageError(`--runs "${runsText}" moet een geheel getal van ${MIN_RUNS} tot en met ${MAX_RUNS} zijn`);
	}
	const seed = Number(seedText);
	if (!/^\d+$/.test(seedText) || seed > 0xffffffff) throw new UsageError(`--seed "${seedText}" moet een geheel getal van 0 tot en met 4294967295 zijn`);
	return { runs, seed };
}

/** The Monte Carlo and tornado asked for with --runs, --seed, --tornado and --cumulatief. */
function runUncertainty(dataset: Dataset, model: Model, values: { runs?: string; seed: string; tornado: string; cumulatief: boolean }) {
	const { runs, seed } = runsAndSeed(values.runs!, values.seed);
	const year = Number(values.tornado);
	if (!model.years.includes(year))
		throw new UsageError(`--tornado "${values.tornado}" moet een jaar van ${model.years[0]} tot en met ${model.years.at(-1)} zijn`);
	const inputs = uncertainInputs(dataset, model);
	const set = uncertaintySetOf(dataset, model.scenario);
	// the tornado reads the PERT tables the draws built, as the app's worker does
	const workspace = new MonteCarloWorkspace();
	return {
		set: { id: set.id, name: set.name },
		result: monteCarlo(model, inputs, { runs, seed, workspace }),
		tornado: tornado(model, inputs, { year, cumulative: values.cumulatief }, workspace.pert)
	};
}

function tornadoText(t: Tornado): string {
	const what = `${t.metric.cumulative ? 'cumulatief netto t/m' : 'netto'} ${t.metric.year}`;
	const header = `Tornado: ${what}, elke onzekere invoer van P10 naar P90, de rest op de mediaan (${formatAmount(t.base)})`;
	const rows = t.bars
		.filter((b) => b.swing > 1e-9)
		.map((b) => [b.label, `${formatAmount(b.atLow)} – ${formatAmount(b.atHigh)}`, `uitslag ${formatAmount(b.swing)}`]);
	const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
	return [header, ...rows.map((r) => `  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]}`)].join('\n');
}

/**
 * `--set id=value` pairs, checked against the known assumptions and their ranges; those of
 * data/lokaal.csv (national totals for --gemeenten) are returned apart.
 */
function readSettings(settings: readonly string[], dataset: Dataset): { scenario: Record<string, number>; local: Record<string, number> } {
	const values = { scenario: {} as Record<string, number>, local: {} as Record<string, number> };
	for (const setting of settings) {
		const match = /^([^=]+)=(.+)$/.exec(setting);
		if (!match) throw new UsageError(`--set "${setting}" moet de vorm aanname=waarde hebben`);
		const [, id, text] = match as unknown as [string, string, string];
		const local = dataset.local.find((a) => a.id === id && a.id.startsWith('landelijk.'));
		const assumption = dataset.assumptions.find((a) => a.id === id) ?? local;
		if (!assumption) throw new UsageError(`onbekende aanname "${id}"; zie --list-assumptions`);
		const read = parseNumber(text);
		if (!read.ok) throw new UsageError(`waarde voor ${id}: ${read.problem}`);
		const value = read.value;
		const problem = assumptionValueProblem(assumption, value);
		if (problem) throw new UsageError(`${id} = ${text} ${problem}`);
		values[local ? 'local' : 'scenario'][id] = value;
	}
	return values;
}

/** --list-doelen: the targets and frames in order of date, their amounts per year (PM, onbekend) and their sources. */
function listTargets(dataset: Dataset, format: 'table' | 'csv' | 'json'): string {
	if (format === 'json') {
		return JSON.stringify(
			dataset.targets.map((t) => ({
				...targetJson(t),
				sources: targetSources(dataset, t),
				years: t.years.map((y) => ({ year: y.year, amount: y.amount, status: y.status, source: y.source, note: y.note }))
			})),
			null,
			2
		);
	}
	const header = ['doel', 'datum', 'soort', ...TABLE_YEARS.map(String), 'na 2028', 'bronnen'];
	const rows = dataset.targets.map((t) => {
		const series = targetSeries(dataset, t.id, TABLE_YEARS);
		const cells = series.values.map((v, i) => (v !== null ? formatAmount(v) : series.status[i] === 'pm' ? 'PM' : 'onbekend'));
		const sources = [...new Set(targetSources(dataset, t).map((s) => ('entry' in s ? `${s.entry} (${s.kind})` : `${s.document} r. ${s.line}`)))].join(', ');
		return [t.id, t.date, t.kind === 'laag' ? `laag op ${t.base}` : t.kind, ...cells, t.after, sources];
	});
	if (format === 'csv') return toCsv([header, ...rows], 'excel-nl').replace(/\r\n$/, '');
	return `Doelen en kaders, € mln (een laag: opgeteld bij haar basis) · data ${dataset.version}\n\n${alignedText(header, [rows])}`;
}

/**
 * --fiches: per measure of Tabel 1 and 2 each item the central assignment asks of a fiche
 * (document 004 L611–639), aangeleverd with its lines or ontbreekt; a gap the source names itself.
 */
function listFiches(dataset: Dataset, format: 'table' | 'csv' | 'json', csvVariant: CsvVariant): string {
	const check = readFiches(dataset);
	const rows = ficheRows(check, dataset);
	if (format === 'json') {
		return JSON.stringify(
			{
				dataVersion: dataset.version,
				ficheVersion: check.version,
				items: check.items,
				measures: rows.map((r) => ({
					id: r.measure.id,
					code: r.measure.code,
					name: r.measure.name,
					table: r.measure.table,
					fiche: r.fiche.hasFiche,
					source: r.fiche.source,
					note: r.fiche.note,
					delivered: r.delivered,
					items: r.fiche.cells
				}))
			},
			null,
			2
		);
	}
	if (format === 'csv') return toCsv(ficheLongRows(check, rows), csvVariant).replace(/\r\n$/, '');
	const header = ['maatregel', 'fiche', ...check.items.map((i) => i.id), 'aangeleverd'];
	const table = rows.map((r) => [
		r.measure.code ?? (r.measure.name.length > 32 ? `${r.measure.name.slice(0, 31)}…` : r.measure.name),
		r.fiche.hasFiche ? 'ja' : 'nee',
		...r.fiche.cells.map((c) => (c.status === 'aangeleverd' ? '✓' : '–')),
		`${r.delivered} van ${check.items.length}`
	]);
	const legend = check.items.map((i) => `  ${i.id.padEnd(20)}${i.label} (${sourceText(i.source)})`).join('\n');
	return [
		`Fichecheck: wat de fiche per maatregel aanlevert (✓) of niet (–) · data ${dataset.version}`,
		'',
		alignedText(header, [table]),
		'',
		'Onderdelen van de centrale opdracht:',
		legend,
		'',
		'Regels, toelichting en de gaten die de bron zelf noemt: --fiches --format csv of --format json.'
	].join('\n');
}

/** --list-assumptions: a text table, or each assumption with its source as JSON or as rows of the open data. */
function listAssumptions(dataset: Dataset, format: 'table' | 'csv' | 'json', csvVariant: CsvVariant): string {
	if (format === 'json')
		return JSON.stringify(
			dataset.assumptions.map((a) => assumptionJson(dataset, a)),
			null,
			2
		);
	if (format === 'csv') return toCsv(assumptionRows(openData(dataset)), csvVariant).replace(/\r\n$/, '');
	const rows = dataset.assumptions.map((a) => [
		a.id,
		String(a.defaultValue),
		a.unit,
		`${a.min} – ${a.max}`,
		a.source ? `${a.status}: ${sourceText(a.source)}` : a.status,
		a.label
	]);
	const header = ['aanname', 'standaard', 'eenheid', 'bereik', 'bron', 'omschrijving'];
	const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
	return [header, ...rows].map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

/** What a run of the command line gives: its exit code and what it writes to stdout and stderr. */
export interface CliRun {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Run the command line on `argv` (without node and the script) and return what it would print:
 * the tests call this in-process. An error the user can mend (a bad option, a broken file) is one
 * Dutch line on stderr and exit code 2; anything else exit code 1, never a stack trace.
 */
export function run(argv: string[]): CliRun {
	let stderr = '';
	const warn = (text: string) => (stderr += `Let op: ${text}\n`);
	const err = (line: string) => (stderr += `${line}\n`);
	try {
		return { code: 0, stdout: safeForTerminal(`${main(argv, warn, err)}\n`), stderr: safeForTerminal(stderr) };
	} catch (e) {
		if (e instanceof DataError || e instanceof UsageError || e instanceof LocalUsageError)
			return { code: 2, stdout: '', stderr: safeForTerminal(`${stderr}Fout: ${e.message}\n`) };
		return { code: 1, stdout: '', stderr: safeForTerminal(`${stderr}Fout: onverwachte fout (${(e as Error).message})\n`) };
	}
}

/**
 * Text for a terminal: control characters from names and notes in files (an escape sequence that
 * clears the screen) become "?"; line ends and tabs stay. JSON output escapes them itself.
 */
export function safeForTerminal(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '?');
}
