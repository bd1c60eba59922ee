import { shareOf, type Dataset, type Gemeente, type NationalTotals, type Share } from '../engine';
import { defaultView, type GemeenteView } from '../gemeenten/gemeenteView';
import { gemeenteQuery, readGemeenteQuery } from '../links/gemeenteLink';
import { nationalTotals, valuesFromNederland } from '../gemeenten/national';
import { isExampleCount } from '../gemeenten/plausibility';
import { gemeenteProblems } from '../gemeenten/gemeenteLimits';
import type { GemeenteImport } from '../gemeenten/readGemeenten';
import { KeptApart } from './keptApart.svelte';
import { Persisted, type StorageLike } from './persisted.svelte';

export const GEMEENTE_STORAGE_KEY = 'hervormingsagenda-jeugd/gemeente';
/** Where a stored view that did not read is kept, as it was, before the next save overwrites the key. */
export const GEMEENTE_UNREADABLE_KEY = 'hervormingsagenda-jeugd/gemeente-niet-gelezen';

/** The imported table as kept: the rows that loaded, and what the import said. */
export type ImportedTable = Pick<
	GemeenteImport,
	'file' | 'rows' | 'problems' | 'problemsLeftOut' | 'columns' | 'ignoredColumns' | 'notation' | 'skipped' | 'notes'
> & {
	nederland: boolean;
};

/**
 * The local view: one gemeente, its key, the national totals, the lokale-teams lever and an
 * imported table of gemeenten. Every change is stored in the browser; a stored view is read back
 * through the same checks as a link, so a damaged store cannot put bad numbers on screen.
 */
export class GemeenteState {
	readonly dataset: Dataset;
	view = $state<GemeenteView>() as GemeenteView;
	imported = $state.raw<ImportedTable | null>(null);
	/** Why the last import did not load, in Dutch; the previous table stays. */
	importError = $state<string | null>(null);
	/** What went wrong reading the stored view, in Dutch. */
	private loadProblem = $state<string | null>(null);
	private readonly store = new Persisted(GEMEENTE_STORAGE_KEY, {
		unavailable: 'Deze browser bewaart niets (privévenster of opslag uitgezet): uw gemeente en geïmporteerde tabel zijn weg na herladen. Exporteren werkt wel.',
		full: 'De browser kan niet meer bewaren (opslag vol). Wat op het scherm staat blijft staan; exporteer de tabel als CSV om hem te bewaren.'
	});
	readonly national: NationalTotals = $derived.by(() => nationalTotals(this.dataset, this.view.national));
	readonly share: Share = $derived.by(() => shareOf(this.view.gemeente, this.view.key, this.national));

	constructor(dataset: Dataset) {
		this.dataset = dataset;
		this.view = defaultView(dataset);
	}

	/** Storage trouble or a stored view that did not read, in Dutch. */
	get problem(): string | null {
		return this.store.problem ?? this.loadProblem;
	}

	/**
	 * What was stored and did not read (wholly or in part), as it was: now, or on an earlier visit.
	 * Kept under GEMEENTE_UNREADABLE_KEY (and -2, -3 …) until the user clears it; the page offers
	 * it as a file.
	 */
	private readonly apart = new KeptApart(GEMEENTE_UNREADABLE_KEY);
	get unreadable(): string[] {
		return this.apart.texts;
	}

