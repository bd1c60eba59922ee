import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATA_DIR } from './projectData';
import { readLimited } from './readLimited';
import { findGemeente, readBundledGemeenten } from '../lib/gemeenten/findGemeente';
import { localImpact, SHARE_KEYS, shareOf, type Dataset, type Gemeente, type ScenarioResult, type ShareKey, type UncertaintyResult } from '../lib/engine';
import { decodeText, readGemeenten, type GemeenteImport } from '../lib/gemeenten/readGemeenten';
import { nationalTotals, valuesFromNederland } from '../lib/gemeenten/national';
import { KEY_LABELS, localTable, type LocalEntry } from '../lib/format/localTable';
import { toCsv, type CsvVariant } from '../lib/format/toCsv';
import { alignedText } from './textTable';
import { parseNumber } from '../lib/data/parseNumber';
import { licenceJson } from '../lib/opendata/licence';

export interface LocalOptions {
	gemeenten?: string;
	/** One gemeente of data/gemeenten.csv, by code or name. */
	gemeente?: string;
	aandeel?: string;
	sleutel: string;
	format: 'table' | 'csv' | 'json';
	csvVariant: CsvVariant;
	/** Values of data/lokaal.csv set with --set (national totals). */
	local: Record<string, number>;
}

/** Why the CLI refuses an option, told to the user as is. */
export class LocalUsageError extends Error {}

/**
 * `--gemeenten file.csv` or `--aandeel 0.01`: the scenario's besparingen, invoeringskosten and
 * netto per gemeente per year, in euros. A row "Nederland" in the file sets the national totals,
 * unless --set gives them.
 */
export function localOutput(
	dataset: Dataset,
	scenarioName: string,
	result: ScenarioResult,
	uncertainty: UncertaintyResult | null,
	options: LocalOptions,
	err: (line: string) => void
): string {
	const chosen = [options.gemeenten, options.aandeel, options.gemeente].filter((o) => o !== undefined).length;
	if (chosen > 1) throw new LocalUsageError('kies één van --gemeenten, --gemeente en --aandeel');
	const key = options.aandeel !== undefined ? 'aandeel' : options.sleutel;
	if (!(SHARE_KEYS as readonly string[]).includes(key)) throw new LocalUsageError(`onbekende sleutel "${key}"; kies ${SHARE_KEYS.join(', ')}`);
	const imported = options.gemeenten === undefined ? null : readFile(options.gemeenten);
	const values = { ...(imported?.nederland ? valuesFromNederland(imported.nederland) : {}), ...options.local };
	const national = nationalTotals(dataset, values);
	const gemeenten: { line: number | null; gemeente: Gemeente }[] = imported
		? imported.rows
		: [{ line: null, gemeente: options.gemeente !== undefined ? bundledGemeente(options.gemeente) : typedShare(options.aandeel!) }];

	const entries: LocalEntry[] = [];
	const counts = new Map<LocalEntry, { inwoners: number | null; jongeren: number | null }>();
	const problems = (imported?.problems ?? []).map((p) => `regel ${p.line}: ${p.reason}`);
	if (imported?.problemsLeftOut) problems.push(`en nog ${imported.problemsLeftOut.toLocaleString('nl-NL')} regels die niet gelezen zijn`);
	for (const { line, gemeente } of gemeenten) {
		const share = shareOf(gemeente, key as ShareKey, national);
		if (!share.ok) {
			problems.push(`regel ${line}: ${gemeente.naam} heeft geen ${share.missing === 'budget' ? 'jeugdhulpbudget' : share.missing} voor de sleutel ${key}`);
			continue;
		}
		entries.push({ naam: gemeente.naam, code: gemeente.code, key: share.key, impact: localImpact(result, share.share, gemeente, uncertainty) });
		counts.set(entries.at(-1)!, { inwoners: gemeente.inwoners, jongeren: gemeente.jeugdigen });
	}
	const table = localTable(entries);
	const mapping = imported ? columnMapping(imported) : [];
	if (options.format === 'csv') {
		// The CSV is the table alone; the column mapping and what was left out go to stderr, so they are seen but not in the file.
		for (const line of mapping) err(`Kolom: ${line}`);
		for (const note of imported?.notes ?? []) err(`Let op: ${note}`);
		for (const problem of problems) err(`Niet meegenomen: ${problem}`);
		return toCsv([table.header, ...table.rows], options.csvVariant, 6).replace(/\r\n$/, '');
	}
	if (options.format === 'json') {
		return JSON.stringify(
			{
				scenario: result.scenario,
				name: scenarioName,
				dataVersion: dataset.version,
				licence: licenceJson(),
				unit: 'EUR',
				key,
				national,
				nationalFrom: imported?.nederland ? `${imported.file}, rij Nederland` : 'data/lokaal.csv (CBS 70072ned, rij Nederland, 1-1-2025)',
				keyAges: 'jongeren 0 tot 20 jaar (0–19)',
				...(options.gemeente !== undefined
					? { gemeenteFrom: 'data/gemeenten.csv: CBS StatLine 70072ned, bevolking op 1 januari 2025 (CC BY 4.0); codes uit 85984NED' }
					: {}),
				...(imported ? { columns: imported.columns, ignoredColumns: imported.ignoredColumns, notes: imported.notes } : {}),
				years: result.years,
				gemeenten: entries.map((e) => ({
					naam: e.naam,
					code: e.code,
					share: e.impact.share,
					inwoners: counts.get(e)!.inwoners,
					jongeren: counts.get(e)!.jongeren,
					savings: e.impact.euros.savings,
					costs: e.impact.euros.costs,
					net: e.impact.euros.net,
					cumulativeNet: e.impact.euros.cumulativeNet,
					perInwoner: e.impact.perInwoner,
					perJeugdige: e.impact.perJeugdige,
					...(e.impact.bands ? { bands: { net: e.impact.bands.net } } : {})
				})),
				problems
			},
			null,
			2
		);
	}
	const wide = entries.map((e) => [e.naam, ...e.impact.euros.net.map((x) => Math.round(x / 1000))]);
	const lines = [`${scenarioName} · netto per gemeente in € duizend · sleutel: ${KEY_LABELS[key as ShareKey]} · data ${dataset.version}`];
	if (imported) {
		const from = imported.nederland ? '; landelijke totalen uit de rij Nederland' : '';
		lines.push(
			`${imported.file}: ${imported.rows.length} gemeenten gelezen, ${(imported.problems.length + (imported.problemsLeftOut ?? 0)).toLocaleString('nl-NL')} regels niet${from}`
		);
		lines.push(...mapping.map((line) => `  kolom: ${line}`));
		lines.push(...imported.notes.map((note) => `  let op: ${note}`));
	}
	lines.push('', alignedText(['Gemeente', ...result.years.map(String)], [wide]));
	if (problems.length > 0) lines.push('', 'Niet meegenomen:', ...problems.map((p) => `  ${p}`));
	return lines.join('\n');
}

