/**
 * npm run bench: speed and memory of the Monte Carlo, printed as figures (no pass/fail).
 *
 * It runs in plain Node on a bundle of this script (esbuild, as Vite bundles the engine for the
 * app's worker), written to node_modules/.bench/ so the data is found two folders up. The bundle
 * holds what the simulator uses, tree-shaken as in the app (mathjs with only its parser: the whole
 * package costs 60 MB of memory on load); the tools that measure (Vite, Chromium's driver,
 * Squiggle) stay outside it and load only when their step comes, after the memory is read. Under tsx
 * the same loops run about a fifth slower: tsx's CommonJS hook, once loaded, slows the whole
 * process, not only what it compiles.
 *
 * 1. The full agenda (preset rijk: every Tabel 1 and Tabel 2 measure), 2022–2035, 100 000 draws,
 *    with the set that draws most (werkgroepen in data/onzekerheid.csv, its shared tempo at 0 so
 *    that Squiggle, which draws every input on its own, models the same): median of 5 timed runs
 *    after a warm-up.
 * 2. Peak resident memory of this process after those runs, before Vite, Chromium's driver or
 *    Squiggle are loaded; and what Node with the loaded code took before the first run.
 * 3. The JavaScript the first page of the built app loads before it works (gzipped), if built.
 * 4. Our time against a floor: a plain multiply-add loop over the same draws × measures × years,
 *    in blocks of draws as the engine runs them, timed in this process, so the ratio says how near
 *    the engine stays to bare arithmetic.
 * 5. The browser (scripts/browserBench.ts): the app is built, served and driven in headless
 *    Chromium; one line "browser: eerste banden …, na een wijziging …, vergelijken …".
 * 6. The same model written in Squiggle (scripts/squiggleAgenda.ts), run by @quri/squiggle-lang
 *    at the same sample count in this process; the mean net per year of both is compared with
 *    the standard error of the difference. Squiggle takes minutes here; `npm run bench -- --snel`
 *    leaves it out.
 */
import { readDataset, readPresets } from '../src/cli/projectData';
import { compileModel, monteCarlo, MonteCarloWorkspace, simulate, uncertainInputs, type Scenario } from '../src/lib/engine';
import { spawnSync } from 'node:child_process';
import { initialJavaScript } from './bundleSize';
import { squiggleAgenda } from './squiggleAgenda';

/** Memory before anything runs: Node itself and the code it loaded. */
const startRss = process.memoryUsage().rss;
const RUNS = 100_000;
const QUICK = process.argv.includes('--snel');
const dataset = readDataset();
const ms = (t0: number) => performance.now() - t0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, digits = 1) => x.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// 1. The full agenda.
const rijk = readPresets(dataset).find((p) => p.id === 'rijk')!;
const agenda: Scenario = { ...rijk, horizon: 2035, uncertaintySet: 'werkgroepen', assumptions: { ...rijk.assumptions, 'samenhang.tempo': 0 } };
const model = compileModel(dataset, agenda);
const inputs = uncertainInputs(dataset, model);
// The bench keeps its arrays and PERT tables between runs, as the app's worker does.
const workspace = new MonteCarloWorkspace();
// The first run also builds what later runs reuse (the PERT tables, the compiled code paths).
const cold = performance.now();
monteCarlo(model, inputs, { runs: RUNS, seed: 1, workspace });
const coldMs = ms(cold);
const times: number[] = [];
let ours = monteCarlo(model, inputs, { runs: RUNS, seed: 1, workspace });
for (let i = 0; i < 5; i++) {
	const t0 = performance.now();
	ours = monteCarlo(model, inputs, { runs: RUNS, seed: 1 + i, workspace });
	times.push(ms(t0));
}
const agendaMs = median(times);
const unread = inputs.filter((u) => !model.reads.has(u.slot)).length;
const what = `volledige agenda (${agenda.measures.length} maatregelen, ${model.years.length} jaren, ${inputs.length} onzekere invoeren, waarvan ${unread} van maatregelen die in elk jaar PM zijn en niet getrokken worden), ${RUNS.toLocaleString('nl-NL')} trekkingen`;
console.log(
	`Simulator, ${what}: ${fmt(agendaMs)} ms (mediaan van 5: ${times.map((t) => fmt(t, 0)).join(', ')}; de eerste run na het laden: ${fmt(coldMs, 0)} ms)`
);

// A change of one assumption recomputes the deterministic figures on the page's thread: it must fit a frame.
const recompute: number[] = [];
for (let i = 0; i < 50; i++) {
	const t0 = performance.now();
	simulate(dataset, { ...agenda, assumptions: { ...agenda.assumptions, 'b17.kinderen': 10_000 + i * 100 } });
	recompute.push(ms(t0));
}
console.log(
	`Herberekening na een gewijzigde aanname (hele agenda, 2022–2035, zonder onzekerheid): ${fmt(median(recompute), 2)} ms (mediaan van 50; één beeld is 16,7 ms)`
);