	/**
	 * Read the stored view and table; from now on `save()` writes them. What reads is used, what
	 * does not is replaced by the example, and then the stored text is kept apart as it was:
	 * nothing a user stored is lost because this version cannot read it.
	 */
	attach(storage: StorageLike | null): void {
		const text = this.store.attach(storage);
		this.apart.attach(storage);
		if (text === null) return;
		let stored: { query?: unknown; imported?: unknown };
		try {
			stored = JSON.parse(text);
			if (typeof stored !== 'object' || stored === null) throw new Error('no object');
		} catch {
			this.keepApart(text, 'De bewaarde gemeente was onleesbaar en is vervangen door het voorbeeld');
			return;
		}
		const read = typeof stored.query === 'string' ? readGemeenteQuery(new URLSearchParams(stored.query), this.dataset) : null;
		const viewRead = read !== null && read.problems.length === 0;
		if (viewRead) this.view = read.view;
		const table = stored.imported == null ? null : checkImported(stored.imported);
		this.imported = table;
		const tableLost = stored.imported != null && table === null;
		if (!viewRead && tableLost) this.keepApart(text, 'De bewaarde gemeente en tabel konden niet worden gelezen; het voorbeeld staat er nu');
		else if (!viewRead) this.keepApart(text, 'De bewaarde gemeente kon niet worden gelezen en is vervangen door het voorbeeld');
		else if (tableLost) this.keepApart(text, 'De bewaarde tabel van gemeenten kon niet worden gelezen en is niet geladen');
	}

	/** Keep a stored text this version cannot read under a key of its own (never over another), and say so. */
	private keepApart(text: string, problem: string): void {
		this.loadProblem = this.apart.keep(text)
			? `${problem}. Wat bewaard was, staat apart (onder ${GEMEENTE_UNREADABLE_KEY}) en kan als bestand worden bewaard.`
			: `${problem}. Wat bewaard was, kan nu als bestand worden bewaard; apart houden lukt niet (de opslag van de browser is vol).`;
	}

	/** Clear what was set apart, at the user's word (after saving it as a file). */
	forgetUnreadable(): void {
		this.apart.forget();
		this.loadProblem = null;
	}

	/** What was set apart as one file: the text itself when there is one, else a JSON list of the texts. */
	unreadableFile(): { text: string; json: boolean } {
		if (this.unreadable.length === 1) return { text: this.unreadable[0]!, json: isJson(this.unreadable[0]!) };
		return {
			text: JSON.stringify({ note: 'Bewaarde gemeenten die deze versie niet kon lezen, zoals ze waren.', bewaard: this.unreadable }, null, 2),
			json: true
		};
	}

	/** Write the view and table to storage (called on every change). */
	save(): void {
		this.store.write(JSON.stringify({ query: gemeenteQuery(this.view).toString(), imported: this.imported }));
	}

	/**
	 * Show a gemeente of the bundled CBS table: its name, code, inwoners and jongeren (0 tot 20 jaar)
	 * with the jongeren as key; a budget or share typed for another gemeente does not carry over.
	 */
	pick(gemeente: { code: string; naam: string; inwoners: number; jongeren: number }): void {
		this.view.gemeente = {
			naam: gemeente.naam,
			code: gemeente.code,
			jeugdigen: gemeente.jongeren,
			inwoners: gemeente.inwoners,
			budgetEuro: null,
			aandeel: null
		};
		if (this.view.key !== 'jeugdigen') this.view.key = 'jeugdigen';
		this.exampleNotice = null;
	}

	/** What the page tells the user about an example figure it has set aside, in Dutch; null when there is nothing. */
	exampleNotice = $state<string | null>(null);

	/**
	 * Set the gemeente's jeugdigen or inwoners. Where the other count is still the example
	 * gemeente's, it is cleared and the user told so: the example's jongeren next to the
	 * user's own inwoners would make every figure per inwoner wrong without a sign.
	 */
	setCount(field: 'jeugdigen' | 'inwoners', value: number | null): void {
		const other = field === 'jeugdigen' ? 'inwoners' : 'jeugdigen';
		const gemeente = this.view.gemeente;
		if (value !== null && isExampleCount(this.dataset, gemeente, other) && gemeente[other] !== null) {
			const shown = gemeente[other]!.toLocaleString('nl-NL');
			gemeente[other] = null;
			const word = { jeugdigen: 'jongeren', inwoners: 'inwoners' } as const;
			this.exampleNotice = `Het aantal ${word[other]} van het voorbeeld (${shown}) is gewist, omdat u zelf het aantal ${word[field]} invulde. Vul ook het aantal ${word[other]} van uw gemeente in.`;
		} else if (value !== null) this.exampleNotice = null;
		gemeente[field] = value;
	}

