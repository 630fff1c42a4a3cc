import type { Choice, Question, QuestionnaireVersion, QuestionType } from './types.ts';

/** A tiny DSL for scenario versions: `version(question('AGE', 'integer', { required: true }), ...)`. */
export function question(code: string, type: QuestionType, fields: Partial<Question> = {}): Question {
  return { code, type, label: `Libellé ${code}`, required: false, choices: [], section: 'S1', ...fields };
}

export function choices(...values: readonly string[]): readonly Choice[] {
  return values.map((value) => ({ value, label: `Choix ${value}` }));
}

export function version(...questions: readonly Question[]): QuestionnaireVersion {
  return { sections: [{ code: 'S1', label: 'Section 1' }], questions };
}
