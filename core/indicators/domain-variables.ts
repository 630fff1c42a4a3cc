import { IndicatorInputError } from './errors.ts';
import type { FrameEntry, InterviewRecord } from './types.ts';

/**
 * Breakdown variables that describe the establishment rather than the child. They take precedence over
 * a question of the same code, so `region` always means the establishment's region.
 */
export const ESTABLISHMENT_VARIABLES = ['establishment_code', 'establishment_type', 'region'] as const;

type EstablishmentVariable = (typeof ESTABLISHMENT_VARIABLES)[number];

export function isEstablishmentVariable(name: string): name is EstablishmentVariable {
  return (ESTABLISHMENT_VARIABLES as readonly string[]).includes(name);
}

/** Refuses unknown and repeated variables before any work is done. */
export function checkDomainVariables(by: readonly string[], knownCodes: ReadonlySet<string>): void {
  const unknown = by.filter((name) => !isEstablishmentVariable(name) && !knownCodes.has(name));
  if (unknown.length > 0) throw new IndicatorInputError(`unknown breakdown variables: ${unknown.join(', ')}`);
  const repeated = by.filter((name, i) => by.indexOf(name) !== i);
  if (repeated.length > 0) throw new IndicatorInputError(`breakdown variables given twice: ${repeated.join(', ')}`);
}

function nonBlank(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : value;
}

function answerValue(variable: string, answers: Readonly<Record<string, unknown>>): string | null {
  const answer = Object.hasOwn(answers, variable) ? answers[variable] : undefined;
  if (answer === null || answer === undefined || answer === '') return null;
  if (typeof answer === 'string') return answer;
  if ((typeof answer === 'number' && Number.isFinite(answer)) || typeof answer === 'boolean') return String(answer);
  if (Array.isArray(answer)) {
    // A child may tick several values: the cells would overlap and no longer partition the total.
    throw new IndicatorInputError(`${variable} is a multiple choice question and cannot define domains`);
  }
  throw new IndicatorInputError(`${variable} has an answer that is not a single value`);
}

/**
 * The variable's value for each interview, null when unknown (the interview then belongs to no cell).
 * establishment_type and region come from the interview's attributes, else from the wave's frame.
 */
export function domainValues(
  variable: string,
  interviews: readonly InterviewRecord[],
  frame: readonly FrameEntry[],
): (string | null)[] {
  if (variable === 'establishment_code') return interviews.map((interview) => nonBlank(interview.establishment));
  if (variable === 'establishment_type' || variable === 'region') {
    const fromFrame = new Map(frame.map((entry) => [entry.establishment, nonBlank(entry[variable])]));
    return interviews.map(
      (interview) => nonBlank(interview.attributes?.[variable]) ?? fromFrame.get(interview.establishment) ?? null,
    );
  }
  return interviews.map((interview) => answerValue(variable, interview.answers));
}
