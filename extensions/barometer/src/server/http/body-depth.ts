// Directus 11.17 answers a JSON body nested some thousands deep with a 500 ("Maximum call stack size
// exceeded": its payload handling recurses). Such a body is refused with a 400 before any route runs.
import type { NextFunction, Request, Response } from 'express';
import { BadRequestError } from './errors.ts';

/** Far beyond any real payload (a nested version with questions and choices is about 6 deep). */
export const MAX_BODY_DEPTH = 100;

/** Walks iteratively, so that measuring a hostile body cannot itself exhaust the stack. */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const pending: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.node !== 'object' || next.node === null) continue;
    if (next.depth > limit) return true;
    for (const child of Object.values(next.node)) pending.push({ node: child, depth: next.depth + 1 });
  }
  return false;
}

export function bodyDepthGuard(request: Request, _response: Response, next: NextFunction): void {
  if (exceedsDepth(request.body, MAX_BODY_DEPTH)) {
    next(new BadRequestError({ reason: `Corps JSON trop imbriqué (${MAX_BODY_DEPTH} niveaux au plus).` }));
    return;
  }
  next();
}
