import { describe, expect, it } from 'vitest';
import { requestKey } from './requestKey';

describe('requestKey', () => {
	it('is the same for the same content in another key order, and leaves out the id', () => {
		expect(requestKey({ id: 3, b: 1, a: [2, { d: 1, c: 0 }] })).toBe('{"a":[2,{"c":0,"d":1}],"b":1}');
		expect(requestKey({ a: [2, { c: 0, d: 1 }], b: 1, id: 9 })).toBe(requestKey({ id: 3, b: 1, a: [2, { d: 1, c: 0 }] }));
	});
	it('differs for any difference in content, also deep and in array order', () => {
		const base = { kind: 'scenario', scenario: { assumptions: { 'b17.kinderen': 20_000 } }, runs: 10_000 };
		expect(requestKey({ ...base, scenario: { assumptions: { 'b17.kinderen': 20_001 } } })).not.toBe(requestKey(base));
		expect(requestKey({ ...base, runs: 1000 })).not.toBe(requestKey(base));
		expect(requestKey({ list: [1, 2] })).not.toBe(requestKey({ list: [2, 1] }));
		// a key that is missing is not a key that is undefined in JSON: both leave it out, as the worker receives them
		expect(requestKey({ a: 1, b: undefined })).toBe(requestKey({ a: 1 }));
	});
});
