import {
  auditIndicator,
  protectIndicator,
  type CellAudit,
  type DisclosureUnit,
  type IndicatorPattern,
} from '../disclosure/index.ts';
import { DEFAULT_DISCLOSURE_THRESHOLD } from '../stats/index.ts';
import { DISCLOSURE_MENU } from './by-parameter.ts';
import { compileIndicator } from './compile-indicator.ts';
import { domainValues } from './domain-variables.ts';
import { indicatorValues, type IndicatorValues } from './indicator-values.ts';
import type { FrameEntry, IndicatorDefinition, InterviewRecord } from './types.ts';
import { prepareWave, type PreparedWave } from './wave.ts';

/**
 * Dimensions whose indicators describe what was done to a child (violence, isolation, sharing space
 * with adults, health): a cell where all, or all but one or two, children share the answer is protected
 * like a small one.
 */
export const SENSITIVE_DIMENSIONS: ReadonlySet<string> = new Set(['SAFETY', 'HEALTH']);

/** The menu's variables that this wave can break down by (SEX only when the questionnaire asks it). */
export function menuVariables(knownCodes: ReadonlySet<string>): string[] {
  const variables = [...new Set(DISCLOSURE_MENU.flat())];
  return variables.filter((variable) => variable !== 'SEX' || knownCodes.has(variable));
}

/** Each interview's establishment, design weight and menu values, in the design's unit order. */
export function disclosureUnits(
  wave: PreparedWave,
  interviews: readonly InterviewRecord[],
  frame: readonly FrameEntry[],
  variables: readonly string[],
): DisclosureUnit[] {
  const columns = variables.map((variable) => domainValues(variable, interviews, frame));
  return interviews.map((interview, i): DisclosureUnit => ({
    establishment: interview.establishment,
    weight: wave.design.weight[wave.design.unitStratum[i] ?? 0] ?? 0,
    values: Object.fromEntries(variables.map((variable, k) => [variable, columns[k]?.[i] ?? null])),
  }));
}

function rangeOf(values: IndicatorValues): [number, number] {
  if (values.type === 'proportion') return [0, 1];
  const known = values.values.filter((value): value is number => value !== null);
  return known.length === 0 ? [0, 0] : [Math.min(...known), Math.max(...known)];
}

/** The indicator's protection pattern over the menu and the frame (core/disclosure). */
export function indicatorPattern(
  definition: IndicatorDefinition,
  values: IndicatorValues,
  units: readonly DisclosureUnit[],
  variables: readonly string[],
  threshold: number,
): IndicatorPattern {
  return protectIndicator(
    units,
    {
      indicator: definition.code,
      values: values.values,
      sensitive: SENSITIVE_DIMENSIONS.has(definition.dimension ?? ''),
      everyInterview: values.values.every((value) => value !== null),
      range: rangeOf(values),
    },
    variables,
    threshold,
  );
}

export interface IndicatorAudit {
  readonly indicator: string;
  /** Every primary cell keeps its protection interval. */
  readonly holds: boolean;
  /** Each suppressed cell (printed or not) and the interval a reader derives from everything published. */
  readonly cells: readonly CellAudit[];
}

/**
 * The audit as a reader of the protected figures may see it: each hidden cell's intervals, which that
 * reader derives anyway, but not why it is hidden. "size" says a cell holds fewer than 10 children and
 * "attribute" that all but at most two share the answer: either narrows the interval the pattern keeps
 * (E09's 10 children with total in [2.5, 10] become at least 8 of 10). The reasons are for the holders
 * of the unprotected-data policy.
 */
export function auditWithoutReasons(audit: readonly IndicatorAudit[]): IndicatorAudit[] {
  return audit.map((entry) => ({ ...entry, cells: entry.cells.map((cell) => ({ ...cell, primary: null })) }));
}

/**
 * The check shown before a wave is published: the pattern of every indicator audited by the reader's
 * LP over the whole menu and the frame. Indicators that cannot be computed are left out.
 */
export function auditWave(
  indicators: readonly IndicatorDefinition[],
  interviews: readonly InterviewRecord[],
  frame: readonly FrameEntry[],
  knownCodes: ReadonlySet<string>,
  options: { readonly threshold?: number | undefined; readonly today?: string | undefined } = {},
): IndicatorAudit[] {
  const wave = prepareWave(interviews, frame, options.today);
  const variables = menuVariables(knownCodes);
  const units = disclosureUnits(wave, interviews, frame, variables);
  return indicators.flatMap((definition): IndicatorAudit[] => {
    const compilation = compileIndicator(definition, knownCodes);
    if (!compilation.ok) return [];
    const pattern = indicatorPattern(
      definition,
      indicatorValues(compilation.indicator, wave.contexts),
      units,
      variables,
      options.threshold ?? DEFAULT_DISCLOSURE_THRESHOLD,
    );
    return [{ indicator: definition.code, ...auditIndicator(pattern) }];
  });
}
