import type { EvaluationContext } from '../expressions/index.ts';
import { buildDesign, type Design } from '../stats/index.ts';
import { IndicatorInputError } from './errors.ts';
import { panelStrata } from './panel-design.ts';
import type { FrameEntry, InterviewRecord } from './types.ts';

/** The design and the evaluation contexts of a wave, built once and shared by every indicator. */
export interface PreparedWave {
  readonly design: Design;
  /** One per interview, in the design's unit order. */
  readonly contexts: readonly EvaluationContext[];
}

function populations(frame: readonly FrameEntry[]): Record<string, number> {
  // Null prototype: an establishment coded `constructor` must not find Object's.
  const byEstablishment: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const entry of frame) {
    const known = byEstablishment[entry.establishment];
    if (known !== undefined && known !== entry.population) {
      throw new IndicatorInputError(
        `the frame gives establishment ${entry.establishment} two populations (${known} and ${entry.population})`,
      );
    }
    byEstablishment[entry.establishment] = entry.population;
  }
  return byEstablishment;
}

export function prepareWave(
  interviews: readonly InterviewRecord[],
  frame: readonly FrameEntry[],
  today: string | undefined,
): PreparedWave {
  let design: Design;
  try {
    const { units, populations: strata } = panelStrata(interviews, frame, populations(frame));
    design = buildDesign(units, strata);
  } catch (error) {
    // buildDesign refuses a stratum without population or with more interviews than minors: a frame
    // problem for the coordinator to fix, not a failure of the engine.
    if (error instanceof RangeError) throw new IndicatorInputError(error.message, { cause: error });
    throw error;
  }
  const contexts = interviews.map((interview): EvaluationContext => ({ answers: interview.answers, today }));
  return { design, contexts };
}
