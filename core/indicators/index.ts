/**
 * The indicator engine: indicator definitions and a wave's interviews in, the contract's results out
 * (shared/contract.md, "HTTP endpoints"; statistics of test/fixtures/oracle/README.md). Pure
 * TypeScript over core/expressions and core/stats: no Directus, no Node built-ins. See README.md.
 */
export {
  parseByParameter,
  DISCLOSURE_MENU,
  MAX_BY_VARIABLES,
  type ByParameterOptions,
  type ByParameterResult,
} from './by-parameter.ts';
export { computeIndicators } from './compute-indicators.ts';
export { loadSolver as loadDisclosureSolver } from '../disclosure/index.ts';
export { auditWave, auditWithoutReasons, type IndicatorAudit } from './wave-pattern.ts';
export { ESTABLISHMENT_VARIABLES } from './domain-variables.ts';
export { IndicatorInputError } from './errors.ts';
export {
  parseStoredFigures,
  snapshotBreakdowns,
  snapshotResults,
  storedResults,
  type StoredFigures,
} from './snapshot.ts';
export { designSummary, type DesignSummary } from './panel-design.ts';
export {
  computeScore,
  scoresComparable,
  type ScoreOptions,
  type ScoreProblem,
  type ScoreProblemKind,
  type WaveScore,
} from './score.ts';
export {
  compareEstimates,
  pointInterval,
  waveCoverage,
  type ChangeMethod,
  type WaveCoverage,
  type TrendChange,
  type TrendOptions,
  type TrendPoint,
  type TrendPointInput,
} from './trend.ts';
export type {
  Direction,
  EstimateResult,
  FrameEntry,
  IndicatorDefinition,
  IndicatorOptions,
  IndicatorResult,
  IndicatorType,
  InterviewRecord,
  NotApplicableResult,
  SuppressedResult,
} from './types.ts';
