/**
 * The one reader of numbers that people type, in the app and on the command line. Dutch first:
 * "10.000" is ten thousand, "0,25" a quarter, "1.234,5" and "−3" as written, "€ 60.000" and
 * "25 %" with their sign. A point followed by exactly three digits is a thousands dot; any other
 * point ("2.5", "0.25") is read as a decimal point, as people who type the international way
 * mean it. Anything else — two decimal separators, "1e6", "0x7ef", letters — is refused with a
 * reason, never guessed.
 */
export type TypedNumber = { ok: true; value: number; note: string | null } | { ok: false; problem: string };

/** Options: `percent` for a field shown in percent whose value is a fraction (25 % is 0,25). */
export interface NumberOptions {
	percent?: boolean;
}

const GROUPED = /^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/; // 10.000 · 1.234,5 (never 0.250)
const SPACED = /^[1-9]\d{0,2}( \d{3})+(,\d+)?$/; // 10 000 · 1 234,5
const COMMA = /^\d+(,\d+)?$/; // 10000 · 0,25
const POINT = /^\d+\.\d+$/; // 2.5 · 0.25 (not three digits after the point: see above)

const shown = (x: number) => x.toLocaleString('nl-NL', { maximumFractionDigits: 6 });

/**
 * Read a typed number; in a percent field the result is a fraction. A plain number there is a
 * percentage ("25" is 25 %), except one between 0 and 1 with decimals ("0,25"), which is read as
 * the fraction it looks like (25 %) — and `note` says so, so the reading is never silent.
 *
 * @example parseNumber('10.000') // { ok: true, value: 10000, note: null }
 * @example parseNumber('0,25', { percent: true }) // { ok: true, value: 0.25, note: '0,25 gelezen als 25 %' }
 * @example parseNumber('1,5.3') // { ok: false, problem: … }
 */
export function parseNumber(text: string, options: NumberOptions = {}): TypedNumber {
	const original = text.trim();
	if (original === '') return { ok: false, problem: 'vul een getal in' };
	if (original.length > 40) return { ok: false, problem: 'dit is te lang voor een getal' };
	let t = original.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/[\u2212\u2013]/g, '-');
	t = t.replace(/^€\s*/, '').replace(/^(-)\s*€\s*/, '$1');
	const percentSign = /\s*%$/.test(t);
	t = t.replace(/\s*%$/, '').trim();
	const negative = t.startsWith('-');
	if (negative) t = t.slice(1).trim();
	let magnitude: number;
	if (GROUPED.test(t)) magnitude = Number(t.replace(/\./g, '').replace(',', '.'));
	else if (SPACED.test(t)) magnitude = Number(t.replace(/ /g, '').replace(',', '.'));
	else if (COMMA.test(t)) magnitude = Number(t.replace(',', '.'));
	else if (POINT.test(t)) magnitude = Number(t);
	else return { ok: false, problem: `“${original.slice(0, 30)}” is geen getal; schrijf bijvoorbeeld 10.000, 2,5 of 25 %` };
	if (!Number.isFinite(magnitude)) return { ok: false, problem: 'dit getal is te groot' };
	const value = negative ? -magnitude : magnitude;
	if (percentSign) return { ok: true, value: value / 100, note: null };
	if (!options.percent) return { ok: true, value, note: null };
	if (value > 0 && value < 1 && /[.,]/.test(t)) return { ok: true, value, note: `${shown(value)} gelezen als ${shown(value * 100)} %` };
	return { ok: true, value: value / 100, note: null };
}
