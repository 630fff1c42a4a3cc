// The questions an indicator's expressions name, worded as in the wave's instrument versions (label
// and label_ar, with their choices), for the report's definitions annex. The newest version's wording
// wins when a code is in several.
import type { Knex } from 'knex';
import { parse, references } from '../../../../../core/expressions/index.ts';
import type { Indicator, QuestionWording } from '../../../../../core/report/index.ts';

function codesOf(indicator: Pick<Indicator, 'definition'>): string[] {
  return [indicator.definition.numerator, indicator.definition.denominator].flatMap((expression) => {
    const parsed = parse(expression);
    return parsed.ok ? references(parsed.ast).codes : [];
  });
}

const text = (value: string | null | undefined): string | undefined => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? undefined : trimmed;
};

export async function withQuestionWording(
  database: Knex,
  versionIds: readonly number[],
  indicators: readonly Indicator[],
): Promise<Indicator[]> {
  const codes = [...new Set(indicators.flatMap(codesOf))];
  if (codes.length === 0 || versionIds.length === 0) return [...indicators];
  const questions: Array<{ id: number; code: string; label: string | null; label_ar: string | null }> = await database(
    'questions',
  )
    .whereIn('instrument_version', [...versionIds])
    .whereIn('code', codes)
    .orderBy([{ column: 'instrument_version' }, { column: 'id' }])
    .select('id', 'code', 'label', 'label_ar');
  const choices: Array<{ question: number; value: string; label: string | null; label_ar: string | null }> =
    questions.length === 0
      ? []
      : await database('choices')
          .whereIn(
            'question',
            questions.map((question) => question.id),
          )
          .orderBy([{ column: 'sort' }, { column: 'id' }])
          .select('question', 'value', 'label', 'label_ar');
  const wording = new Map<string, QuestionWording>();
  for (const question of questions) {
    const labelAr = text(question.label_ar);
    wording.set(question.code, {
      code: question.code,
      label: text(question.label) ?? question.code,
      ...(labelAr ? { labelAr } : {}),
      choices: choices
        .filter((choice) => Number(choice.question) === Number(question.id))
        .map((choice) => {
          const choiceAr = text(choice.label_ar);
          return {
            value: String(choice.value),
            label: text(choice.label) ?? String(choice.value),
            ...(choiceAr ? { labelAr: choiceAr } : {}),
          };
        }),
    });
  }
  return indicators.map((indicator) => {
    const named = [...new Set(codesOf(indicator))].flatMap((code) => {
      const found = wording.get(code);
      return found ? [found] : [];
    });
    return named.length > 0 ? { ...indicator, questions: named } : indicator;
  });
}
