import { compile, type CompiledExpression } from '../../core/expressions/index.ts';
import type { IndicatorRecord, InterviewRecord, PopulationFrameRecord } from './types.ts';

export function compiled(source: string): CompiledExpression {
  const result = compile(source);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return result.expression;
}

export interface Estimate {
  readonly estimate: number;
  /** Interviews in the indicator's denominator. */
  readonly n: number;
}

/**
 * Stratified (Horvitz-Thompson, weight N_h / n_h) ratio estimate of an indicator over a wave's interviews,
 * enough to check the demo is plausible; the product's own estimator lives in core/stats.
 */
export function estimateIndicator(
  indicator: IndicatorRecord,
  interviews: readonly InterviewRecord[],
  frames: readonly PopulationFrameRecord[],
): Estimate {
  const numerator = compiled(indicator.numerator);
  const denominator = indicator.denominator === '' ? undefined : compiled(indicator.denominator);
  const sampleSizes = new Map<string, number>();
  for (const interview of interviews)
    sampleSizes.set(interview.establishment, (sampleSizes.get(interview.establishment) ?? 0) + 1);
  let weightedValue = 0;
  let weightedCount = 0;
  let n = 0;
  for (const interview of interviews) {
    const context = { answers: interview.answers };
    if (denominator && !denominator.evaluateBoolean(context)) continue;
    const population =
      frames.find((frame) => frame.wave === interview.wave && frame.establishment === interview.establishment)
        ?.population ?? 0;
    const weight = population / (sampleSizes.get(interview.establishment) ?? 1);
    const value =
      indicator.type === 'proportion' ? Number(numerator.evaluateBoolean(context)) : numerator.evaluateNumber(context);
    if (Number.isNaN(value)) continue;
    weightedValue += weight * value;
    weightedCount += weight;
    n += 1;
  }
  return { estimate: weightedCount === 0 ? Number.NaN : weightedValue / weightedCount, n };
}
