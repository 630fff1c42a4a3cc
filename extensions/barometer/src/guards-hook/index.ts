import { defineHook } from '@directus/extensions-sdk';
import {
  activeUserGuard,
  checkUserCreate,
  checkUserUpdate,
  graphqlLoginGuard,
  loginThrottleGuard,
  throttleSettings,
} from '../server/access/accounts.ts';
import { bodyDepthGuard } from '../server/http/body-depth.ts';
import { checkFollowUpCreate, checkFollowUpUpdate } from '../server/rules/follow-up-guards.ts';
import { dropSqliteGuards, ensureDatabaseGuards } from '../server/db/database-guards.ts';
import {
  assertVersionsAreDrafts,
  checkVersionCreate,
  checkVersionDelete,
  checkVersionUpdate,
  isVersionContent,
  versionOfPayload,
  versionsOfContent,
} from '../server/rules/frozen-versions.ts';
import {
  beforeInterviewCreate,
  beforeInterviewDelete,
  beforeInterviewUpdate,
  recordFollowupInterview,
  stampReview,
} from '../server/rules/interview-hooks.ts';
import { refuseDeleteOfReferencedItems, type RelationInfo } from '../server/rules/restrict-delete.ts';
import { assertFieldValues, assertFilterValues, assertGroupFields, assertKeys } from '../server/rules/field-guard.ts';
import { setLandingPage } from '../server/access/landing.ts';
import { nulGuard } from '../server/http/nul-guard.ts';
import { restrictRelationalQuery, SYSTEM_QUERY_SCOPES } from '../server/access/relational-access.ts';
import {
  assertNotReportFiles,
  assertReportRowFiled,
  assertReportRowFilled,
  refuseReportRowChange,
  reportFileGuard,
} from '../server/report/report-files.ts';
import { assertParticipantCode } from '../server/rules/participant-code.ts';
import { checkQuestionSectionCreate, checkQuestionSectionUpdate } from '../server/rules/section-guard.ts';
import { sortGuard } from '../server/rules/sort-guard.ts';
import type { ItemsServiceConstructor } from '../server/http/context.ts';
import { refuseUnreadable, type WriteContext } from '../server/access/unreadable.ts';
import {
  assertWavesOpenForChange,
  checkWaveCreate,
  checkWaveUpdate,
  frameTarget,
  wavesOf,
} from '../server/rules/wave-guards.ts';

type Keys = Array<string | number>;
type Query = Parameters<typeof restrictRelationalQuery>[0];
type Payload = Record<string, unknown>;

/** Collections frozen with their wave, and the column that names it (a published baseline's estimates move every trend). */
const WAVE_CONTENT: Record<string, string> = {
  population_frames: 'wave',
  waves_instrument_versions: 'waves_id',
  external_estimates: 'wave',
  recommendation_followups: 'wave',
};

