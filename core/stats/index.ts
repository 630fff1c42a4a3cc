/**
 * Survey statistics of the barometer: the numbers of R's `survey` package for a stratified one-stage
 * design with finite population correction (test/fixtures/oracle/README.md), without R. Pure
 * TypeScript: no Directus, no Node built-ins; inputs are plain numbers (another module evaluates the
 * indicators' expressions into one value per interview) and are never modified.
 *
 * Usage:
 *   const design = buildDesign(interviews.map((i) => ({ stratum: i.establishment })), populations);
 *   const overall = estimateProportion(design, values);              // values: (0 | 1 | null)[]
 *   for (const [sex, domain] of domainsBy(sexes)) estimateProportion(design, values, domain);
 *   const score = barometerScore(design, scoreIndicators);
 *   const decisions = disclosureControl(cells);                      // then applyDisclosure(result, decision)
 *   const trend = estimateChange(previous, current);
 *
 * One value per interview, in the order of the units given to `buildDesign`; null means the interview
 * is outside the estimate's denominator. A design is built once per wave and reused; a domain costs
 * O(its units + strata), so a breakdown built with `domainsBy` costs one pass over the sample.
 */

export { buildDesign, type Design, type DesignUnit } from './design.ts';
export { domainOf, domainsBy, type Domain } from './domain.ts';
export type { Estimate, EstimateOptions } from './estimate.ts';
export { estimateProportion } from './proportion.ts';
export { estimateMean } from './mean.ts';
export { estimateWeightedProportion } from './weighted-proportion.ts';
export { barometerScore, type BarometerScore, type ScoreEntry, type ScoreIndicator } from './barometer-score.ts';
export {
  applyDisclosure,
  DEFAULT_DISCLOSURE_THRESHOLD,
  disclosureControl,
  type DisclosureCell,
  type DisclosureDecision,
  type DisclosureOptions,
  type SuppressionReason,
} from './disclosure.ts';
export { estimateChange, type Change, type EstimateWithError } from './trend.ts';
export {
  scoreUncertainty,
  type Range,
  type ScoreUncertainty,
  type UncertaintyIndicator,
  type UncertaintyOptions,
} from './score-uncertainty.ts';
export { CHANGE_METHOD, changeDegreesOfFreedom, changeVariance } from './change-variance.ts';
export { studentTQuantile, studentTUpperTail } from './student-t.ts';
export { normalQuantile, normalUpperTail } from './normal.ts';
