import { describe, expect, it } from 'vitest';
import { readDataset, readFiches } from '../../cli/projectData';
import { timeline, timelineTable } from './timeline';

const dataset = readDataset();
const table = timelineTable(timeline(dataset, readFiches(dataset)));
const names = table.rows.map((row) => row[0]);

describe('timelineTable', () => {
	it('names a measure by code and name, or by its name alone where it has no code (never the name twice)', () => {
		expect(names).toContain('B6: Tariefdifferentiatie');
		const uncoded = dataset.measures.filter((m) => !m.code).map((m) => m.name);
		expect(uncoded.length).toBeGreaterThan(0);
		for (const name of uncoded) expect(names).toContain(name);
		expect(names.filter((n) => typeof n === 'string' && /^(.+): \1$/.test(n))).toEqual([]);
	});
});
