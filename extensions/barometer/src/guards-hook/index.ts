import { defineHook } from '@directus/extensions-sdk';
import { bodyDepthGuard } from '../shared/body-depth.ts';
import { dropSqliteGuards, ensureDatabaseGuards } from '../shared/database-guards.ts';
import {
  assertVersionsAreDrafts,
  checkVersionCreate,
  checkVersionDelete,
  checkVersionUpdate,
  isVersionContent,
  versionOfPayload,
  versionsOfContent,
} from '../shared/frozen-versions.ts';
import { beforeInterviewCreate, beforeInterviewDelete, beforeInterviewUpdate, stampReview } from '../shared/interview-hooks.ts';
import { refuseDeleteOfReferencedItems, type RelationInfo } from '../shared/restrict-delete.ts';
import { setLandingPage } from '../shared/landing.ts';
import { nulGuard } from '../shared/nul-guard.ts';
import { assertParticipantCode } from '../shared/participant-code.ts';
import { sortGuard } from '../shared/sort-guard.ts';
import { assertWavesOpenForChange, checkWaveCreate, checkWaveUpdate, frameTarget, wavesOf } from '../shared/wave-guards.ts';

type Keys = Array<string | number>;
type Payload = Record<string, unknown>;

/** Collections frozen with their wave, and the column that names it. */
const WAVE_CONTENT: Record<string, string> = { population_frames: 'wave', waves_instrument_versions: 'waves_id' };

export default defineHook(({ action, filter, init }, { database, logger }) => {
  action('auth.login', async (meta) => {
    if (meta['status'] === 'success' && typeof meta['user'] === 'string') await setLandingPage(database, meta['user']);
  });

  action('server.start', async () => {
    await ensureDatabaseGuards(database);
    logger.info('barometer: database guards in place');
  });

  // SQLite alters a column by rebuilding its table: the guards are dropped before and put back after.
  // One at a time: creating a collection fires one event per field, and PostgreSQL refuses concurrent
  // replacements of the same trigger function.
  let guardsRebuilt = Promise.resolve();
  for (const event of ['fields.create', 'fields.update', 'fields.delete', 'relations.create', 'relations.update', 'relations.delete']) {
    filter(event, async (payload, _meta, context) => {
      // The write transaction's connection: on SQLite, another one would wait for it forever.
      await dropSqliteGuards(context.database);
      return payload;
    });
    action(event, () => {
      guardsRebuilt = guardsRebuilt.then(() => ensureDatabaseGuards(database)).catch((error: unknown) => logger.error(error, 'barometer: database guards not rebuilt'));
      return guardsRebuilt;
    });
  }

  init('routes.before', ({ app }) => {
    app.use(bodyDepthGuard);
    app.use(nulGuard);
    app.use(sortGuard(database));
  });

  filter('instrument_versions.items.create', (payload) => {
    checkVersionCreate(payload as Payload);
    return payload;
  });
  filter('instrument_versions.items.update', async (payload, meta, context) =>
    checkVersionUpdate(context.database, meta['keys'] as Keys, payload as Payload, () => new Date()),
  );

  filter('waves.items.create', (payload) => {
    checkWaveCreate(payload as Payload);
    return payload;
  });
  filter('waves.items.update', async (payload, meta, context) => {
    await checkWaveUpdate(context.database, meta['keys'] as Keys, payload as Payload);
    return payload;
  });

  filter('interviews.items.create', async (payload, _meta, context) =>
    beforeInterviewCreate(context.database, payload as Payload, context.accountability ?? null),
  );
  filter('interviews.items.update', async (payload, meta, context) =>
    beforeInterviewUpdate(context.database, meta['keys'] as Keys, payload as Payload, context.accountability ?? null),
  );

  action('interviews.items.update', async (meta, context) => {
    await stampReview(context.database, meta['keys'] as Keys, meta['payload'] as Payload, context.accountability ?? null);
  });
  action('interviews.items.create', async (meta, context) => {
    await stampReview(context.database, [meta['key'] as string | number], meta['payload'] as Payload, context.accountability ?? null);
  });

  filter('items.create', async (payload, meta, context) => {
    const collection = String(meta['collection']);
    const data = payload as Payload;
    if (collection === 'participants') assertParticipantCode(data);
    if (isVersionContent(collection)) {
      const version = await versionOfPayload(context.database, collection, data);
      await assertVersionsAreDrafts(context.database, version === null ? [] : [version]);
    }
    const waveColumn = WAVE_CONTENT[collection];
    if (waveColumn && data[waveColumn] !== undefined) await assertWavesOpenForChange(context.database, [data[waveColumn] as number]);
    if (collection === 'population_frames' && typeof data['population'] === 'number' && data['wave'] !== undefined) {
      return { ...data, target: await frameTarget(context.database, Number(data['wave']), data['population']) };
    }
    return payload;
  });

  filter('items.update', async (payload, meta, context) => {
    const collection = String(meta['collection']);
    const keys = meta['keys'] as Keys;
    const data = payload as Payload;
    if (collection === 'participants') assertParticipantCode(data);
    if (isVersionContent(collection)) {
      const current = await versionsOfContent(context.database, collection, keys);
      const target = await versionOfPayload(context.database, collection, data);
      await assertVersionsAreDrafts(context.database, target === null ? current : [...current, target]);
    }
    const waveColumn = WAVE_CONTENT[collection];
    if (waveColumn) await assertWavesOpenForChange(context.database, await wavesOf(context.database, collection, waveColumn, keys));
    if (collection === 'population_frames' && typeof data['population'] === 'number' && keys.length === 1) {
      const [wave] = await wavesOf(context.database, collection, 'wave', keys);
      if (wave !== undefined) return { ...data, target: await frameTarget(context.database, wave, data['population']) };
    }
    return payload;
  });

  filter('items.delete', async (keys, meta, context) => {
    const collection = String(meta['collection']);
    const ids = keys as Keys;
    if (collection === 'instrument_versions') await checkVersionDelete(context.database, ids);
    if (isVersionContent(collection)) await assertVersionsAreDrafts(context.database, await versionsOfContent(context.database, collection, ids));
    if (collection === 'interviews') await beforeInterviewDelete(context.database, ids);
    if (collection === 'waves') await assertWavesOpenForChange(context.database, ids);
    const waveColumn = WAVE_CONTENT[collection];
    if (waveColumn) await assertWavesOpenForChange(context.database, await wavesOf(context.database, collection, waveColumn, ids));
    const relations = (context.schema?.relations ?? []) as RelationInfo[];
    await refuseDeleteOfReferencedItems(context.database, relations, collection, ids);
    return keys;
  });
});
