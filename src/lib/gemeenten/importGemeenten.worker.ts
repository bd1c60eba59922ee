/// <reference lib="webworker" />
import { DataError } from '../data/DataError';
import type { ImportMessage, ImportRequest } from './importProtocol';
import { decodeText, MAX_BYTES, readGemeenten } from './readGemeenten';

/**
 * Reads a table of gemeenten off the page's thread: a file of hundreds of thousands of rows takes
 * seconds to parse, and the page stays usable meanwhile. One file per worker; the page ends it.
 */
const post = (message: ImportMessage) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
	const { file, name } = data;
	try {
		// The size is known before reading: a file past the limit costs nothing.
		if (file.size > MAX_BYTES) throw new DataError({ file: name }, `het bestand is groter dan ${MAX_BYTES / 1024 / 1024} MB en wordt niet gelezen`);
		const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
		let shown = -1;
		const read = readGemeenten(text, name, (fraction) => {
			// a few dozen messages at most
			const step = Math.floor(fraction * 50);
			if (step > shown) post({ kind: 'progress', fraction: (shown = step) / 50 });
		});
		post({ kind: 'done', read, encoding });
	} catch (e) {
		post({
			kind: 'refused',
			message: e instanceof DataError ? e.message : `${name}: het bestand kon niet worden gelezen (${e instanceof Error ? e.message : String(e)})`
		});
	}
};
