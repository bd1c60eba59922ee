import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { scenarioFile } from '../src/lib/data/parseScenario';
import type { Scenario } from '../src/lib/engine';
import { readShareQuery, shareQuery } from '../src/lib/links/shareLink';
import { ScenarioLibrary, STORAGE_KEY, UNREADABLE_KEY, type StorageLike } from '../src/lib/state/scenarioLibrary.svelte';

const dataset = readDataset();
const presets = readPresets(dataset);
const preset = (id: string) => presets.find((p) => p.id === id)!;

/** An own scenario on top of rijk with a few changes. */
const own: Scenario = {
	...preset('rijk'),
	id: 'eigen-1',
	name: 'Rijk, maar 12.500 kinderen & "minder" <b>',
	basedOn: 'rijk',
	measures: preset('rijk').measures.filter((m) => m !== 'accres'),
	assumptions: { 'b17.kinderen': 12500, 'b17.succes': 0.3 },
	distributions: { 'b17.besparingPerKind': null },
	horizon: 2031
};

class MemoryStorage implements StorageLike {
	items = new Map<string, string>();
	full = false;
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('quota', 'QuotaExceededError');
		this.items.set(key, value);
	}
}

describe('scenario library', () => {
	const open = (storage: StorageLike | null) => {
		const library = new ScenarioLibrary(dataset, presets);
		library.attach(storage);
		return library;
	};

	it('create, rename, duplicate and delete; every change is stored and read back after a reload', () => {
		const storage = new MemoryStorage();
		const library = open(storage);
		const a = library.create({ ...preset('rijk'), assumptions: { 'b17.kinderen': 10000 } });
		expect(a).toMatchObject({ id: 'eigen-1', name: 'Rijk: Tabel 1 en Tabel 2 · eigen', basedOn: 'rijk' });
		const b = library.create(a, 'Tweede');
		expect(b).toMatchObject({ id: 'eigen-2', basedOn: 'rijk' });
		library.rename(a.id, '  Minder kinderen  ');
		library.remove(b.id);
		library.select(a.id);
		const reloaded = open(storage);
		expect(reloaded.own.map((s) => [s.id, s.name, s.assumptions['b17.kinderen']])).toEqual([['eigen-1', 'Minder kinderen', 10000]]);
		expect(reloaded.selected).toBe('eigen-1');
		expect(reloaded.problem).toBeNull();
	});

	it('a second copy gets a numbered name; a preset is never changed', () => {
		const library = open(new MemoryStorage());
		library.create(preset('vng'));
		expect(library.create(preset('vng')).name).toBe('VNG: alleen Tabel 1 · eigen (2)');
		expect(() => library.update('vng', (s) => s)).toThrow(/geen eigen scenario "vng"/);
	});

	it('import: a good file is added, the same file twice once, a broken file adds nothing and names the field', () => {
		const library = open(new MemoryStorage());
		const text = JSON.stringify(scenarioFile(own));
		const first = library.importFile(text, 'eigen.json');
		expect(library.importFile(text, 'eigen.json')).toBe(first);
		expect(() => library.importFile(JSON.stringify({ ...scenarioFile(own), horizon: 'later' }), 'kapot.json')).toThrow(/kapot.json, horizon: moet een jaar/);
		expect(library.own).toHaveLength(1);
		// a preset's own file imports as an own scenario with a new id
		expect(library.importFile(JSON.stringify(scenarioFile(preset('rijk'))), 'rijk.json')).toMatchObject({ id: 'eigen-2', basedOn: 'rijk' });
	});

	it('a link to an own scenario finds that scenario instead of adding it again', () => {
		const library = open(new MemoryStorage());
		const mine = library.create({ ...preset('vng'), runs: 50_000, seed: 4, assumptions: { 'b17.kinderen': 10000 } });
		const link = readShareQuery(shareQuery(mine, presets, dataset.version, { runs: 50_000, seed: 4 }), dataset, presets)!;
		expect(library.adopt(link.scenario)).toBe(mine);
		expect(library.own).toHaveLength(1);
		// a different value is a different scenario
		expect(library.adopt({ ...link.scenario, assumptions: { 'b17.kinderen': 9000 } }).id).toBe('eigen-2');
	});

	it('storage full: the user is told, the scenario stays on screen', () => {
		const storage = new MemoryStorage();
		const library = open(storage);
		storage.full = true;
		const a = library.create(preset('rijk'));
		expect(library.own).toContain(a);
		expect(library.problem).toMatch(/^Opslaan in de browser lukt niet \(de opslag is vol of geblokkeerd\)/);
		storage.full = false;
		library.rename(a.id, 'Weer ruimte');
		expect(library.problem).toBeNull();
	});

	it('no storage (private mode) is told once; everything works in memory', () => {
		const library = open(null);
		expect(library.problem).toMatch(/Deze browser bewaart niets/);
		expect(library.create(preset('rijk')).id).toBe('eigen-1');
	});

	it('a damaged stored scenario is left out and named; the others load', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			STORAGE_KEY,
			JSON.stringify({ schema: 2, selected: 'eigen-2', scenarios: [scenarioFile(own), { ...scenarioFile(own), id: 'eigen-2', measures: ['b99'] }] })
		);
		const library = open(storage);
		expect(library.own.map((s) => s.id)).toEqual(['eigen-1']);
		expect(library.problem).toMatch(
			/1 bewaard scenario kon niet worden gelezen en is niet geladen; het blijft bewaard zoals het was: .*measures\[0\]: onbekende maatregel "b99"/
		);
		// the selected scenario did not load: the first preset is on screen instead
		expect(library.selected).toBe('cvw-tabel-1');
		// a change writes the library back, and the damaged scenario with it, as it was
		library.create(preset('vng'));
		const written = JSON.parse(storage.getItem(STORAGE_KEY)!).scenarios;
		expect(written.map((s: { id: string }) => s.id)).toEqual(['eigen-1', 'eigen-3', 'eigen-2']);
		expect(written.at(-1).measures).toEqual(['b99']);
		// what is kept aside can be saved as one file, exactly as stored
		expect(library.quarantined).toBe(1);
		expect(JSON.parse(library.quarantineFile()).scenarios).toEqual([{ ...scenarioFile(own), id: 'eigen-2', measures: ['b99'] }]);
		storage.setItem(STORAGE_KEY, '{kapot');
		const broken = open(storage);
		expect(broken.quarantined).toBe(1);
		expect(broken.quarantineFile()).toBe('{kapot');
		expect(broken.problem).toBe(`De bewaarde eigen scenario’s waren onleesbaar en zijn niet geladen; de tekst staat apart bewaard onder ${UNREADABLE_KEY}.`);
		broken.create(preset('rijk'));
		expect(storage.getItem(UNREADABLE_KEY)).toBe('{kapot');
	});

	it('a second unreadable store is kept beside the first, not over it; both stay until the user clears them', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, '{kapot');
		open(storage).create(preset('rijk'));
		// a later visit: the store is damaged again, differently
		storage.setItem(STORAGE_KEY, '[ook kapot');
		const second = open(storage);
		expect([storage.getItem(UNREADABLE_KEY), storage.getItem(`${UNREADABLE_KEY}-2`)]).toEqual(['{kapot', '[ook kapot']);
		expect(second.quarantined).toBe(2);
		expect(JSON.parse(second.quarantineFile()).onleesbaar).toEqual(['{kapot', '[ook kapot']);
		second.create(preset('vng'));
		// a visit with a readable store still offers what was kept apart before
		const third = open(storage);
		expect([third.problem, third.quarantined, third.own.length]).toEqual([null, 2, 1]);
		third.forgetQuarantined();
		expect([third.quarantined, storage.getItem(UNREADABLE_KEY), storage.getItem(`${UNREADABLE_KEY}-2`)]).toEqual([0, '', '']);
		expect(open(storage).quarantined).toBe(0);
	});

	it('an unreadable store the browser has no room to keep apart is still offered as a file, and the page says so', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, '{kapot');
		storage.full = true;
		const library = open(storage);
		expect(library.problem).toBe('De bewaarde eigen scenario’s waren onleesbaar en zijn niet geladen; exporteer ze nu als bestand, apart bewaren lukt niet.');
		expect([library.quarantined, library.quarantineFile()]).toEqual([1, '{kapot']);
	});
});
