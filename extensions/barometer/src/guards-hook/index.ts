import { defineHook } from '@directus/extensions-sdk';
import { ensureDatabaseGuards } from '../shared/database-guards.ts';
import { refuseDeleteOfReferencedItems, type RelationInfo } from '../shared/restrict-delete.ts';

export default defineHook(({ action, filter }, { database, logger }) => {
  action('server.start', async () => {
    await ensureDatabaseGuards(database);
    logger.info('barometer: database guards in place');
  });

  filter('items.delete', async (keys, meta, context) => {
    const collection = String(meta['collection'] ?? '');
    const relations = (context.schema?.relations ?? []) as RelationInfo[];
    await refuseDeleteOfReferencedItems(context.database, relations, collection, keys as Array<string | number>);
    return keys;
  });
});
