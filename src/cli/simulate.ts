import { parseArgs } from 'node:util';
import { DataError } from '../lib/data/DataError';
import {
	compileModel,
	LAST_TABLE_YEAR,
	MAX_HORIZON,
	MAX_RUNS,
	MIN_RUNS,
	monteCarlo,
	resultFor,
	tornado,
	uncertainInputs,
	type Dataset,
	type Model,
	type ScenarioResult,
	type Tornado,
	type UncertaintyResult
} from '../lib/engine';
import { formatAmount } from '../lib/format/formatMln';
import { resultTable, tableRows } from '../lib/format/resultTable';
import { toCsv } from '../lib/format/toCsv';
import { readDataset, readPresets, resolveScenario } from './projectData';
import { textTable } from './textTable';

const HELP = `Gebruik: npm run simulate -- [opties]

  --scenario <id | bestand.json>  preset (cvw-tabel-1, rijk) of een scenariobestand; standaard cvw-tabel-1
  --format table|csv|json         uitvoer; standaard table
  --csv excel-nl|plain            CSV-variant: Nederlandse Excel (BOM, ;, decimale komma) of plain (, en .)
  --horizon <jaar>                laatste jaar, ${LAST_TABLE_YEAR} tot en met ${MAX_HORIZON}
  --set <aanname>=<waarde>        een aanname wijzigen (herhaalbaar), bijv. --set b17.kinderen=10000
  --runs <aantal>                 Monte Carlo met ${MIN_RUNS.toLocaleString('nl-NL')} tot en met ${MAX_RUNS.toLocaleString('nl-NL')} trekkingen (onzekerheid, kans op het richtbedrag, tornado)
  --seed <getal>                  seed van de trekkingen (0 tot en met 4294967295); standaard 1
  --tornado <jaar>                jaar voor de tornado; standaard ${LAST_TABLE_YEAR}
  --cumulatief                    tornado op het cumulatieve netto tot en met dat jaar
  --list-assumptions              alle aannames met standaardwaarde, eenheid, bereik en bron
  --help                          deze tekst

Bedragen in € mln; positief is besparing, negatief is invoeringskosten.`;

class UsageError extends Error {}

function main(argv: string[]): string {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				scenario: { type: 'string', default: 'cvw-tabel-1' },
				format: { type: 'string', default: 'table' },
				csv: { type: 'string', default: 'excel-nl' },
				horizon: { type: 'string' },
				set: { type: 'string', multiple: true, default: [] },
				runs: { type: 'string' },
				seed: { type: 'string', default: '1' },
				tornado: { type: 'string', default: String(LAST_TABLE_YEAR) },
				cumulatief: { type: 'boolean', default: false },
				'list-assumptions': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			},
			strict: true,
			allowPositionals: false
		}));
	} catch (e) {
		throw new UsageError(`ongeldige optie (${(e as Error).message.split('\n')[0]}); zie --help`);
	}
	if (values.help) return HELP;
	const format = values.format;
	if (format !== 'table' && format !== 'csv' && format !== 'json') throw new UsageError(`onbekend formaat "${format}"; kies table, csv of json`);
	const csvVariant = values.csv;
	if (csvVariant !== 'excel-nl' && csvVariant !== 'plain') throw new UsageError(`onbekende CSV-variant "${csvVariant}"; kies excel-nl of plain`);

	const dataset = readDataset();
	if (values['list-assumptions']) return listAssumptions(dataset);
	const presets = readPresets(dataset);
	let scenario = resolveScenario(values.scenario, dataset, presets);
	if (values.set.length > 0) scenario = { ...scenario, assumptions: { ...scenario.assumptions, ...readSettings(values.set, dataset) } };
	if (values.horizon !== undefined) {
		const horizon = Number(values.horizon);
		if (!Number.isInteger(horizon) || horizon < LAST_TABLE_YEAR || horizon > MAX_HORIZON) {
			throw new UsageError(`horizon "${values.horizon}" moet een jaar van ${LAST_TABLE_YEAR} tot en met ${MAX_HORIZON} zijn`);
		}
		scenario = { ...scenario, horizon };
	}
	const model = compileModel(dataset, scenario);
	const result = resultFor(model, model.base);
	const uncertainty = values.runs === undefined ? undefined : runUncertainty(dataset, model, values);
	const table = resultTable(result, uncertainty?.result);
	if (format === 'json') return JSON.stringify(toJson(result, scenario.name, dataset.version, uncertainty), null, 2);
	if (format === 'csv') return toCsv(tableRows(table), csvVariant).replace(/\r\n$/, '');
	const text = `${scenario.name} (${scenario.id}) · bedragen in € mln · data ${dataset.version}\n\n${textTable(table)}`;
	return uncertainty ? `${text}\n\n${tornadoText(uncertainty.tornado)}` : text;
}

