import { compileModel, describeDistribution, uncertaintySetOf, type Dataset, type Scenario } from '../engine';
import { formatInput } from './units';
import { formatMln } from './formatMln';

/**
 * What an own scenario changes against its preset, one plain line per change, so whoever gets the
 * link or the file sees what "· eigen" means: measures taken in or left out, assumptions with
 * their old and new value, a measure's own level, curve or costs, distributions, horizon and the
 * set of uncertainty. Empty when nothing differs.
 *
 * @example scenarioChanges({ ...tabel1, assumptions: { 'b17.kinderen': 10000 } }, tabel1, dataset)
 * // ['B17: Kinderen in residentieel verblijf binnen bereik: 10.000 kinderen (was 20.000 kinderen)']
 */
export function scenarioChanges(scenario: Scenario, preset: Scenario, dataset: Dataset): string[] {
	const lines: string[] = [];
	const name = (id: string) => {
		const m = dataset.measures.find((x) => x.id === id);
		return m ? (m.code ? `${m.code} ${m.name}` : m.name) : id;
	};
	const taken = scenario.measures.filter((id) => !preset.measures.includes(id));
	const left = preset.measures.filter((id) => !scenario.measures.includes(id));
	if (taken.length > 0) lines.push(`Erbij genomen: ${taken.map(name).join('; ')}`);
	if (left.length > 0) lines.push(`Weggelaten: ${left.map(name).join('; ')}`);

	for (const a of dataset.assumptions) {
		const now = scenario.assumptions[a.id] ?? a.defaultValue;
		const before = preset.assumptions[a.id] ?? a.defaultValue;
		if (now === before) continue;
		const owner = a.measure ? dataset.measures.find((m) => m.id === a.measure) : undefined;
		const label = owner ? `${owner.code ?? owner.name}: ${a.label}` : a.label;
		lines.push(`${label}: ${formatInput(a.unit, now)} (was ${formatInput(a.unit, before)})`);
	}

	for (const id of new Set([...Object.keys(scenario.overrides), ...Object.keys(preset.overrides)])) {
		const now = scenario.overrides[id];
		const before = preset.overrides[id];
		if (JSON.stringify(now ?? null) === JSON.stringify(before ?? null)) continue;
		const parts: string[] = [];
		if (now?.pm !== before?.pm) parts.push(now?.pm ? 'besparing PM' : 'besparing zoals de tabel');
		if (now?.structuralMln !== before?.structuralMln)
			parts.push(now?.structuralMln === undefined ? 'structureel bedrag zoals de tabel' : `structureel ${formatMln(now.structuralMln)}`);
		if (JSON.stringify(now?.curve ?? null) !== JSON.stringify(before?.curve ?? null))
			parts.push(now?.curve ? `verloop ${now.curve.kind}` : 'verloop zoals de tabel');
		if (now?.costsMln !== before?.costsMln)
			parts.push(now?.costsMln === undefined ? 'invoeringskosten zoals de tabel' : `invoeringskosten ${formatMln(now.costsMln)} samen`);
		lines.push(`${name(id)}: ${parts.join(', ')}`);
	}

	const own = scenario.distributions ?? {};
	const presetOwn = preset.distributions ?? {};
	const inputs = new Map([...compileModel(dataset, preset).inputs, ...compileModel(dataset, scenario).inputs].map((i) => [i.id, i]));
	for (const id of new Set([...Object.keys(own), ...Object.keys(presetOwn)])) {
		const now = Object.hasOwn(own, id) ? own[id] : undefined;
		const before = Object.hasOwn(presetOwn, id) ? presetOwn[id] : undefined;
		if (JSON.stringify(now ?? null) === JSON.stringify(before ?? null) && (now === undefined) === (before === undefined)) continue;
		const unit = inputs.get(id)?.unit ?? '';
		const label = inputs.get(id)?.label ?? id;
		const what = now === null ? 'onzekerheid uit' : now === undefined ? 'standaardverdeling' : describeDistribution(now, (x) => formatInput(unit, x));
		lines.push(`Onzekerheid van ${label}: ${what}`);
	}

	if (scenario.horizon !== preset.horizon) lines.push(`Tot en met ${scenario.horizon} (was ${preset.horizon})`);
	const set = uncertaintySetOf(dataset, scenario);
	if (set.id !== uncertaintySetOf(dataset, preset).id) lines.push(`Onzekerheid: ‘${set.name}’`);
	return lines;
}
