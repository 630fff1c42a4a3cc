import type { ChoiceRecord, QuestionRecord, QuestionType, SectionRecord } from './types.ts';

/** value, French label, Arabic label */
export type ChoiceSpec = readonly [string, string, string];

export interface Localized {
  readonly fr: string;
  readonly ar: string;
}

export interface QuestionSpec {
  readonly code: string;
  readonly type: QuestionType;
  readonly label: string;
  readonly label_ar: string;
  readonly hint?: Localized;
  /** Defaults to true for questions that take an answer. */
  readonly required?: boolean;
  readonly relevant?: string;
  readonly constraint?: Localized & { readonly expression: string };
  readonly calculation?: string;
  readonly choices?: readonly ChoiceSpec[];
}

export interface SectionSpec {
  readonly code: string;
  readonly label: string;
  readonly label_ar: string;
  readonly relevant?: string;
  readonly questions: readonly QuestionSpec[];
}

export const YES_NO: readonly ChoiceSpec[] = [
  ['yes', 'Oui', 'نعم'],
  ['no', 'Non', 'لا'],
];

export const YES_NO_DONT_KNOW: readonly ChoiceSpec[] = [...YES_NO, ['dont_know', 'Ne sait pas', 'لا أعرف']];

export const YES_NO_REFUSED: readonly ChoiceSpec[] = [...YES_NO, ['refused', 'Refuse de répondre', 'يرفض الإجابة']];

export function scaleConstraint(low: number, high: number): Localized & { readonly expression: string } {
  return {
    expression: `. >= ${low} and . <= ${high}`,
    fr: `Donner une note de ${low} à ${high}.`,
    ar: `أعطِ تقديرًا من ${low} إلى ${high}.`,
  };
}

export const AT_LEAST_ONE: Localized & { readonly expression: string } = {
  expression: 'count-selected(.) >= 1',
  fr: 'Choisir au moins une réponse.',
  ar: 'اختر إجابة واحدة على الأقل.',
};

export const SEVERAL_ANSWERS: Localized = { fr: 'Plusieurs réponses possibles.', ar: 'يمكن اختيار أكثر من إجابة.' };

function choicesOf(specs: readonly ChoiceSpec[]): ChoiceRecord[] {
  return specs.map(([value, label, label_ar], index) => ({ value, label, label_ar, sort: index + 1 }));
}

function takesAnswer(type: QuestionType): boolean {
  return type !== 'note' && type !== 'calculate';
}

/** Flattens sections into the records the model stores, numbering questions across the whole version. */
export function buildVersionContent(specs: readonly SectionSpec[]): {
  sections: SectionRecord[];
  questions: QuestionRecord[];
} {
  const sections = specs.map((spec, index) => ({
    code: spec.code,
    label: spec.label,
    label_ar: spec.label_ar,
    relevant: spec.relevant ?? null,
    sort: index + 1,
  }));
  const questions = specs
    .flatMap((section) => section.questions.map((question) => ({ section: section.code, question })))
    .map(({ section, question }, index): QuestionRecord => ({
      section,
      code: question.code,
      type: question.type,
      label: question.label,
      label_ar: question.label_ar,
      hint: question.hint?.fr ?? null,
      hint_ar: question.hint?.ar ?? null,
      required: question.required ?? takesAnswer(question.type),
      relevant: question.relevant ?? null,
      constraint: question.constraint?.expression ?? null,
      constraint_message: question.constraint?.fr ?? null,
      constraint_message_ar: question.constraint?.ar ?? null,
      calculation: question.calculation ?? null,
      choices: choicesOf(question.choices ?? []),
      sort: index + 1,
    }));
  return { sections, questions };
}
