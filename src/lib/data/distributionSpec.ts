import { distributionProblem, type Distribution } from '../engine';
import { parseNumber } from './parseNumber';

/**
 * A distribution written on one line, as `--verdeling` takes it: the kind and its numbers,
 * separated by colons, each number as a Dutch user writes it.
 *
 *   driehoek:10.000:15.000:20.000   pert:min:modus:max   uniform:0,5:1
 *   normaal:p5:p95   lognormaal:p5:p95   keuze:2026@0,4:2027@0,6   uit
 *
 * `uit` switches the input's uncertainty off (null).
 */
export type DistributionSpec = { ok: true; distribution: Distribution | null } | { ok: false; problem: string };

const FORMS: Record<string, string> = {
	driehoek: 'driehoek:min:modus:max',
	pert: 'pert:min:modus:max',
	uniform: 'uniform:min:max',
	normaal: 'normaal:P5:P95',
	lognormaal: 'lognormaal:P5:P95',
	keuze: 'keuze:waarde@kans:waarde@kans…'
};

/**
 * Read a one-line distribution. Every problem is one Dutch sentence naming what is wrong.
 *
 * @example parseDistributionSpec('driehoek:10.000:15.000:20.000') // { ok: true, distribution: { kind: 'driehoek', min: 10000, modus: 15000, max: 20000 } }
 * @example parseDistributionSpec('keuze:0@50 %:1@50 %') // { ok: true, distribution: { kind: 'keuze', options: [{ value: 0, chance: 0.5 }, { value: 1, chance: 0.5 }] } }
 */
export function parseDistributionSpec(text: string): DistributionSpec {
	const parts = text.trim().split(':');
	const kind = parts[0]!.trim().toLowerCase();
	if (kind === 'uit' && parts.length === 1) return { ok: true, distribution: null };
	const form = FORMS[kind];
	if (!form) return { ok: false, problem: `onbekende verdeling "${parts[0]!.slice(0, 20)}"; kies ${Object.keys(FORMS).join(', ')} of uit` };
	const numbers: number[] = [];
	const read = (cell: string, what: string): number | string => {
		const n = parseNumber(cell);
		return n.ok ? n.value : `${what}: ${n.problem}`;
	};
	let distribution: Distribution;
	if (kind === 'keuze') {
		if (parts.length < 2) return { ok: false, problem: `schrijf ${form}` };
		const options: { value: number; chance: number }[] = [];
		for (const [k, pair] of parts.slice(1).entries()) {
			const [valueText, chanceText, extra] = pair.split('@');
			if (chanceText === undefined || extra !== undefined) return { ok: false, problem: `keuze ${k + 1} "${pair.slice(0, 20)}": schrijf waarde@kans, bijv. 2027@0,4` };
			const value = read(valueText!, `keuze ${k + 1}, waarde`);
			if (typeof value === 'string') return { ok: false, problem: value };
			const chance = read(chanceText, `keuze ${k + 1}, kans`);
			if (typeof chance === 'string') return { ok: false, problem: chance };
			options.push({ value, chance });
		}
		distribution = { kind, options };
	} else {
		const count = kind === 'driehoek' || kind === 'pert' ? 3 : 2;
		if (parts.length !== count + 1) return { ok: false, problem: `${kind} heeft ${count} getallen: schrijf ${form}` };
		const names = form.split(':').slice(1);
		for (const [k, cell] of parts.slice(1).entries()) {
			const value = read(cell, names[k]!);
			if (typeof value === 'string') return { ok: false, problem: value };
			numbers.push(value);
		}
		const [a, b, c] = numbers as [number, number, number];
		distribution =
			kind === 'driehoek' || kind === 'pert'
				? { kind, min: a, modus: b, max: c }
				: kind === 'uniform'
					? { kind, min: a, max: b }
					: { kind: kind as 'normaal' | 'lognormaal', p5: a, p95: b };
	}
	const problem = distributionProblem(distribution);
	return problem ? { ok: false, problem } : { ok: true, distribution };
}

/**
 * The one-line form of a distribution, read back by parseDistributionSpec to the same numbers.
 *
 * @example distributionSpec({ kind: 'uniform', min: 0.5, max: 1 }) // 'uniform:0,5:1'
 */
export function distributionSpec(d: Distribution | null): string {
	if (d === null) return 'uit';
	const n = (x: number) => x.toLocaleString('nl-NL', { maximumFractionDigits: 12, useGrouping: false });
	switch (d.kind) {
		case 'driehoek':
		case 'pert':
			return `${d.kind}:${n(d.min)}:${n(d.modus)}:${n(d.max)}`;
		case 'uniform':
			return `uniform:${n(d.min)}:${n(d.max)}`;
		case 'normaal':
		case 'lognormaal':
			return `${d.kind}:${n(d.p5)}:${n(d.p95)}`;
		case 'keuze':
			return `keuze:${d.options.map((o) => `${n(o.value)}@${n(o.chance)}`).join(':')}`;
	}
}
