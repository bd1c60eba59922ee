import { parseArgs } from 'node:util';
import { DataError } from '../lib/data/DataError';
import { LAST_TABLE_YEAR, MAX_HORIZON, simulate, type Dataset, type ScenarioResult } from '../lib/engine';
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
	const result = simulate(dataset, scenario);
	if (format === 'json') return JSON.stringify(toJson(result, scenario.name, dataset.version), null, 2);
	if (format === 'csv') return toCsv(tableRows(resultTable(result)), csvVariant).replace(/\r\n$/, '');
	return `${scenario.name} (${scenario.id}) · bedragen in € mln · data ${dataset.version}\n\n${textTable(resultTable(result))}`;
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

function toJson(result: ScenarioResult, name: string, dataVersion: string) {
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
		overlap: result.overlap
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
