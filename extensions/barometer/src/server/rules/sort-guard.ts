// `/utils/sort` (drag-and-drop sort in the app) writes with raw knex and skips item hooks: answer its
// requests on frozen items with the same 409 as every other path, before the database trigger would
// turn them into a 500.
import type { Knex } from 'knex';
import type { NextFunction, Request, Response } from 'express';
import { assertVersionsAreDrafts, isVersionContent, versionsOfContent } from './frozen-versions.ts';

export function sortGuard(database: Knex) {
  return async (request: Request, _response: Response, next: NextFunction): Promise<void> => {
    const match = /^\/utils\/sort\/([^/?]+)/.exec(request.path);
    const collection = match?.[1];
    if (request.method !== 'POST' || !collection || !isVersionContent(collection)) return next();
    try {
      const body = (request.body ?? {}) as { item?: string | number; to?: string | number };
      const keys = [body.item, body.to].filter((key): key is string | number => key !== undefined);
      await assertVersionsAreDrafts(database, await versionsOfContent(database, collection, keys));
      next();
    } catch (error) {
      next(error);
    }
  };
}