export default defineHook(({ action, filter, init }, { database, env, logger, services }) => {
  const throttle = throttleSettings(env);
  const ItemsService = services.ItemsService as ItemsServiceConstructor;

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
  for (const event of [
    'fields.create',
    'fields.update',
    'fields.delete',
    'relations.create',
    'relations.update',
    'relations.delete',
  ]) {
    filter(event, async (payload, _meta, context) => {
      // The write transaction's connection: on SQLite, another one would wait for it forever.
      await dropSqliteGuards(context.database);
      return payload;
    });
    action(event, () => {
      guardsRebuilt = guardsRebuilt
        .then(() => ensureDatabaseGuards(database))
        .catch((error: unknown) => logger.error(error, 'barometer: database guards not rebuilt'));
      return guardsRebuilt;
    });
  }

  init('routes.before', ({ app }) => {
    app.use(bodyDepthGuard);
    app.use(nulGuard);
    app.use(sortGuard(database));
    app.use(activeUserGuard(database));
    app.use(graphqlLoginGuard);
    if (throttle.enabled) app.use(loginThrottleGuard(throttle));
    app.use(reportFileGuard(database));
  });

  filter('files.update', async (payload, meta, context) => {
    await assertNotReportFiles(context.database, meta['keys'] as Keys);
    return payload;
  });
  filter('files.delete', async (keys, _meta, context) => {
    await assertNotReportFiles(context.database, keys as Keys);
    return keys;
  });

  filter('reports.items.create', (payload, _meta, context) => {
    assertReportRowFiled(payload as Payload, Boolean(context.accountability && !context.accountability.admin));
    return payload;
  });
  filter('reports.items.update', async (payload, meta, context) => {
    await assertReportRowFilled(context.database, meta['keys'] as Keys, payload as Payload);
    return payload;
  });
  filter('reports.items.delete', refuseReportRowChange);

  filter('users.create', (payload) => {
    checkUserCreate(payload as Payload);
    return payload;
  });
  filter('users.update', async (payload, meta, context) => {
    await checkUserUpdate(context.database, meta['keys'] as Keys, payload as Payload);
    return payload;
  });

  // Filters, sorts, aggregates and deep queries through a relation see only the related rows the
  // requester may read: Directus joins related collections without their permissions.
  filter('items.query', (query, meta, context) =>
    restrictRelationalQuery(query as Query, String(meta['collection']), context),
  );
  for (const scope of SYSTEM_QUERY_SCOPES) {
    filter(`${scope}.query`, (query, meta, context) =>
      restrictRelationalQuery(query as Query, String(meta['collection']), context),
    );
  }

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

  filter('recommendation_followups.items.create', async (payload, _meta, context) => {
    await checkFollowUpCreate(context.database, payload as Payload);
    return payload;
  });
  filter('recommendation_followups.items.update', async (payload, meta, context) => {
    await checkFollowUpUpdate(context.database, meta['keys'] as Keys, payload as Payload);
    return payload;
  });

  filter('interviews.items.create', async (payload, _meta, context) =>
    beforeInterviewCreate(context.database, payload as Payload, context.accountability ?? null),
  );
  filter('interviews.items.update', async (payload, meta, context) =>
    beforeInterviewUpdate(context.database, meta['keys'] as Keys, payload as Payload, context.accountability ?? null),
  );

  action('interviews.items.update', async (meta, context) => {
    await stampReview(
      context.database,
      meta['keys'] as Keys,
      meta['payload'] as Payload,
      context.accountability ?? null,
    );
    await recordFollowupInterview(context.database, meta['keys'] as Keys, context.accountability ?? null);
  });
  action('interviews.items.create', async (meta, context) => {
    await stampReview(
      context.database,
      [meta['key'] as string | number],
      meta['payload'] as Payload,
      context.accountability ?? null,
    );
    await recordFollowupInterview(context.database, [meta['key'] as string | number], context.accountability ?? null);
  });

  // Reads on every path (REST, GraphQL, export, a path id) come here with their filter.
  filter('items.query', (query, meta) => {
    assertFilterValues(String(meta['collection']), (query as { filter?: unknown }).filter);
    assertGroupFields((query as { group?: unknown }).group);
    return query;
  });

  // The generic `items.*` filters run before the collection's own: a value that does not fit its
  // field is refused with a 400 naming it before any rule reads it.
  filter('items.create', async (payload, meta, context) => {
    const collection = String(meta['collection']);
    const data = payload as Payload;
    assertFieldValues(collection, data);
    if (collection === 'participants') assertParticipantCode(data);
    if (collection === 'questions') await checkQuestionSectionCreate(context.database, data);
    if (isVersionContent(collection)) {
      const version = await versionOfPayload(context.database, collection, data);
      await assertVersionsAreDrafts(context.database, version === null ? [] : [version]);
    }
    const waveColumn = WAVE_CONTENT[collection];
    if (waveColumn && data[waveColumn] !== undefined)
      await assertWavesOpenForChange(context.database, [data[waveColumn] as number]);
    if (collection === 'population_frames' && typeof data['population'] === 'number' && data['wave'] !== undefined) {
      return { ...data, target: await frameTarget(context.database, Number(data['wave']), data['population']) };
    }
    return payload;
  });

  // Directus runs these generic filters before the collection ones (`interviews.items.update`): no rule
  // here or there describes an item its requester cannot read.
  filter('items.update', async (payload, meta, context) => {
    const collection = String(meta['collection']);
    const keys = meta['keys'] as Keys;
    const data = payload as Payload;
    assertKeys(collection, keys);
    assertFieldValues(collection, data);
    await refuseUnreadable(ItemsService, collection, keys, context as WriteContext);
    if (collection === 'participants') assertParticipantCode(data);
    if (collection === 'questions') await checkQuestionSectionUpdate(context.database, keys, data);
    if (isVersionContent(collection)) {
      const current = await versionsOfContent(context.database, collection, keys);
      const target = await versionOfPayload(context.database, collection, data);
      await assertVersionsAreDrafts(context.database, target === null ? current : [...current, target]);
    }
    const waveColumn = WAVE_CONTENT[collection];
    if (waveColumn) {
      // A row moved into a closed wave changes that wave as much as a row changed in it.
      const moved = data[waveColumn];
      const target = typeof moved === 'number' || typeof moved === 'string' ? [moved] : [];
      await assertWavesOpenForChange(context.database, [
        ...(await wavesOf(context.database, collection, waveColumn, keys)),
        ...target,
      ]);
    }
    if (collection === 'population_frames' && typeof data['population'] === 'number' && keys.length === 1) {
      const [wave] = await wavesOf(context.database, collection, 'wave', keys);
      if (wave !== undefined) return { ...data, target: await frameTarget(context.database, wave, data['population']) };
    }
    return payload;
  });

  filter('items.delete', async (keys, meta, context) => {
    const collection = String(meta['collection']);
    const ids = keys as Keys;
    assertKeys(collection, ids);
    await refuseUnreadable(ItemsService, collection, ids, context as WriteContext);
    if (collection === 'instrument_versions') await checkVersionDelete(context.database, ids);
    if (isVersionContent(collection))
      await assertVersionsAreDrafts(context.database, await versionsOfContent(context.database, collection, ids));
    if (collection === 'interviews') await beforeInterviewDelete(context.database, ids);
    if (collection === 'waves') await assertWavesOpenForChange(context.database, ids);
    const waveColumn = WAVE_CONTENT[collection];
    if (waveColumn)
      await assertWavesOpenForChange(context.database, await wavesOf(context.database, collection, waveColumn, ids));
    const relations = (context.schema?.relations ?? []) as RelationInfo[];
    await refuseDeleteOfReferencedItems(context.database, relations, collection, ids);
    return keys;
  });
});