	/** Show a view from a link. */
	show(view: GemeenteView): void {
		this.view = view;
	}

	/**
	 * Import a table of gemeenten, read by `readGemeenten` (which the gemeente page loads, so the
	 * first page does not): the table and its Nederland row, or the reason the file could not be
	 * used (a DataError, or what the import worker said), in which case the current table stays as it was.
	 */
	importRead(read: GemeenteImport | Error): void {
		if (read instanceof Error) {
			this.importError = `${read.message}. De vorige tabel blijft staan.`;
			return;
		}
		const { file, rows, problems, problemsLeftOut, columns, ignoredColumns, notation, skipped, notes } = read;
		this.imported = {
			file,
			rows,
			problems,
			...(problemsLeftOut ? { problemsLeftOut } : {}),
			columns,
			ignoredColumns,
			notation,
			skipped,
			notes,
			nederland: read.nederland !== null
		};
		if (read.nederland) this.view.national = valuesFromNederland(read.nederland);
		this.importError = null;
	}

	/** Make a row of the imported table the gemeente on screen. */
	choose(gemeente: Gemeente): void {
		this.view.gemeente = { ...gemeente };
		this.exampleNotice = null;
		if (!shareOf(gemeente, this.view.key, this.national).ok) {
			const usable = (['jeugdigen', 'budget', 'aandeel'] as const).find((key) => shareOf(gemeente, key, this.national).ok);
			if (usable) this.view.key = usable;
		}
	}

	clearImport(): void {
		this.imported = null;
		this.importError = null;
	}
}

function isJson(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

const isCount = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0);

/** A stored table, row by row checked again; null if it is not one. */
function checkImported(value: unknown): ImportedTable | null {
	if (typeof value !== 'object' || value === null) return null;
	const table = value as ImportedTable;
	if (typeof table.file !== 'string' || !Array.isArray(table.rows) || !Array.isArray(table.problems)) return null;
	const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
	const readable = (r: ImportedTable['rows'][number]) =>
		typeof r?.line === 'number' &&
		typeof r.gemeente?.naam === 'string' &&
		r.gemeente.naam.length <= 120 &&
		(r.gemeente.code === null || typeof r.gemeente.code === 'string') &&
		[r.gemeente.jeugdigen, r.gemeente.inwoners, r.gemeente.budgetEuro, r.gemeente.aandeel].every(isCount);
	const rows = table.rows.filter(readable);
	// a row that no longer passes the limits stays in sight, as a problem with its line, not gone without a word
	const kept = rows.filter((r) => gemeenteProblems(r.gemeente).length === 0);
	const stale = rows
		.filter((r) => !kept.includes(r))
		.map((r) => ({ line: r.line, reason: `${r.gemeente.naam}: ${gemeenteProblems(r.gemeente).join('; ')} (bewaard uit een eerdere versie)` }));
	const columns = Array.isArray(table.columns)
		? table.columns.filter((c) => typeof c?.header === 'string' && typeof c.field === 'string' && typeof c.factor === 'number')
		: [];
	const skipped = { above: strings(table.skipped?.above), below: strings(table.skipped?.below) };
	return {
		file: table.file.slice(0, 200),
		rows: kept,
		problems: [...table.problems.filter((p) => typeof p?.line === 'number' && typeof p.reason === 'string'), ...stale],
		...(Number.isSafeInteger(table.problemsLeftOut) && table.problemsLeftOut! > 0 ? { problemsLeftOut: table.problemsLeftOut } : {}),
		columns,
		ignoredColumns: strings(table.ignoredColumns),
		notation: table.notation === 'internationaal' ? 'internationaal' : 'nederlands',
		skipped,
		// a table stored before notes were kept has none
		notes: strings(table.notes),
		nederland: table.nederland === true
	};
}
