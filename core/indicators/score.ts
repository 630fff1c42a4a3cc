import { barometerScore, type BarometerScore, type ScoreIndicator } from '../stats/index.ts';
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
 * reported in `problems`, never silently dropped; a non-applicable one is left out, as the contract says.
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
    if (!compilation.ok) continue;
    scored.push({
      code: definition.code,
      dimension,
      values: indicatorValues(compilation.indicator, wave.contexts).values,
      goalposts: { low: goalposts.low, high: goalposts.high },
      direction: definition.direction,
    });
  }
  return { ...barometerScore(wave.design, scored), problems };
}
