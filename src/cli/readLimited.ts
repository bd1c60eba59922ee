import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { DataError } from '../lib/data/DataError';
import { MAX_BYTES } from '../lib/gemeenten/readGemeenten';

/** The largest file the command line reads: the same 20 MB as the app. */
export const MAX_FILE_BYTES = MAX_BYTES;

/**
 * A file's bytes, read in pieces and stopped as soon as it passes `limit`: a device that never
 * ends (/dev/zero) or a huge file costs at most the limit, and is refused in Dutch naming the file.
 */
export function readLimited(path: string, limit = MAX_FILE_BYTES): Buffer {
	const file = basename(path);
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		throw new DataError({ file }, 'bestand niet te lezen');
	}
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		for (;;) {
			const chunk = Buffer.alloc(Math.min(1024 * 1024, limit + 1 - total));
			let read: number;
			try {
				read = readSync(fd, chunk, 0, chunk.length, null);
			} catch {
				throw new DataError({ file }, 'bestand niet te lezen (is het een map?)');
			}
			if (read === 0) break;
			chunks.push(chunk.subarray(0, read));
			total += read;
			if (total > limit) throw new DataError({ file }, `het bestand is groter dan ${Math.round(limit / 1024 / 1024)} MB en wordt niet gelezen`);
		}
	} finally {
		closeSync(fd);
	}
	return Buffer.concat(chunks);
}
