import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset, readPresets } from '../src/cli/projectData';
import { DataError } from '../src/lib/data/DataError';
import { parseScenario, scenarioFile } from '../src/lib/data/parseScenario';
import { compileFormula, FormulaError, localImpact, localTeams, shareOf, simulate, type ScenarioResult } from '../src/lib/engine';
import { parseFormula } from '../src/lib/data/parseFormula';
import { readGemeenteQuery } from '../src/lib/links/gemeenteLink';
import { nationalTotals } from '../src/lib/gemeenten/national';
import { gemeenteProblems } from '../src/lib/gemeenten/gemeenteLimits';
import { decodeText, readGemeenten } from '../src/lib/gemeenten/readGemeenten';
import { readShareQuery } from '../src/lib/links/shareLink';
import { ScenarioLibrary, STORAGE_KEY, UNREADABLE_KEY } from '../src/lib/state/scenarioLibrary.svelte';

/**
 * Every door user input comes through, fed random and hostile input with a fixed seed and a
 * bounded number of cases: it never crashes, never puts NaN or Infinity in a result, and always
 * ends in a valid result or a Dutch DataError/FormulaError naming the place.
 */
const SEED = 20_261_123;
const RUNS = 150;
const settings = { seed: SEED, numRuns: RUNS };

const dataset = readDataset();
const presets = readPresets(dataset);

/** What leaked onto Object.prototype (a `__proto__` key that was assigned instead of ignored): nothing, normally. */
const leaked = () => Object.keys(Object.prototype);

/** The numbers in a result that are NaN or infinite. */
function nonFinite(result: ScenarioResult): number[] {
	const { savings, costs, net, cumulativeNet } = result.totals;
	return [...savings, ...costs, ...net, ...cumulativeNet, ...result.target.filter((t) => t !== null)].filter((x) => !Number.isFinite(x));
}

/** The outcomes a generator never reached. */
const unreached = (seen: Record<string, number>) => Object.keys(seen).filter((k) => seen[k] === 0);

