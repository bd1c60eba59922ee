import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli';

/** The command line in this process: what it would print, and its exit code. */
function simulate(...args: string[]) {
	return run(args);
}

/** The command line as its own process, as a user starts it. */
function spawned(...args: string[]) {
	const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], { encoding: 'utf8' });
	return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'simulate-'));
/** A real StatLine download, kept with the sources outside the project. */
const CBS_FILE = '../shared/data/cbs/70072ned-2025-gemeenten-leeftijd.csv';
if (!existsSync(CBS_FILE)) console.warn(`${CBS_FILE} niet gevonden: de test met de echte CBS-download wordt overgeslagen.`);
function scenarioFile(name: string, content: unknown): string {
	const path = join(tmp, name);
	writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}

describe('npm run simulate -- --fiches', { timeout: 30_000 }, () => {
	it('--scenario werkgroepen --format json: B17 is PM in 2026–2028, as the working group advises, and the choices come with their notes', () => {
		const { code, stdout } = simulate('--scenario', 'werkgroepen', '--format', 'json');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		const b17 = json.measures.find((m: { id: string }) => m.id === 'b17');
		expect(b17.pm.slice(4)).toEqual([true, true, true]);
		expect(b17.net.slice(4)).toEqual([0, 0, 0]);
		// Tabel 1 less B17's 300, B2's 200 four years later (133 in 2028) and B6 at half (12)
		expect(json.totals.net[6]).toBe(1018 - 300 - 67 - 12);
		expect(json.totals.pmCount.slice(4)).toEqual([6, 6, 6]);
	});

	it('--fiches --format json: every measure of Tabel 1 and 2, each item aangeleverd with its lines or ontbreekt', () => {
		const { code, stdout } = simulate('--fiches', '--format', 'json');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.items.map((i: { id: string }) => i.id)).toHaveLength(11);
		expect(json.measures).toHaveLength(22);
		expect(json.measures.filter((m: { table: number }) => m.table === 1)).toHaveLength(14);
		for (const m of json.measures) {
			expect(
				m.items.map((c: { item: string }) => c.item),
				m.id
			).toEqual(json.items.map((i: { id: string }) => i.id));
			for (const c of m.items) {
				expect(['aangeleverd', 'ontbreekt'], `${m.id} ${c.item}`).toContain(c.status);
				if (c.status === 'aangeleverd') expect(c.source.document, `${m.id} ${c.item}`).toBe('004');
			}
		}
		const b17 = json.measures.find((m: { id: string }) => m.id === 'b17');
		const costs = b17.items.find((c: { item: string }) => c.item === 'transformatiekosten');
		expect([costs.status, costs.source.line, costs.source.lines.at(-1)]).toEqual(['aangeleverd', 6932, 6937]);
		expect(costs.gap.source.line).toBe(7049);
		// B13: no working group, so no fiche, and every item missing
		const b13 = json.measures.find((m: { id: string }) => m.id === 'b13');
		expect([b13.fiche, b13.delivered, b13.source.line]).toEqual([false, 0, 138]);
	});

	it('--fiches --format csv: a row per measure and item for Dutch Excel, with the lines and the gap the source names', () => {
		const { code, stdout } = simulate('--fiches', '--format', 'csv');
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\r\n');
		expect(lines[0]).toBe('\uFEFFCode;Maatregel;Tabel;Onderdeel;Status;Regels;Toelichting;Gat volgens de bron (regels);Gat volgens de bron');
		// the header, 22 measures × 11 items, then an empty line and the licence, as under every CSV
		expect(lines).toHaveLength(1 + 22 * 11 + 2);
		expect(lines.at(-2)).toBe('');
		expect(lines.at(-1)).toMatch(/^"Licentie: data CC BY 4\.0 \(/);
		expect(lines.find((l) => l.startsWith('B6;Tariefdifferentiatie;1;Tijdpad'))).toBe(
			'B6;Tariefdifferentiatie;1;Tijdpad: a doorlooptijd, b implementatie, c realisatie;ontbreekt;;;doc. 004, r. 4113–4114;Er is geen tijdpad, omdat de inzet nog niet is uitgewerkt.'
		);
	});

	it('--fiches prints the matrix, ✓ where the fiche delivers and – where it does not, with the items and their lines', () => {
		const { code, stdout } = simulate('--fiches');
		expect(code).toBe(0);
		const b6 = stdout.split('\n').find((l) => l.startsWith('B6 '))!;
		// B6 delivers only its nature and aims (aard, doelen): two of eleven
		expect(b6.split(/\s+/).slice(1)).toEqual(['ja', '✓', '✓', '–', '–', '–', '–', '–', '–', '–', '–', '–', '2', 'van', '11']);
		expect(stdout).toContain('tijdpad             Tijdpad: a doorlooptijd, b implementatie, c realisatie (doc. 004, r. 630, 638–639)');
	});
});

