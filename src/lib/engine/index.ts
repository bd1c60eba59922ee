/**
 * The simulator's engine: pure functions over validated data. No DOM, no files, no randomness
 * of its own. Money is € mln in constant prices; savings and invoeringskosten are kept apart.
 */
export * from './types';
export { TABLE_YEARS, FIRST_YEAR, LAST_TABLE_YEAR, MAX_HORIZON, yearsUntil } from './years';
export { printedAmount, structuralAmount } from './printedAmount';
export { tabel1Target, targetSeries, DEFAULT_TARGET } from './target';
export { simulate, resultFor } from './simulate';
export { assumptionValueProblem, compileModel, MEASURE_INPUTS, MEASURE_INPUT_RANGES, type Model, type ModelInput } from './model';
export { hasInvoeringskosten, overrideProblem, type MeasurePlan, type OverrideProblem } from './measurePlan';
export { roundHalfAway } from './round';
export { timetableCurve, TIMETABLE_PHASES } from './timetableCurve';
export { explainYear, type Contribution, type YearExplanation } from './explainYear';
export { compileFormula, FormulaError, type FormulaNode, type FormulaParser } from './formula';
export { assumptionValues, measureScope } from './assumptionValues';
export { distributionProblem, rangeProblem, mean, describeDistribution, DISTRIBUTION_KINDS, type Distribution, type DistributionKind } from './distributions';
export { drawnQuantile, quantile, sampler, pertTable, type PertTables } from './inverse';
export { uniformStream, fnv1a } from './random';
export {
	monteCarlo,
	compareMonteCarlo,
	drawTotals,
	uncertainInputs,
	uncertaintySetOf,
	histogramOf,
	toInputValue,
	TEMPO_ID,
	mixTempo,
	MIN_RUNS,
	MAX_RUNS,
	type Band,
	type MonteCarloOptions,
	type NetHistogram,
	type UncertaintyResult,
	type UncertainModelInput,
	type MonteCarloDifference
} from './monteCarlo';
export { MonteCarloWorkspace } from './workspace';
export { gapWaterfall, applyStep, type GapMetric, type GapStep, type GapPart, type GapWaterfall } from './gapWaterfall';
export { quantilesOf, meanOf } from './quantiles';
export { tornado, type Tornado, type TornadoBar, type TornadoMetric, type TornadoPull } from './tornado';
export {
	localImpact,
	shareOf,
	SHARE_KEYS,
	type Gemeente,
	type LocalImpact,
	type LocalSeries,
	type NationalTotals,
	type Share,
	type ShareKey
} from './localImpact';
export { localTeams, yearlyGrowth, type LocalTeamsLever, type LocalTeamsResult } from './localTeams';
export { bookedSaving, moneyFlows, localShortfall, GEMEENTEN_SHARE, type MoneyFlows, type ShortfallRule } from './moneyFlows';