/** Which header became which field, and which headers were not used, as lines of text. */
function columnMapping(imported: GemeenteImport): string[] {
	const names: Record<string, string> = {
		naam: 'gemeentenaam',
		code: 'code',
		jeugdigen: 'jongeren',
		inwoners: 'inwoners',
		budgetEuro: 'jeugdhulpbudget (€)',
		aandeel: 'aandeel'
	};
	return [
		...imported.columns.map(
			(c) =>
				`"${c.header}" → ${names[c.field]}${c.ages ? ` (${c.ages[0]} tot ${c.ages[1]} jaar)` : ''}${c.factor !== 1 ? ` (× ${c.factor.toLocaleString('nl-NL')})` : ''}`
		),
		...imported.ignoredColumns.map((header) => `"${header}" → niet gebruikt`)
	];
}

function readFile(path: string): GemeenteImport {
	return readGemeenten(decodeText(readLimited(path)).text, basename(path));
}

/** A gemeente of data/gemeenten.csv (CBS), with its jongeren 0 tot 20 jaar as jeugdigen; unknown ones refused in one line. */
function bundledGemeente(query: string): Gemeente {
	const found = findGemeente(readBundledGemeenten(readFileSync(join(DATA_DIR, 'gemeenten.csv'), 'utf8')), query);
	if (!found) throw new LocalUsageError(`onbekende gemeente "${query.slice(0, 60)}"; geef een CBS-code (GM0363) of de naam zoals CBS hem schrijft`);
	return { naam: found.naam, code: found.code, jeugdigen: found.jongeren, inwoners: found.inwoners, budgetEuro: null, aandeel: null };
}

function typedShare(text: string): Gemeente {
	const read = parseNumber(text);
	const share = read.ok ? read.value : NaN;
	if (!(share > 0 && share <= 1)) {
		throw new LocalUsageError(`--aandeel "${text}" moet een getal groter dan 0 en hoogstens 1 zijn (0.01 is 1 %)`);
	}
	return { naam: `aandeel ${text}`, code: null, jeugdigen: null, inwoners: null, budgetEuro: null, aandeel: share };
}
