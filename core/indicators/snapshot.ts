// The figures stored at a wave's lock (`indicator_snapshots`): every table of the disclosure menu with
// disclosure on, and the barometer score. A closed wave answers from them, so its published figures do
// not move when the code that computes them changes; what they do not hold (a breakdown with disclosure
// off) is computed from the wave's frozen data and definitions.
import { z } from 'zod';
import { DISCLOSURE_MENU } from './by-parameter.ts';
import { ESTABLISHMENT_VARIABLES } from './domain-variables.ts';
import type { WaveScore } from './score.ts';
import type { IndicatorResult } from './types.ts';

const optional = z.number().nullable();
const domain = z.record(z.string(), z.string());

const resultSchema: z.ZodType<IndicatorResult> = z.union([
  z.object({
    indicator: z.string(),
    domain,
    suppressed: z.literal(false),
    estimate: optional,
    se: optional,
    ci_low: optional,
    ci_high: optional,
    n: z.number(),
    population_estimate: z.number(),
    deff: optional,
    df: z.number(),
  }),
  z.object({ indicator: z.string(), domain, suppressed: z.literal(true) }),
  z.object({ indicator: z.string(), applicable: z.literal(false), reason: z.string() }),
]);

const entry = z.object({ code: z.string(), score: optional, se: optional, ci_low: optional, ci_high: optional });
const range = z.object({ low: z.number(), high: z.number() });

const scoreSchema: z.ZodType<WaveScore> = z.object({
  overall: entry,
  dimensions: z.array(entry),
  indicators: z.array(entry),
  problems: z.array(
    z.object({
      indicator: z.string(),
      problem: z.enum(['missing-goalposts', 'invalid-goalposts']),
      message: z.string(),
    }),
  ),
  missing: z.array(z.string()),
  df: z.number(),
  uncertainty: z
    .object({
      runs: z.number(),
      seed: z.number(),
      published: z.number(),
      interval: range,
      median: z.number(),
      weights: range,
      geometric: z.number(),
      goalposts: range,
      leave_one_out: z.array(z.object({ dimension: z.string(), score: z.number() })),
      effective_weights: z.array(z.object({ indicator: z.string(), nominal: z.number(), contribution: z.number() })),
    })
    .nullable(),
});

export interface StoredFigures {
  readonly results: readonly IndicatorResult[];
  readonly score: WaveScore;
}

/** Whether a result is a cell of the breakdown `by` (the overall result, or not applicable, for none). */
function sameKeys(result: IndicatorResult, by: readonly string[]): boolean {
  return sameNames('domain' in result ? Object.keys(result.domain) : [], by);
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const sorted = [...b].sort();
  return a.length === b.length && [...a].sort().every((name, k) => sorted[k] === name);
}

/** The menu's tables a wave can answer: a question-code breakdown only where its versions ask it. */
export function snapshotBreakdowns(knownCodes: ReadonlySet<string>): readonly (readonly string[])[] {
  const establishment: ReadonlySet<string> = new Set(ESTABLISHMENT_VARIABLES);
  return DISCLOSURE_MENU.filter((by) => by.every((name) => establishment.has(name) || knownCodes.has(name)));
}

/** The results to store: each breakdown's cells, the overall results once (from the table without one). */
export function snapshotResults(
  tables: readonly { readonly by: readonly string[]; readonly results: readonly IndicatorResult[] }[],
): IndicatorResult[] {
  return tables.flatMap(({ by, results }) => results.filter((result) => sameKeys(result, by)));
}

function fromJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Stored JSON read back (text on SQLite, objects on PostgreSQL); undefined when it does not hold the
 * figures (a snapshot written before they were stored), so that the caller computes them instead.
 */
export function parseStoredFigures(results: unknown, score: unknown): StoredFigures | undefined {
  const parsedResults = z.array(resultSchema).safeParse(fromJson(results));
  const parsedScore = scoreSchema.safeParse(fromJson(score));
  return parsedResults.success && parsedScore.success
    ? { results: parsedResults.data, score: parsedScore.data }
    : undefined;
}

/**
 * The stored answer to a request with disclosure on, in the order computeIndicators gives it: for each
 * indicator asked (`codes`, in order), its overall result then its cells of the breakdown `by`;
 * undefined for a breakdown the snapshot does not hold.
 */
export function storedResults(
  stored: StoredFigures,
  request: {
    readonly codes: readonly string[];
    readonly by: readonly string[];
    readonly knownCodes: ReadonlySet<string>;
  },
): IndicatorResult[] | undefined {
  const { codes, by, knownCodes } = request;
  if (!snapshotBreakdowns(knownCodes).some((table) => sameNames(table, by))) return undefined;
  return codes.flatMap((code) => {
    const own = stored.results.filter((result) => result.indicator === code);
    const overall = own.filter((result) => sameKeys(result, []));
    return by.length === 0 ? overall : [...overall, ...own.filter((result) => sameKeys(result, by))];
  });
}
