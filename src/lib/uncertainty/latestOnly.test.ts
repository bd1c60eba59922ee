import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LatestOnly } from './latestOnly';

/** A stand-in for a Web Worker: records what it was sent; the test answers or fails it. */
class FakeWorker {
	static made: FakeWorker[] = [];
	sent: { id: number; n: number }[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	constructor() {
		FakeWorker.made.push(this);
	}
	postMessage(message: { id: number; n: number }) {
		this.sent.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	answer(id: number, value: number) {
		this.onmessage!({ data: { id, value } } as MessageEvent);
	}
	fail() {
		this.onerror!({ preventDefault() {} } as ErrorEvent);
	}
}

describe('LatestOnly', () => {
	let answers: number[];
	let crashes: number;
	let busy: boolean[];
	let client: LatestOnly<{ n: number }, { id: number; value: number }>;

	beforeEach(() => {
		vi.useFakeTimers();
		FakeWorker.made = [];
		[answers, crashes, busy] = [[], 0, []];
		client = new LatestOnly({ answer: (a) => answers.push(a.value), crash: () => crashes++, busy: (b) => busy.push(b) });
		client.connect(() => new FakeWorker() as unknown as Worker);
	});
	afterEach(() => vi.useRealTimers());

	it('sends nothing for the request whose answer is on screen, but does while another is in flight', () => {
		const worker = FakeWorker.made[0]!;
		client.settled({ n: 7 });
		client.request({ n: 7 });
		vi.advanceTimersByTime(200);
		expect(worker.sent).toEqual([]);
		expect(busy.at(-1)).toBe(false);
		// a change, then back to what is on screen before the answer: the answer to n 8 would replace it, so n 7 is asked again
		client.request({ n: 8 });
		vi.advanceTimersByTime(0);
		client.request({ n: 7 });
		worker.answer(1, 80);
		expect(worker.sent).toEqual([
			{ n: 8, id: 1 },
			{ n: 7, id: 2 }
		]);
		worker.answer(2, 70);
		expect(answers).toEqual([80, 70]);
		// answered: asking for n 7 again sends nothing; a changed one goes at once
		client.request({ n: 7 });
		expect(worker.sent).toHaveLength(2);
		client.request({ n: 9 });
		expect(worker.sent.at(-1)).toEqual({ n: 9, id: 3 });
	});

	it('the same request again while it is in flight sends nothing more: its answer answers both', () => {
		const worker = FakeWorker.made[0]!;
		client.request({ n: 2 });
		client.request({ n: 2 });
		worker.answer(1, 20);
		expect(worker.sent).toEqual([{ n: 2, id: 1 }]);
		expect(answers).toEqual([20]);
		expect(busy.at(-1)).toBe(false);
		// a change and back to the one in flight while it computes: the change waiting is dropped, the answer in flight is the latest wish
		client.request({ n: 3 });
		client.request({ n: 4 });
		client.request({ n: 3 });
		worker.answer(2, 30);
		expect(worker.sent).toEqual([
			{ n: 2, id: 1 },
			{ n: 3, id: 2 }
		]);
		expect([answers.at(-1), busy.at(-1)]).toEqual([30, false]);
	});

	it('a first answer (partial) is shown while the request stays in flight; what waits goes only after the full answer', () => {
		const worker = FakeWorker.made[0]!;
		const first = (id: number, value: number) => worker.onmessage!({ data: { id, value, partial: { of: 100_000 } } } as MessageEvent);
		client.request({ n: 1 });
		first(1, 10);
		// shown, and it answers the latest request: not busy; the same request again changes nothing
		expect([answers, busy.at(-1)]).toEqual([[10], false]);
		client.request({ n: 1 });
		expect([worker.sent, busy.at(-1)]).toEqual([[{ n: 1, id: 1 }], false]);
		worker.answer(1, 11);
		expect(answers).toEqual([10, 11]);
		// a change while the rest is computed waits for the full answer; a first answer then is of an older request: busy
		client.request({ n: 2 });
		first(2, 20);
		client.request({ n: 3 });
		first(2, 21);
		expect([worker.sent.length, busy.at(-1)]).toEqual([2, true]);
		worker.answer(2, 22);
		expect(worker.sent.at(-1)).toEqual({ n: 3, id: 3 });
		// a first answer with another id is never taken
		first(2, 99);
		expect(answers).toEqual([10, 11, 20, 21, 22]);
		// the watchdog still runs for the full answer: a worker that stops after its first answer is replaced and asked again
		first(3, 30);
		vi.advanceTimersByTime(30_000);
		expect([crashes, worker.terminated]).toEqual([1, true]);
		vi.advanceTimersByTime(1000);
		expect(FakeWorker.made[1]!.sent).toEqual([{ n: 3, id: 4 }]);
	});

	it('after a first answer nothing counts as on screen: a worker that fails then, and a return to the request before, sends that request again', () => {
		const worker = FakeWorker.made[0]!;
		client.request({ n: 1 });
		worker.answer(1, 10);
		client.request({ n: 2 });
		worker.onmessage!({ data: { id: 2, value: 20, partial: { of: 100_000 } } } as MessageEvent);
		// the worker stops before its full answer; the user goes back to n 1 while a new one starts
		vi.advanceTimersByTime(30_000);
		client.request({ n: 1 });
		expect(busy.at(-1)).toBe(true);
		vi.advanceTimersByTime(1000);
		expect(FakeWorker.made[1]!.sent).toEqual([{ n: 1, id: 3 }]);
		FakeWorker.made[1]!.answer(3, 11);
		expect([answers, busy.at(-1)]).toEqual([[10, 20, 11], false]);
	});

	it('an error answer is not what is on screen: the same request goes again', () => {
		const worker = FakeWorker.made[0]!;
		client.request({ n: 5 });
		vi.advanceTimersByTime(0);
		worker.onmessage!({ data: { id: 1, ok: false } } as MessageEvent);
		client.request({ n: 5 });
		vi.advanceTimersByTime(0);
		expect(worker.sent).toEqual([
			{ n: 5, id: 1 },
			{ n: 5, id: 2 }
		]);
	});

	it('warm computes ahead one request at a time: the latest waits for the worker to say it is done, and never before a request of the page', () => {
		const worker = FakeWorker.made[0]!;
		client.warm({ n: 3 });
		expect(worker.sent).toEqual([{ n: 3, id: 0, warm: true }]);
		// while it warms, newer ones replace each other
		client.warm({ n: 4 });
		client.warm({ n: 5 });
		expect(worker.sent).toHaveLength(1);
		worker.answer(0, 0); // done warming
		expect(worker.sent.at(-1)).toEqual({ n: 5, id: 0, warm: true });
		// a request of the page goes at once and drops what waits to be warmed
		client.warm({ n: 6 });
		client.request({ n: 7 });
		expect(worker.sent.at(-1)).toEqual({ n: 7, id: 1 });
		worker.answer(0, 0);
		worker.answer(1, 70);
		expect(worker.sent).toHaveLength(3);
		// an answer with id 0 is never taken for an answer to the page
		expect(answers).toEqual([70]);
		// after an answer, a warm request waiting goes
		client.warm({ n: 8 });
		expect(worker.sent.at(-1)).toEqual({ n: 8, id: 0, warm: true });
	});

	it('a worker that fails while nothing was asked says nothing, until the tries run out', () => {
		const worker = FakeWorker.made[0]!;
		worker.fail();
		expect(crashes).toBe(0);
		vi.advanceTimersByTime(1000);
		// the replacement is there for the next request
		client.request({ n: 1 });
		expect(FakeWorker.made[1]!.sent).toEqual([{ n: 1, id: 1 }]);
		FakeWorker.made[1]!.fail();
		expect(crashes).toBe(1);
	});

	it('sends a request at once when the worker is free; of those that follow while it computes only the last, when it is free', () => {
		const worker = FakeWorker.made[0]!;
		client.request({ n: 1 });
		expect(worker.sent).toEqual([{ n: 1, id: 1 }]);
		client.request({ n: 2 });
		client.request({ n: 3 });
		client.request({ n: 4 });
		vi.advanceTimersByTime(200);
		expect(worker.sent).toHaveLength(1);
		expect(busy.at(-1)).toBe(true);
		worker.answer(1, 10);
		expect(worker.sent.at(-1)).toEqual({ n: 4, id: 2 });
		// the answer to n 1 was shown, but the page still waits for n 4
		expect(busy.at(-1)).toBe(true);
		worker.answer(1, 999); // a late answer to an old request is ignored
		worker.answer(2, 40);
		expect(answers).toEqual([10, 40]);
		expect(busy.at(-1)).toBe(false);
	});

	it('replaces a worker that fails, keeps the last answer, and sends what is waiting to the new one', () => {
		client.request({ n: 1 });
		vi.advanceTimersByTime(200);
		FakeWorker.made[0]!.answer(1, 10);
		client.request({ n: 2 });
		vi.advanceTimersByTime(200);
		client.request({ n: 3 });
		FakeWorker.made[0]!.fail();
		expect(crashes).toBe(1);
		// The failed worker is stopped; after a short wait a second one starts in its place and gets the newest request, not the one that failed.
		expect(FakeWorker.made.map((w) => w.terminated)).toEqual([true]);
		expect(answers).toEqual([10]);
		vi.advanceTimersByTime(200);
		expect(FakeWorker.made.map((w) => w.terminated)).toEqual([true, false]);
		expect(FakeWorker.made[1]!.sent).toEqual([{ n: 3, id: 3 }]);
		FakeWorker.made[1]!.answer(3, 30);
		expect(answers).toEqual([10, 30]);
	});

	it('after a failure with nothing newer waiting, the unanswered request goes to the new worker', () => {
		client.request({ n: 1 });
		vi.advanceTimersByTime(200);
		FakeWorker.made[0]!.fail();
		expect(busy.slice(-1)).toEqual([true]);
		vi.advanceTimersByTime(200);
		expect(FakeWorker.made[1]!.sent).toEqual([{ n: 1, id: 2 }]);
		FakeWorker.made[1]!.answer(2, 10);
		expect(answers).toEqual([10]);
		expect(busy.at(-1)).toBe(false);
	});

	it('a worker that does not answer within the time limit is replaced, and the request answered by the next one', () => {
		const slow: boolean[] = [];
		const timed = new LatestOnly<{ n: number }, { id: number; value: number }>(
			{ answer: (a) => answers.push(a.value), crash: (s) => slow.push(s), busy: (b) => busy.push(b) },
			(r) => 1000 * r.n
		);
		timed.connect(() => new FakeWorker() as unknown as Worker);
		const first = FakeWorker.made.at(-1)!;
		timed.request({ n: 2 });
		vi.advanceTimersByTime(200);
		expect(first.sent).toEqual([{ n: 2, id: 1 }]);
		// the limit for n = 2 is 2 s from sending (it went at once): at 1,9 s it still waits, at 2,2 s it is replaced
		vi.advanceTimersByTime(1700);
		expect(first.terminated).toBe(false);
		vi.advanceTimersByTime(300);
		expect(FakeWorker.made.filter((w) => w.terminated)).toEqual([first]);
		expect(slow).toEqual([true]);
		vi.advanceTimersByTime(200);
		const second = FakeWorker.made.at(-1)!;
		expect(second).not.toBe(first);
		expect(second.sent).toEqual([{ n: 2, id: 2 }]);
		second.answer(2, 20);
		expect(answers).toEqual([20]);
		// an answer resets the count: the watchdog of an answered request never fires
		vi.advanceTimersByTime(10_000);
		expect(slow).toEqual([true]);
	});

	it('stops starting workers after three that fail in a row, says so once, and starts again on retry', () => {
		let gaveUp = 0;
		const broken = new LatestOnly<{ n: number }, { id: number; value: number }>({
			answer: (a) => answers.push(a.value),
			crash: () => crashes++,
			gaveUp: () => gaveUp++,
			busy: (b) => busy.push(b)
		});
		let working = false;
		const before = FakeWorker.made.length;
		// a worker file that cannot load fails as soon as it is made
		broken.connect(() => {
			const w = new FakeWorker();
			if (!working) queueMicrotask(() => w.fail());
			return w as unknown as Worker;
		});
		broken.request({ n: 5 });
		for (let i = 0; i < 20; i++) vi.advanceTimersByTime(1000);
		return Promise.resolve().then(async () => {
			for (let i = 0; i < 20; i++) {
				await Promise.resolve();
				vi.advanceTimersByTime(1000);
			}
			expect(FakeWorker.made.length - before).toBe(3);
			expect(gaveUp).toBe(1);
			expect(busy.at(-1)).toBe(false);
			working = true;
			broken.retry();
			const fresh = FakeWorker.made.at(-1)!;
			expect(FakeWorker.made.length - before).toBe(4);
			expect(fresh.sent).toEqual([{ n: 5, id: expect.any(Number) }]);
			fresh.answer(fresh.sent[0]!.id, 50);
			expect(answers).toEqual([50]);
		});
	});

	it('a request made before the worker is connected (its module still loading) is sent once it connects', () => {
		const early = new LatestOnly<{ n: number }, { id: number; value: number }>({
			answer: (a) => answers.push(a.value),
			crash: () => crashes++,
			busy: (b) => busy.push(b)
		});
		early.request({ n: 7 });
		vi.advanceTimersByTime(200);
		expect(busy.slice(-1)).toEqual([true]);
		early.connect(() => new FakeWorker() as unknown as Worker);
		const worker = FakeWorker.made.at(-1)!;
		expect(worker.sent).toEqual([{ n: 7, id: 1 }]);
		worker.answer(1, 70);
		expect(answers).toEqual([70]);
		expect(busy.at(-1)).toBe(false);
	});
});
