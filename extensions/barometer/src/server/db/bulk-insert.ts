// Thousands of new items of one collection written inside the caller's transaction, as multi-row
// inserts, with what Directus's items service does for each item it creates: the role's create
// permission, the field specials (user_created, date_created, JSON, booleans, dates of the database),
// one activity row and one revision per item. Through the items service a 50,000-row import takes
// minutes (one insert, activity and revision statement per item); in batches it takes seconds.
import type { Accountability, SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';
import { chunks, eventLoopSlicer } from './batches.ts';
import type { ItemsServiceLike, PayloadServiceLike } from '../http/context.ts';

/** Rows per insert: 500 interviews of ~17 columns are ~8,500 bound parameters, far under SQLite's 32,766. */
const ROWS_PER_INSERT = 500;

export interface BulkInsert {
  transaction: Knex;
  collection: string;
  /** A column unique in the collection, present in every row: it maps the inserted ids back to rows. */
  key: string;
  rows: Array<Record<string, unknown>>;
  /** The collection's items service, with the caller's accountability, on `transaction`. */
  items: ItemsServiceLike;
  /** The collection's payload service, same accountability and transaction. */
  payloads: PayloadServiceLike;
  accountability: Accountability | null;
  schema: SchemaOverview;
}

/**
 * Returns the new ids by `key`. The first row goes through the items service, so Directus checks the
 * caller's create permission (fields, presets, validation) on the shape every row of the batch has;
 * hooks are not emitted, the caller applies the collection's rules to all rows itself.
 */
export async function insertAudited({
  transaction,
  collection,
  key,
  rows,
  items,
  payloads,
  accountability,
  schema,
}: BulkInsert): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  // As the items service: activity unless the collection turns it off, revisions only with "all".
  const tracking = accountability ? (schema.collections[collection]?.accountability ?? null) : null;
  const [first, ...rest] = rows;
  if (!first) return ids;
  ids.set(String(first[key]), Number(await items.createOne(first, { emitEvents: false })));
  const pause = eventLoopSlicer();
  for (const batch of chunks(rest, ROWS_PER_INSERT)) {
    // processValues fills and converts in place: it is handed copies, the revisions keep the rows as given.
    const values = await payloads.processValues(
      'create',
      batch.map((row) => ({ ...row })),
    );
    const inserted: Array<Record<string, unknown>> = await transaction(collection)
      .insert(values)
      .returning(['id', key]);
    const byKey = new Map(batch.map((row) => [String(row[key]), row]));
    for (const row of inserted) ids.set(String(row[key]), Number(row['id']));
    if (accountability && tracking !== null) {
      const activity: Array<{ id: number; item: string }> = await transaction('directus_activity')
        .insert(
          inserted.map((row) => ({
            action: 'create',
            user: accountability.user ?? null,
            collection,
            ip: accountability.ip ?? null,
            user_agent: accountability.userAgent ?? null,
            origin: accountability.origin ?? null,
            item: String(row['id']),
          })),
        )
        .returning(['id', 'item']);
      if (tracking !== 'all') continue;
      const itemKeys = new Map(inserted.map((row) => [String(row['id']), String(row[key])]));
      await transaction('directus_revisions').insert(
        activity.map((entry) => {
          const data = JSON.stringify(byKey.get(itemKeys.get(entry.item) ?? ''));
          return { activity: entry.id, collection, item: entry.item, data, delta: data };
        }),
      );
    }
    await pause();
  }
  return ids;
}
