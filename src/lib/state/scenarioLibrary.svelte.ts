import { DataError } from '../data/DataError';
import { presetOf } from '../data/loadPresets';
import { MAX_TEXT, parseScenario, readScenario, scenarioFile } from '../data/parseScenario';
import type { Dataset, Scenario } from '../engine';
import { KeptApart } from './keptApart.svelte';
import { Persisted, type StorageLike } from './persisted.svelte';

export type { StorageLike };

export const STORAGE_KEY = 'hervormingsagenda-jeugd/scenarios';
/** Where stored scenarios that are no JSON at all are kept aside (then -2 … -10), before anything overwrites them. */
export const UNREADABLE_KEY = 'hervormingsagenda-jeugd/scenarios-onleesbaar';

/**
 * The user's own scenarios, kept in the browser: every change is written at once, so a reload
 * or a closed tab loses nothing. Each stored scenario is checked again when read; one that no
 * longer reads is left out and named, the rest load, and it stays stored as it was. When the browser cannot store (private
 * mode, storage full) the user is told, and export to a file still works.
 */
export class ScenarioLibrary {
	readonly dataset: Dataset;
	readonly presets: readonly Scenario[];
	own = $state.raw<Scenario[]>([]);
	/** The scenario on screen: the one owner of the selection, restored after a reload. */
	selected = $state<string>('');
	/** What went wrong reading the stored scenarios, in Dutch. */
	private loadProblem = $state<string | null>(null);
	/** Stored scenarios that did not read, kept as they were and written back with the rest. */
	private unreadable = $state.raw<unknown[]>([]);
	/** Texts of a store that was no JSON at all, now or on an earlier visit, each under a key of its own. */
	private readonly apart = new KeptApart(UNREADABLE_KEY);
	private readonly store = new Persisted(STORAGE_KEY, {
		unavailable:
			'Deze browser bewaart niets (bijvoorbeeld in een privévenster): eigen scenario’s verdwijnen bij het sluiten. Exporteer ze als bestand om ze te bewaren.',
		full: 'Opslaan in de browser lukt niet (de opslag is vol of geblokkeerd). Uw wijzigingen staan nog op het scherm; exporteer uw scenario’s als bestand om ze te bewaren.'
	});

	constructor(dataset: Dataset, presets: readonly Scenario[]) {
		this.dataset = dataset;
		this.presets = presets;
		this.selected = presets[0]!.id;
	}

	/** What went wrong with storing or reading, in Dutch; null when all is well. */
	get problem(): string | null {
		return this.store.problem ?? this.loadProblem;
	}

	/** How many stored scenarios (or unreadable stores) are kept aside without being read; `quarantineFile()` gives them as one file. */
	get quarantined(): number {
		return this.unreadable.length + this.apart.texts.length;
	}

	/** The scenario on screen (the first preset if the selected id is gone). */
	get current(): Scenario {
		return this.find(this.selected) ?? this.presets[0]!;
	}

	/** Read the stored scenarios and store every change from now on. Once; later calls do nothing. */
	attach(storage: StorageLike | null): void {
		if (this.store.attached) return;
		const text = this.store.attach(storage);
		this.apart.attach(storage);
		this.load(text);
		if (storage === null) this.persist();
	}

	/** A preset or an own scenario by id. */
	find(id: string): Scenario | undefined {
		return this.presets.find((p) => p.id === id) ?? this.own.find((s) => s.id === id);
	}

	/** The preset a scenario starts from: the "before" of its changes. */
	presetOf(scenario: Scenario): Scenario {
		return presetOf(scenario, this.presets);
	}

	isPreset(id: string): boolean {
		return this.presets.some((p) => p.id === id);
	}

	/** A new own scenario: a copy of `from` under a free id and the given (or a numbered) name. */
	create(from: Scenario, name?: string): Scenario {
		const basedOn = this.isPreset(from.id) ? from.id : from.basedOn;
		const own = name ?? `${from.name.slice(0, MAX_TEXT - 20).trimEnd()} · eigen`;
		const scenario: Scenario = { ...from, id: this.freeId(), name: this.freeName(own), basedOn, dataVersion: this.dataset.version };
		this.write([...this.own, scenario]);
		return scenario;
	}

	/**
	 * Apply a change to a scenario. A preset never changes: the change goes into a new own copy
	 * ("… · eigen"), and `copiedFrom` names the preset. An own scenario changes in place.
	 */
	edit(scenario: Scenario, change: (scenario: Scenario) => Scenario): { scenario: Scenario; copiedFrom: Scenario | null } {
		if (!this.isPreset(scenario.id)) return { scenario: this.update(scenario.id, change), copiedFrom: null };
		return { scenario: this.create(change(scenario)), copiedFrom: scenario };
	}

	/** Change an own scenario; presets cannot change. */
	update(id: string, change: (scenario: Scenario) => Scenario): Scenario {
		const current = this.own.find((s) => s.id === id);
		if (!current) throw new Error(`geen eigen scenario "${id}"`);
		const next = { ...change(current), id, dataVersion: this.dataset.version };
		this.write(this.own.map((s) => (s.id === id ? next : s)));
		return next;
	}

	rename(id: string, name: string): void {
		const trimmed = name.trim().slice(0, 200);
		if (trimmed) this.update(id, (s) => ({ ...s, name: trimmed }));
	}

	remove(id: string): void {
		this.write(this.own.filter((s) => s.id !== id));
	}

	/** Put a removed scenario back, as it was ("ongedaan maken"). */
	restore(scenario: Scenario, index: number): void {
		const own = this.own.filter((s) => s.id !== scenario.id);
		own.splice(Math.min(index, own.length), 0, scenario);
		this.write(own);
	}