/** The Monte Carlo and tornado asked for with --runs, --seed, --tornado and --cumulatief. */
function runUncertainty(dataset: Dataset, model: Model, values: { runs?: string; seed: string; tornado: string; cumulatief: boolean }) {
	const runs = Number(values.runs);
	if (!/^\d+$/.test(values.runs!) || runs < MIN_RUNS || runs > MAX_RUNS) {
		throw new UsageError(`--runs "${values.runs}" moet een geheel getal van ${MIN_RUNS} tot en met ${MAX_RUNS} zijn`);
	}
	const seed = Number(values.seed);
	if (!/^\d+$/.test(values.seed) || seed > 0xffffffff) throw new UsageError(`--seed "${values.seed}" moet een geheel getal van 0 tot en met 4294967295 zijn`);
	const year = Number(values.tornado);
	if (!model.years.includes(year)) throw new UsageError(`--tornado "${values.tornado}" moet een jaar van ${model.years[0]} tot en met ${model.years.at(-1)} zijn`);
	const inputs = uncertainInputs(dataset, model);
	return {
		result: monteCarlo(model, inputs, { runs, seed }),
		tornado: tornado(model, inputs, { year, cumulative: values.cumulatief })
	};
}

function tornadoText(t: Tornado): string {
	const what = `${t.metric.cumulative ? 'cumulatief netto t/m' : 'netto'} ${t.metric.year}`;
	const header = `Tornado: ${what}, elke onzekere invoer van P10 naar P90, de rest op de mediaan (${formatAmount(t.base)})`;
	const rows = t.bars.filter((b) => b.swing > 0).map((b) => [b.label, `${formatAmount(b.atLow)} – ${formatAmount(b.atHigh)}`, `uitslag ${formatAmount(b.swing)}`]);
	const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
	return [header, ...rows.map((r) => `  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]}`)].join('\n');
}

/** `--set id=value` pairs, checked against the known assumptions and their ranges. */
function readSettings(settings: readonly string[], dataset: Dataset): Record<string, number> {
	const values: Record<string, number> = {};
	for (const setting of settings) {
		const match = /^([^=]+)=(.+)$/.exec(setting);
		if (!match) throw new UsageError(`--set "${setting}" moet de vorm aanname=waarde hebben`);
		const [, id, text] = match as unknown as [string, string, string];
		const assumption = dataset.assumptions.find((a) => a.id === id);
		if (!assumption) throw new UsageError(`onbekende aanname "${id}"; zie --list-assumptions`);
		const value = Number(text.replace(',', '.'));
		if (!Number.isFinite(value) || !/^-?[\d.,]+(e-?\d+)?$/i.test(text)) throw new UsageError(`waarde voor ${id} is geen getal: "${text}"`);
		if (value < assumption.min || value > assumption.max) {
			throw new UsageError(`${id} = ${text} ligt buiten het bereik ${assumption.min} tot en met ${assumption.max} (${assumption.unit})`);
		}
		values[id] = value;
	}
	return values;
}

function listAssumptions(dataset: Dataset): string {
	const rows = dataset.assumptions.map((a) => [
		a.id,
		String(a.defaultValue),
		a.unit,
		`${a.min} – ${a.max}`,
		a.status === 'bron' && a.source ? `doc. ${a.source.document} r. ${a.source.line}` : a.status,
		a.label
	]);
	const header = ['aanname', 'standaard', 'eenheid', 'bereik', 'bron', 'omschrijving'];
	const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
	return [header, ...rows].map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

function toJson(result: ScenarioResult, name: string, dataVersion: string, uncertainty?: { result: UncertaintyResult; tornado: Tornado }) {
	const u = uncertainty?.result;
	return {
		scenario: result.scenario,
		name,
		dataVersion,
		unit: 'EUR mln',
		years: result.years,
		extrapolated: result.extrapolated,
		measures: result.measures,
		totals: result.totals,
		target: result.target,
		gap: result.gap,
		overlap: result.overlap,
		...(u && uncertainty
			? {
					uncertainty: {
						runs: u.runs,
						seed: u.seed,
						p5: u.net.p5,
						p10: u.net.p10,
						p50: u.net.p50,
						p90: u.net.p90,
						p95: u.net.p95,
						mean: u.net.mean,
						pTarget: u.pTarget,
						expectedShortfall: u.expectedShortfall,
						breakEven: u.breakEven,
						cumulativeNet: u.cumulativeNet,
						savings: u.savings,
						costs: u.costs,
						inputs: u.inputs.map((i) => ({ id: i.input.id, distribution: i.distribution, status: i.status, source: i.source }))
					},
					tornado: uncertainty.tornado
				}
			: {})
	};
}

try {
	process.stdout.write(`${main(process.argv.slice(2))}\n`);
} catch (e) {
	if (e instanceof DataError || e instanceof UsageError) {
		process.stderr.write(`Fout: ${e.message}\n`);
		process.exit(2);
	}
	process.stderr.write(`Fout: onverwachte fout (${(e as Error).message})\n`);
	process.exit(1);
}
