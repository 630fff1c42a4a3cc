import { defineHook } from '@directus/extensions-sdk';
import { ensureDatabaseGuards } from '../shared/database-guards.ts';
import {
  assertVersionsAreDrafts,
  checkVersionCreate,
  checkVersionDelete,
  checkVersionUpdate,
  isVersionContent,
  versionOfPayload,
  versionsOfContent,
} from '../shared/frozen-versions.ts';
import { refuseDeleteOfReferencedItems, type RelationInfo } from '../shared/restrict-delete.ts';
import { sortGuard } from '../shared/sort-guard.ts';

type Keys = Array<string | number>;
type Payload = Record<string, unknown>;

export default defineHook(({ action, filter, init }, { database, logger }) => {
  action('server.start', async () => {
    await ensureDatabaseGuards(database);
    logger.info('barometer: database guards in place');
  });

  init('routes.before', ({ app }) => {
    app.use(sortGuard(database));
  });

  filter('instrument_versions.items.create', (payload) => {
    checkVersionCreate(payload as Payload);
    return payload;
  });

  filter('instrument_versions.items.update', async (payload, meta, context) =>
    checkVersionUpdate(context.database, meta['keys'] as Keys, payload as Payload, () => new Date()),
  );

  filter('items.create', async (payload, meta, context) => {
    const collection = String(meta['collection']);
    if (!isVersionContent(collection)) return payload;
    const version = await versionOfPayload(context.database, collection, payload as Payload);
    await assertVersionsAreDrafts(context.database, version === null ? [] : [version]);
    return payload;
  });

  filter('items.update', async (payload, meta, context) => {
    const collection = String(meta['collection']);
    if (!isVersionContent(collection)) return payload;
    const current = await versionsOfContent(context.database, collection, meta['keys'] as Keys);
    const target = await versionOfPayload(context.database, collection, payload as Payload);
    await assertVersionsAreDrafts(context.database, target === null ? current : [...current, target]);
    return payload;
  });

  filter('items.delete', async (keys, meta, context) => {
    const collection = String(meta['collection']);
    if (collection === 'instrument_versions') await checkVersionDelete(context.database, keys as Keys);
    if (isVersionContent(collection)) await assertVersionsAreDrafts(context.database, await versionsOfContent(context.database, collection, keys as Keys));
    const relations = (context.schema?.relations ?? []) as RelationInfo[];
    await refuseDeleteOfReferencedItems(context.database, relations, collection, keys as Keys);
    return keys;
  });
});