describe('npm run simulate', { timeout: 30_000 }, () => {
	it('--format json prints one JSON document with the Tabel 1 sums', () => {
		const { code, stdout } = simulate('--scenario', 'cvw-tabel-1', '--format', 'json');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.scenario).toBe('cvw-tabel-1');
		expect(json.unit).toBe('EUR mln');
		expect(json.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
		// the Tabel 1 cells summed by hand, with B23 2023 read as 112 (printed 132)
		expect(json.totals.net).toEqual([215, 375, 464, 571, 962, 1018, 1018]);
		const b17 = json.measures.find((m: { code: string }) => m.code === 'B17');
		expect(b17).toMatchObject({ table: 1, net: [0, 0, 0, 0, 300, 300, 300], pm: [true, true, true, true, false, false, false] });
		// B17's sourced invoeringskosten are in the result, shown and not counted: 295 / 4 + 5 / 5 = 74,75 in 2022
		expect(b17.costLines.map((l: { id: string; counted: boolean }) => [l.id, l.counted])).toEqual([
			['afbouw', false],
			['coordinatie', false],
			['alternatieven', false]
		]);
		expect(json.totals.outsideCosts).toEqual([74.75, 74.75, 74.75, 74.75, 1, 0, 0]);
		expect(json.totals.outsideCostsCounted).toEqual([0, 0, 0, 0, 0, 0, 0]);
		const b23 = json.measures.find((m: { code: string }) => m.code === 'B23');
		expect(b23.net[1]).toBe(112);
		expect(b23.source).toEqual({ document: '004', line: 685 });
		expect(b23.doubts).toEqual([
			expect.objectContaining({ year: 2023, printed: '132', readMln: 112, support: expect.arrayContaining([{ document: 'extern', entry: 'E2', line: 19 }]) })
		]);
		expect(json.target).toEqual(json.totals.net);
		expect(json.gap).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(json.warnings).toEqual([]);
	});

	it('--runs and --seed add the uncertainty and the tornado; the same seed prints identical JSON, another seed other JSON', () => {
		const a = simulate('--scenario', 'rijk', '--runs', '2000', '--seed', '5', '--format', 'json');
		const b = simulate('--scenario', 'rijk', '--runs', '2000', '--seed', '5', '--format', 'json');
		const c = simulate('--scenario', 'rijk', '--runs', '2000', '--seed', '6', '--format', 'json');
		expect(a.code).toBe(0);
		expect(b.stdout).toBe(a.stdout);
		expect(c.stdout).not.toBe(a.stdout);
		const json = JSON.parse(a.stdout);
		expect(json.uncertainty).toMatchObject({ runs: 2000, seed: 5 });
		for (const key of ['p5', 'p10', 'p50', 'p90', 'p95', 'mean', 'pTarget']) expect(json.uncertainty[key]).toHaveLength(7);
		// the deterministic figures stay as they are
		expect(json.totals.net[6]).toBe(1018 + 721);
		expect(json.tornado.metric).toEqual({ year: 2028, cumulative: false });
		expect(json.tornado.bars[0].swing).toBeGreaterThanOrEqual(json.tornado.bars.at(-1).swing);
	});

	it('--runs out of range is refused with a Dutch message', () => {
		const { code, stderr } = simulate('--runs', '50');
		expect(code).toBe(2);
		expect(stderr).toBe('Fout: --runs "50" moet een geheel getal van 1000 tot en met 100000 zijn\n');
	});

	it('as its own process, a bad value is one Dutch line on stderr, exit code 2, and nothing on stdout', () => {
		const { code, stdout, stderr } = spawned('--set', 'b17.kinderen=veel');
		expect([code, stdout]).toEqual([2, '']);
		expect(stderr).toBe('Fout: waarde voor b17.kinderen: “veel” is geen getal; schrijf bijvoorbeeld 10.000, 2,5 of 25 %\n');
	});

	it('through npm itself with -s, stdout holds only the JSON document', () => {
		const run = spawnSync('npm', ['run', '-s', 'simulate', '--', '--scenario', 'rijk', '--format', 'json'], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout).totals.net[6]).toBe(1018 + 721);
	});

	it('npm says its own errors: a script that does not exist is named on stderr (.npmrc does not silence npm)', () => {
		const run = spawnSync('npm', ['run', 'simulatie'], { encoding: 'utf8' });
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('Missing script: "simulatie"');
	});

	it('-h is --help, and the help names -h, --version, --open-data and npm run -s', () => {
		const short = simulate('-h');
		expect(short).toEqual(simulate('--help'));
		expect(short.code).toBe(0);
		for (const option of ['-h, --help', '--version', '--open-data', 'npm run -s simulate']) expect(short.stdout).toContain(option);
	});

	it('--version prints the version of package.json and the data version of the results', () => {
		const { version, name } = JSON.parse(readFileSync('package.json', 'utf8'));
		const { code, stdout } = simulate('--version');
		expect(code).toBe(0);
		const dataVersion = JSON.parse(simulate('--format', 'json').stdout).dataVersion;
		expect(dataVersion).toMatch(/^[0-9a-f]{8}$/);
		expect(stdout).toBe(`${name} ${version} · data ${dataVersion}\n`);
	});

	it('--format json holds the scenario itself: run again from that file, the same draws give the same JSON', () => {
		const first = JSON.parse(simulate('--scenario', 'werkgroepen', '--set', 'b17.kinderen=15.000', '--runs', '1000', '--seed', '9', '--format', 'json').stdout);
		expect(first.scenarioFile).toMatchObject({ schema: 3, id: 'werkgroepen', runs: 1000, seed: 9, dataVersion: first.dataVersion });
		expect(first.scenarioFile.assumptions['b17.kinderen']).toBe(15000);
		expect(first.licence).toMatchObject({ data: 'CC BY 4.0', code: 'MIT' });
		const file = scenarioFile('uit-de-uitkomst.json', first.scenarioFile);
		const again = JSON.parse(simulate('--scenario', file, '--runs', '1000', '--seed', '9', '--format', 'json').stdout);
		expect(again).toEqual(first);
		// without draws the file has no runs or seed, so it does not pretend to reproduce bands
		const plain = JSON.parse(simulate('--scenario', file, '--format', 'json').stdout);
		expect(plain.scenarioFile).not.toHaveProperty('runs');
		expect(plain).not.toHaveProperty('uncertainty');
	});

	it('--horizon 2035 holds the 2028 level and marks the extrapolated years', () => {
		const json = JSON.parse(simulate('--format', 'json', '--horizon', '2035').stdout);
		expect(json.years).toHaveLength(14);
		expect(json.extrapolated.filter(Boolean)).toHaveLength(7);
		expect(json.totals.net.slice(7)).toEqual(Array(7).fill(1018));
	});

	it('--format table prints an aligned Dutch table', () => {
		const { code, stdout } = simulate('--format', 'table');
		expect(code).toBe(0);
		const netto = stdout.split('\n').find((l) => l.trim().startsWith('Netto'))!;
		expect(netto.trim().split(/\s{2,}/)).toEqual(['Netto', '215', '375', '464', '571', '962', '1.018', '1.018']);
		expect(stdout).toContain('−47');
	});

	it('--format csv writes Dutch Excel CSV: BOM, semicolons, decimal comma', () => {
		const path = scenarioFile('half-b2.json', {
			schema: 1,
			id: 'half-b2',
			name: 'B2 gehalveerd',
			measures: ['b2'],
			overrides: { b2: { structuralMln: 100 } }
		});
		const { code, stdout } = simulate('--scenario', path, '--format', 'csv');
		expect(code).toBe(0);
		expect(stdout.split('\r\n')[0]).toBe(
			'\uFEFFCode;Maatregel;Tabel;Regel;Bron;2022 (€ mln);2023 (€ mln);2024 (€ mln);2025 (€ mln);2026 (€ mln);2027 (€ mln);2028 (€ mln);PM in (saldo zonder PM-bedrag)'
		);
		// 33 × 100/200 = 16,5 and 67 × 100/200 = 33,5
		expect(stdout).toContain('B2;Afbakening reikwijdte;1;netto;;16,5;33,5;66,5;100;100;100;100;');
		// the half that stays outside the Jeugdwet follows the saving: as much again, with a minus sign
		expect(stdout).toContain(
			'B2;Afbakening reikwijdte;1;kosten elders, niet in het netto: Kosten van de hulp die buiten de Jeugdwet valt en elders nog wordt betaald;doc. 004, r. 3571–3572;-16,5;-33,5;-66,5;-100;-100;-100;-100;'
		);
	});

	it('--csv plain writes commas and decimal points', () => {
		const { stdout } = simulate('--format', 'csv', '--csv', 'plain');
		expect(stdout.split('\r\n')[0]).toBe(
			'Code,Maatregel,Tabel,Regel,Bron,2022 (€ mln),2023 (€ mln),2024 (€ mln),2025 (€ mln),2026 (€ mln),2027 (€ mln),2028 (€ mln),PM in (saldo zonder PM-bedrag)'
		);
		expect(stdout).toContain(',Netto,,,,215,375,464,571,962,1018,1018,');
		// B17's costs outside the table, shown and not counted: 295 / 4 + 5 / 5 = 74,75 a year 2022–2025, then 1
		expect(stdout).toContain(',"Invoeringskosten buiten de tabel, niet meegeteld",,,,-74.75,-74.75,-74.75,-74.75,-1,0,0,');
	});

	it('--set b17.kinderen=10000 gives B17 10 000 × 25 % × € 60 000 = 150 a year from 2026', () => {
		const json = JSON.parse(simulate('--format', 'json', '--set', 'b17.kinderen=10000').stdout);
		expect(json.measures.find((m: { id: string }) => m.id === 'b17').net).toEqual([0, 0, 0, 0, 150, 150, 150]);
		expect(json.totals.net[6]).toBe(1018 - 150);
	});

	it('--set takes Dutch notation: b17.kinderen=10.000 is ten thousand, b17.succes=25% a quarter', () => {
		const json = JSON.parse(simulate('--format', 'json', '--set', 'b17.kinderen=10.000', '--set', 'b17.succes=25%').stdout);
		expect(json.totals.net[6]).toBe(1018 - 150);
	});

	it('--set is repeatable: € 34 000 per child gives 170, and with costs on they sum to 295 + 5 = 300', () => {
		const json = JSON.parse(simulate('--format', 'json', '--set', 'b17.besparingPerKind=34000', '--set', 'b17.kostenMee=1').stdout);
		const b17 = json.measures.find((m: { id: string }) => m.id === 'b17');
		expect(b17.savings.slice(4)).toEqual([170, 170, 170]);
		expect(b17.costs.reduce((s: number, c: number | null) => s + (c ?? 0), 0)).toBe(300);
	});

	it('--list-assumptions prints every assumption with default, unit, range and source', () => {
		const { code, stdout } = simulate('--list-assumptions');
		expect(code).toBe(0);
		const b17 = stdout.split('\n').find((l) => l.startsWith('b17.kinderen'))!;
		expect(b17.split(/\s{2,}/)).toEqual([
			'b17.kinderen',
			'20000',
			'kinderen',
			'1000 – 45000',
			'bron: doc. 004, r. 6905',
			'Kinderen in residentieel verblijf binnen bereik'
		]);
		expect(stdout).toMatch(/^b2\.wetswijziging\s+0\s+schakelaar\s+0 – 1\s+tabel: doc\. 004, r\. 671/m);
		expect(stdout).toMatch(/^b2\.budget\s+2000\s+mln\s+0 – 10000\s+gekalibreerd/m);
	});

	it.each([
		[['--set', 'b17.kinderen=50000'], /^Fout: b17.kinderen = 50000 ligt buiten het bereik 1000 tot en met 45000 \(kinderen\)/],
		[['--set', 'b99.iets=1'], /^Fout: onbekende aanname "b99.iets"; zie --list-assumptions/],
		[['--set', 'b17.kinderen=veel'], /^Fout: waarde voor b17.kinderen: “veel” is geen getal/],
		[['--set', 'b17.kinderen=1e4'], /^Fout: waarde voor b17.kinderen: “1e4” is geen getal/],
		[['--set', 'b17.kinderen'], /^Fout: --set "b17.kinderen" moet de vorm aanname=waarde hebben/],
		[['--scenario', 'onbekend'], /^Fout: onbekend: onbekend scenario; kies cvw-tabel-1, rijk, vng, werkgroepen, werkgroepen-illustratief/],
		[['--format', 'xml'], /^Fout: onbekend formaat "xml"/],
		[['--horizon', '2050'], /^Fout: horizon "2050" moet een jaar van 2028 tot en met 2035 zijn/],
		[['--bestaat-niet'], /^Fout: ongeldige optie/],
		[['--scenario', '/bestaat/niet.json'], /^Fout: niet.json: bestand niet te lezen/]
	])('%j fails with a one-line Dutch error and no stack trace', (args, message) => {
		const { code, stdout, stderr } = simulate(...args);
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it('--compare rijk,vng: the difference per year is minus the Tabel 2 sums, and the gap names each Tabel 2 measure', () => {
		// Tabel 2 by hand (004 L753–769): kwaliteitsagenda −25 −40 −40 −40 −35 −35 −15, behandelduur – 47 71 94 94 94 94,
		// voorliggend veld 155, leren – 66 131 262 262 262 262, accres 41, eigen bijdragen – 94 155 184 184 184 184
		const tabel2 = [
			-25 + 155 + 41,
			-40 + 47 + 155 + 66 + 41 + 94,
			-40 + 71 + 155 + 131 + 41 + 155,
			-40 + 94 + 155 + 262 + 41 + 184,
			-35 + 94 + 155 + 262 + 41 + 184,
			-35 + 94 + 155 + 262 + 41 + 184,
			-15 + 94 + 155 + 262 + 41 + 184
		];
		const { code, stdout } = simulate('--compare', 'rijk,vng', '--format', 'json');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.scenarios.map((s: { id: string }) => s.id)).toEqual(['rijk', 'vng']);
		expect(json.differences[0].net).toEqual(tabel2.map((x) => -x));
		expect(json.gaps[0]).toMatchObject({ from: 'rijk', to: 'vng', metric: { year: 2028, cumulative: false }, gapMln: -721 });
		expect(json.gaps[0].parts.map((p: { measure: string; mln: number }) => [p.measure, p.mln]).slice(0, 3)).toEqual([
			['leren-verbeteren', -262],
			['b20-b22', -184],
			['voorliggend-veld', -155]
		]);
	});

	it('--compare --format table prints the totals side by side and the gap steps, largest first', () => {
		const { code, stdout } = simulate('--compare', 'cvw-tabel-1,werkgroepen-illustratief');
		expect(code).toBe(0);
		const verschil = stdout.split('\n').find((l) => l.startsWith('Netto: verschil'))!;
		const cells = verschil
			.trim()
			.split(/\s{2,}/)
			.slice(2);
		// 2022: B2 waits for the law (−33), B15 starts in 2023 (−101), B6 at half (−6 × 0,5), B17's costs
		// counted (−295 / 4 − 5 / 5 = −74,75): −211,75, shown as −212 (no decimal above 100); 2028: 789 − 1.018
		expect(33 + 101 + 3 + 74.75).toBe(211.75);
		expect(cells[0]).toBe('−212');
		expect(cells[6]).toBe(`−${1018 - 789}`);
		expect(stdout).toMatch(/Kloof netto 2028: van Tabel 1 zoals gedrukt naar Werkgroepen, illustratief/);
		const steps = stdout.split('\n').filter((l) => l.startsWith('B17: Kinderen') || l.startsWith('B6: Deel'));
		expect(steps[0]).toMatch(/^B17: Kinderen.*20\.000\skinderen\s+10\.000\skinderen\s+−150\s+−150$/);
	});

	it('--compare --format csv writes both tables for Dutch Excel', () => {
		const { code, stdout } = simulate('--compare', 'vng,rijk', '--format', 'csv');
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\r\n');
		expect(lines[0]).toBe('\uFEFFRegel;Scenario;2022 (€ mln);2023 (€ mln);2024 (€ mln);2025 (€ mln);2026 (€ mln);2027 (€ mln);2028 (€ mln)');
		expect(lines).toContain('Netto: verschil;Rijk: Tabel 1 en Tabel 2 − VNG: alleen Tabel 1;171;363;513;696;701;701;721');
		expect(lines).toContain('Verschil Rijk: Tabel 1 en Tabel 2 − VNG: alleen Tabel 1;;;;721;');
	});

	it('--scenario reads a schema-2 file as the app exports it, with origin, data version, draws and seed', () => {
		const path = scenarioFile('eigen.json', {
			schema: 2,
			id: 'eigen-1',
			name: 'Rijk met minder kinderen',
			description: '',
			basedOn: 'rijk',
			dataVersion: 'oud',
			measures: ['b17', 'accres'],
			overrides: {},
			assumptions: { 'b17.kinderen': 10000 },
			notes: {},
			horizon: 2028,
			runs: 1000,
			seed: 4
		});
		const json = JSON.parse(simulate('--scenario', path, '--format', 'json').stdout);
		// B17 at 10 000 children: 150 from 2026; accres 41 every year
		expect(json.totals.net).toEqual([41, 41, 41, 41, 191, 191, 191]);
	});

	it.each([
		[['--compare', 'rijk'], /^Fout: --compare "rijk" moet 2 tot 4 scenario's noemen/],
		[['--compare', 'rijk,vng', '--jaar', '2040'], /^Fout: --jaar "2040" moet een jaar van 2022 tot en met 2028 zijn/],
		[['--compare', 'rijk,bestaat-niet'], /^Fout: bestaat-niet: onbekend scenario/]
	])('%j is refused with a Dutch message', (args, message) => {
		const { code, stderr } = simulate(...args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
	});

	it('a broken scenario file names the file and the field', () => {
		const path = scenarioFile('kapot.json', { schema: 1, id: 'x', name: 'x', measures: ['b17'], horizon: 'later' });
		const { code, stderr } = simulate('--scenario', path);
		expect(code).not.toBe(0);
		expect(stderr.trim()).toBe('Fout: kapot.json, horizon: moet een jaar van 2028 tot en met 2035 zijn "later"');
	});

	it('--aandeel 0.01: every figure is exactly 1 % of the national Tabel 1 figure, in euros', () => {
		const { code, stdout } = simulate('--aandeel', '0.01', '--format', 'json');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.unit).toBe('EUR');
		const [local] = json.gemeenten;
		const euros = (mln: number[]) => mln.map((x) => x * 10_000);
		const whole = (xs: number[]) => xs.map((x) => Math.round(x));
		// Tabel 1 (004 L657–695, B23 2023 read as 112): net the column sums; costs B3's −47 −47 −46 −44 −43 0 0.
		expect(whole(local.net)).toEqual(euros([215, 375, 464, 571, 962, 1018, 1018]));
		expect(whole(local.costs)).toEqual(euros([47, 47, 46, 44, 43, 0, 0]));
		expect(whole(local.savings)).toEqual(euros([262, 422, 510, 615, 1005, 1018, 1018]));
		expect(whole(local.cumulativeNet)).toEqual(euros([215, 590, 1054, 1625, 2587, 3605, 4623]));
		const national = JSON.parse(simulate('--format', 'json').stdout).totals;
		for (const key of ['savings', 'costs', 'net', 'cumulativeNet'] as const) {
			local[key].forEach((x: number, i: number) => expect(Math.abs(x - national[key][i] * 1e6 * 0.01)).toBeLessThan(1e-6));
		}
	});

	it('--gemeenten reads a StatLine download: the share of jeugdigen of the row Nederland, every gemeente per year', () => {
		const { code, stdout, stderr } = simulate('--gemeenten', 'tests/fixtures/statline-gemeenten.csv', '--format', 'csv', '--csv', 'plain');
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'Gemeente,Code,Sleutel,Aandeel (%),Jaar,Besparing (€),Invoeringskosten (€),Netto (€),Cumulatief netto (€),' +
				'Besparing per inwoner (€),Invoeringskosten per inwoner (€),Netto per inwoner (€),Besparing per jongere (€),Invoeringskosten per jongere (€),Netto per jongere (€)'
		);
		// Amsterdam: 150.225 of 3.450.000 jeugdigen; 2028 net 1018 mln × 150225 / 3450000 = € 44.327.348.
		const amsterdam2028 = lines.find((l) => l.startsWith('Amsterdam,') && l.includes(',2028,'))!.split(',');
		expect(Number(amsterdam2028[3])).toBeCloseTo((150_225 / 3_450_000) * 100, 6);
		expect(Number(amsterdam2028[7])).toBe(Math.round((1018e6 * 150_225) / 3_450_000));
		expect(Number(amsterdam2028[11])).toBeCloseTo((1018e6 * 150_225) / 3_450_000 / 872_757, 2);
		// 2028 has no costs in Tabel 1: besparing per jeugdige equals netto per jeugdige, 1018 mln / 3,45 mln = € 295,07.
		expect([amsterdam2028[12], amsterdam2028[13], amsterdam2028[14]]).toEqual(['295.07', '0', '295.07']);
		expect(lines.filter((l) => l.startsWith('Vlieland,'))).toHaveLength(7);
		// which header became which field is told on stderr, so the CSV stays clean
		expect(stderr).toBe(
			[
				'Kolom: "Regio\'s" → gemeentenaam',
				'Kolom: "Jongeren (0 tot 18 jaar) (aantal)" → jongeren (0 tot 18 jaar)',
				'Kolom: "Bevolking (aantal)" → inwoners',
				'Kolom: "Jeugdhulp; lasten (x 1 000 euro)" → jeugdhulpbudget (€) (× 1.000)',
				'Kolom: "Perioden" → niet gebruikt',
				'Kolom: "Jongeren met jeugdhulp (aantal)" → niet gebruikt',
				'Let op: De kolom “Jongeren (0 tot 18 jaar) (aantal)” telt 0 tot 18 jaar, de landelijke jongeren 0 tot 20 jaar: het aandeel klopt alleen als het landelijke aantal dezelfde leeftijden telt (een rij Nederland in het bestand, of zelf ingevuld).',
				'Niet meegenomen: regel 10: Schiermonnikoog heeft geen jeugdigen voor de sleutel jeugdigen',
				''
			].join('\n')
		);
	});

	it('--gemeenten with three broken rows prints the good rows and names the three', () => {
		const { code, stdout } = simulate('--gemeenten', 'tests/fixtures/drie-foute-regels.csv', '--sleutel', 'jeugdigen', '--set', 'landelijk.jeugdigen=3500000');
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		const rule = lines.findIndex((l) => l.startsWith('---'));
		const names = lines.slice(rule + 1, lines.indexOf('', rule)).map((l) => l.split(' ')[0]);
		expect(names).toEqual(['Alkmaar', 'Breda', 'Delft', 'Emmen', 'Goes']);
		// Goes: 7.500 of 3.500.000 jeugdigen; 2028 net 1018 mln × 7500 / 3,5 mln = € 2.181.429 → 2.181 thousand.
		expect(
			stdout
				.split('\n')
				.find((l) => l.startsWith('Goes'))!
				.trim()
				.split(/\s+/)
				.at(-1)
		).toBe('2.181');
		expect(stdout).toContain('regel 4: jeugdigen: "abc" is geen getal');
		expect(stdout).toContain('regel 6: geen gemeentenaam');
		expect(stdout).toContain('regel 8: verwacht 4 kolommen, gevonden 3');
	});

	// ../shared/data/cbs is outside the project: without it this test is skipped (see the README)
	it.runIf(existsSync(CBS_FILE))(
		'--gemeenten on the real CBS download 70072ned adds up the four youngest age groups, never takes households with children, and says what it used',
		() => {
			const { code, stdout, stderr } = simulate('--gemeenten', CBS_FILE, '--format', 'json');
			expect(code, stderr).toBe(0);
			const json = JSON.parse(stdout);
			const groups = ['Jonger dan 5 jaar', '5 tot 10 jaar', '10 tot 15 jaar', '15 tot 20 jaar'].map(
				(g) => `Bevolking/Bevolkingssamenstelling op 1 januari/Leeftijd/Leeftijdsgroepen/${g} (aantal)`
			);
			expect(json.columns).toEqual([
				{ field: 'jeugdigen', header: groups.join(' + '), factor: 1, ages: [0, 20] },
				{ field: 'naam', header: "Regio's", factor: 1 },
				{ field: 'inwoners', header: 'Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)', factor: 1 }
			]);
			expect(json.ignoredColumns).toContain('Bevolking/Particuliere huishoudens/Particuliere huishoudens/Meerpersoonshuishoudens met kinderen (aantal)');
			expect(json.notes.join(' ')).toMatch(/leeftijdsgroepen 0 tot 5 jaar, 5 tot 10 jaar, 10 tot 15 jaar, 15 tot 20 jaar zijn opgeteld/);
			// the 342 gemeenten of 2025, the former ones (every figure empty) passed over and said so
			expect(json.gemeenten).toHaveLength(342);
			expect(json.notes.join(' ')).toMatch(/386 regio’s zonder cijfers/);
			// Nederland: 858.425 + 893.434 + 946.675 + 1.020.947 jongeren, 18.044.027 inwoners
			expect(json.national.jeugdigen).toBe(858_425 + 893_434 + 946_675 + 1_020_947);
			expect(json.national.inwoners).toBe(18_044_027);
			// Amsterdam: 42.787 + 38.809 + 39.207 + 45.406 = 166.209 of 3.719.481
			expect(json.gemeenten.find((g: { naam: string }) => g.naam === 'Amsterdam').share).toBeCloseTo(166_209 / 3_719_481, 12);
		}
	);

	it.runIf(existsSync('/dev/full'))('a full disk is one Dutch line on stderr and exit 1, not a stack trace', () => {
		const out = openSync('/dev/full', 'w');
		const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--scenario', 'rijk'], {
			encoding: 'utf8',
			stdio: ['ignore', out, 'pipe']
		});
		closeSync(out);
		expect(child.status).toBe(1);
		expect(child.stderr).toBe('Fout: de uitvoer kon niet worden geschreven (ENOSPC); is de schijf vol?\n');
	});

	it('--set refuses half a year and half a switch, as a scenario file does: 2026,5 is no year, 0,5 no switch', () => {
		expect(simulate('--set', 'b17.startjaar=2026,5').stderr).toBe('Fout: b17.startjaar = 2026,5 moet een heel getal zijn (jaar)\n');
		expect(simulate('--set', 'b17.kostenMee=0,5').stderr).toBe('Fout: b17.kostenMee = 0,5 moet een heel getal zijn (schakelaar)\n');
		const file = scenarioFile('half.json', { schema: 3, id: 'h', name: 'H', measures: ['b17'], assumptions: { 'b17.startjaar': 2026.5 } });
		const read = simulate('--scenario', file);
		expect(read.code).toBe(2);
		expect(read.stderr).toMatch(/assumptions\.b17\.startjaar: moet een heel getal zijn \(jaar\)/);
		expect(simulate('--set', 'b17.startjaar=2027', '--set', 'b17.kostenMee=1').code).toBe(0);
	});

	it.runIf(existsSync('/dev/zero'))('a file that never ends (/dev/zero) is refused once it passes the limit, naming the file', () => {
		const zero = join(tmp, 'nul.json');
		symlinkSync('/dev/zero', zero);
		expect(simulate('--gemeenten', '/dev/zero').stderr).toBe('Fout: zero: het bestand is groter dan 20 MB en wordt niet gelezen\n');
		expect(simulate('--scenario', zero).stderr).toBe('Fout: nul.json: het bestand is groter dan 2 MB en wordt niet gelezen\n');
	});

	it('--horizon takes four digits only: "0x7ef", "2.03e3" and " 2030" are refused, 2030 works', () => {
		for (const text of ['0x7ef', '2.03e3', ' 2030', '2030.0']) {
			const { code, stderr } = simulate('--scenario', 'rijk', '--horizon', text);
			expect(code, text).toBe(2);
			expect(stderr).toBe(`Fout: horizon "${text}" moet een jaar van 2028 tot en met 2035 zijn\n`);
		}
		expect(simulate('--scenario', 'rijk', '--horizon', '2030').code).toBe(0);
	});

	it('a name from a file reaches the terminal without its control characters (no escape sequence clears the screen)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ansi-'));
		const file = join(dir, 'ansi.json');
		writeFileSync(
			file,
			JSON.stringify({
				schema: 3,
				id: 'x',
				name: 'X\u001b[2J\u0007',
				description: '',
				measures: ['b17'],
				overrides: {},
				assumptions: {},
				notes: {},
				horizon: 2028
			})
		);
		const { code, stdout } = simulate('--scenario', file);
		expect(code).toBe(0);
		// eslint-disable-next-line no-control-regex
		expect(stdout).not.toMatch(/[\u001b\u0007]/);
		expect(stdout.split('\n')[0]).toMatch(/^X\?\[2J\? \(x\)/);
		// JSON keeps the name, escaped
		expect(JSON.parse(simulate('--scenario', file, '--format', 'json').stdout).name).toBe('X\u001b[2J\u0007');
	});

	it('--gemeente GM0363 is Amsterdam from the bundled CBS table: 934.526 inwoners, 166.209 of 3.719.481 jongeren (4,47 %)', () => {
		const { code, stdout, stderr } = simulate('--scenario', 'rijk', '--gemeente', 'GM0363', '--format', 'json');
		expect(code, stderr).toBe(0);
		const json = JSON.parse(stdout);
		const amsterdam = json.gemeenten[0];
		expect([amsterdam.naam, amsterdam.code, amsterdam.inwoners, amsterdam.jongeren]).toEqual(['Amsterdam', 'GM0363', 934_526, 166_209]);
		expect(amsterdam.share).toBeCloseTo(0.0447, 4);
		// Rijk 2028: Tabel 1 1.018 + Tabel 2 721 = 1.739 mln, times Amsterdam's share
		expect(amsterdam.net[6]).toBeCloseTo((1739e6 * 166_209) / 3_719_481, 0);
		expect(json.gemeenteFrom).toMatch(/70072ned/);
		expect(json.keyAges).toBe('jongeren 0 tot 20 jaar (0–19)');
	});

	it('--gemeente finds a name as CBS writes it, without accents, or with the suffix; an unknown one is one Dutch line and exit 2', () => {
		for (const name of ['Súdwest-Fryslân', 'sudwest-fryslan', 'SÚDWEST-FRYSLÂN']) {
			const { code, stdout } = simulate('--gemeente', name, '--format', 'json');
			expect(code).toBe(0);
			expect(JSON.parse(stdout).gemeenten[0].code).toBe('GM1900');
		}
		expect(JSON.parse(simulate('--gemeente', "'s-Gravenhage (gemeente)", '--format', 'json').stdout).gemeenten[0].code).toBe('GM0518');
		const unknown = simulate('--gemeente', 'Atlantis');
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toBe('Fout: onbekende gemeente "Atlantis"; geef een CBS-code (GM0363) of de naam zoals CBS hem schrijft\n');
		expect(simulate('--gemeente', 'Ede', '--aandeel', '0.1').stderr).toMatch(/kies één van --gemeenten, --gemeente en --aandeel/);
	});

	it('--aandeel and --gemeenten refuse bad values in Dutch', () => {
		expect(simulate('--aandeel', '2').stderr).toBe('Fout: --aandeel "2" moet een getal groter dan 0 en hoogstens 1 zijn (0.01 is 1 %)\n');
		expect(simulate('--gemeenten', 'tests/fixtures/niet-er.csv').stderr).toBe('Fout: niet-er.csv: bestand niet te lezen\n');
		expect(simulate('--aandeel', '0.1', '--gemeenten', 'x.csv').code).toBe(2);
		expect(simulate('--gemeenten', 'tests/fixtures/drie-foute-regels.csv', '--sleutel', 'inwoners').stderr).toMatch(/onbekende sleutel "inwoners"/);
	});
});

