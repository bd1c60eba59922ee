import { formatWarningMln } from './warningText';
import { compileModel, type Model } from './model';
import { evaluateDraw, type DrawMeasure } from './reference';
import type { CostLineResult, Dataset, MeasureResult, Scenario, ScenarioResult } from './types';
import { LAST_TABLE_YEAR } from './years';

/**
 * Run a scenario: every selected measure's besparing, invoeringskosten and net per year, and
 * the totals against a target (data/doelen.csv; the Tabel 1 richtbedrag unless another is named). A measure with a mechanism gets its level and
 * timing from its assumptions (defaults reproduce the table). Every cost line is shown; the net
 * counts the table's own costs and the lines outside the table that the scenario counts, never
 * the costs elsewhere. Overlap within a package scales the members' savings down. PM is never
 * counted as 0: a PM year adds only what is known of the measure (its counted costs) and is
 * counted in `pmCount`. Inputs are not mutated.
 *
 * @example
 * const result = simulate(dataset, preset('cvw-tabel-1'));
 * result.totals.net // [215, 375, 464, 571, 962, 1018, 1018]
 */
export function simulate(dataset: Dataset, scenario: Scenario, targetId?: string): ScenarioResult {
	const model = compileModel(dataset, scenario, targetId);
	return resultFor(model, model.base);
}

/**
 * The deterministic result of a compiled model for one input vector, from the reference
 * evaluator: rows per measure and their cost lines, and totals that are the sums of the rows.
 */
export function resultFor(model: Model, values: Float64Array): ScenarioResult {
	const { years } = model;
	const draw = evaluateDraw(model, values);
	const measures = draw.map((d, k) => measureResult(model, k, d));
	const sum = (pick: (m: MeasureResult, i: number) => number) => years.map((_, i) => measures.reduce((total, m) => total + pick(m, i), 0));
	const linesSum = (keep: (line: CostLineResult) => boolean) => sum((m, i) => m.costLines.reduce((t, line) => (keep(line) ? t + line.perYearMln[i]! : t), 0));
	const savings = sum((m, i) => m.savings[i]!);
	const costs = sum((m, i) => m.costs[i]!);
	const net = years.map((_, i) => savings[i]! - costs[i]!);
	return {
		scenario: model.scenario.id,
		years,
		extrapolated: years.map((year) => year > LAST_TABLE_YEAR),
		measures,
		totals: {
			savings,
			costs,
			net,
			cumulativeNet: runningSum(net),
			pmCount: years.map((_, i) => measures.filter((m) => m.pm[i]).length),
			tableCosts: linesSum((line) => line.role === 'tabel'),
			outsideCosts: linesSum((line) => line.role === 'invoering'),
			outsideCostsCounted: linesSum((line) => line.role === 'invoering' && line.counted),
			elsewhere: linesSum((line) => line.role === 'elders')
		},
		targetId: model.targetId,
		targetStatus: model.targetStatus,
		target: model.target,
		gap: model.target.map((t, i) => (t === null ? null : t - net[i]!)),
		overlap: overlapOf(model, values, draw),
		warnings: warningsOf(model, measures, draw)
	};
}

function measureResult(model: Model, k: number, d: DrawMeasure): MeasureResult {
	const plan = model.measures[k]!;
	const m = plan.measure;
	const pm = Array.from(d.saving, Number.isNaN);
	const savings = Array.from(d.saving, (s) => (Number.isNaN(s) ? 0 : s));
	const costLines: CostLineResult[] = [];
	if (plan.hasTableCosts) {
		costLines.push({
			id: 'tabel',
			label: 'Invoeringskosten in de tabel',
			role: 'tabel',
			counted: true,
			missing: false,
			source: m.source,
			perYearMln: Array.from(d.tableCost)
		});
	}
	for (const { line, counted, perYear } of d.lines) {
		costLines.push({ id: line.id, label: line.label, role: line.role, counted, missing: line.missing, source: line.source, perYearMln: Array.from(perYear) });
	}
	const costs = model.years.map((_, i) => costLines.reduce((sum, line) => (line.counted ? sum + line.perYearMln[i]! : sum), 0));
	return {
		id: m.id,
		code: m.code,
		name: m.name,
		table: m.table,
		savings,
		costs,
		net: savings.map((s, i) => s - costs[i]!),
		pm,
		costLines
	};
}

/** What each package's overlap share took off its members' savings, per year. */
function overlapOf(model: Model, values: Float64Array, draw: readonly DrawMeasure[]): ScenarioResult['overlap'] {
	return model.packages
		.filter((pkg) => values[pkg.slot]! > 0)
		.map((pkg) => {
			const share = values[pkg.slot]!;
			const members = draw.filter((_, k) => pkg.measures.includes(model.measures[k]!.measure.id));
			const removedMln = model.years.map((_, i) => share * members.reduce((sum, d) => sum + (Number.isNaN(d.gross[i]!) ? 0 : d.gross[i]!), 0));
			return { package: pkg.id, label: pkg.label, share, removedMln };
		});
}

/** Warnings a reader of the figures must see: a shared saving counted twice, a formula that gave a negative saving. */
function warningsOf(model: Model, measures: readonly MeasureResult[], draw: readonly DrawMeasure[]): string[] {
	const warnings: string[] = [];
	const byId = new Map(measures.map((m) => [m.id, m]));
	for (const shared of model.shared) {
		const others = shared.measures.filter((id) => id !== shared.countedAt && byId.get(id)!.savings.some((s) => s > 0));
		if (others.length === 0) continue;
		const name = (id: string) => byId.get(id)!.code ?? byId.get(id)!.name;
		const lines = shared.source.lines ?? [shared.source.line];
		warnings.push(
			`${others.map(name).join(' en ')} en ${name(shared.countedAt)} delen één besparing (${shared.label}, document ${shared.source.document} r. ${lines[0]}–${lines.at(-1)}); ` +
				`${others.map(name).join(' en ')} heeft in dit scenario een eigen bedrag naast ${name(shared.countedAt)}, dus die besparing telt mogelijk dubbel.`
		);
	}
	draw.forEach((d, k) => {
		if (d.formulaLevel !== null && d.formulaLevel < 0) {
			const m = model.measures[k]!.measure;
			warnings.push(
				`${m.code ?? m.name}: de aannames geven een negatieve besparing (${formatWarningMln(d.formulaLevel)}); een besparing is 0 of meer, dus gerekend met € 0 mln.`
			);
		}
	});
	return warnings;
}

function runningSum(values: readonly number[]): number[] {
	let sum = 0;
	return values.map((v) => (sum += v));
}
