import { dataset, presets } from '../data/bundled';
import { ScenarioLibrary, type StorageLike } from './scenarioLibrary.svelte';

/** The app's one scenario library, shared by every page. */
export const library = new ScenarioLibrary(dataset, presets);

/** Attach the browser's localStorage (or tell the user it is unavailable). Safe to call on every page. */
export function attachStorage(): void {
	library.attach(browserStorage());
}

/** The browser's localStorage, or null where it is blocked (a private window, storage switched off). */
export function browserStorage(): StorageLike | null {
	try {
		// Reading the property throws where storage is blocked; a full storage fails later, per write.
		const storage = window.localStorage;
		storage.getItem('hervormingsagenda-jeugd/scenarios');
		return storage;
	} catch {
		return null;
	}
}