describe('npm run simulate: sets of uncertainty and own distributions', { timeout: 30_000 }, () => {
	const json = (...args: string[]) => {
		const { code, stdout, stderr } = simulate(...args, '--format', 'json');
		expect(code, stderr).toBe(0);
		return JSON.parse(stdout);
	};

	it('--onzekerheid chooses the set: "tabel" is the default and keeps Tabel 1 in the middle, "werkgroepen" lies below it', () => {
		const byDefault = json('--runs', '4000', '--seed', '2');
		const tabel = json('--runs', '4000', '--seed', '2', '--onzekerheid', 'tabel');
		const werkgroepen = json('--runs', '4000', '--seed', '2', '--onzekerheid', 'werkgroepen');
		expect(byDefault.uncertainty).toEqual(tabel.uncertainty);
		expect(tabel.uncertainty.set).toEqual({ id: 'tabel', name: 'Zoals de tabel' });
		expect(werkgroepen.uncertainty.set).toEqual({ id: 'werkgroepen', name: 'Met de twijfels van de werkgroepen' });
		// 2028: the printed net 1.018 lies within the band of the table's own ranges, above the median of the doubts
		expect(tabel.uncertainty.p5[6]).toBeLessThan(1018);
		expect(tabel.uncertainty.p95[6]).toBeGreaterThan(1018);
		expect(werkgroepen.uncertainty.p50[6]).toBeLessThan(1018);
		expect(werkgroepen.uncertainty.inputs.find((i: { id: string }) => i.id === 'b2.wetswijziging')).toMatchObject({ spec: 'keuze:0@0,5:1@0,5', tempo: true });
	});

	it('--verdeling in Dutch notation gives the same bands as a scenario file with that distribution', () => {
		const tabel1 = JSON.parse(readFileSync('data/scenarios/cvw-tabel-1.json', 'utf8'));
		const file = scenarioFile('eigen-verdeling.json', {
			...tabel1,
			schema: 3,
			uncertaintySet: 'werkgroepen',
			distributions: { 'b17.kinderen': { kind: 'driehoek', min: 10000, modus: 15000, max: 20000 }, 'b2.schaal': null }
		});
		const fromFile = json('--scenario', file, '--runs', '3000', '--seed', '4');
		const fromFlags = json(
			'--runs',
			'3000',
			'--seed',
			'4',
			'--onzekerheid',
			'werkgroepen',
			'--verdeling',
			'b17.kinderen=driehoek:10.000:15.000:20.000',
			'--verdeling',
			'b2.schaal=uit'
		);
		expect(fromFlags.uncertainty).toEqual(fromFile.uncertainty);
		expect(fromFlags.uncertainty.inputs.find((i: { id: string }) => i.id === 'b17.kinderen')).toMatchObject({
			status: 'scenario',
			spec: 'driehoek:10000:15000:20000'
		});
		expect(fromFlags.uncertainty.inputs.map((i: { id: string }) => i.id)).not.toContain('b2.schaal');
	});

	it.each([
		[['--runs', '1000', '--verdeling', 'b17.kinderen=driehoek:3:1:2'], 'Fout: --verdeling b17.kinderen: min ≤ modus ≤ max is vereist\n'],
		[['--runs', '1000', '--verdeling', 'b17.kinderen=uniform:0:20.000'], 'Fout: --verdeling b17.kinderen: valt buiten het bereik 1000 – 45000 (kinderen)\n'],
		[
			['--runs', '1000', '--verdeling', 'b17.kinderen=driehoek:tien:15.000:20.000'],
			'Fout: --verdeling b17.kinderen: min: “tien” is geen getal; schrijf bijvoorbeeld 10.000, 2,5 of 25 %\n'
		],
		[['--runs', '1000', '--verdeling', 'b2.verschuiving=keuze:0@0,5:9@0,5'], 'Fout: --verdeling b2.verschuiving: valt buiten het bereik 0 – 7 (jaren)\n'],
		[['--runs', '1000', '--verdeling', 'b2.schaal=uniform:-1:1'], 'Fout: --verdeling b2.schaal: valt buiten het bereik 0 – 10 (factor)\n'],
		// "1.250" is twelve hundred and fifty in Dutch notation: far beyond a factor, so refused, not read as 1,25
		[['--runs', '1000', '--verdeling', 'b3.kosten=driehoek:1:1.250:1.500'], 'Fout: --verdeling b3.kosten: valt buiten het bereik 0 – 10 (factor)\n'],
		[
			['--runs', '1000', '--verdeling', 'b99.schaal=uit'],
			'Fout: --verdeling: "b99.schaal" is geen invoer van Tabel 1 zoals gedrukt; zie --list-assumptions, of maatregel.schaal, .verschuiving, .kosten\n'
		],
		[
			['--runs', '1000', '--verdeling', 'b17.kinderen'],
			'Fout: --verdeling "b17.kinderen" moet de vorm invoer=verdeling hebben, bijv. b17.kinderen=driehoek:10.000:15.000:20.000\n'
		],
		[['--verdeling', 'b17.kinderen=uit'], 'Fout: --onzekerheid en --verdeling gelden voor de Monte Carlo; geef ook --runs, bijv. --runs 10000\n'],
		[['--runs', '1000', '--onzekerheid', 'vng'], 'Fout: onbekende set van onzekerheid "vng"; kies tabel of werkgroepen\n'],
		[
			['--compare', 'rijk,vng', '--runs', '1000', '--verdeling', 'b17.kinderen=uit'],
			'Fout: --verdeling werkt niet samen met --compare; zet de verdelingen in een scenariobestand\n'
		]
	])('refuses %j with one Dutch line and exit code 2', (args, message) => {
		const { code, stdout, stderr } = simulate(...args);
		expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
	});

	it('an older scenario file run with --runs says on stderr that its bands come from the new default set', () => {
		const tabel1 = JSON.parse(readFileSync('data/scenarios/cvw-tabel-1.json', 'utf8'));
		const file = scenarioFile('oud.json', { ...tabel1, id: 'oud', schema: 2, runs: 10000, seed: 1 });
		const { code, stderr } = simulate('--scenario', file, '--runs', '1000');
		expect(code).toBe(0);
		expect(stderr).toContain('Let op: Dit bestand is gemaakt vóór de sets van onzekerheid');
		expect(simulate('--scenario', file).stderr).not.toContain('sets van onzekerheid');
	});

	it('--compare takes the set for every scenario', () => {
		const { code, stdout } = simulate('--compare', 'rijk,vng', '--runs', '1000', '--onzekerheid', 'werkgroepen', '--format', 'json');
		expect(code).toBe(0);
		const other = JSON.parse(simulate('--compare', 'rijk,vng', '--runs', '1000', '--format', 'json').stdout);
		expect(JSON.parse(stdout).uncertainty[0].pAboveFirst).not.toEqual(other.uncertainty[0].pAboveFirst);
	});
});

