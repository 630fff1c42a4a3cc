// Published questionnaires never change (triggers guarantee it), so their parsed form is cached per
// version id; drafts are read each time. Bounded: a handful of versions are in the field at once.
import type { Knex } from 'knex';
import type { QuestionnaireVersion } from '../../../../../core/questionnaire/index.ts';
import { findVersion, loadQuestionnaire, type VersionRow } from './version-store.ts';

const MAX_CACHED = 32;
const published = new Map<number, { row: VersionRow; questionnaire: QuestionnaireVersion }>();

export async function questionnaireOf(
  database: Knex,
  versionId: number,
): Promise<{ row: VersionRow; questionnaire: QuestionnaireVersion } | undefined> {
  const cached = published.get(versionId);
  if (cached) return cached;
  const row = await findVersion(database, versionId);
  if (!row) return undefined;
  const entry = { row, questionnaire: await loadQuestionnaire(database, row) };
  if (row.status !== 'draft') {
    if (published.size >= MAX_CACHED) published.delete(published.keys().next().value ?? versionId);
    published.set(versionId, entry);
  }
  return entry;
}
