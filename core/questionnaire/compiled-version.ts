import { compile, type CompiledExpression } from '../expressions/index.ts';
import { expressionSource } from './blank.ts';
import type { Question, QuestionnaireVersion } from './types.ts';

export interface CompiledQuestion {
  readonly question: Question;
  readonly relevant?: CompiledExpression;
  readonly constraint?: CompiledExpression;
  readonly calculation?: CompiledExpression;
  readonly repeatCount?: CompiledExpression;
}

/**
 * An expression that does not parse is left out: such a version cannot be published (`checkVersion`),
 * and a draft being edited should still be fillable, so it behaves as if the field were empty.
 */
function compileField(field: string | null | undefined): { readonly expression?: CompiledExpression } {
  const source = expressionSource(field);
  if (source === undefined) return {};
  const compiled = compile(source);
  return compiled.ok ? { expression: compiled.expression } : {};
}

function compileQuestion(question: Question): CompiledQuestion {
  const relevant = compileField(question.relevant).expression;
  const constraint = compileField(question.constraint).expression;
  const calculation = compileField(question.calculation).expression;
  const repeatCount = compileField(question.repeat_count).expression;
  return {
    question,
    ...(relevant && { relevant }),
    ...(constraint && { constraint }),
    ...(calculation && { calculation }),
    ...(repeatCount && { repeatCount }),
  };
}

/**
 * Versions are read-only values: their compiled form is kept for as long as the version object lives
 * (the server's cache of published versions, the form a page shows), so a save or a keystroke does not
 * parse every expression again. Weak, so it never outgrows the versions in use.
 */
const compiledVersions = new WeakMap<QuestionnaireVersion, ReadonlyMap<string, CompiledQuestion>>();

/** Each question with its expressions compiled once, keyed by code (the first question wins a duplicate). */
export function compileVersion(version: QuestionnaireVersion): ReadonlyMap<string, CompiledQuestion> {
  const cached = compiledVersions.get(version);
  if (cached) return cached;
  const compiled = new Map<string, CompiledQuestion>();
  for (const question of version.questions) {
    if (!compiled.has(question.code)) compiled.set(question.code, compileQuestion(question));
  }
  compiledVersions.set(version, compiled);
  return compiled;
}
