import { formatAmount, NOT_A_FIGURE } from './formatMln';

const MINUS = '\u2212';
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const withCents = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * An amount in euros as a gemeente reads it: from a million up in € mln with one decimal,
 * below that in whole euros; `cents` for amounts per inwoner or per jeugdige.
 *
 * @example formatEuros(44_327_348) // '€ 44,3 mln'
 * @example formatEuros(-53_120) // '€ −53.120'
 * @example formatEuros(58.1714, { cents: true }) // '€ 58,17'
 */
export function formatEuros(value: number, options: { cents?: boolean } = {}): string {
	if (!Number.isFinite(value)) return NOT_A_FIGURE;
	if (Math.abs(value) >= 999_950 && !options.cents) return `€ ${formatAmount(value / 1e6)} mln`;
	const rounded = options.cents && Math.abs(value) < 2 ** 53 / 100 ? Math.round(value * 100) / 100 : Math.round(value);
	const text = (options.cents ? withCents : whole).format(Math.abs(rounded));
	return `€ ${rounded < 0 ? MINUS : ''}${text}`;
}

/** A share as a percentage with enough digits for a small gemeente: 0.0435 → "4,35 %", 0.0000522 → "0,0052 %". */
export function formatShare(share: number): string {
	// + 0 turns −0 into 0, so "−0 %" cannot appear
	const percent = share * 100 + 0;
	if (!Number.isFinite(percent)) return NOT_A_FIGURE;
	const digits = Math.abs(percent) >= 1 ? 2 : Math.abs(percent) >= 0.01 ? 3 : 4;
	// rounded first, so a tiny negative share shows as "0 %", not "−0 %"
	const rounded = Math.abs(percent) < 1e12 ? Math.round(percent * 10 ** digits) / 10 ** digits + 0 : percent;
	return `${rounded.toLocaleString('nl-NL', { maximumFractionDigits: digits })} %`;
}

/** Euros as € duizend for tables, with the same digits as the national € mln tables: 10_180_000 → "10.180". */
export function formatThousands(value: number): string {
	return formatAmount(value / 1000);
}