/** A message a user can act on: Dutch, naming the file or formula, never a stack or "undefined". */
function expectDutchError(e: unknown, place: RegExp) {
	expect(
		[DataError, FormulaError].filter((kind) => e instanceof kind),
		String(e)
	).toHaveLength(1);
	const message = (e as Error).message;
	expect(message).toMatch(place);
	expect(message).not.toMatch(/undefined|NaN|TypeError|at .*\(/);
}

const nasty = [
	'__proto__',
	'constructor',
	'prototype',
	'PM',
	'1.057',
	'1,5',
	'-3',
	'1e309',
	'NaN',
	'Infinity',
	'−12',
	'  ',
	'"',
	'""',
	';',
	',',
	'\t',
	'\r\n',
	'\n',
	'x',
	'.',
	'€ 1.000',
	'%',
	'=cmd|" /C calc"!A0',
	'<script>',
	'ÿþ',
	'\uFFFD'
];
const token = fc.oneof(
	fc.constantFrom(...nasty),
	fc.string({ maxLength: 8 }),
	fc.integer({ min: -1e9, max: 1e12 }).map(String),
	// counts a gemeente can have, so rows also load
	fc.integer({ min: 0, max: 500_000 }).map(String),
	fc.double({ noNaN: false }).map(String)
);

describe('fuzz: gemeenten CSV import', () => {
	const header = fc.constantFrom(
		'gemeente;jeugdigen;inwoners;budget',
		"Regio's;Jongeren (0 tot 18 jaar);Bevolking;Jeugdhulp lasten (x 1 000 euro)",
		'naam,jeugdigen,aandeel (%)',
		'gemeente\tinwoners',
		''
	);
	const csv = fc
		.tuple(
			fc.array(token, { maxLength: 3 }),
			header,
			fc.array(fc.array(token, { minLength: 0, maxLength: 6 }), { maxLength: 40 }),
			fc.constantFrom(';', ',', '\t'),
			fc.constantFrom('\n', '\r\n'),
			fc.boolean()
		)
		.map(([title, head, rows, sep, nl, bom]) => `${bom ? '\uFEFF' : ''}${[...title, head, ...rows.map((r) => r.join(sep))].join(nl)}`);

	it('random and hostile tables load their good rows or fail as a whole with the file named', () => {
		const seen = { refused: 0, loaded: 0, rows: 0, problems: 0 };
		fc.assert(
			fc.property(fc.oneof(csv, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
				let read;
				try {
					read = readGemeenten(text, 'invoer.csv');
				} catch (e) {
					expectDutchError(e, /^invoer\.csv: /);
					seen.refused++;
					return;
				}
				seen.loaded++;
				seen.rows += read.rows.length;
				seen.problems += read.problems.length;
				const lines = [...read.rows.map((r) => r.line), ...read.problems.map((p) => p.line)];
				expect(new Set(lines).size).toBe(lines.length);
				for (const { gemeente } of read.rows) {
					expect(gemeente.naam.length).toBeGreaterThan(0);
					expect(gemeente.naam.length).toBeLessThanOrEqual(120);
					const figures = [gemeente.jeugdigen, gemeente.inwoners, gemeente.budgetEuro, gemeente.aandeel];
					expect(figures.filter((x) => x !== null && !(Number.isFinite(x) && x >= 0))).toEqual([]);
					// every row that loads passes the one set of limits that links and storage check too
					expect(gemeenteProblems(gemeente)).toEqual([]);
					expect(figures.some((x) => Object.is(x, -0))).toBe(false);
					expect(Object.getPrototypeOf(gemeente)).toBe(Object.prototype);
				}
				for (const p of read.problems) expect(p.reason).toMatch(/\S/);
				expect(leaked()).toEqual([]);
			}),
			settings
		);
		// The generator reaches every outcome: refused files, loaded rows and refused rows.
		expect(unreached(seen)).toEqual([]);
	});

	it('bytes in any encoding decode and read without crashing', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const { text } = decodeText(bytes);
				try {
					readGemeenten(text, 'bytes.csv');
				} catch (e) {
					expectDutchError(e, /^bytes\.csv: /);
				}
			}),
			settings
		);
	});

	it('an empty file, a header only, 5.000 gemeenten, and 100.000 rows', () => {
		expect(() => readGemeenten('', 'leeg.csv')).toThrow('leeg.csv: het bestand is leeg');
		expect(readGemeenten('gemeente;jeugdigen\r\n', 'kop.csv')).toMatchObject({ rows: [], problems: [] });
		// 5.000 rows of which every thousandth is wrong: 4.995 read, 5 problems with their line
		const rows = Array.from({ length: 5_000 }, (_, i) => (i % 1000 === 999 ? `Fout ${i};veel` : `Gemeente ${i};${(1000 + i).toLocaleString('nl-NL')}`));
		const fractions: number[] = [];
		const read = readGemeenten(['gemeente;jeugdigen', ...rows].join('\n'), 'groot.csv', (f) => fractions.push(f));
		expect(read.rows).toHaveLength(4_995);
		expect(read.problems).toHaveLength(5);
		expect(read.problems[0]).toEqual({ line: 1001, reason: 'jeugdigen: "veel" is geen getal (verwacht zoals 1.234,5)' });
		expect(read.problemsLeftOut).toBeUndefined();
		expect(read.notation).toBe('nederlands');
		expect(read.rows[1]!.gemeente.jeugdigen).toBe(1001);
		expect(read.rows.at(-1)!.gemeente).toMatchObject({ naam: 'Gemeente 4998', jeugdigen: 5_998 });
		// progress only goes up, and ends at 1
		expect(fractions.at(-1)).toBe(1);
		expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);

		// 100.000 different names: no table of gemeenten; refused as a whole with the line where it went past the limit
		const many = Array.from({ length: 100_000 }, (_, i) => `Gemeente ${i};${1000 + i}`);
		expect(() => readGemeenten(['gemeente;jeugdigen', ...many].join('\n'), 'wijken.csv')).toThrow(
			/^wijken\.csv: meer dan 5\.000 gemeenten \(bij regel 5\.002\), terwijl Nederland er 342 heeft/
		);

		// 100.000 rows of the same 342 names: 342 read, the first 1.000 repeats listed, the other 98.658 counted
		const repeated = Array.from({ length: 100_000 }, (_, i) => `Gemeente ${i % 342};${1000 + (i % 342)}`);
		const twice = readGemeenten(['gemeente;jeugdigen', ...repeated].join('\n'), 'dubbel.csv');
		expect(twice.rows).toHaveLength(342);
		expect(twice.problems).toHaveLength(1_000);
		expect(twice.problems[0]).toEqual({ line: 344, reason: 'Gemeente 0 staat al op regel 2' });
		expect(twice.problemsLeftOut).toBe(100_000 - 342 - 1_000);
	});
});

