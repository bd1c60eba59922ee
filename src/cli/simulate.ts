import { parseArgs } from 'node:util';
import { DataError } from '../lib/data/DataError';
import { LAST_TABLE_YEAR, MAX_HORIZON, simulate, type ScenarioResult } from '../lib/engine';
import { resultTable, tableRows } from '../lib/format/resultTable';
import { toCsv } from '../lib/format/toCsv';
import { readDataset, readPresets, resolveScenario } from './projectData';
import { textTable } from './textTable';

const HELP = `Gebruik: npm run simulate -- [opties]

  --scenario <id | bestand.json>  preset (cvw-tabel-1, rijk) of een scenariobestand; standaard cvw-tabel-1
  --format table|csv|json         uitvoer; standaard table
  --csv excel-nl|plain            CSV-variant: Nederlandse Excel (BOM, ;, decimale komma) of plain (, en .)
  --horizon <jaar>                laatste jaar, ${LAST_TABLE_YEAR} tot en met ${MAX_HORIZON}
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
	const presets = readPresets(dataset);
	let scenario = resolveScenario(values.scenario, dataset, presets);
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
		gap: result.gap
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
