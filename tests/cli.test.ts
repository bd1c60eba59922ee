import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function simulate(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], { encoding: 'utf8' });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'simulate-'));
function scenarioFile(name: string, content: unknown): string {
	const path = join(tmp, name);
	writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}

describe('npm run simulate', { timeout: 30_000 }, () => {
	it('--format json prints one JSON document with the Tabel 1 sums', () => {
		const { code, stdout } = simulate('--scenario', 'cvw-tabel-1', '--format', 'json');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.scenario).toBe('cvw-tabel-1');
		expect(json.unit).toBe('EUR mln');
		expect(json.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
		expect(json.totals.net).toEqual([215, 395, 464, 571, 962, 1018, 1018]);
		const b17 = json.measures.find((m: { code: string }) => m.code === 'B17');
		expect(b17).toMatchObject({ table: 1, net: [null, null, null, null, 300, 300, 300], pm: [true, true, true, true, false, false, false] });
		expect(json.target).toEqual(json.totals.net);
		expect(json.gap).toEqual([0, 0, 0, 0, 0, 0, 0]);
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

	it('through npm itself, stdout holds only the JSON document', () => {
		const run = spawnSync('npm', ['run', 'simulate', '--', '--scenario', 'rijk', '--format', 'json'], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout).totals.net[6]).toBe(1018 + 721);
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
		expect(netto.trim().split(/\s{2,}/)).toEqual(['Netto', '215', '395', '464', '571', '962', '1.018', '1.018']);
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
		expect(stdout.split('\r\n')[0]).toBe('\uFEFFCode;Maatregel;Tabel;2022;2023;2024;2025;2026;2027;2028');
		// 33 × 100/200 = 16,5 and 67 × 100/200 = 33,5
		expect(stdout).toContain('B2;Afbakening reikwijdte;1;16,5;33,5;66,5;100;100;100;100');
	});

	it('--csv plain writes commas and decimal points', () => {
		const { stdout } = simulate('--format', 'csv', '--csv', 'plain');
		expect(stdout.split('\r\n')[0]).toBe('Code,Maatregel,Tabel,2022,2023,2024,2025,2026,2027,2028');
		expect(stdout).toContain(',Netto,,215,395,464,571,962,1018,1018');
	});

	it('--set b17.kinderen=10000 gives B17 10 000 × 25 % × € 60 000 = 150 a year from 2026', () => {
		const json = JSON.parse(simulate('--format', 'json', '--set', 'b17.kinderen=10000').stdout);
		expect(json.measures.find((m: { id: string }) => m.id === 'b17').net).toEqual([null, null, null, null, 150, 150, 150]);
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
		expect(b17.split(/\s{2,}/)).toEqual(['b17.kinderen', '20000', 'kinderen', '1000 – 45000', 'doc. 004 r. 6905', 'Kinderen in residentieel verblijf binnen bereik']);
		expect(stdout).toMatch(/^b2\.budget\s+2000\s+mln\s+0 – 10000\s+gekalibreerd/m);
	});

	it.each([
		[['--set', 'b17.kinderen=50000'], /^Fout: b17.kinderen = 50000 ligt buiten het bereik 1000 tot en met 45000 \(kinderen\)/],
		[['--set', 'b99.iets=1'], /^Fout: onbekende aanname "b99.iets"; zie --list-assumptions/],
		[['--set', 'b17.kinderen=veel'], /^Fout: waarde voor b17.kinderen is geen getal: "veel"/],
		[['--set', 'b17.kinderen'], /^Fout: --set "b17.kinderen" moet de vorm aanname=waarde hebben/],
		[['--scenario', 'onbekend'], /^Fout: onbekend: onbekend scenario; kies cvw-tabel-1, rijk, werkgroepen/],
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

	it('a broken scenario file names the file and the field', () => {
		const path = scenarioFile('kapot.json', { schema: 1, id: 'x', name: 'x', measures: ['b17'], horizon: 'later' });
		const { code, stderr } = simulate('--scenario', path);
		expect(code).not.toBe(0);
		expect(stderr.trim()).toBe('Fout: kapot.json, horizon: moet een jaar van 2028 tot en met 2035 zijn "later"');
	});
});