describe('npm run simulate: targets after the Commissie van Wijzen', { timeout: 30_000 }, () => {
	it('--list-doelen --format json lists the targets in order of date, each with its outside sources and their addresses', () => {
		const { code, stdout } = simulate('--list-doelen', '--format', 'json');
		expect(code).toBe(0);
		const targets = JSON.parse(stdout) as { id: string; sources: { entry?: string; address?: string | null; kind?: string }[] }[];
		expect(targets.map((t) => t.id)).toEqual(['cvw-tabel-1', 'ha-2023', 'ha-2023-511', 'groeipijn', 'vjn-2025']);
		for (const t of targets) expect(t.sources.filter((s) => s.entry).length, t.id).toBeGreaterThan(0);
		const ha = targets.find((t) => t.id === 'ha-2023')!;
		expect(ha.sources.find((s) => s.entry === 'E9')).toMatchObject({ kind: 'primair', address: expect.stringMatching(/^https:\/\/www\.tweedekamer\.nl\//) });
		expect(ha.sources.find((s) => s.entry === 'E10')).toMatchObject({ kind: 'secundair' });
	});

	it('--doel ha-2023: 2024 = 2025 = 374 (the printed 463 − 89 and 570 − 196), about 1.000 from 2026, the gap the target minus net', () => {
		const { code, stdout } = simulate('--scenario', 'cvw-tabel-1', '--doel', 'ha-2023', '--format', 'json');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.targetId).toBe('ha-2023');
		expect(json.targetName).toBe('Doel HA 2023');
		// E9/E10: the softened ingroeipad takes 89 off the printed 2024 total and 196 off 2025's
		expect(json.target).toEqual([214, 374, 463 - 89, 570 - 196, 1000, 1000, 1000]);
		json.years.forEach((_: number, i: number) => expect(json.gap[i]).toBeCloseTo(json.target[i] - json.totals.net[i], 9));
		// Tabel 1's net is above the frozen path in 2024 and 2025, and 38 short of 1.000 in 2026
		expect(json.gap.slice(2, 5)).toEqual([374 - 464, 374 - 571, 1000 - 962]);
		expect(json.targetSources.map((s: { entry?: string }) => s.entry)).toEqual(['E11', 'E9', 'E10', 'E11']);
	});

	it('--doel groeipijn has no amount from 2026: the gap there is null, and the chance too', () => {
		const json = JSON.parse(simulate('--doel', 'groeipijn', '--runs', '1000', '--format', 'json').stdout);
		expect(json.targetStatus).toEqual(['bedrag', 'bedrag', 'bedrag', 'bedrag', 'onbekend', 'onbekend', 'pm']);
		expect(json.gap.slice(4)).toEqual([null, null, null]);
		expect(json.uncertainty.pTarget.slice(4)).toEqual([null, null, null]);
	});

	it('an unknown target is one Dutch line', () => {
		expect(simulate('--doel', 'vng-2030')).toEqual({
			code: 2,
			stdout: '',
			stderr: 'Fout: onbekend doel "vng-2030"; kies cvw-tabel-1, ha-2023, ha-2023-511, groeipijn, vjn-2025 (zie --list-doelen)\n'
		});
	});
});