describe('fuzz: scenario files', () => {
	const keys = fc.constantFrom(
		'schema',
		'id',
		'name',
		'description',
		'measures',
		'overrides',
		'assumptions',
		'notes',
		'horizon',
		'distributions',
		'runs',
		'seed',
		'basedOn',
		'__proto__',
		'constructor',
		'prototype'
	);
	const value = fc.letrec((tie) => ({
		value: fc.oneof(
			{ depthSize: 'small' },
			fc.jsonValue({ maxDepth: 2 }),
			fc.constantFrom('b17', 'b17.kinderen', 'rijk', 'PM', 2035, 1e308, -1, 2, 'linear'),
			fc.array(tie('value'), { maxLength: 4 }),
			fc.dictionary(fc.oneof(keys, fc.constantFrom('b17', 'b2', 'b17.kinderen', 'structuralMln', 'curve', 'kind')), tie('value'), { maxKeys: 4 })
		)
	})).value;
	/** A preset's own file with up to three fields replaced or added (`__proto__` as a real key, as JSON.parse makes it). */
	const mutated = fc
		.tuple(
			fc.constantFrom(...presets),
			fc.array(fc.tuple(keys, value), { maxLength: 3 }),
			fc.array(
				fc.tuple(
					fc.constantFrom('assumptions', 'overrides', 'distributions', 'notes'),
					fc.constantFrom('b17.kinderen', 'b17', 'b2.budget', '__proto__', 'b99'),
					value
				),
				{ maxLength: 2 }
			)
		)
		.map(([preset, top, inner]) => {
			const file = JSON.parse(JSON.stringify(scenarioFile(preset))) as Record<string, unknown>;
			for (const [k, v] of top) Object.defineProperty(file, k, { value: v, enumerable: true, writable: true, configurable: true });
			for (const [field, k, v] of inner) {
				const target = (typeof file[field] === 'object' && file[field] !== null ? file[field] : (file[field] = {})) as Record<string, unknown>;
				Object.defineProperty(target, k, { value: v, enumerable: true, writable: true, configurable: true });
			}
			return JSON.stringify(file);
		});
	const scenario = fc.dictionary(keys, value, { maxKeys: 10 }).map((o) => JSON.stringify({ schema: 2, ...o }));
	const deep = fc.integer({ min: 10, max: 5000 }).map((n) => `{"schema": 2, "id": "x", "name": "x", "notes": ${'['.repeat(n)}${']'.repeat(n)}}`);

	it('random, hostile and deeply nested JSON is a scenario with finite results, or a Dutch error naming the file', () => {
		const seen = { refused: 0, read: 0 };
		fc.assert(
			fc.property(
				fc.oneof(
					mutated,
					mutated,
					scenario,
					deep,
					fc.string({ maxLength: 200 }),
					fc.jsonValue().map((v) => JSON.stringify(v))
				),
				(text) => {
					let parsed;
					try {
						parsed = parseScenario(text, 'scenario.json', dataset);
					} catch (e) {
						expectDutchError(e, /^scenario\.json/);
						seen.refused++;
						return;
					}
					seen.read++;
					expect(nonFinite(simulate(dataset, parsed))).toEqual([]);
					expect(leaked()).toEqual([]);
				}
			),
			settings
		);
		expect(unreached(seen)).toEqual([]);
	});
});

