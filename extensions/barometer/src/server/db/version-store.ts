// Reads an instrument version from the database into the core questionnaire shape.
import type { Knex } from 'knex';
import type { Choice, Question, QuestionnaireVersion, QuestionType } from '../../../../../core/questionnaire/index.ts';
import { parseStoredExtras } from '../../../../../core/xlsform/index.ts';

export interface VersionRow {
  id: number;
  instrument: number;
  instrument_code: string;
  instrument_title: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  published_at: string | null;
  notes: string | null;
  /** JSON as the database hands it: read with `parseStoredVersionExtras`. */
  xlsform: unknown;
}

interface QuestionRow {
  id: number;
  section: number | null;
  code: string;
  type: QuestionType;
  label: string;
  label_ar: string | null;
  hint: string | null;
  hint_ar: string | null;
  required: boolean | number;
  identifying: boolean | number | null;
  relevant: string | null;
  constraint: string | null;
  constraint_message: string | null;
  constraint_message_ar: string | null;
  calculation: string | null;
  repeat: string | null;
  repeat_count: string | null;
  xlsform: unknown;
}

/** Only when something was kept, as the XLSForm reader gives it: an exported version equals the one read. */
function withExtras<T extends Question | Choice>(item: T, value: unknown): T {
  const xlsform = parseStoredExtras(value);
  return xlsform === undefined ? item : { ...item, xlsform };
}

export async function findVersion(database: Knex, id: number): Promise<VersionRow | undefined> {
  return database('instrument_versions as v')
    .join('instruments as i', 'i.id', 'v.instrument')
    .where('v.id', id)
    .first(
      'v.id',
      'v.instrument',
      'i.code as instrument_code',
      'i.title as instrument_title',
      'v.version',
      'v.status',
      'v.published_at',
      'v.notes',
      'v.xlsform',
    );
}

export async function loadQuestionnaire(database: Knex, version: VersionRow): Promise<QuestionnaireVersion> {
  const sections: Array<{ id: number; code: string; label: string; label_ar: string | null }> = await database(
    'sections',
  )
    .where('instrument_version', version.id)
    .orderBy([{ column: 'sort' }, { column: 'id' }])
    .select('id', 'code', 'label', 'label_ar');
  const questions: QuestionRow[] = await database('questions')
    .where('instrument_version', version.id)
    .orderBy([{ column: 'sort' }, { column: 'id' }])
    .select(
      'id',
      'section',
      'code',
      'type',
      'label',
      'label_ar',
      'hint',
      'hint_ar',
      'required',
      'identifying',
      'relevant',
      'constraint',
      'constraint_message',
      'constraint_message_ar',
      'calculation',
      'repeat',
      'repeat_count',
      'xlsform',
    );
  const choices: Array<{ question: number; value: string; label: string; label_ar: string | null; xlsform: unknown }> =
    questions.length
      ? await database('choices')
          .whereIn(
            'question',
            questions.map((question) => question.id),
          )
          .orderBy([{ column: 'sort' }, { column: 'id' }])
          .select('question', 'value', 'label', 'label_ar', 'xlsform')
      : [];
  const sectionCode = new Map(sections.map((section) => [section.id, section.code]));
  const choicesOf = Map.groupBy(choices, (choice) => choice.question);
  return {
    id: version.id,
    instrument: version.instrument_code,
    version: version.version,
    sections: sections.map(({ code, label, label_ar }) => ({ code, label, label_ar })),
    questions: questions.map(
      ({ id, section, required, identifying, repeat, repeat_count, xlsform, ...question }): Question =>
        withExtras(
          {
            ...question,
            // Only when set, as the XLSForm reader gives them: a copied or exported version equals the one read.
            ...(repeat ? { repeat } : {}),
            ...(repeat_count ? { repeat_count } : {}),
            section: section === null ? null : (sectionCode.get(section) ?? null),
            required: Boolean(required),
            // Only when true, as the XLSForm reader gives it: a copied or exported version equals the one read.
            ...(identifying ? { identifying: true } : {}),
            choices: (choicesOf.get(id) ?? []).map((choice) =>
              withExtras({ value: choice.value, label: choice.label, label_ar: choice.label_ar }, choice.xlsform),
            ),
          },
          xlsform,
        ),
    ),
  };
}
