import { z } from 'zod';
import { QUESTION_TYPES, type QuestionnaireVersion } from '../../../../core/questionnaire/index.ts';

const id = z.union([z.number(), z.string()]);
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const sort = z
  .number()
  .nullish()
  .transform((value) => value ?? Number.MAX_SAFE_INTEGER);

export const sectionRow = z.object({ id, code: z.string(), label: z.string(), label_ar: optionalText, sort });

export const choiceRow = z.object({
  id: id.optional(),
  value: z.string(),
  label: z.string(),
  label_ar: optionalText,
  sort,
});

export const questionRow = z.object({
  id,
  code: z.string(),
  type: z.enum(QUESTION_TYPES),
  label: z.string(),
  label_ar: optionalText,
  hint: optionalText,
  hint_ar: optionalText,
  section: id.nullish().transform((value) => value ?? null),
  // SQLite hands booleans back as 0/1 through some paths.
  required: z.union([z.boolean(), z.number()]).nullish().transform(Boolean),
  relevant: optionalText,
  constraint: optionalText,
  constraint_message: optionalText,
  constraint_message_ar: optionalText,
  calculation: optionalText,
  // Optional in the rows: versions read before repeats existed, and the builder's rows, have neither.
  repeat: optionalText.optional(),
  repeat_count: optionalText.optional(),
  sort,
  choices: z
    .array(choiceRow)
    .nullish()
    .transform((value) => value ?? []),
});

export type SectionRow = z.input<typeof sectionRow>;
export type QuestionRow = z.input<typeof questionRow>;

function bySort<T extends { readonly sort: number }>(rows: readonly T[]): T[] {
  return rows.toSorted((a, b) => a.sort - b.sort);
}

/**
 * The core's questionnaire shape from the rows `/items/sections` and `/items/questions?fields=*,choices.*`
 * return. Throws (a ZodError) when a row is not what the data model promises, rather than showing a
 * questionnaire with holes.
 */
export function versionFromRows(
  versionId: string | number,
  sections: unknown,
  questions: unknown,
): QuestionnaireVersion {
  const sectionRows = bySort(z.array(sectionRow).parse(sections));
  const questionRows = bySort(z.array(questionRow).parse(questions));
  const sectionCode = new Map(sectionRows.map((section) => [String(section.id), section.code]));
  return {
    id: versionId,
    sections: sectionRows.map(({ code, label, label_ar }) => ({ code, label, label_ar })),
    questions: questionRows.map(({ id: _id, sort: _sort, section, choices, repeat, repeat_count, ...question }) => ({
      ...question,
      ...(repeat ? { repeat } : {}),
      ...(repeat_count ? { repeat_count } : {}),
      section: section === null ? null : (sectionCode.get(String(section)) ?? null),
      choices: bySort(choices).map(({ value, label, label_ar }) => ({ value, label, label_ar })),
    })),
  };
}
