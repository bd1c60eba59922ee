import { DEFAULT_TARGET, type Dataset, type Scenario } from '../engine';
import { DEFAULT_RUNS, DEFAULT_SEED, RUN_CHOICES } from '../uncertainty/params';
import { readShareQuery, shareQuery } from './shareLink';

/** At most this many scenarios side by side. */
export const MAX_COMPARED = 4;
/** Query parameter prefix of an own scenario carried in the link. */
const CARRIED = 'scenario.';

/**
 * The query of a comparison: `s` (the ids in order), each own scenario whole, as its own share
 * query under `scenario.<id>`, so the comparison opens in any browser, and `kansen` (the draws)
 * when the chances over common draws are on.
 *
 * @example compareQuery([rijk, vng], presets, '0b04e10f').toString() // 's=rijk%2Cvng'
 * @example compareQuery([rijk, vng], presets, '0b04e10f', 10000).toString() // 's=rijk%2Cvng&kansen=10000'
 */
export function compareQuery(
	scenarios: readonly Scenario[],
	presets: readonly Scenario[],
	dataVersion: string,
	chances: number | null = null,
	target: string = DEFAULT_TARGET
): URLSearchParams {
	const query = new URLSearchParams({ s: scenarios.map((s) => s.id).join(',') });
	if (chances !== null) query.set('kansen', String(chances));
	if (target !== DEFAULT_TARGET) query.set('doel', target);
	for (const s of scenarios) {
		if (!presets.some((p) => p.id === s.id))
			query.set(`${CARRIED}${s.id}`, shareQuery(s, presets, dataVersion, { runs: DEFAULT_RUNS, seed: DEFAULT_SEED }).toString());
	}
	return query;
}

/** One place of a comparison link: an id to find (a preset, or an own scenario this browser has), or a scenario the link carries. */
export type ComparedSlot = { id: string; scenario: null } | { id: string; scenario: Scenario };

/**
 * Read a comparison link: its places in order (at most MAX_COMPARED), each with the scenario it
 * carries where it carries one, and what could not be read, in Dutch. A carried scenario that
 * is damaged leaves its place to be found by id.
 */
export function readCompareQuery(
	query: URLSearchParams,
	dataset: Dataset,
	presets: readonly Scenario[]
): { slots: ComparedSlot[]; problems: string[]; chances: number | null; target: string } {
	const problems: string[] = [];
	const asTarget = query.get('doel') ?? DEFAULT_TARGET;
	const target = dataset.targets.some((t) => t.id === asTarget) ? asTarget : DEFAULT_TARGET;
	if (target !== asTarget) problems.push(`Het doel in de link ("${asTarget.slice(0, 20)}") bestaat niet; de vergelijking staat tegen Tabel 1.`);
	const asked = query.get('kansen');
	const chances = asked !== null && RUN_CHOICES.includes(Number(asked)) && /^\d+$/.test(asked) ? Number(asked) : null;
	if (asked !== null && chances === null) {
		problems.push(
			`Het aantal trekkingen in de link ("${asked.slice(0, 20)}") kan niet; kies ${RUN_CHOICES.map((r) => r.toLocaleString('nl-NL')).join(', ')}. De kansen staan uit.`
		);
	}
	const ids = (query.get('s') ?? '').split(',').filter(Boolean).slice(0, MAX_COMPARED);
	const slots = ids.map((id): ComparedSlot => {
		const carried = query.get(`${CARRIED}${id}`);
		if (carried === null) return { id, scenario: null };
		const link = readShareQuery(new URLSearchParams(carried), dataset, presets);
		if (!link || link.problems.length > 0 || !link.own) {
			problems.push(...(link?.problems ?? ['de link bevat geen scenario']).map((p) => `Scenario "${id.slice(0, 40)}" in de link: ${p}`));
			return { id, scenario: null };
		}
		return { id, scenario: link.scenario };
	});
	return { slots, problems, chances, target };
}
