import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuros, formatShare, formatThousands } from './formatEuros';
import { formatAmount, formatMln } from './formatMln';
import { formatChance } from '../uncertainty/params';

const formatters: [string, (x: number) => string][] = [
	['formatAmount', formatAmount],
	['formatMln', formatMln],
	['formatEuros', (x) => formatEuros(x)],
	['formatEuros cents', (x) => formatEuros(x, { cents: true })],
	['formatThousands', formatThousands],
	['formatShare', formatShare],
	['formatChance', (x) => formatChance(Math.min(1, Math.abs(x)))]
];
/** A minus in front of nothing but zeros: "−0", "€ −0,0", "-0 %". */
const MINUS_ZERO = /(^|\s)[−-]0([.,]0+)?(\s|%|$)/;

describe('no formatter ever prints NaN, ∞ or −0', () => {
	it.each(formatters)('%s: any double, also NaN, ±∞, −0 and tiny ones, gives digits or a dash (property, seeded)', (_, format) => {
		fc.assert(
			fc.property(fc.oneof(fc.double(), fc.constantFrom(-0, 5e-324, -5e-324, -0.04, -0.004, NaN, Infinity, -Infinity)), (x) => {
				const text = format(x);
				expect(text).not.toMatch(/NaN|∞|Infinity|undefined/);
				expect(text).not.toMatch(MINUS_ZERO);
			}),
			{ seed: 20261201, numRuns: 2000 }
		);
	});

	it('−0 and a tiny negative amount read as 0, a non-finite one as a dash', () => {
		expect([formatAmount(-0), formatAmount(-0.04), formatShare(-0), formatEuros(-0.4)]).toEqual(['0', '0', '0 %', '€ 0']);
		expect([formatAmount(NaN), formatMln(Infinity), formatEuros(NaN), formatShare(NaN)]).toEqual(['—', '—', '—', '—']);
	});
});
