/** Requests wait this long for the next change before they go to the worker. */
const DEBOUNCE_MS = 150;

/**
 * A Web Worker that answers only the latest request: while it is busy, newer requests replace
 * each other, and the last one is sent when it is free. A worker that fails is replaced and the
 * waiting request sent again. The caller sees answers, crashes and whether an answer is due.
 */
export class LatestOnly<Request, Answer extends { id: number }> {
	private worker: Worker | null = null;
	private makeWorker: (() => Worker) | null = null;
	private inFlight: number | null = null;
	private pending: Request | null = null;
	private lastId = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly handlers: {
			answer: (answer: Answer) => void;
			crash: () => void;
			/** True while the answer on screen is not yet the answer to the latest request. */
			busy: (busy: boolean) => void;
		}
	) {}

	/** Start the worker (in the browser only); returns a function that stops it. */
	connect(makeWorker: () => Worker): () => void {
		this.makeWorker = makeWorker;
		this.spawn();
		// a request made while the worker's module was still loading waits for it: send it now
		this.send();
		return () => {
			clearTimeout(this.timer);
			this.worker?.terminate();
			this.worker = null;
		};
	}

	/** Ask again; sent after a short pause, replacing any request still waiting. */
	request(request: Request): void {
		this.pending = request;
		this.handlers.busy(true);
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.send(), DEBOUNCE_MS);
	}

	private spawn(): void {
		if (!this.makeWorker) return;
		const worker = this.makeWorker();
		worker.onmessage = (event: MessageEvent<Answer>) => this.receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			this.handlers.crash();
			this.worker?.terminate();
			this.inFlight = null;
			this.handlers.busy(this.pending !== null);
			this.spawn();
			this.send();
		};
		this.worker = worker;
	}

	private send(): void {
		if (!this.worker || this.inFlight !== null || !this.pending) return;
		const id = ++this.lastId;
		this.inFlight = id;
		this.worker.postMessage({ ...this.pending, id });
		this.pending = null;
	}

	private receive(answer: Answer): void {
		if (answer.id !== this.inFlight) return;
		this.inFlight = null;
		this.handlers.answer(answer);
		this.handlers.busy(this.pending !== null);
		this.send();
	}
}
