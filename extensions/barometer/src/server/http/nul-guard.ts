// PostgreSQL cannot hold a NUL character in text: a NUL in a path, a query string (`?search=`, a
// filter) or a JSON body reached the database and came back as a 500. No field of the model takes one,
// so a request that carries one is refused with a 400 before any route, on every path (REST, GraphQL,
// batch, the barometer's own routes).
import type { NextFunction, Request, Response } from 'express';
import { BadRequestError } from './errors.ts';

const ENCODED_NUL = /%00/i;

/** The path of the first string or key holding a NUL, walked iteratively like the depth guard. */
export function nulPath(value: unknown): string | null {
  const pending: Array<{ node: unknown; path: string }> = [{ node: value, path: 'body' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.node === 'string') {
      if (next.node.includes('\0')) return next.path;
      continue;
    }
    if (typeof next.node !== 'object' || next.node === null) continue;
    for (const [key, child] of Object.entries(next.node)) {
      const path = `${next.path}.${key}`;
      if (key.includes('\0')) return path;
      pending.push({ node: child, path });
    }
  }
  return null;
}

export function nulGuard(request: Request, _response: Response, next: NextFunction): void {
  const url = request.originalUrl;
  const where = ENCODED_NUL.test(url) || url.includes('\0') ? 'url' : nulPath(request.body);
  if (where === null) {
    next();
    return;
  }
  next(
    new BadRequestError({
      reason:
        `Caractère nul (U+0000) refusé dans ${where === 'url' ? 'l’adresse ou la requête' : where}. ` +
        `الحرف الفارغ (U+0000) مرفوض في ${where === 'url' ? 'العنوان أو الاستعلام' : where}.`,
    }),
  );
}
