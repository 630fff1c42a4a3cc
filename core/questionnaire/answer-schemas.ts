import { z } from 'zod';
import type { Question, ScalarAnswer } from './types.ts';

/** Long enough for any open answer given in an interview, short enough to refuse pasted documents. */
export const TEXT_MAX_LENGTH = 10_000;

function choiceValues(question: Question): ReadonlySet<string> {
  return new Set(question.choices.map((choice) => choice.value));
}

/** Built once per question object, as the compiled expressions are (see compiled-version.ts). */
const schemas = new WeakMap<Question, z.ZodType<ScalarAnswer> | undefined>();

/**
 * The type layer of an answer, as stored in `interviews.answers` (JSON types, no coercion: `'12'` is not
 * an integer, `'a b'` is not a select_multiple). Undefined for notes and calculations, which take no
 * answer from the user, and for repeats, whose instances `validateAnswers` reads question by question.
 */
export function answerSchema(question: Question): z.ZodType<ScalarAnswer> | undefined {
  if (!schemas.has(question)) schemas.set(question, buildSchema(question));
  return schemas.get(question);
}

function buildSchema(question: Question): z.ZodType<ScalarAnswer> | undefined {
  switch (question.type) {
    case 'select_one': {
      const values = choiceValues(question);
      return z.string().refine((value) => values.has(value));
    }
    case 'select_multiple': {
      const values = choiceValues(question);
      return z
        .array(z.string().refine((value) => values.has(value)))
        .refine((selected) => new Set(selected).size === selected.length);
    }
    case 'integer':
      return z.number().int();
    case 'decimal':
      return z.number();
    case 'date':
      return z.iso.date();
    case 'text':
      return z.string().max(TEXT_MAX_LENGTH);
    case 'note':
    case 'calculate':
    case 'repeat':
      return undefined;
    default:
      return assertNever(question.type);
  }
}

function assertNever(type: never): never {
  throw new Error(`No answer schema for type ${String(type)}`);
}
