import { yearlyGrowth, type Dataset, type Gemeente, type LocalTeamsLever, type ShareKey } from '../engine';
import { NATIONAL_IDS } from './national';

/** Everything the local view shows besides the scenario: the gemeente, the key, national totals set by the user, the lever. */
export interface GemeenteView {
	gemeente: Gemeente;
	key: ShareKey;
	/** National totals the user set, by id in data/lokaal.csv; the rest are the defaults. */
	national: Record<string, number>;
	lever: LocalTeamsLever;
}

/** The view a first visit shows: an example gemeente of 1 % of the jongeren and inwoners, no extra investment. */
export function defaultView(dataset: Dataset): GemeenteView {
	const value = (id: string) => dataset.local.find((a) => a.id === id)!.defaultValue;
	const growth = Math.round(yearlyGrowth(value('cpb.groeiWeinigWijkteam'), value('cpb.jaren')) * 1000) / 1000;
	return {
		gemeente: {
			naam: 'Voorbeeldgemeente',
			code: null,
			// whole people: 1 % of 3.719.481 jongeren is 37.195
			jeugdigen: Math.round(value(NATIONAL_IDS.jeugdigen) / 100),
			inwoners: Math.round(value(NATIONAL_IDS.inwoners) / 100),
			budgetEuro: null,
			aandeel: null
		},
		key: 'jeugdigen',
		national: {},
		lever: { investeringEuro: 0, vanaf: 2025, vertraging: 1, basisEuro: 0, groeiZonder: growth, groeiMet: growth }
	};
}
