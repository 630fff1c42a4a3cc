// A write refused by one of our rules says why: the wave is locked, the status cannot move, the
// establishment is not in the frame. Said about an item the requester cannot read, that tells it the
// item exists, and its state. So before any rule speaks, an item outside the requester's read
// permissions is refused as Directus refuses a missing one: 403 FORBIDDEN, the generic message.
import { ForbiddenError } from '@directus/errors';
import type { Accountability, SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';
import type { ItemsServiceConstructor } from '../http/context.ts';

export interface WriteContext {
  database: Knex;
  schema: SchemaOverview | null;
  accountability: Accountability | null;
}

export async function refuseUnreadable(
  ItemsService: ItemsServiceConstructor,
  collection: string,
  keys: ReadonlyArray<string | number>,
  { database, schema, accountability }: WriteContext,
): Promise<void> {
  // Directus's own calls (no accountability) and administrators read everything.
  if (!accountability || accountability.admin || keys.length === 0) return;
  const primary = schema?.collections[collection]?.primary;
  if (!schema || !primary) throw new ForbiddenError();
  const service = new ItemsService(collection, { knex: database, schema, accountability });
  // Throws ForbiddenError itself when the role reads nothing of the collection.
  const rows = await service.readByQuery({ filter: { [primary]: { _in: [...keys] } }, fields: [primary], limit: -1 });
  const readable = new Set(rows.map((row) => String(row[primary])));
  if (keys.some((key) => !readable.has(String(key)))) throw new ForbiddenError();
}
