import {
  check,
  parse,
  referenceNodes,
  type ExpressionError,
  type ExpressionErrorCode,
} from '../../expressions/index.ts';
import { expressionSource } from '../blank.ts';
import { questionPrefix, type ProblemRule, type VersionProblem } from '../problem.ts';
import type { Question, QuestionnaireVersion } from '../types.ts';

type ExpressionField = 'relevant' | 'constraint' | 'calculation' | 'repeat_count';

const FIELD_NAMES: { readonly [F in ExpressionField]: string } = {
  relevant: "condition d'affichage (relevant)",
  constraint: 'contrainte (constraint)',
  calculation: 'calcul (calculation)',
  repeat_count: 'nombre de répétitions (repeat_count)',
};

function ruleOf(code: ExpressionErrorCode): ProblemRule {
  if (code === 'unknown-code') return 'unknown_reference';
  if (code === 'current-outside-constraint') return 'current_outside_constraint';
  return 'expression_syntax';
}

function where(question: Question, field: ExpressionField, position: number): string {
  return `${questionPrefix(question.code)}, ${FIELD_NAMES[field]}, caractère ${position + 1}`;
}

function expressionProblem(question: Question, field: ExpressionField, error: ExpressionError): VersionProblem {
  return {
    rule: ruleOf(error.code),
    question: question.code,
    field,
    message: `${where(question, field, error.position)} : ${error.messageFr}.`,
    position: error.position,
    length: error.length,
  };
}

/** ODK would wait forever on a question whose relevance needs its own answer. */
function selfRelevanceProblems(question: Question, source: string): readonly VersionProblem[] {
  const parsed = parse(source);
  if (!parsed.ok) return [];
  const reference = referenceNodes(parsed.ast).find((node) => node.code === question.code);
  if (!reference) return [];
  return [
    {
      rule: 'self_relevance',
      question: question.code,
      field: 'relevant',
      message: `${where(question, 'relevant', reference.position)} : la condition d'affichage d'une question ne peut pas dépendre de sa propre réponse.`,
      position: reference.position,
      length: reference.length,
    },
  ];
}

function questionProblems(question: Question, knownCodes: ReadonlySet<string>): readonly VersionProblem[] {
  const fields: readonly ExpressionField[] = ['relevant', 'constraint', 'calculation', 'repeat_count'];
  return fields.flatMap((field) => {
    const source = expressionSource(question[field]);
    if (source === undefined) return [];
    const errors = check(source, knownCodes, { allowCurrent: field === 'constraint' });
    return [
      ...errors.map((error) => expressionProblem(question, field, error)),
      ...(field === 'relevant' ? selfRelevanceProblems(question, source) : []),
    ];
  });
}

/** Each expression parses, names only this version's questions, and uses `.` only in a constraint. */
export function expressionProblems(version: QuestionnaireVersion): readonly VersionProblem[] {
  const knownCodes = new Set(version.questions.map((question) => question.code));
  return version.questions.flatMap((question) => questionProblems(question, knownCodes));
}
