import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../engine';
import { distributionSpec, parseDistributionSpec } from './distributionSpec';

describe('one-line distributions (--verdeling)', () => {
	it.each([
		['driehoek:10000:15000:20000', { kind: 'driehoek', min: 10000, modus: 15000, max: 20000 }],
		['driehoek:10.000:15.000:20.000', { kind: 'driehoek', min: 10000, modus: 15000, max: 20000 }],
		['PERT:0,5:1:1,5', { kind: 'pert', min: 0.5, modus: 1, max: 1.5 }],
		['uniform:0.5:1', { kind: 'uniform', min: 0.5, max: 1 }],
		['normaal:-3:3', { kind: 'normaal', p5: -3, p95: 3 }],
		['lognormaal:€ 34.000:€ 140.000', { kind: 'lognormaal', p5: 34000, p95: 140000 }],
		['keuze:2026@0,4:2027@0,35:2028@0,25', { kind: 'keuze', options: [{ value: 2026, chance: 0.4 }, { value: 2027, chance: 0.35 }, { value: 2028, chance: 0.25 }] }],
		['keuze:0@50 %:1@50 %', { kind: 'keuze', options: [{ value: 0, chance: 0.5 }, { value: 1, chance: 0.5 }] }],
		['uit', null]
	])('reads %s', (text, distribution) => {
		expect(parseDistributionSpec(text)).toEqual({ ok: true, distribution });
	});

	it.each([
		['gamma:1:2', 'onbekende verdeling "gamma"; kies driehoek, pert, uniform, normaal, lognormaal, keuze of uit'],
		['driehoek:1:2', 'driehoek heeft 3 getallen: schrijf driehoek:min:modus:max'],
		['driehoek:3:1:2', 'min ≤ modus ≤ max is vereist'],
		['uniform:tien:20', 'min: “tien” is geen getal; schrijf bijvoorbeeld 10.000, 2,5 of 25 %'],
		['uniform:1,5.3:2', 'min: “1,5.3” is geen getal; schrijf bijvoorbeeld 10.000, 2,5 of 25 %'],
		['lognormaal:0:5', '0 < P5 ≤ P95 is vereist'],
		['keuze:2026@0,4:2027@0,4', 'de kansen tellen op tot 80 % in plaats van 100 %'],
		['keuze:2026:2027', 'keuze 1 "2026": schrijf waarde@kans, bijv. 2027@0,4'],
		['keuze', 'schrijf keuze:waarde@kans:waarde@kans…'],
		['uit:1', 'onbekende verdeling "uit"; kies driehoek, pert, uniform, normaal, lognormaal, keuze of uit']
	])('refuses %s: %s', (text, problem) => {
		expect(parseDistributionSpec(text)).toEqual({ ok: false, problem });
	});

	it('writes what it reads back to the same distribution (property)', () => {
		const x = fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 1000) / 1000);
		const sorted = (n: number) => fc.array(x, { minLength: n, maxLength: n }).map((xs) => xs.sort((a, b) => a - b));
		const positive = fc.array(fc.double({ min: 0.001, max: 1e6, noNaN: true }).map((v) => Math.round(v * 1000) / 1000 || 0.001), { minLength: 2, maxLength: 2 });
		const distribution: fc.Arbitrary<Distribution> = fc.oneof(
			sorted(3).map(([min, modus, max]) => ({ kind: 'driehoek' as const, min: min!, modus: modus!, max: max! })),
			sorted(3).map(([min, modus, max]) => ({ kind: 'pert' as const, min: min!, modus: modus!, max: max! })),
			sorted(2).map(([min, max]) => ({ kind: 'uniform' as const, min: min!, max: max! })),
			sorted(2).map(([p5, p95]) => ({ kind: 'normaal' as const, p5: p5!, p95: p95! })),
			positive.map((xs) => xs.sort((a, b) => a - b)).map(([p5, p95]) => ({ kind: 'lognormaal' as const, p5: p5!, p95: p95! })),
			fc.integer({ min: 2022, max: 2030 }).map((year) => ({ kind: 'keuze' as const, options: [{ value: year, chance: 0.25 }, { value: year + 1, chance: 0.75 }] }))
		);
		fc.assert(
			fc.property(distribution, (d) => {
				expect(parseDistributionSpec(distributionSpec(d))).toEqual({ ok: true, distribution: d });
			})
		);
	});
});
