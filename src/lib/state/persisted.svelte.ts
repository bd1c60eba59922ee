/** The part of the Web Storage API the app uses (localStorage in the browser, a Map in tests). */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** The browser's localStorage, or null where it is blocked (a private window, storage switched off). */
export function browserStorage(): StorageLike | null {
	try {
		// Reading the property throws where storage is blocked; a full storage fails later, per write.
		const storage = window.localStorage;
		storage.getItem('hervormingsagenda-jeugd/probe');
		return storage;
	} catch {
		return null;
	}
}

/** What to tell the user, in Dutch, when the browser does not keep what is on screen. */
export interface PersistedMessages {
	/** The browser stores nothing (private mode, storage switched off). */
	unavailable: string;
	/** A write failed (storage full or blocked). */
	full: string;
}

/**
 * One key in the browser's storage as a state class uses it: attached once, read once, written
 * on every change. `problem` says in Dutch when the browser cannot keep it; until `attach` (on
 * the server, or before the page has mounted) nothing is read or written and nothing is said.
 */
export class Persisted {
	problem = $state<string | null>(null);
	/** undefined: not attached yet; null: the browser cannot store. */
	private storage: StorageLike | null | undefined = undefined;

	constructor(
		readonly key: string,
		private readonly messages: PersistedMessages
	) {}

	get attached(): boolean {
		return this.storage !== undefined;
	}

	/** Attach a storage (or null: none) and return what it holds under the key. Once; later calls return null. */
	attach(storage: StorageLike | null): string | null {
		if (this.storage !== undefined) return null;
		this.storage = storage;
		if (storage === null) {
			this.problem = this.messages.unavailable;
			return null;
		}
		try {
			return storage.getItem(this.key);
		} catch {
			this.storage = null;
			this.problem = this.messages.unavailable;
			return null;
		}
	}

	/** Write the text; true when it is kept. A failed write is told and nothing on screen changes. */
	write(text: string): boolean {
		if (!this.storage) {
			if (this.storage === null) this.problem = this.messages.unavailable;
			return false;
		}
		try {
			this.storage.setItem(this.key, text);
			if (this.problem === this.messages.full) this.problem = null;
			return true;
		} catch {
			this.problem = this.messages.full;
			return false;
		}
	}
}
