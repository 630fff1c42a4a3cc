// A refused call to the barometer endpoints, read from Directus's error body so that every problem the
// server listed (row, column, sheet, question) reaches the coordinator, not only the first message.
import { requestErrorMessage } from './request-error.ts';

export interface Problem {
  readonly message: string;
  /** The same problem in Arabic, when the server wrote one. */
  readonly message_ar?: string;
  readonly row?: number;
  readonly column?: string;
  readonly field?: string;
  readonly question?: string;
  readonly sheet?: string;
  readonly position?: number;
}

export interface ApiFailure {
  /** HTTP status, null when the server did not answer. */
  readonly status: number | null;
  /** Directus's `extensions.code` (CONFLICT, VALIDATION_FAILED, FORBIDDEN...). */
  readonly code: string | null;
  readonly message: string;
  /** The reason in Arabic, when the server wrote one (`extensions.reason_ar`). */
  readonly message_ar?: string;
  /** What was refused, for a 422 (`extensions.summary`: "Entretien refusé", "CSV refusé"...). */
  readonly summary?: string;
  readonly problems: readonly Problem[];
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function problem(value: unknown): Problem[] {
  const entry = record(value);
  if (!entry || typeof entry['message'] !== 'string') return [];
  const read: { -readonly [K in keyof Problem]: Problem[K] } = { message: entry['message'] };
  if (typeof entry['row'] === 'number') read.row = entry['row'];
  if (typeof entry['position'] === 'number') read.position = entry['position'];
  for (const key of ['message_ar', 'column', 'field', 'question', 'sheet'] as const) {
    const text = entry[key];
    if (typeof text === 'string' && text !== '') read[key] = text;
  }
  return [read];
}

/** A Directus error body (`{ errors: [{ message, extensions }] }`) as the server sent it. */
export function failureFromBody(status: number | null, body: unknown, fallback: string): ApiFailure {
  const errors = record(body)?.['errors'];
  const first = Array.isArray(errors) ? record(errors[0]) : null;
  const extensions = record(first?.['extensions']);
  const problems = extensions?.['problems'];
  const arabic = extensions?.['reason_ar'];
  const summary = extensions?.['summary'];
  const message = first?.['message'];
  return {
    status,
    code: typeof extensions?.['code'] === 'string' ? extensions['code'] : null,
    message: typeof message === 'string' && message !== '' ? message : fallback,
    ...(typeof arabic === 'string' && arabic !== '' ? { message_ar: arabic } : {}),
    ...(typeof summary === 'string' && summary !== '' ? { summary } : {}),
    problems: Array.isArray(problems) ? problems.flatMap(problem) : [],
  };
}

export function apiFailure(cause: unknown): ApiFailure {
  // The app's item page hands its error dialog each entry of the body on its own (`{ message, extensions }`).
  if (record(record(cause)?.['extensions']))
    return failureFromBody(null, { errors: [cause] }, requestErrorMessage(cause));
  const response = record(record(cause)?.['response']);
  const status = typeof response?.['status'] === 'number' ? response['status'] : null;
  return failureFromBody(status, response?.['data'], requestErrorMessage(cause));
}
