import { describe, expect, it } from 'vitest';
import { timetableCurve } from './timetableCurve';
import type { Timetable, TimetablePhase } from './types';

const phase = (id: TimetablePhase['phase'], status: TimetablePhase['status'], from: number | null = null, until: number | null = null): TimetablePhase => ({
	phase: id,
	status,
	from,
	until,
	source: status === 'ontbreekt' ? null : { document: '004', line: 1 }
});
const table = (a: TimetablePhase, b: TimetablePhase, c: TimetablePhase): Timetable => ({ measure: 'x', phases: [a, b, c] });

describe('timetableCurve', () => {
	it.each([
		// B19 as its fiche gives it: agreements in 2022, the payment title from 2023, nothing on realisation
		[
			'b from 2023, no c: full from 2023',
			table(phase('a', 'jaren', 2022, 2022), phase('b', 'jaren', 2023), phase('c', 'ontbreekt')),
			{ kind: 'step', start: 2023 }
		],
		[
			'b 2024–2025, c from 2026: equal steps from 2024 to full in 2026',
			table(phase('a', 'ontbreekt'), phase('b', 'jaren', 2024, 2025), phase('c', 'jaren', 2026)),
			{ kind: 'linear', start: 2024, full: 2026 }
		],
		[
			'a year we placed (afgeleid) counts like a year the fiche gives',
			table(phase('a', 'ontbreekt'), phase('b', 'afgeleid', 2026, 2027), phase('c', 'afgeleid', 2028)),
			{ kind: 'linear', start: 2026, full: 2028 }
		],
		['only c: full from c', table(phase('a', 'ontbreekt'), phase('b', 'zonder-jaren'), phase('c', 'jaren', 2027)), { kind: 'step', start: 2027 }],
		[
			'b and c in the same year: full from then',
			table(phase('a', 'ontbreekt'), phase('b', 'jaren', 2025, 2025), phase('c', 'jaren', 2025)),
			{ kind: 'step', start: 2025 }
		]
	])('timetableCurve(%s)', (_, timetable, curve) => {
		expect(timetableCurve(timetable)).toEqual(curve);
	});

	it('timetableCurve gives no ramp where only the lead time has years, where phases have no years, or without a timetable', () => {
		// B2: the law change placed in 2022–2025, nothing on b and c
		expect(timetableCurve(table(phase('a', 'afgeleid', 2022, 2025), phase('b', 'ontbreekt'), phase('c', 'ontbreekt')))).toBeNull();
		expect(timetableCurve(table(phase('a', 'zonder-jaren'), phase('b', 'zonder-jaren'), phase('c', 'zonder-jaren')))).toBeNull();
		expect(timetableCurve(undefined)).toBeNull();
	});
});
