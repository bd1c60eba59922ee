import type { decodeText, GemeenteImport } from './readGemeenten';

/** What the page sends the import worker: the file as the user chose it. */
export interface ImportRequest {
	file: Blob;
	name: string;
}

/** What the import worker answers: progress now and then, then the table or why the file cannot be used (in Dutch). */
export type ImportMessage =
	| { kind: 'progress'; fraction: number }
	| { kind: 'done'; read: GemeenteImport; encoding: ReturnType<typeof decodeText>['encoding'] }
	| { kind: 'refused'; message: string };
