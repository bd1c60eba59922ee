import { SHARE_KEYS, type Dataset, type ShareKey } from '../engine';
import { defaultView, type GemeenteView } from '../gemeenten/gemeenteView';
import { NATIONAL_IDS } from '../gemeenten/national';
import { cleanFigure, figureProblem, GEMEENTE_CODE, type GemeenteFigure } from '../gemeenten/gemeenteLimits';

type NumberField = {
	param: string;
	min: number;
	max: number;
	figure?: GemeenteFigure;
	whole?: boolean;
	get: (v: GemeenteView) => number | null;
	set: (v: GemeenteView, x: number | null) => void;
};

/** Every number a link can carry, with the range it must lie in. */
const NUMBERS: readonly NumberField[] = [
	// the gemeente's own figures follow the one set of limits of CSV rows, storage and fields
	{ param: 'jeugdigen', min: 0, max: 5e6, figure: 'jeugdigen', get: (v) => v.gemeente.jeugdigen, set: (v, x) => (v.gemeente.jeugdigen = x) },
	{ param: 'inwoners', min: 1, max: 3e7, figure: 'inwoners', get: (v) => v.gemeente.inwoners, set: (v, x) => (v.gemeente.inwoners = x) },
	{ param: 'budget', min: 0, max: 2e10, figure: 'budgetEuro', get: (v) => v.gemeente.budgetEuro, set: (v, x) => (v.gemeente.budgetEuro = x) },
	{ param: 'aandeel', min: 0, max: 1, figure: 'aandeel', get: (v) => v.gemeente.aandeel, set: (v, x) => (v.gemeente.aandeel = x) },
	...(['jeugdigen', 'inwoners', 'budgetMln'] as const).map((field) => ({
		param: `nl-${field === 'budgetMln' ? 'budget' : field}`,
		min: 1,
		max: field === 'budgetMln' ? 1e5 : 1e8,
		whole: field !== 'budgetMln',
		get: (v: GemeenteView) => v.national[NATIONAL_IDS[field]] ?? null,
		set: (v: GemeenteView, x: number | null) => {
			if (x !== null) v.national[NATIONAL_IDS[field]] = x;
		}
	})),
	{ param: 'lt-investering', min: 0, max: 1e9, get: (v) => v.lever.investeringEuro, set: (v, x) => (v.lever.investeringEuro = x ?? 0) },
	{ param: 'lt-vanaf', min: 2022, max: 2035, get: (v) => v.lever.vanaf, set: (v, x) => (v.lever.vanaf = x ?? 2025) },
	{ param: 'lt-vertraging', min: 0, max: 10, get: (v) => v.lever.vertraging, set: (v, x) => (v.lever.vertraging = x ?? 0) },
	{ param: 'lt-basis', min: 0, max: 1e10, get: (v) => v.lever.basisEuro, set: (v, x) => (v.lever.basisEuro = x ?? 0) },
	{ param: 'lt-groei-zonder', min: -0.5, max: 1, get: (v) => v.lever.groeiZonder, set: (v, x) => (v.lever.groeiZonder = x ?? 0) },
	{ param: 'lt-groei-met', min: -0.5, max: 1, get: (v) => v.lever.groeiMet, set: (v, x) => (v.lever.groeiMet = x ?? 0) }
];
const TEXTS = ['gemeente', 'code'] as const;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
export const GEMEENTE_PARAMS = ['sleutel', ...TEXTS, ...NUMBERS.map((n) => n.param)];

/** The query that reproduces a local view (added to the scenario's share query). Empty figures are left out. */
export function gemeenteQuery(view: GemeenteView): URLSearchParams {
	const query = new URLSearchParams({ gemeente: view.gemeente.naam, sleutel: view.key });
	if (view.gemeente.code) query.set('code', view.gemeente.code);
	for (const field of NUMBERS) {
		const value = field.get(view);
		if (value !== null) query.set(field.param, String(value));
	}
	return query;
}

/**
 * Read a local view from a link. Null when the link has none. Anything wrong refuses the whole
 * view (the default example is shown) and names every problem in Dutch.
 */
export function readGemeenteQuery(query: URLSearchParams, dataset: Dataset): { view: GemeenteView; problems: string[] } | null {
	if (!GEMEENTE_PARAMS.some((p) => query.has(p))) return null;
	const view = structuredClone(defaultView(dataset));
	const problems: string[] = [];
	const naam = (query.get('gemeente') ?? '').trim();
	if (naam === '' || naam.length > 120) problems.push('de naam van de gemeente ontbreekt of is langer dan 120 tekens');
	view.gemeente = { naam, code: null, jeugdigen: null, inwoners: null, budgetEuro: null, aandeel: null };
	const code = query.get('code');
	if (code !== null) {
		if (GEMEENTE_CODE.test(code)) view.gemeente.code = code;
		else problems.push(`code "${code.slice(0, 20)}" is geen gemeentecode`);
	}
	const key = query.get('sleutel') ?? 'jeugdigen';
	if ((SHARE_KEYS as readonly string[]).includes(key)) view.key = key as ShareKey;
	else problems.push(`onbekende verdeelsleutel "${key.slice(0, 20)}"`);
	for (const field of NUMBERS) {
		const text = query.get(field.param);
		if (text === null) continue;
		// a plain decimal number as String(number) writes it: no hex, no spaces, no "Infinity"
		const value = cleanFigure(NUMBER.test(text) ? Number(text) : NaN);
		const problem = field.figure && Number.isFinite(value) ? figureProblem(field.figure, value) : null;
		if (!Number.isFinite(value) || value < field.min || value > field.max || (field.whole && !Number.isInteger(value))) {
			problems.push(`${field.param} "${text.slice(0, 20)}" moet een ${field.whole ? 'heel ' : ''}getal van ${field.min} tot en met ${field.max} zijn`);
		} else if (problem) problems.push(`${field.param}: ${problem}`);
		else field.set(view, value);
	}
	if (!Number.isInteger(view.lever.vanaf) || !Number.isInteger(view.lever.vertraging)) problems.push('lt-vanaf en lt-vertraging moeten hele jaren zijn');
	return problems.length > 0 ? { view: defaultView(dataset), problems } : { view, problems };
}
