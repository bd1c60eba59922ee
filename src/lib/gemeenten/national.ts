import type { Dataset, Gemeente, NationalTotals } from '../engine';

/** The ids in data/lokaal.csv of the national totals, by field. */
export const NATIONAL_IDS = { jeugdigen: 'landelijk.jeugdigen', inwoners: 'landelijk.inwoners', budgetMln: 'landelijk.jeugdhulpbudget' } as const;

/** The national totals: the values the user set, else the defaults of data/lokaal.csv. */
export function nationalTotals(dataset: Dataset, values: Readonly<Record<string, number>> = {}): NationalTotals {
	const value = (id: string) => values[id] ?? dataset.local.find((a) => a.id === id)!.defaultValue;
	return { jeugdigen: value(NATIONAL_IDS.jeugdigen), inwoners: value(NATIONAL_IDS.inwoners), budgetMln: value(NATIONAL_IDS.budgetMln) };
}

/** The national totals a StatLine row "Nederland" gives, as values for nationalTotals (only those it has). */
export function valuesFromNederland(nederland: Gemeente): Record<string, number> {
	const values: Record<string, number> = {};
	if (nederland.jeugdigen) values[NATIONAL_IDS.jeugdigen] = nederland.jeugdigen;
	if (nederland.inwoners) values[NATIONAL_IDS.inwoners] = nederland.inwoners;
	if (nederland.budgetEuro) values[NATIONAL_IDS.budgetMln] = nederland.budgetEuro / 1e6;
	return values;
}
