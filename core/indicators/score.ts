import {
  barometerScore,
  estimateMean,
  scoreUncertainty,
  type BarometerScore,
  type ScoreIndicator,
  type ScoreUncertainty,
  type UncertaintyIndicator,
} from '../stats/index.ts';
import { compileIndicator } from './compile-indicator.ts';
import { indicatorValues } from './indicator-values.ts';
import type { FrameEntry, IndicatorDefinition, InterviewRecord } from './types.ts';
import { prepareWave } from './wave.ts';

export type ScoreProblemKind = 'missing-goalposts' | 'invalid-goalposts';

/** An indicator that belongs in the score but cannot be put on 0-100: the coordinator must fix it. */
export interface ScoreProblem {
  readonly indicator: string;
  readonly problem: ScoreProblemKind;
  readonly message: string;
}

export interface WaveScore extends BarometerScore {
  readonly problems: readonly ScoreProblem[];
  /**
   * Indicators with a dimension that have no score in this wave (not applicable, or no interview in
   * their denominator). The score is then a different composite: not comparable with another wave's.
   */
  readonly missing: readonly string[];
  /** The design's degrees of freedom, n − H, of the intervals' Student t. */
  readonly df: number;
  /** How far the modelling choices move the overall score (core/stats/score-uncertainty.ts); null without a score. */
  readonly uncertainty: ScoreUncertainty | null;
}

/**
 * Two waves' scores can be compared only when each is complete (no indicator missing, no definition
 * problem) and both are made of the same indicators: otherwise the change would mix a change of the
 * situation with a change of the composite.
 */
export function scoresComparable(earlier: WaveScore, later: WaveScore): boolean {
  const complete = (score: WaveScore) => score.missing.length === 0 && score.problems.length === 0;
  const codes = (score: WaveScore) =>
    score.indicators
      .map((entry) => entry.code)
      .sort()
      .join('\u0000');
  return complete(earlier) && complete(later) && codes(earlier) === codes(later);
}

export interface ScoreOptions {
  /** ISO date `today()` returns in expressions; the device's date when absent. */
  readonly today?: string | undefined;
}

type Goalposts =
  | { readonly ok: true; readonly low: number; readonly high: number }
  | { readonly ok: false; readonly problem: ScoreProblem };

/** 0 and 1 for a proportion when empty (contract); a mean has no natural scale, so both are required. */
function goalpostsOf(definition: IndicatorDefinition): Goalposts {
  const proportion = definition.type === 'proportion';
  const low = definition.goalpost_low ?? (proportion ? 0 : null);
  const high = definition.goalpost_high ?? (proportion ? 1 : null);
  if (low === null || high === null) {
    return {
      ok: false,
      problem: {
        indicator: definition.code,
        problem: 'missing-goalposts',
        message:
          `${definition.code} is a mean in dimension ${definition.dimension ?? ''}: ` +
          'it needs goalpost_low and goalpost_high to be scored',
      },
    };
  }
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(high > low)) {
    return {
      ok: false,
      problem: {
        indicator: definition.code,
        problem: 'invalid-goalposts',
        message: `${definition.code}: goalpost_high (${high}) must be a number above goalpost_low (${low})`,
      },
    };
  }
  return { ok: true, low, high };
}

/**
 * The barometer score of a wave (contract, `GET /barometer/waves/:wave/score`): the applicable
 * indicators that have a dimension, on 0-100 by their goalposts, averaged into dimensions and the
 * overall score, with stratified jackknife standard errors. An indicator that cannot be scored is
 * reported in `problems`, never silently dropped; a non-applicable one is left out, as the contract says,
 * and named in `missing` (the score is then not comparable with another wave's, `scoresComparable`).
 * Beside the sampling interval, `uncertainty` gives the modelling choices' (score-uncertainty.ts).
 * Dimensions come in the order of their first indicator.
 */
export function computeScore(
  indicators: readonly IndicatorDefinition[],
  interviews: readonly InterviewRecord[],
  frame: readonly FrameEntry[],
  knownCodes: ReadonlySet<string>,
  options: ScoreOptions = {},
): WaveScore {
  const wave = prepareWave(interviews, frame, options.today);
  const problems: ScoreProblem[] = [];
  const scored: ScoreIndicator[] = [];
  const missing: string[] = [];
  const audited: UncertaintyIndicator[] = [];
  for (const definition of indicators) {
    const dimension = definition.dimension;
    if (dimension === null || dimension === undefined || dimension === '') continue;
    // A definition problem, reported even in a wave where the indicator does not apply.
    const goalposts = goalpostsOf(definition);
    if (!goalposts.ok) {
      problems.push(goalposts.problem);
      continue;
    }
    const compilation = compileIndicator(definition, knownCodes);
    if (!compilation.ok) {
      missing.push(definition.code);
      continue;
    }
    const values = indicatorValues(compilation.indicator, wave.contexts).values;
    const indicator: ScoreIndicator = {
      code: definition.code,
      dimension,
      values,
      goalposts: { low: goalposts.low, high: goalposts.high },
      direction: definition.direction,
    };
    scored.push(indicator);
    const estimate = estimateMean(wave.design, values).estimate;
    if (estimate === null) missing.push(definition.code);
    else
      audited.push({
        code: indicator.code,
        dimension,
        estimate,
        goalposts: indicator.goalposts,
        direction: indicator.direction,
      });
  }
  return {
    ...barometerScore(wave.design, scored),
    problems,
    missing,
    df: wave.design.size - wave.design.strata.length,
    uncertainty: audited.length > 0 ? scoreUncertainty(audited) : null,
  };
}
