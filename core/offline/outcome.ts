import { z } from 'zod';
import type { Problem, ServerCopy, SyncOutcome } from './records.ts';

const serverCopy = z.object({
  status: z.string(),
  review_comment: z.string().nullable(),
  date_updated: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
});

const accepted = z.object({
  data: z.object({ status: z.string(), date_updated: z.string().nullable(), review_comment: z.string().nullable() }),
});

const problem = z.object({
  message: z.string(),
  message_ar: z.string().optional(),
  question: z.string().optional(),
  column: z.string().optional(),
});

const directusErrors = z.object({
  errors: z
    .array(
      z.object({
        message: z.string(),
        extensions: z
          .object({ code: z.string().optional(), problems: z.array(problem).optional(), server: serverCopy.optional() })
          .loose()
          .optional(),
      }),
    )
    .min(1),
});

export function serverCopyOf(row: z.infer<typeof serverCopy>): ServerCopy {
  return { status: row.status, reviewComment: row.review_comment, updatedAt: row.date_updated, answers: row.answers };
}

function withoutUndefined(found: z.infer<typeof problem>): Problem {
  return {
    message: found.message,
    ...(found.message_ar ? { message_ar: found.message_ar } : {}),
    ...(found.question ? { question: found.question } : {}),
    ...(found.column ? { column: found.column } : {}),
  };
}

/**
 * What an HTTP answer to a sync means for the interview on the device. Only an answer the server gave
 * about the interview settles it: a gateway page, an expired session or a 5xx leave it to be sent again.
 */
export function outcomeFromResponse(status: number, body: unknown): SyncOutcome {
  if (status === 200 || status === 201) {
    const parsed = accepted.safeParse(body);
    if (parsed.success)
      return {
        kind: 'accepted',
        status: parsed.data.data.status,
        updatedAt: parsed.data.data.date_updated,
        reviewComment: parsed.data.data.review_comment,
      };
    return { kind: 'unreachable', reason: 'Réponse inattendue du serveur.' };
  }
  const errors = directusErrors.safeParse(body);
  const first = errors.success ? errors.data.errors[0] : undefined;
  if (status === 409 && first?.extensions?.server)
    return { kind: 'conflict', server: serverCopyOf(first.extensions.server) };
  if (first && (status === 400 || status === 403 || status === 409 || status === 422)) {
    return {
      kind: 'refused',
      reason: first.message,
      problems: (first.extensions?.problems ?? []).map(withoutUndefined),
    };
  }
  return { kind: 'unreachable', reason: first?.message ?? `Le serveur a répondu ${status}.` };
}
