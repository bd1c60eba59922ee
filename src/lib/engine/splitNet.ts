import { PM, type Bedrag } from './types';

/** A net amount split into its besparing and invoeringskosten part (both ≥ 0, € mln). */
export interface SplitAmount {
	savings: number | null;
	costs: number | null;
}

/**
 * Split a net table amount into besparing (the positive part) and invoeringskosten (the
 * negative part, as a positive number). PM stays unknown on both sides.
 *
 * @example splitNet(-47) // { savings: 0, costs: 47 }
 */
export function splitNet(amount: Bedrag): SplitAmount {
	if (amount === PM) return { savings: null, costs: null };
	return { savings: amount > 0 ? amount : 0, costs: amount < 0 ? -amount : 0 };
}
