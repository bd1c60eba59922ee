import { DataError } from '../data/DataError';
import { readGemeenten, type GemeenteImport } from './readGemeenten';

/** Read a table of gemeenten, or the DataError that says why the file cannot be used; other errors are thrown. */
export function tryReadGemeenten(text: string, file: string): GemeenteImport | DataError {
	try {
		return readGemeenten(text, file);
	} catch (e) {
		if (e instanceof DataError) return e;
		throw e;
	}
}
