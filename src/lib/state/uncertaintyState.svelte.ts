import { LAST_TABLE_YEAR, type Scenario, type Tornado, type UncertaintyResult } from '../engine';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../uncertainty/params';
import type { UncertaintyRequest, UncertaintyResponse } from '../uncertainty/protocol';

/** Requests wait this long for the next change before they go to the worker. */
const DEBOUNCE_MS = 150;

/**
 * The Monte Carlo of the scenario on screen, computed in a Web Worker. Only the latest request
 * counts: while the worker is busy, newer requests replace each other, and the last one is sent
 * when the worker is free. A worker that fails is replaced; the last good result stays on screen.
 */
export class UncertaintyState {
	runs = $state(DEFAULT_RUNS);
	seed = $state(DEFAULT_SEED);
	tornadoYear = $state(LAST_TABLE_YEAR);
	cumulative = $state(false);
	result = $state.raw<UncertaintyResult | null>(null);
	tornado = $state.raw<Tornado | null>(null);
	/** Net per year without uncertainty, for the same scenario as `result`. */
	net = $state.raw<number[]>([]);
	/** Milliseconds the worker took for the result on screen. */
	ms = $state(0);
	/** True while the result on screen is not yet the answer to the latest request. */
	busy = $state(false);
	error = $state<string | null>(null);

	private worker: Worker | null = null;
	private makeWorker: (() => Worker) | null = null;
	private inFlight: number | null = null;
	private pending: Omit<UncertaintyRequest, 'id'> | null = null;
	private lastId = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;

	/** Start the worker (in the browser only); returns a function that stops it. */
	connect(makeWorker: () => Worker): () => void {
		this.makeWorker = makeWorker;
		this.spawn();
		return () => {
			clearTimeout(this.timer);
			this.worker?.terminate();
			this.worker = null;
		};
	}

	/** Ask for the Monte Carlo of a scenario; sent after a short pause, replacing any request still waiting. */
	request(scenario: Scenario): void {
		this.pending = { scenario, runs: this.runs, seed: this.seed, tornado: { year: this.tornadoYear, cumulative: this.cumulative } };
		this.busy = true;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.send(), DEBOUNCE_MS);
	}

	private spawn(): void {
		if (!this.makeWorker) return;
		const worker = this.makeWorker();
		worker.onmessage = (event: MessageEvent<UncertaintyResponse>) => this.receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			this.error = 'De berekening van de onzekerheid is onderbroken; de vorige uitkomst blijft staan. Wijzig een invoer om het opnieuw te proberen.';
			this.worker?.terminate();
			this.inFlight = null;
			this.busy = this.pending !== null;
			this.spawn();
			this.send();
		};
		this.worker = worker;
	}

	private send(): void {
		if (!this.worker || this.inFlight !== null || !this.pending) return;
		const id = ++this.lastId;
		this.inFlight = id;
		this.worker.postMessage({ ...this.pending, id } satisfies UncertaintyRequest);
		this.pending = null;
	}

	private receive(response: UncertaintyResponse): void {
		if (response.id !== this.inFlight) return;
		this.inFlight = null;
		if (response.ok) {
			this.result = response.result;
			this.tornado = response.tornado;
			this.net = response.net;
			this.ms = response.ms;
			this.error = null;
		} else {
			this.error = `De onzekerheid kon niet worden berekend: ${response.message}. De vorige uitkomst blijft staan.`;
		}
		this.busy = this.pending !== null;
		this.send();
	}
}
