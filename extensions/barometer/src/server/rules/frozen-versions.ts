// A published questionnaire never changes under the data: its version row, sections, questions and
// choices are frozen; the only move left is published -> retired, and not while a wave in the field
// uses it. These checks run in the item hooks (every API path) and, as database triggers, below them.
import type { Knex } from 'knex';
import { checkVersion } from '../../../../../core/questionnaire/index.ts';
import { ConflictError, ValidationError } from '../http/errors.ts';
import { findVersion, loadQuestionnaire } from '../db/version-store.ts';

export const VERSION_CONTENT = ['sections', 'questions', 'choices'] as const;
type ContentCollection = (typeof VERSION_CONTENT)[number];

const NEW_DRAFT_HINT =
  'Créez un nouveau brouillon (bouton « Nouveau brouillon » ou POST /barometer/instrument-versions/:id/draft).';

export function isVersionContent(collection: string): collection is ContentCollection {
  return (VERSION_CONTENT as readonly string[]).includes(collection);
}

/** The versions that rows of sections, questions or choices belong to. */
export async function versionsOfContent(
  database: Knex,
  collection: ContentCollection,
  keys: ReadonlyArray<string | number>,
): Promise<number[]> {
  if (keys.length === 0) return [];
  const rows: Array<{ version: number | null }> =
    collection === 'choices'
      ? await database('choices as c')
          .join('questions as q', 'q.id', 'c.question')
          .whereIn('c.id', keys)
          .distinct('q.instrument_version as version')
      : await database(collection).whereIn('id', keys).distinct('instrument_version as version');
  return rows.flatMap((row) => (row.version === null ? [] : [row.version]));
}

/** The version a new or moved row would belong to, from its payload. */
export async function versionOfPayload(
  database: Knex,
  collection: ContentCollection,
  payload: Record<string, unknown>,
): Promise<number | null> {
  if (collection !== 'choices')
    return typeof payload['instrument_version'] === 'number'
      ? payload['instrument_version']
      : toId(payload['instrument_version']);
  const question = toId(payload['question']);
  if (question === null) return null;
  const row: { instrument_version: number } | undefined = await database('questions')
    .where('id', question)
    .first('instrument_version');
  return row?.instrument_version ?? null;
}

function toId(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
}

export async function assertVersionsAreDrafts(database: Knex, versionIds: readonly number[]): Promise<void> {
  if (versionIds.length === 0) return;
  const frozen: Array<{ id: number; version: number; status: string; code: string }> = await database(
    'instrument_versions as v',
  )
    .join('instruments as i', 'i.id', 'v.instrument')
    .whereIn('v.id', [...new Set(versionIds)])
    .whereNot('v.status', 'draft')
    .select('v.id', 'v.version', 'v.status', 'i.code');
  const first = frozen[0];
  if (first) {
    throw new ConflictError({
      reason: `La version ${first.version} de l’instrument ${first.code} est ${first.status === 'published' ? 'publiée' : 'retirée'} : elle ne peut plus être modifiée. ${NEW_DRAFT_HINT}`,
    });
  }
}

/** Waves past `planned` that use one of these versions: they keep their versions as they were. */
async function wavesInFieldUsing(database: Knex, versionId: number): Promise<string[]> {
  const rows: Array<{ code: string }> = await database('waves_instrument_versions as link')
    .join('waves as w', 'w.id', 'link.waves_id')
    .where('link.instrument_versions_id', versionId)
    .whereNot('w.status', 'planned')
    .select('w.code');
  return rows.map((row) => row.code);
}

const CHANGEABLE_WHEN_PUBLISHED = new Set(['status', 'date_updated', 'user_updated']);

/**
 * Checks an update of instrument versions and returns the payload to write: publishing runs every check
 * of the questionnaire and stamps `published_at`; retiring is allowed once no wave in the field uses it.
 */
export async function checkVersionUpdate(
  database: Knex,
  keys: ReadonlyArray<string | number>,
  payload: Record<string, unknown>,
  now: () => Date,
): Promise<Record<string, unknown>> {
  const result = { ...payload };
  for (const key of keys) {
    const version = await findVersion(database, Number(key));
    if (!version) continue;
    const label = `La version ${version.version} de l’instrument ${version.instrument_code}`;
    const targetStatus = payload['status'];
    if (version.status === 'draft') {
      if (targetStatus === 'retired')
        throw new ConflictError({
          reason: `${label} est un brouillon : publiez-la ou supprimez-la plutôt que de la retirer.`,
        });
      if (targetStatus === 'published') {
        await assertPublishable(database, version.id, label);
        result['published_at'] ??= now().toISOString();
      }
      continue;
    }
    const onlyStatus = Object.keys(payload).every((field) => CHANGEABLE_WHEN_PUBLISHED.has(field));
    if (version.status === 'published' && targetStatus === 'retired' && onlyStatus) {
      const waves = await wavesInFieldUsing(database, version.id);
      if (waves.length > 0)
        throw new ConflictError({
          reason: `${label} est utilisée par la vague ${waves.join(', ')} : elle ne peut pas être retirée.`,
        });
      continue;
    }
    if (targetStatus === version.status && onlyStatus) continue;
    throw new ConflictError({
      reason: `${label} est ${version.status === 'published' ? 'publiée' : 'retirée'} : seul son retrait est possible. ${NEW_DRAFT_HINT}`,
    });
  }
  return result;
}

async function assertPublishable(database: Knex, versionId: number, label: string): Promise<void> {
  const version = await findVersion(database, versionId);
  if (!version) return;
  const questionnaire = await loadQuestionnaire(database, version);
  const problems = checkVersion(questionnaire);
  if (questionnaire.questions.length === 0) {
    throw new ValidationError({
      summary: `${label} ne peut pas être publiée`,
      problems: [{ message: 'La version ne contient aucune question.' }],
    });
  }
  if (problems.length > 0) {
    throw new ValidationError({
      summary: `${label} ne peut pas être publiée`,
      problems: problems.map((problem) => ({
        message: problem.message,
        ...(problem.question ? { question: problem.question } : {}),
        ...(problem.field ? { field: problem.field } : {}),
        ...(problem.position !== undefined ? { position: problem.position } : {}),
      })),
    });
  }
}

export async function checkVersionDelete(database: Knex, keys: ReadonlyArray<string | number>): Promise<void> {
  const frozen: Array<{ version: number; code: string; status: string }> = await database('instrument_versions as v')
    .join('instruments as i', 'i.id', 'v.instrument')
    .whereIn('v.id', keys)
    .whereNot('v.status', 'draft')
    .select('v.version', 'i.code', 'v.status');
  const first = frozen[0];
  if (first) {
    throw new ConflictError({
      reason: `La version ${first.version} de l’instrument ${first.code} est ${first.status === 'published' ? 'publiée' : 'retirée'} : elle ne peut pas être supprimée.`,
    });
  }
}

export function checkVersionCreate(payload: Record<string, unknown>): void {
  if (payload['status'] !== undefined && payload['status'] !== 'draft') {
    throw new ConflictError({
      reason:
        'Une version se crée en brouillon, puis se publie une fois vérifiée (POST /barometer/instrument-versions/:id/publish).',
    });
  }
}
