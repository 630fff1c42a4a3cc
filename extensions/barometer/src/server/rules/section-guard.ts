// A question sits in a section of its own version: the section picker of the generic form lists every
// section, and a foreign one was accepted and published with the question outside every section.
import type { Knex } from 'knex';
import { misplacedSection, type OwnedSection } from '../../../../../core/questionnaire/index.ts';
import { relationId } from '../../shared-app/relation-id.ts';
import { ValidationError } from '../http/errors.ts';

type Key = string | number;

interface QuestionRow {
  id: Key;
  code: string;
  instrument_version: Key;
  section: Key | null;
}

async function assertPlacements(
  database: Knex,
  placements: ReadonlyArray<{ code: string | null; version: Key; section: Key }>,
): Promise<void> {
  if (placements.length === 0) return;
  const sections: OwnedSection[] = await database('sections')
    .whereIn('id', [...new Set(placements.map((placement) => placement.section))])
    .select('id', 'code', 'instrument_version');
  const byId = new Map(sections.map((section) => [String(section.id), section]));
  for (const placement of placements) {
    const refusal = misplacedSection(
      placement.code,
      placement.version,
      byId.get(String(placement.section)) ?? null,
      placement.section,
    );
    if (refusal)
      throw new ValidationError({
        summary: 'Section refusée',
        problems: [{ ...refusal, field: 'section', ...(placement.code === null ? {} : { question: placement.code }) }],
      });
  }
}

/** On create: the payload names both the version and the section. */
export async function checkQuestionSectionCreate(database: Knex, payload: Record<string, unknown>): Promise<void> {
  const section = relationId(payload['section']);
  const version = relationId(payload['instrument_version']);
  if (section === null || version === null) return;
  const code = typeof payload['code'] === 'string' ? payload['code'] : null;
  await assertPlacements(database, [{ code, version, section }]);
}

/** On update: what the payload changes, over what each question already holds. */
export async function checkQuestionSectionUpdate(
  database: Knex,
  keys: readonly Key[],
  payload: Record<string, unknown>,
): Promise<void> {
  if (keys.length === 0 || (payload['section'] === undefined && payload['instrument_version'] === undefined)) return;
  const rows: QuestionRow[] = await database('questions')
    .whereIn('id', keys)
    .select('id', 'code', 'instrument_version', 'section');
  const section = payload['section'] === undefined ? undefined : relationId(payload['section']);
  const version = payload['instrument_version'] === undefined ? undefined : relationId(payload['instrument_version']);
  await assertPlacements(
    database,
    rows.flatMap((row) => {
      const target = section === undefined ? row.section : section;
      const owner = version ?? row.instrument_version;
      return target === null ? [] : [{ code: row.code, version: owner, section: target }];
    }),
  );
}