// 2. Memory, measured before Squiggle runs, so the figure is the simulator's own.
console.log(
	`Piekgeheugen (RSS) van de simulator: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB (waarvan Node zelf met de geladen code, vóór de eerste run: ${fmt(startRss / 1024 / 1024, 0)} MB)`
);

// 3. The first page's JavaScript.
const initial = initialJavaScript();
if (initial) {
	const largest = [...initial.files].sort((a, b) => b.gzip - a.gzip)[0]!;
	console.log(
		`Eerste pagina (build/index.html): ${initial.files.length} JavaScript-bestanden, ${fmt(initial.bytes / 1024)} kB, gzip ${fmt(initial.gzip / 1024)} kB (grootste: ${largest.file}, gzip ${fmt(largest.gzip / 1024)} kB); mathjs ${initial.files.some((f) => f.mathjs) ? 'zit erin' : 'zit er niet in (de formules komen geparst mee)'}`
	);
} else console.log('Eerste pagina: nog niet gebouwd; draai eerst npm run build voor de bundelgrootte');

// 4. The floor: the same number of multiply-adds, nothing else (a factor per draw and measure
// times a cell per measure and year), in blocks of draws as the engine runs them, so that the
// factors and totals of a block stay in cache; loops that jump a whole year of draws per step
// would be slower and make the engine look nearer its floor than it is.
{
	const nYears = model.years.length;
	const nMeasures = agenda.measures.length;
	const BLOCK = 4096;
	const cells = new Float64Array(nMeasures * nYears).map((_, i) => (i % 7) + 1);
	const factors = new Float64Array(RUNS * nMeasures).map((_, i) => 1 + (i % 13) / 100);
	const totals = new Float64Array(RUNS * nYears);
	const floor = () => {
		for (let start = 0; start < RUNS; start += BLOCK) {
			const n = Math.min(BLOCK, RUNS - start);
			for (let m = 0; m < nMeasures; m++) {
				const from = m * RUNS + start;
				for (let y = 0; y < nYears; y++) {
					const cell = cells[m * nYears + y]!;
					const at = y * RUNS + start;
					for (let r = 0; r < n; r++) totals[at + r]! += factors[from + r]! * cell;
				}
			}
		}
	};
	floor();
	const floorTimes: number[] = [];
	for (let i = 0; i < 5; i++) {
		const t0 = performance.now();
		floor();
		floorTimes.push(ms(t0));
	}
	const floorMs = median(floorTimes);
	console.log(
		`Ondergrens: een kale vermenigvuldig-en-tel-op-lus over ${RUNS.toLocaleString('nl-NL')} trekkingen × ${nMeasures} maatregelen × ${nYears} jaren, in blokken van ${BLOCK.toLocaleString('nl-NL')} trekkingen: ${fmt(floorMs)} ms; de simulator is ${fmt(agendaMs / floorMs)}× die ondergrens (som ${fmt(totals[0]!, 0)})`
	);
}

// 5. The browser, on a fresh build.
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
if (build.status !== 0) console.log('browser: niet gemeten (de build mislukte)');
else console.log((await (await import('./browserBench')).browserBench()).line);

// 6. The same model in Squiggle.
if (QUICK) {
	console.log('Squiggle: overgeslagen (--snel)');
	process.exit(0);
}
const code = squiggleAgenda(dataset, model, inputs);
const t0 = performance.now();
const { run: runSquiggle } = await import('@quri/squiggle-lang');
const squiggle = await runSquiggle(code, { environment: { sampleCount: RUNS, xyPointLength: 1000, seed: 'bench' } });
const squiggleMs = ms(t0);
if (!squiggle.result.ok) throw new Error(`Squiggle: ${squiggle.result.value.toString()}`);
const theirs = (squiggle.result.value.result as unknown as { asJS(): number[] }).asJS();
// Standard error of a difference of two independent means, from our draws' spread (P5–P95 ≈ 3,29 sd).
const z = model.years.map((_, y) => {
	const sd = (ours.net.p95[y]! - ours.net.p5[y]!) / 3.29;
	return sd === 0 ? 0 : (ours.net.mean[y]! - theirs[y]!) / ((sd * Math.SQRT2) / Math.sqrt(RUNS));
});
const worst = z.reduce((w, x, y) => (Math.abs(x) > Math.abs(z[w]!) ? y : w), 0);
console.log(`Squiggle, zelfde model, ${RUNS.toLocaleString('nl-NL')} trekkingen: ${fmt(squiggleMs / 1000)} s`);
console.log(
	`Gemiddeld netto 2028: simulator € ${fmt(ours.net.mean[model.years.indexOf(2028)]!)} mln, Squiggle € ${fmt(theirs[model.years.indexOf(2028)]!)} mln; grootste verschil in ${model.years[worst]}: ${fmt(ours.net.mean[worst]! - theirs[worst]!)} mln = ${fmt(z[worst]!, 2)} standaardfouten`
);
console.log(
	`Volledige agenda, ${RUNS.toLocaleString('nl-NL')} trekkingen: simulator ${fmt(agendaMs)} ms · Squiggle ${fmt(squiggleMs, 0)} ms · ${fmt(squiggleMs / agendaMs, 0)}× sneller dan Squiggle`
);
