import { parse, references } from '../expressions/index.ts';
import { expressionSource } from './blank.ts';
import type { ComparedProperty, VersionDiff } from './diff-versions.ts';

export interface IndicatorDefinition {
  readonly code: string;
  readonly numerator: string;
  readonly denominator?: string | null;
}

export type QuestionChangeKind = 'added' | 'removed' | 'changed';

export interface ImpactedQuestion {
  readonly code: string;
  readonly change: QuestionChangeKind;
  /** For a changed question, what changed. */
  readonly properties: readonly ComparedProperty[];
}

export interface ImpactedIndicator {
  readonly indicator: string;
  readonly questions: readonly ImpactedQuestion[];
  /**
   * True when an expression of the indicator does not parse: what it uses is unknown, so it is reported
   * rather than silently assumed comparable.
   */
  readonly invalidExpression: boolean;
}

function impactsOf(diff: VersionDiff): ReadonlyMap<string, ImpactedQuestion> {
  return new Map<string, ImpactedQuestion>([
    ...diff.added.map(({ code }) => [code, { code, change: 'added', properties: [] }] as const),
    ...diff.removed.map(({ code }) => [code, { code, change: 'removed', properties: [] }] as const),
    ...diff.changed.map(({ code, properties }) => [code, { code, change: 'changed', properties }] as const),
  ]);
}

/** Codes named by the indicator's expressions, or undefined when one of them does not parse. */
function codesOf(indicator: IndicatorDefinition): readonly string[] | undefined {
  const codes: string[] = [];
  for (const field of [indicator.numerator, indicator.denominator]) {
    const source = expressionSource(field);
    if (source === undefined) continue;
    const parsed = parse(source);
    if (!parsed.ok) return undefined;
    codes.push(...references(parsed.ast).codes);
  }
  return [...new Set(codes)];
}

/**
 * The indicators whose trend across the two versions is not comparable: they use a question that was
 * added (no earlier value), removed or changed (its definition moved).
 */
export function impactedIndicators(
  diff: VersionDiff,
  indicators: readonly IndicatorDefinition[],
): readonly ImpactedIndicator[] {
  const impacts = impactsOf(diff);
  return indicators.flatMap((indicator): readonly ImpactedIndicator[] => {
    const codes = codesOf(indicator);
    if (codes === undefined) return [{ indicator: indicator.code, questions: [], invalidExpression: true }];
    const questions = codes.flatMap((code) => impacts.get(code) ?? []);
    return questions.length > 0 ? [{ indicator: indicator.code, questions, invalidExpression: false }] : [];
  });
}
