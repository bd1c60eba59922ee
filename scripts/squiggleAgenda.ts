/**
 * The same Monte Carlo model written as a Squiggle program, for `npm run bench`: every measure of
 * a compiled model with its saving (printed series, delay, verschuiving, schaal, structural
 * formula, ramp, package overlap), its table costs (which follow only a deliberate delay) and its
 * counted cost lines; every uncertain input as a Squiggle sample set. The program returns the
 * mean net per year, so its figures can be set against ours.
 *
 * Only what the bench runs is translated: scenarios without overrides, and formulas made of
 * numbers, names, + − × ÷ and brackets. Anything else is refused rather than translated wrongly.
 */
import { printedAmount, type CompiledFormula, type Dataset, type Distribution, type Model, type UncertainModelInput } from '../src/lib/engine';
import { PM } from '../src/lib/engine/types';
import { FIRST_YEAR, TABLE_YEARS } from '../src/lib/engine/years';

const num = (x: number) => (Number.isFinite(x) ? (Object.is(x, -0) ? '0' : String(x)) : 'never');

function distribution(d: Distribution): string {
	switch (d.kind) {
		case 'driehoek': {
			// Squiggle wants min < modus < max; a mode at an end is drawn by its inverse CDF.
			const span = num(d.max - d.min);
			if (d.modus === d.min) return `SampleSet.map(SampleSet.fromDist(uniform(0, 1)), {|u| ${num(d.min)} + ${span} * (1 - (1 - u) ^ 0.5)})`;
			if (d.modus === d.max) return `SampleSet.map(SampleSet.fromDist(uniform(0, 1)), {|u| ${num(d.min)} + ${span} * u ^ 0.5})`;
			return `SampleSet.fromDist(triangular(${num(d.min)}, ${num(d.modus)}, ${num(d.max)}))`;
		}
		case 'uniform':
			return `SampleSet.fromDist(uniform(${num(d.min)}, ${num(d.max)}))`;
		case 'pert': {
			const span = d.max - d.min;
			const alpha = 1 + (4 * (d.modus - d.min)) / span;
			const beta = 1 + (4 * (d.max - d.modus)) / span;
			return `${num(d.min)} + ${num(span)} * SampleSet.fromDist(beta(${num(alpha)}, ${num(beta)}))`;
		}
		case 'keuze':
			return `SampleSet.fromDist(mx(${d.options.map((o) => num(o.value)).join(', ')}, [${d.options.map((o) => num(o.chance)).join(', ')}]))`;
		default:
			throw new Error(`verdeling ${d.kind} zit niet in het Squiggle-model van de bench`);
	}
}

