import type { ImportMessage, ImportRequest } from './importProtocol';
import type { decodeText, GemeenteImport } from './readGemeenten';

export type ImportOutcome =
	| { kind: 'done'; read: GemeenteImport; encoding: ReturnType<typeof decodeText>['encoding'] }
	/** The file cannot be used, or the reading broke off: why, in Dutch. */
	| { kind: 'refused'; message: string }
	| { kind: 'cancelled' };

export interface ImportJob {
	done: Promise<ImportOutcome>;
	/** Stop reading; `done` gives `cancelled`. */
	cancel(): void;
}

/** A worker that says nothing for this long has died (out of memory, say): the reading is given up. */
export const SILENCE_MS = 30_000;

const loadWorker = () => import('./importGemeenten.worker?worker').then((m) => new m.default());

/**
 * Read a chosen file of gemeenten in a worker of its own, with progress, so the page stays usable
 * while a large file is parsed. The worker ends with the reading.
 */
export function importFile(file: Blob, name: string, onProgress: (fraction: number) => void, makeWorker: () => Promise<Worker> = loadWorker): ImportJob {
	let settle: (outcome: ImportOutcome) => void = () => {};
	let worker: Worker | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let over = false;
	const done = new Promise<ImportOutcome>((resolve) => {
		settle = (outcome) => {
			if (over) return;
			over = true;
			clearTimeout(timer);
			worker?.terminate();
			resolve(outcome);
		};
	});
	const watch = () => {
		clearTimeout(timer);
		timer = setTimeout(
			() => settle({ kind: 'refused', message: `${name}: het inlezen hield op zonder antwoord (is het bestand te groot voor dit apparaat?)` }),
			SILENCE_MS
		);
	};
	makeWorker().then(
		(started) => {
			if (over) return started.terminate();
			worker = started;
			worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
				watch();
				if (data.kind === 'progress') onProgress(data.fraction);
				else settle(data);
			};
			worker.onerror = (event) => {
				event.preventDefault();
				settle({ kind: 'refused', message: `${name}: het inlezen is onderbroken${event.message ? ` (${event.message})` : ''}. Probeer het opnieuw` });
			};
			watch();
			worker.postMessage({ file, name } satisfies ImportRequest);
		},
		() =>
			settle({
				kind: 'refused',
				message: 'Het inlezen kon niet beginnen: een deel van de app kon niet worden geladen. Herlaad de pagina en probeer het opnieuw'
			})
	);
	return { done, cancel: () => settle({ kind: 'cancelled' }) };
}
