/**
 * npm run bench: speed and memory of the Monte Carlo, printed as figures (no pass/fail).
 *
 * 1. The full agenda (preset rijk: every Tabel 1 and Tabel 2 measure), 2022–2035, 100 000 draws,
 *    with the default distributions of data/onzekerheid.csv: median of 5 timed runs after a warm-up.
 * 2. The B17 driver (children × success × saving per child, 2026) in our engine and in
 *    @quri/squiggle-lang at the same sample count, in this process; both means are printed with
 *    their standard error so they can be compared.
 * 3. Peak resident memory of this process after our runs, before Squiggle is loaded.
 */
import { readDataset, readPresets } from '../src/cli/projectData';
import { compileModel, monteCarlo, uncertainInputs, type Distribution, type Scenario } from '../src/lib/engine';

const RUNS = 100_000;
const dataset = readDataset();
const preset = (id: string) => readPresets(dataset).find((p) => p.id === id)!;
const ms = (t0: number) => performance.now() - t0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, digits = 1) => x.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// 1. The full agenda.
const agenda: Scenario = { ...preset('rijk'), horizon: 2035 };
const model = compileModel(dataset, agenda);
const inputs = uncertainInputs(dataset, model);
monteCarlo(model, inputs, { runs: RUNS, seed: 1 });
const times: number[] = [];
for (let i = 0; i < 5; i++) {
	const t0 = performance.now();
	monteCarlo(model, inputs, { runs: RUNS, seed: 1 + i });
	times.push(ms(t0));
}
const agendaMs = median(times);
console.log(`Volledige agenda (${agenda.measures.length} maatregelen, ${model.years.length} jaren, ${inputs.length} onzekere invoeren), ${RUNS.toLocaleString('nl-NL')} trekkingen: ${fmt(agendaMs)} ms (mediaan van 5: ${times.map((t) => fmt(t, 0)).join(', ')})`);

// 2. The B17 driver in both engines.
const b17: Record<string, Distribution> = {
	'b17.kinderen': { kind: 'uniform', min: 10000, max: 20000 },
	'b17.succes': { kind: 'driehoek', min: 0.1, modus: 0.25, max: 0.3 },
	'b17.besparingPerKind': { kind: 'driehoek', min: 34000, modus: 60000, max: 140000 }
};
const tabel1 = preset('cvw-tabel-1');
const b17Model = compileModel(dataset, { ...tabel1, measures: ['b17'] });
const off = Object.fromEntries(b17Model.inputs.map((i) => [i.id, null]));
const b17Scenario: Scenario = { ...tabel1, measures: ['b17'], distributions: { ...off, ...b17 } };
const b17Compiled = compileModel(dataset, b17Scenario);
const b17Inputs = uncertainInputs(dataset, b17Compiled);
monteCarlo(b17Compiled, b17Inputs, { runs: RUNS, seed: 1 });
let t0 = performance.now();
const ours = monteCarlo(b17Compiled, b17Inputs, { runs: RUNS, seed: 2 });
const oursMs = ms(t0);
const year = ours.years.indexOf(2026);

// Measured before Squiggle is loaded, so the figure is the simulator's own.
const peakMb = process.resourceUsage().maxRSS / 1024;
const { run: runSquiggle } = await import('@quri/squiggle-lang');
const squiggleCode = `
kinderen = SampleSet.fromDist(uniform(10000, 20000))
succes = SampleSet.fromDist(triangular(0.1, 0.25, 0.3))
besparing = SampleSet.fromDist(triangular(34000, 60000, 140000))
b17 = kinderen * succes * besparing / 1000000
[mean(b17), stdev(b17)]
`;
const environment = { sampleCount: RUNS, xyPointLength: 1000, seed: 'bench' };
await runSquiggle(squiggleCode, { environment });
t0 = performance.now();
const squiggle = await runSquiggle(squiggleCode, { environment });
const squiggleMs = ms(t0);
if (!squiggle.result.ok) throw new Error(`Squiggle: ${squiggle.result.value.toString()}`);
const [sqMean, sqSd] = (squiggle.result.value.result as unknown as { asJS(): number[] }).asJS() as [number, number];
const ourMean = ours.net.mean[year]!; // B17 alone: the net is B17's amount
const stderr = (sqSd * Math.SQRT2) / Math.sqrt(RUNS);
console.log(`B17 2026, ${RUNS.toLocaleString('nl-NL')} trekkingen: simulator ${fmt(oursMs)} ms, gemiddeld € ${fmt(ourMean, 2)} mln; Squiggle ${fmt(squiggleMs)} ms, gemiddeld € ${fmt(sqMean, 2)} mln (verschil ${fmt(ourMean - sqMean, 2)}, standaardfout van het verschil ${fmt(stderr, 2)})`);

// 3. Memory.
console.log(`Piekgeheugen (RSS) van de simulator, vóór het laden van Squiggle: ${fmt(peakMb, 0)} MB`);
console.log(`Volledige agenda: ${fmt(agendaMs)} ms per ${RUNS.toLocaleString('nl-NL')} trekkingen · B17: ${fmt(squiggleMs / oursMs)}× sneller dan Squiggle`);