describe('fuzz: stored scenarios', () => {
	class Memory {
		items = new Map<string, string>();
		getItem = (key: string) => this.items.get(key) ?? null;
		setItem = (key: string, value: string) => void this.items.set(key, value);
	}
	const good = fc
		.constantFrom(...presets)
		.map((p) => ({ ...(JSON.parse(JSON.stringify(scenarioFile(p))) as Record<string, unknown>), id: `eigen-${p.id}`, name: `${p.name} · eigen` }));
	const entry = fc.oneof(
		good,
		good.map((file) => ({ ...file, measures: ['b99'] })),
		good.map((file) => ({ ...file, horizon: 2099 })),
		good.map((file) => ({ ...file, name: 'x'.repeat(2001) })),
		fc.jsonValue({ maxDepth: 2 })
	);

	it('after a load and a change, every stored scenario is either in the library or kept as it was: nothing a user stored is gone (property)', () => {
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 6 }), fc.boolean(), (entries, garbled) => {
				const storage = new Memory();
				const text = JSON.stringify({ schema: 2, selected: 'eigen-rijk', scenarios: entries });
				storage.setItem(STORAGE_KEY, garbled ? text.slice(0, Math.floor(text.length / 2)) : text);
				const library = new ScenarioLibrary(dataset, presets);
				library.attach(storage);
				library.create(presets[0]!);
				if (garbled && entries.length > 0) {
					// unreadable as a whole: the text itself is kept apart, untouched
					expect(storage.getItem(UNREADABLE_KEY)).toBe(text.slice(0, Math.floor(text.length / 2)));
					return;
				}
				const written = (JSON.parse(storage.getItem(STORAGE_KEY)!) as { scenarios: unknown[] }).scenarios.map((s) => JSON.stringify(s));
				const loaded = new Set(library.own.map((s) => s.id));
				for (const e of entries) {
					const id = typeof e === 'object' && e !== null && !Array.isArray(e) ? (e as { id?: unknown }).id : undefined;
					if (typeof id === 'string' && loaded.has(id)) continue;
					expect(written, 'kept as it was').toContain(JSON.stringify(e));
				}
			}),
			{ ...settings, numRuns: 150 }
		);
	});
});

