import type { StorageLike } from './persisted.svelte';

/** How many texts can be set apart under one name: the key itself, then -2 … -10. */
const KEYS = 10;

/**
 * Stored texts this version could not read, each kept under a key of its own (`key`, `key-2`
 * … `key-10`) before the next save overwrites the store: a text is never written over another,
 * and they stay until the user clears them, over later visits too.
 *
 * @example const apart = new KeptApart('…/niet-gelezen'); apart.attach(localStorage); apart.keep('{kapot') // true: stored under '…/niet-gelezen'
 */
export class KeptApart {
	/** The first key; the name the page tells the user. */
	readonly key: string;
	/** The texts set apart, now or on an earlier visit, oldest first. */
	texts = $state<string[]>([]);
	private readonly keys: string[];
	private storage: StorageLike | null = null;

	constructor(key: string) {
		this.key = key;
		this.keys = Array.from({ length: KEYS }, (_, i) => (i === 0 ? key : `${key}-${i + 1}`));
	}

	/** Read what earlier visits set apart. */
	attach(storage: StorageLike | null): void {
		this.storage = storage;
		this.texts = this.keys.map((key) => readKey(storage, key)).filter((t): t is string => t !== null && t !== '');
	}

	/**
	 * Set a text apart under the first free key. Whether it is stored (or already was): false when
	 * the browser stores nothing, is full, or every key is taken; the text is then still offered
	 * as a file while the page is open.
	 */
	keep(text: string): boolean {
		if (this.texts.includes(text)) return this.keys.some((key) => readKey(this.storage, key) === text);
		this.texts = [...this.texts, text];
		const free = this.keys.find((key) => !readKey(this.storage, key));
		if (!this.storage || !free) return false;
		try {
			this.storage.setItem(free, text);
			return true;
		} catch {
			return false; // storage full
		}
	}

	/** Clear what was set apart, at the user's word (after saving it as a file). */
	forget(): void {
		for (const key of this.keys) {
			try {
				if (readKey(this.storage, key)) this.storage?.setItem(key, '');
			} catch {
				// storage blocked: what is on screen goes all the same
			}
		}
		this.texts = [];
	}
}

function readKey(storage: StorageLike | null, key: string): string | null {
	try {
		return storage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}
