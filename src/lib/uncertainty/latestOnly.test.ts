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

	it('sends only the last of quick requests, and a newer one only when the worker is free', () => {
		const worker = FakeWorker.made[0]!;
		client.request({ n: 1 });
		client.request({ n: 2 });
		vi.advanceTimersByTime(200);
		expect(worker.sent).toEqual([{ n: 2, id: 1 }]);
		client.request({ n: 3 });
		client.request({ n: 4 });
		vi.advanceTimersByTime(200);
		expect(worker.sent).toHaveLength(1);
		worker.answer(1, 20);
		expect(worker.sent.at(-1)).toEqual({ n: 4, id: 2 });
		worker.answer(1, 999); // a late answer to an old request is ignored
		worker.answer(2, 40);
		expect(answers).toEqual([20, 40]);
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
		// The failed worker is stopped and a second one started in its place.
		expect(FakeWorker.made.map((w) => w.terminated)).toEqual([true, false]);
		expect(answers).toEqual([10]);
		vi.advanceTimersByTime(200);
		expect(FakeWorker.made[1]!.sent).toEqual([{ n: 3, id: 3 }]);
		FakeWorker.made[1]!.answer(3, 30);
		expect(answers).toEqual([10, 30]);
	});

	it('after a failure with nothing waiting, it is not busy and waits for the next change', () => {
		client.request({ n: 1 });
		vi.advanceTimersByTime(200);
		FakeWorker.made[0]!.fail();
		expect(busy.at(-1)).toBe(false);
		expect(FakeWorker.made[1]!.sent).toEqual([]);
	});

	it('a request made before the worker is connected (its module still loading) is sent once it connects', () => {
		const early = new LatestOnly<{ n: number }, { id: number; value: number }>({
			answer: (a) => answers.push(a.value),
			crash: () => crashes++,
			busy: (b) => busy.push(b)
		});
		early.request({ n: 7 });
		vi.advanceTimersByTime(200);
		expect(busy.at(-1)).toBe(true);
		early.connect(() => new FakeWorker() as unknown as Worker);
		const worker = FakeWorker.made.at(-1)!;
		expect(worker.sent).toEqual([{ n: 7, id: 1 }]);
		worker.answer(1, 70);
		expect(answers).toEqual([70]);
		expect(busy.at(-1)).toBe(false);
	});
});