describe('fuzz: links', () => {
	const shareKeys = fc.constantFrom('scenario', 'eigen', 'tot', 'trekkingen', 'seed', 'data', '__proto__');
	const shareValue = fc.oneof(
		fc.constantFrom('rijk', 'vng', 'cvw-tabel-1', 'werkgroepen', '2031', '1000', '100000', '-1', '1e99', '0x10', ''),
		fc.string({ maxLength: 30 }),
		fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
		fc
			.dictionary(fc.constantFrom('id', 'name', 'measures', 'assumptions', 'overrides', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 2 }))
			.map((v) => Buffer.from(JSON.stringify(v)).toString('base64url'))
	);
	const query = fc.array(fc.tuple(shareKeys, shareValue), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs));

	it('a share link is refused as a whole or gives a scenario with finite results; it never throws', () => {
		const seen = { none: 0, refused: 0, used: 0 };
		fc.assert(
			fc.property(query, (params) => {
				const link = readShareQuery(params, dataset, presets);
				if (link === null) {
					seen.none++;
					return;
				}
				seen[link.problems.length > 0 ? 'refused' : 'used']++;
				expect(nonFinite(simulate(dataset, link.scenario))).toEqual([]);
				if (link.problems.length > 0) {
					expect(link.scenario.id).toBe(presets[0]!.id);
					for (const p of link.problems) expect(p).toMatch(/\S/);
				}
				expect(leaked()).toEqual([]);
			}),
			settings
		);
		expect(unreached(seen)).toEqual([]);
	});

	const gemeenteKeys = fc.constantFrom(
		'gemeente',
		'code',
		'sleutel',
		'jeugdigen',
		'inwoners',
		'budget',
		'aandeel',
		'nl-jeugdigen',
		'nl-budget',
		'lt-investering',
		'lt-vanaf',
		'lt-vertraging',
		'lt-basis',
		'lt-groei-zonder',
		'lt-groei-met'
	);
	const gemeenteValue = fc.oneof(token, fc.constantFrom('0', '1', '0.5', '2025', '34000', 'budget', 'aandeel', 'jeugdigen'));
	it('a gemeente link gives finite figures or is refused with its problems named', () => {
		const result = simulate(dataset, presets[0]!);
		const seen = { refused: 0, used: 0 };
		fc.assert(
			fc.property(fc.array(fc.tuple(gemeenteKeys, gemeenteValue), { maxLength: 8 }), (pairs) => {
				const read = readGemeenteQuery(new URLSearchParams(pairs), dataset);
				if (read === null) return;
				seen[read.problems.length > 0 ? 'refused' : 'used']++;
				const { view } = read;
				const share = shareOf(view.gemeente, view.key, nationalTotals(dataset, view.national));
				if (share.ok) {
					const impact = localImpact(result, share.share, view.gemeente);
					expect([...impact.euros.net, ...(impact.perInwoner?.net ?? []), ...(impact.perJeugdige?.net ?? [])].filter((x) => !Number.isFinite(x))).toEqual([]);
				}
				const teams = localTeams(view.lever, result.years);
				expect([...teams.net, ...teams.cumulativeNet].filter((x) => !Number.isFinite(x))).toEqual([]);
			}),
			settings
		);
		expect(unreached(seen)).toEqual([]);
	});
});

describe('fuzz: formulas', () => {
	const atoms = fc.constantFrom(
		'a',
		'b',
		'1',
		'0',
		'2.5',
		'1e308',
		'import',
		'evaluate',
		'parse',
		'createUnit',
		'constructor',
		'__proto__',
		'this',
		'process',
		'globalThis',
		'Function',
		'"x"',
		'[1]',
		'{a: 1}',
		'x',
		'cos',
		'min',
		'max',
		'round'
	);
	const formula = fc.letrec((tie) => ({
		expr: fc.oneof(
			{ depthSize: 'small' },
			atoms,
			fc
				.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^', '>', '==', ' mod ', '=', ';', '.', ':', '?'), tie('expr'))
				.map(([x, op, y]) => `${x}${op}${y}`),
			fc.tuple(atoms, fc.array(tie('expr'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
			tie('expr').map((x) => `(${x})`),
			fc.tuple(tie('expr'), fc.constantFrom('.constructor', '["constructor"]', '.__proto__', '[0]')).map(([x, p]) => `${x}${p}`)
		)
	})).expr;

	it('a formula either refuses with a FormulaError or evaluates to a finite number; nothing else runs', () => {
		const seen = { refused: 0, evaluated: 0 };
		fc.assert(
			fc.property(fc.oneof(formula, fc.string({ maxLength: 60 })), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (text, a) => {
				let compiled;
				try {
					compiled = compileFormula(text, ['a', 'b'], parseFormula);
				} catch (e) {
					expectDutchError(e, /^formule "/);
					seen.refused++;
					return;
				}
				try {
					expect(compiled.evaluate({ a, b: 2 })).toSatisfy(Number.isFinite);
					seen.evaluated++;
				} catch (e) {
					expectDutchError(e, /^formule "/);
				}
				expect(leaked()).toEqual([]);
				expect(typeof (globalThis as { process?: unknown }).process).toBe('object');
			}),
			{ seed: SEED, numRuns: 400 }
		);
		expect(unreached(seen)).toEqual([]);
	});
});