/** A Squiggle program whose result is the list of mean net amounts per year of the model. */
export function squiggleAgenda(dataset: Dataset, model: Model, uncertain: readonly UncertainModelInput[]): string {
	if (Object.keys(model.scenario.overrides).length > 0) throw new Error('scenario-overrides zitten niet in het Squiggle-model van de bench');
	const drawn = new Map(uncertain.map((u, k) => [u.slot, k]));
	// An input as a Squiggle expression: its draw (rounded where whole), or its fixed value.
	const value = (slot: number): string => {
		const k = drawn.get(slot);
		if (k === undefined) return num(model.base[slot]!);
		return model.inputs[slot]!.whole ? `round(v[${k}])` : `v[${k}]`;
	};
	const formula = (measure: string, f: CompiledFormula): string => {
		if (!/^[\w\s.+\-*/()]*$/.test(f.text)) throw new Error(`formule "${f.text}" zit niet in het Squiggle-model van de bench`);
		return `(${f.text.replace(/(?<![\w.])[A-Za-z_]\w*/g, (name) => value(model.slotOf(`${measure}.${name}`)))})`;
	};

	const lines: string[] = [];
	uncertain.forEach((u, k) => lines.push(`x${k} = ${distribution(u.distribution)}`));
	lines.push(`xs = [${uncertain.map((_, k) => `x${k}`).join(', ')}]`);
	lines.push(`at(row, i) = if i < 0 then 0 else row[round(min(i, ${TABLE_YEARS.length - 1}))]`);
	lines.push('clamp01(x) = if x < 0 then 0 else if x > 1 then 1 else x');

	const parts: string[] = [];
	model.measures.forEach((plan, index) => {
		const m = plan.measure;
		const mechanism = Object.hasOwn(dataset.mechanisms, m.id) ? dataset.mechanisms[m.id] : undefined;
		const printed = TABLE_YEARS.map((year) => printedAmount(m, year));
		const counted = (mechanism?.costs ?? []).filter((line) => line.role === 'invoering' && line.counted !== null);
		const savingRow = printed.map((a) => (a === PM || a < 0 ? 0 : a)); // PM adds nothing in the years it stands
		const costRow = printed.map((a) => (a === PM || a > 0 ? 0 : -a));
		const hasSaving = savingRow.some((a) => a > 0);
		const hasCosts = costRow.some((a) => a > 0);
		if (!hasSaving && !hasCosts && counted.length === 0) return; // PM: adds nothing
		const shift = value(plan.shiftSlot);
		const factor = value(plan.scaleSlot);
		// the factor on the invoeringskosten: the table's costs and the counted cost lines
		const costFactor = plan.costSlot >= 0 ? value(plan.costSlot) : '1';
		const keep = plan.overlapSlots.map((slot) => `(1 - max(${value(slot)}, 0))`).join(' * ') || '1';
		const body: string[] = [];
		const curve = mechanism?.curve ?? { kind: 'asPrinted' as const };
		const level = mechanism?.structural ? `max(round(${formula(m.id, mechanism.structural)} * 1000000) / 1000000, 0)` : null;
		const delay = `${curve.delay ? `round(${formula(m.id, curve.delay)})` : '0'}`;
		if (curve.kind === 'asPrinted') {
			const printed2028 = savingRow[savingRow.length - 1]!;
			body.push(`d = ${delay}`);
			body.push(
				`a = at([${savingRow.map(num).join(', ')}], y - ${FIRST_YEAR} - d - ${shift}) * ${level ? `(${level}) / ${num(printed2028)}` : '1'} * ${factor} * ${keep}`
			);
			// the table's costs follow a deliberate delay, never schaal or verschuiving
			body.push(`k = ${hasCosts ? `at([${costRow.map(num).join(', ')}], y - ${FIRST_YEAR} - d) * ${costFactor}` : '0'}`);
		} else {
			if (curve.kind !== 'linear' || !level || hasCosts) throw new Error(`curve ${curve.kind} zit niet in het Squiggle-model van de bench`);
			body.push(`s = round(${formula(m.id, curve.start)})`);
			body.push(`f = max(round(${formula(m.id, curve.full)}), s)`);
			body.push(`d = ${delay} + ${shift}`);
			body.push(`a = (${level}) * clamp01((y - d - s + 1) / (f - s + 1)) * ${factor} * ${keep}`);
			body.push('k = 0');
		}
		const costTerms = counted.map((line, k) => {
			if (line.kind === 'reeks') throw new Error('een reeks als invoeringskosten zit niet in het Squiggle-model van de bench');
			const on = `(if ${value(plan.slotOfName(line.counted!))} >= 0.5 then 1 else 0)`;
			body.push(`c${k}first = max(round(${formula(m.id, line.from!)}), ${FIRST_YEAR})`);
			body.push(`c${k}amount = max(${formula(m.id, line.amount)}, 0) * ${costFactor} * ${on}`);
			if (line.kind === 'jaarlijks') {
				const until = line.until ? `round(${formula(m.id, line.until)})` : '9999';
				return `(if y >= c${k}first && y <= ${until} then c${k}amount else 0)`;
			}
			body.push(`c${k}last = max(${line.until ? `round(${formula(m.id, line.until)})` : '9999'}, c${k}first)`);
			return `(if y >= c${k}first && y <= c${k}last then c${k}amount / (c${k}last - c${k}first + 1) else 0)`;
		});
		body.push(`a - k${costTerms.map((t) => ` - ${t}`).join('')}`);
		lines.push(`m${index}(y, v) = {\n  ${body.join('\n  ')}\n}`);
		parts.push(`m${index}(y, v)`);
	});
	lines.push(`net(y, v) = ${parts.join(' + ') || '0'}`);
	lines.push(`[${model.years.map((year) => `mean(SampleSet.mapN(xs, {|v| net(${year}, v)}))`).join(', ')}]`);
	return lines.join('\n');
}
