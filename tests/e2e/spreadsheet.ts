import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** LibreOffice's command line, or undefined where it is not installed. */
export function sofficePath(): string | undefined {
	return [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice'].filter((p): p is string => Boolean(p)).find((p) => existsSync(p));
}

/** One cell as a spreadsheet read it: a number, or text. */
export type SheetCell = { kind: 'float'; value: number } | { kind: 'text'; text: string } | { kind: 'empty' };

/**
 * Open CSV files as a Dutch user's LibreOffice does (semicolon, UTF-8, locale nl-NL) and return
 * each file's rows as the spreadsheet typed them. One soffice run converts them all to flat ODS.
 */
export function openInLibreOffice(files: readonly string[], soffice: string): Map<string, SheetCell[][]> {
	const out = mkdtempSync(join(tmpdir(), 'lo-'));
	// a profile of its own, so a LibreOffice already open elsewhere does not take the job
	const profile = `file://${mkdtempSync(join(tmpdir(), 'lo-profile-'))}`;
	const run = spawnSync(
		soffice,
		[`-env:UserInstallation=${profile}`, '--headless', '--infilter=CSV:59,34,76,1,,1043', '--convert-to', 'fods', '--outdir', out, ...files],
		{ encoding: 'utf8', timeout: 180_000 }
	);
	if (run.status !== 0) throw new Error(`soffice: ${run.stderr || run.error}`);
	const sheets = new Map<string, SheetCell[][]>();
	for (const file of files) {
		const fods = join(out, basename(file).replace(/\.csv$/, '.fods'));
		if (!readdirSync(out).includes(basename(fods))) throw new Error(`soffice schreef geen ${basename(fods)}`);
		sheets.set(file, rowsOf(readFileSync(fods, 'utf8')));
	}
	return sheets;
}

const unescape = (s: string) =>
	s
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

/** The rows of the first sheet of a flat ODS file, repeated cells spelled out. */
export function rowsOf(fods: string): SheetCell[][] {
	const table = /<table:table [\s\S]*?<\/table:table>/.exec(fods)?.[0] ?? '';
	const rows: SheetCell[][] = [];
	for (const row of table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
		const cells: SheetCell[] = [];
		for (const cell of row[1]!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
			const attrs = cell[1]!;
			const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
			const type = /office:value-type="(\w+)"/.exec(attrs)?.[1];
			const value = /office:value="([^"]*)"/.exec(attrs)?.[1];
			const one: SheetCell =
				type === 'float' || type === 'percentage' || type === 'currency'
					? { kind: 'float', value: Number(value) }
					: type
						? { kind: 'text', text: [...(cell[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) => unescape(p[1]!)).join('\n') }
						: { kind: 'empty' };
			for (let k = 0; k < Math.min(repeat, 200); k++) cells.push(one);
		}
		while (cells.length > 0 && cells.at(-1)!.kind === 'empty') cells.pop();
		if (cells.length > 0) rows.push(cells);
	}
	return rows;
}
