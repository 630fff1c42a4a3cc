/**
 * The messages between the server's queue and the compute worker (worker.ts): one job in, progress
 * messages and one outcome out. Both sides check what they receive, because a message crosses a thread
 * boundary as structured data and nothing else types it.
 */
import { z } from 'zod';
import type { IndicatorAudit, IndicatorResult, WaveScore } from '../indicators/index.ts';
import type { FrameEntry, IndicatorDefinition, InterviewRecord } from '../indicators/index.ts';
import type { StrategyDocumentOptions } from '../report/strategy.ts';
import type { StrategyPlan } from '../strategy/index.ts';

/** What the queue hands the worker to render the strategy guidelines. */
export type StrategyJob = Omit<StrategyDocumentOptions, 'measureArabic'> & { readonly plan: StrategyPlan };

/** What the engine reads of one wave: plain data that the server read from the database. */
export interface ComputeWave {
  readonly definitions: readonly IndicatorDefinition[];
  readonly interviews: readonly InterviewRecord[];
  readonly frame: readonly FrameEntry[];
  readonly knownCodes: ReadonlySet<string>;
}

const record = z.record(z.string(), z.unknown());

// The rows are the server's own reading of the database; their fields are the engine's to check.
const wave = z.object({
  definitions: z.array(record),
  interviews: z.array(z.object({ establishment: z.string(), answers: record }).passthrough()),
  frame: z.array(z.object({ establishment: z.string(), population: z.number() }).passthrough()),
  knownCodes: z.set(z.string()),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const computeRequest = z.discriminatedUnion('type', [
  /** Loads what a lane's jobs use (the renderer and its fonts, or the disclosure solver) before the first job. */
  z.object({ type: z.literal('warm'), lane: z.enum(['report', 'figures']) }),
  /** A report's PDF from its model. */
  z.object({ type: z.literal('report'), model: record, lang: z.enum(['fr', 'ar']).default('fr') }),
  /** The strategy guidelines' PDF. */
  z.object({
    type: z.literal('strategy'),
    job: z.object({
      plan: record,
      generatedAt: z.string(),
      organisation: z.string(),
      organisationAr: z.string(),
      lang: z.enum(['fr', 'ar']).default('fr'),
    }),
  }),
  /** Indicator tables, one per breakdown (`[]` for the overall results), all from the same data. */
  z.object({
    type: z.literal('indicators'),
    wave,
    tables: z.array(z.array(z.string())),
    disclosure: z.boolean(),
    today: day,
  }),
  /** The wave's protection pattern audited over the whole menu and the frame. */
  z.object({ type: z.literal('audit'), wave, today: day }),
  /** The barometer score. */
  z.object({ type: z.literal('score'), wave }),
]);

export const computeJob = z.object({ id: z.number().int(), request: computeRequest });

/** A request as the server builds it: the wave's data typed as the engine reads it. */
export type ComputeRequest =
  | { readonly type: 'warm'; readonly lane: 'report' | 'figures' }
  | { readonly type: 'report'; readonly model: object; readonly lang: 'fr' | 'ar' }
  | { readonly type: 'strategy'; readonly job: StrategyJob }
  | {
      readonly type: 'indicators';
      readonly wave: ComputeWave;
      readonly tables: readonly (readonly string[])[];
      readonly disclosure: boolean;
      readonly today: string;
    }
  | { readonly type: 'audit'; readonly wave: ComputeWave; readonly today: string }
  | { readonly type: 'score'; readonly wave: ComputeWave };

/** What each kind of request answers. */
export interface ComputeResults {
  readonly warm: null;
  readonly report: Uint8Array;
  readonly strategy: Uint8Array;
  readonly indicators: IndicatorResult[][];
  readonly audit: IndicatorAudit[];
  readonly score: WaveScore;
}

export const computeReply = z.discriminatedUnion('type', [
  z.object({ id: z.number().int(), type: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({ id: z.number().int(), type: z.literal('done'), value: z.unknown() }),
  /** `input`: the engine refused the wave's data (IndicatorInputError), which the server answers 422. */
  z.object({ id: z.number().int(), type: z.literal('failed'), message: z.string(), input: z.boolean() }),
]);

export type ComputeReply = z.infer<typeof computeReply>;
