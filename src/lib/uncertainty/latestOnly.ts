import { requestKey } from './requestKey';

/** Workers that fail one after another before the client stops starting new ones. */
export const MAX_FAILURES = 3;
/** The wait before the n-th new worker after a failure: 200, 400, 800 ms. */
const backoff = (failures: number) => 200 * 2 ** (failures - 1);

/**
 * A Web Worker that answers only the latest request: while it is busy, newer requests replace
 * each other, and the last one is sent when it is free. A worker that fails, or does not answer
 * within `timeLimit` of a request, is replaced after a short wait and the unanswered request sent
 * again; after MAX_FAILURES failures in a row no new worker is started until `retry()`. The
 * caller sees answers, failures, giving up, and whether an answer is due. An answer with
 * `partial` set is a first answer to the request in flight: it is passed on, and the request
 * stays in flight until its full answer.
 */
export class LatestOnly<Request, Answer extends { id: number }> {
	private worker: Worker | null = null;
	private makeWorker: (() => Worker) | null = null;
	private inFlight: { id: number; request: Request } | null = null;
	/** The content (requestKey) of the request whose answer is on screen. */
	private shown: string | null = null;
	private pending: Request | null = null;
	private lastId = 0;
	private failures = 0;
	/** A first answer (`partial`) to the request in flight is on screen. */
	private firstShown = false;
	private stopped = false;
	private watchdog: ReturnType<typeof setTimeout> | undefined;
	private respawn: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly handlers: {
			answer: (answer: Answer) => void;
			/** A worker failed or took too long; `slow` says which. A new one follows unless `gaveUp` is called. */
			crash: (slow: boolean) => void;
			/** MAX_FAILURES workers failed in a row: no new one starts until retry(). */
			gaveUp?: () => void;
			/** True while the answer on screen is not yet the answer to the latest request. */
			busy: (busy: boolean) => void;
		},
		/** Milliseconds a request may take before its worker counts as hung. */
		private readonly timeLimit: (request: Request) => number = () => 30_000
	) {}

	/** Start the worker (in the browser only); returns a function that stops it. */
	connect(makeWorker: () => Worker): () => void {
		this.makeWorker = makeWorker;
		this.stopped = false;
		this.spawn();
		// a request made while the worker's module was still loading waits for it: send it now
		this.send();
		return () => {
			this.stopped = true;
			for (const t of [this.watchdog, this.respawn]) clearTimeout(t);
			this.worker?.terminate();
			this.worker = null;
		};
	}

	/** A request the page may make soon, to compute ahead; waits while the worker is busy. */
	private ahead: Request | null = null;
	/** A warm request is with the worker; it says when it is done (an answer with id 0). */
	private warming = false;

	/**
	 * Let the worker compute `request` ahead and keep it, without answering: when the page asks
	 * for it later, the answer is there at once. Only the latest waits, and it goes only when the
	 * worker has nothing else to do, so computing ahead never delays an answer the page waits for
	 * by more than one run.
	 */
	warm(request: Request): void {
		this.ahead = request;
		this.sendAhead();
	}

	private sendAhead(): void {
		if (!this.worker || this.inFlight !== null || this.pending || this.warming || !this.ahead) return;
		this.worker.postMessage({ ...this.ahead, id: 0, warm: true });
		this.ahead = null;
		this.warming = true;
	}

	/** The answer to `request` is on screen without asking (computed by the build): asking for it again sends nothing. */
	settled(request: Request): void {
		this.shown = requestKey(request as object);
	}

	/**
	 * Ask again: sent at once when the worker is free, else kept (replacing any request still
	 * waiting) until the answer in flight is in. When nothing is in flight and the answer on screen
	 * is the answer to this request, nothing is sent.
	 */
	request(request: Request): void {
		const key = requestKey(request as object);
		if (this.inFlight === null && this.shown !== null && key === this.shown) {
			this.pending = null;
			this.handlers.busy(false);
			return;
		}
		// the same as the request in flight: its answer is the answer, nothing more to send
		if (this.inFlight !== null && key === requestKey(this.inFlight.request as object)) {
			this.pending = null;
			this.ahead = null;
			this.handlers.busy(!this.firstShown);
			return;
		}
		this.pending = request;
		// what the page asks now replaces what it might have asked
		this.ahead = null;
		this.handlers.busy(true);
		// at once when the worker is free, so it computes while the page draws the change; else after the answer in flight
		this.send();
	}

	/** After giving up: start a worker again and send the latest request. */
	retry(): void {
		if (!this.makeWorker || this.worker) return;
		this.failures = 0;
		this.spawn();
		this.send();
	}

	private spawn(): void {
		if (!this.makeWorker || this.stopped) return;
		let worker: Worker;
		try {
			worker = this.makeWorker();
		} catch {
			this.fail(false);
			return;
		}
		worker.onmessage = (event: MessageEvent<Answer>) => this.receive(event.data);
		this.warming = false;
		worker.onerror = (event) => {
			event.preventDefault();
			if (this.worker === worker) this.fail(false);
		};
		this.worker = worker;
		this.sendAhead();
	}

	/** The worker failed or hung: stop it, and after a wait start another and send the unanswered request again, unless too many failed in a row. */
	private fail(slow: boolean): void {
		clearTimeout(this.watchdog);
		this.worker?.terminate();
		this.worker = null;
		// the unanswered request goes again, unless a newer one is waiting
		if (this.inFlight && !this.pending) this.pending = this.inFlight.request;
		this.inFlight = null;
		this.failures++;
		// nothing was being computed for the page (a worker that failed to load while idle): nothing to say unless it gives up
		if (this.pending) this.handlers.crash(slow);
		if (this.failures >= MAX_FAILURES) {
			this.handlers.busy(false);
			this.handlers.gaveUp?.();
			return;
		}
		this.handlers.busy(this.pending !== null);
		clearTimeout(this.respawn);
		this.respawn = setTimeout(() => {
			this.spawn();
			this.send();
		}, backoff(this.failures));
	}

	private send(): void {
		if (!this.worker || this.inFlight !== null || !this.pending) return;
		const id = ++this.lastId;
		const request = this.pending;
		this.inFlight = { id, request };
		this.firstShown = false;
		this.worker.postMessage({ ...request, id });
		this.pending = null;
		clearTimeout(this.watchdog);
		this.watchdog = setTimeout(() => this.fail(true), this.timeLimit(request));
	}

	private receive(answer: Answer): void {
		if (answer.id === 0) {
			// a warm request is done: the next may go
			this.warming = false;
			this.sendAhead();
			return;
		}
		if (answer.id !== this.inFlight?.id) return;
		if ((answer as { partial?: unknown }).partial !== undefined) {
			// a first answer (the first draws of many): shown, while the worker goes on with the rest;
			// it answers the latest request unless a newer one waits
			this.firstShown = true;
			// what is on screen is no longer the answer to any request asked before
			this.shown = null;
			this.handlers.answer(answer);
			this.handlers.busy(this.pending !== null);
			return;
		}
		clearTimeout(this.watchdog);
		// an answer that is an error leaves the last good one on screen: asking again is not skipped
		this.shown = (answer as { ok?: boolean }).ok === false ? null : requestKey(this.inFlight.request as object);
		this.inFlight = null;
		this.failures = 0;
		this.handlers.answer(answer);
		this.handlers.busy(this.pending !== null);
		this.send();
		this.sendAhead();
	}
}
