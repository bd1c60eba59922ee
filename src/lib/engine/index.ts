/**
 * The simulator's engine: pure functions over validated data. No DOM, no files, no randomness
 * of its own. Money is € mln, nominal; positive is a saving, negative a cost.
 */
export * from './types';
export { TABLE_YEARS, FIRST_YEAR, LAST_TABLE_YEAR, MAX_HORIZON, yearsUntil } from './years';
export { rampFraction, rampUp } from './rampUp';
export { measureSeries, printedAmount, structuralAmount } from './measureSeries';
export { splitNet, type SplitAmount } from './splitNet';
export { richtbedrag } from './richtbedrag';
export { simulate } from './simulate';
export { explainYear, type Contribution, type YearExplanation } from './explainYear';
export { compileFormula, FormulaError, FORMULA_FUNCTIONS } from './formula';
export { assumptionValues, measureScope } from './assumptionValues';
export { mechanismOverride, costLinePerYear } from './applyMechanism';
