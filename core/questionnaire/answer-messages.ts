import { TEXT_MAX_LENGTH } from './answer-schemas.ts';
import type { Question, QuestionType } from './types.ts';

export interface LocalizedMessage {
  readonly message: string;
  readonly message_ar: string;
}

const EXPECTED_FR: { readonly [T in QuestionType]: (question: Question) => string } = {
  select_one: (question) => `un des choix (${question.choices.map((choice) => choice.value).join(', ')})`,
  select_multiple: (question) =>
    `une liste de choix distincts parmi ${question.choices.map((choice) => choice.value).join(', ')}`,
  integer: () => 'un nombre entier',
  decimal: () => 'un nombre',
  text: () => `un texte d'au plus ${TEXT_MAX_LENGTH} caractères`,
  date: () => 'une date AAAA-MM-JJ',
  note: () => 'aucune réponse',
  calculate: () => 'aucune réponse',
  repeat: () => 'une liste d’instances, chacune un objet des réponses à ses questions',
};

export function invalidTypeMessage(question: Question): LocalizedMessage {
  return {
    message: `Réponse invalide à la question « ${question.code} » : attendu ${EXPECTED_FR[question.type](question)}.`,
    message_ar: 'الجواب غير صالح لهذا السؤال.',
  };
}

export function unknownQuestionMessage(code: string): LocalizedMessage {
  return {
    message: `La question « ${code} » n'existe pas dans cette version du questionnaire.`,
    message_ar: 'هذا السؤال غير موجود في هذه الاستمارة.',
  };
}

export function noteAnsweredMessage(code: string): LocalizedMessage {
  return {
    message: `« ${code} » est une note : elle ne prend pas de réponse.`,
    message_ar: 'هذه ملاحظة ولا تقبل أي جواب.',
  };
}

export function notRelevantMessage(code: string): LocalizedMessage {
  return {
    message: `La question « ${code} » ne s'applique pas d'après les autres réponses : sa réponse doit être effacée.`,
    message_ar: 'هذا السؤال لا ينطبق حسب الأجوبة الأخرى، يجب حذف جوابه.',
  };
}

export function requiredMessage(code: string): LocalizedMessage {
  return {
    message: `La question « ${code} » est obligatoire.`,
    message_ar: 'هذا السؤال إجباري.',
  };
}

/** The question's own constraint message when it has one, in each language separately. */
export function constraintMessage(question: Question): LocalizedMessage {
  return {
    message:
      question.constraint_message?.trim() ||
      `La réponse à la question « ${question.code} » ne respecte pas sa contrainte.`,
    message_ar: question.constraint_message_ar?.trim() || 'الجواب لا يحترم الشروط المحددة لهذا السؤال.',
  };
}

export function inRepeatMessage(code: string, repeat: string): LocalizedMessage {
  return {
    message: `La question « ${code} » est posée dans la répétition « ${repeat} » : ses réponses vont dans les instances de « ${repeat} ».`,
    message_ar: 'هذا السؤال جزء من تكرار: أجوبته توضع في نسخ هذا التكرار.',
  };
}

export function repeatCountMessage(code: string, expected: number, given: number): LocalizedMessage {
  return {
    message: `La répétition « ${code} » doit avoir ${expected} instance(s) d'après son nombre de répétitions (repeat_count), pas ${given}.`,
    message_ar: `يجب أن يضم هذا التكرار ${expected} نسخة حسب عدد التكرارات، لا ${given}.`,
  };
}

/** One instance an error is in: its repeat and its number (from 1) there. */
export interface InstanceStep {
  readonly repeat: string;
  readonly instance: number;
}

/** The instances from the outermost down, as `SIBLINGS[2]/CHILDREN[1]`. */
export function instancePath(path: readonly InstanceStep[]): string {
  return path.map((step) => `${step.repeat}[${step.instance}]`).join('/');
}

/**
 * An error inside a repeat names the repeat and the instance (from 1), in front of the question's message;
 * in a nested repeat, the path of instances that leads to it.
 */
export function inInstance(path: readonly InstanceStep[], { message, message_ar }: LocalizedMessage): LocalizedMessage {
  const last = path.at(-1);
  if (last === undefined) return { message, message_ar };
  const instance = path.length === 1 ? String(last.instance) : instancePath(path);
  return {
    message: `Répétition « ${last.repeat} », instance ${instance} : ${message}`,
    message_ar: `التكرار « ${last.repeat} »، النسخة ${instance}: ${message_ar}`,
  };
}
