// Express glue: async handlers whose failures reach Directus's error handler (an unhandled rejection
// would kill the process), and zod parsing that turns bad input into a 400 saying what and where.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { BadRequestError } from './errors.ts';

export function route(handler: (request: Request, response: Response) => Promise<unknown>): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    handler(request, response).catch(next);
  };
}

export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .map((issue) => `${[where, ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
  throw new BadRequestError({ reason: details });
}

/** Ids are PostgreSQL integers: a larger number in a path or payload would make the query itself fail (a 500). */
export const MAX_DATABASE_ID = 2_147_483_647;

export const idParameter = z.coerce.number().int().positive().max(MAX_DATABASE_ID);