	/**
	 * Add a scenario read from a file. Throws a DataError naming the file and field; then nothing
	 * is added. An id already in use gets a new one; the same content twice is not added twice.
	 */
	importFile(text: string, file: string): Scenario {
		return this.adopt(parseScenario(text, file, this.dataset));
	}

	/** Add a scenario from a file or a link, or find the own scenario with the same content. */
	adopt(scenario: Scenario): Scenario {
		const same = this.own.find((s) => sameContent(s, scenario));
		if (same) return same;
		const fromPreset = this.isPreset(scenario.id) ? { basedOn: scenario.id } : {};
		const id = this.taken(scenario.id) ? this.freeId() : scenario.id;
		const name = this.own.some((s) => s.name === scenario.name) ? this.freeName(scenario.name) : scenario.name;
		const adopted = { ...scenario, ...fromPreset, id, name };
		this.write([...this.own, adopted]);
		return adopted;
	}

	select(id: string): void {
		this.selected = id;
		this.persist();
	}

	/** An id in use, also by a stored scenario that did not read (it may read again in a later version). */
	private taken(id: string): boolean {
		return this.find(id) !== undefined || this.unreadable.some((raw) => raw !== null && typeof raw === 'object' && (raw as { id?: unknown }).id === id);
	}

	private freeId(): string {
		for (let n = 1; ; n++) if (!this.taken(`eigen-${n}`)) return `eigen-${n}`;
	}

	/**
	 * A name no other scenario has. A name the app makes is always one a file may hold: a long one
	 * is shortened before " · eigen" or " (2)" is added.
	 */
	private freeName(name: string): string {
		const names = new Set([...this.presets, ...this.own].map((s) => s.name));
		const fits = (text: string) => text.length <= MAX_TEXT;
		if (!names.has(name) && fits(name)) return name;
		const base = name.slice(0, MAX_TEXT - 12).trimEnd();
		if (!names.has(base)) return base;
		for (let n = 2; ; n++) if (!names.has(`${base} (${n})`)) return `${base} (${n})`;
	}

	private write(own: Scenario[]): void {
		this.own = own;
		this.persist();
	}

	private persist(): void {
		// what could not be read is written back as it was: a later version may read it, and it is the user's
		this.store.write(JSON.stringify({ schema: 2, selected: this.selected, scenarios: [...this.own.map(scenarioFile), ...this.unreadable] }));
	}

	/**
	 * What is kept aside, as a file the user can save and send: the stored scenarios that did not
	 * read, as they were, and the texts of stores that were no JSON. One such text alone is the file.
	 */
	quarantineFile(): string {
		const texts = this.apart.texts;
		if (this.unreadable.length === 0 && texts.length === 1) return texts[0]!;
		return JSON.stringify(
			{
				schema: 2,
				note: 'Bewaarde scenario’s die deze versie niet kon lezen, zoals ze waren.',
				scenarios: this.unreadable,
				...(texts.length > 0 ? { onleesbaar: texts } : {})
			},
			null,
			2
		);
	}

	/** Clear what is kept aside, at the user's word (after saving it as a file): the texts apart and the stored scenarios that did not read. */
	forgetQuarantined(): void {
		this.apart.forget();
		this.unreadable = [];
		this.loadProblem = null;
		this.persist();
	}

	private load(text: string | null): void {
		if (text === null) return;
		let stored: { selected?: unknown; scenarios?: unknown };
		try {
			stored = JSON.parse(text);
		} catch {
			// the next write replaces the key: keep the text apart first, under a key of its own, it may be all the user has
			const kept = this.apart.keep(text);
			this.loadProblem = `De bewaarde eigen scenario’s waren onleesbaar en zijn niet geladen${kept ? `; de tekst staat apart bewaard onder ${UNREADABLE_KEY}` : '; exporteer ze nu als bestand, apart bewaren lukt niet'}.`;
			return;
		}
		const own: Scenario[] = [];
		const broken: string[] = [];
		const unreadable: unknown[] = [];
		const list = Array.isArray(stored?.scenarios) ? stored.scenarios : [];
		list.forEach((raw: unknown, i: number) => {
			try {
				const scenario = readScenario(raw, `bewaard scenario ${i + 1}`, this.dataset);
				if (this.find(scenario.id) || own.some((s) => s.id === scenario.id))
					throw new DataError({ file: `bewaard scenario ${i + 1}` }, 'id komt twee keer voor', scenario.id);
				own.push(scenario);
			} catch (e) {
				broken.push(e instanceof Error ? e.message : String(e));
				unreadable.push(raw);
			}
		});
		this.own = own;
		this.unreadable = unreadable;
		if (typeof stored?.selected === 'string' && this.find(stored.selected)) this.selected = stored.selected;
		if (broken.length > 0)
			this.loadProblem = `${broken.length === 1 ? '1 bewaard scenario kon' : `${broken.length} bewaarde scenario’s konden`} niet worden gelezen en ${broken.length === 1 ? 'is' : 'zijn'} niet geladen; ${broken.length === 1 ? 'het blijft' : 'ze blijven'} bewaard zoals ${broken.length === 1 ? 'het was' : 'ze waren'}: ${broken.join('; ')}`;
	}
}

/** Same figures and words: id, data version, draws and seed aside (a link carries those apart). */
function sameContent(a: Scenario, b: Scenario): boolean {
	const content = (s: Scenario) => {
		const distributions = s.distributions && Object.keys(s.distributions).length > 0 ? s.distributions : undefined;
		return JSON.stringify(scenarioFile({ ...s, id: '', distributions, dataVersion: undefined, runs: undefined, seed: undefined }));
	};
	return content(a) === content(b);
}
