// The refusals of docs/api.md (Conventions) as Directus errors: Directus turns them into `{ errors: [...] }` bodies
// with the status given here, never a 500.
import { createError } from '@directus/errors';

export interface Problem {
  message: string;
  /** The same in Arabic, where the rule words it for the people who read Arabic. */
  message_ar?: string;
  row?: number;
  column?: string;
  field?: string;
  question?: string;
  sheet?: string;
  position?: number;
}

/** 409: the item is in a state that forbids the change (a locked wave, a published version, data depends on it). */
export const ConflictError = createError<{ reason: string; reason_ar?: string }>(
  'CONFLICT',
  ({ reason }) => reason,
  409,
);

/** 422: the input was understood but breaks rules; `problems` says what and where. */
export const ValidationError = createError<{ summary: string; problems: Problem[] }>(
  'VALIDATION_FAILED',
  ({ summary, problems }) => `${summary} (${problems.length} problème${problems.length > 1 ? 's' : ''})`,
  422,
);

/** 400: the request itself is malformed (query string, body shape, file type). */
export const BadRequestError = createError<{ reason: string }>('INVALID_PAYLOAD', ({ reason }) => reason, 400);

/** 404: the wave, version or indicator named in the path does not exist. */
export const NotFoundError = createError<{ reason: string }>('NOT_FOUND', ({ reason }) => reason, 404);

/** 403 with the reason: the requester may not take this path through the data. */
export const ForbiddenReasonError = createError<{ reason: string }>('FORBIDDEN', ({ reason }) => reason, 403);

/** 429: too many login attempts; the middleware sets `Retry-After`. */
export const TooManyAttemptsError = createError<{ reason: string }>('REQUESTS_EXCEEDED', ({ reason }) => reason, 429);
