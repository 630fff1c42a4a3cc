// Reads an instrument version from the database into the core questionnaire shape.
import type { Knex } from 'knex';
import type { Question, QuestionnaireVersion, QuestionType } from '../../../../core/questionnaire/index.ts';

export interface VersionRow {
  id: number;
  instrument: number;
  instrument_code: string;
  instrument_title: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  published_at: string | null;
  notes: string | null;
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
    );
  const choices: Array<{ question: number; value: string; label: string; label_ar: string | null }> = questions.length
    ? await database('choices')
        .whereIn(
          'question',
          questions.map((question) => question.id),
        )
        .orderBy([{ column: 'sort' }, { column: 'id' }])
        .select('question', 'value', 'label', 'label_ar')
    : [];
  const sectionCode = new Map(sections.map((section) => [section.id, section.code]));
  const choicesOf = Map.groupBy(choices, (choice) => choice.question);
  return {
    id: version.id,
    instrument: version.instrument_code,
    version: version.version,
    sections: sections.map(({ code, label, label_ar }) => ({ code, label, label_ar })),
    questions: questions.map(({ id, section, required, identifying, ...question }): Question => ({
      ...question,
      section: section === null ? null : (sectionCode.get(section) ?? null),
      required: Boolean(required),
      // Only when true, as the XLSForm reader gives it: a copied or exported version equals the one read.
      ...(identifying ? { identifying: true } : {}),
      choices: (choicesOf.get(id) ?? []).map(({ value, label, label_ar }) => ({ value, label, label_ar })),
    })),
  };
}
