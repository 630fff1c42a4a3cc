import { protectIndicator, type DisclosureUnit, type IndicatorPattern } from '../disclosure/index.ts';
import { DISCLOSURE_MENU } from './by-parameter.ts';
import { domainValues } from './domain-variables.ts';
import type { IndicatorValues } from './indicator-values.ts';
import type { FrameEntry, IndicatorDefinition, InterviewRecord } from './types.ts';
import type { PreparedWave } from './wave.ts';

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
