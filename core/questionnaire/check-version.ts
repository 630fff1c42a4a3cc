import type { VersionProblem } from './problem.ts';
import { choicesProblems } from './rules/choices.ts';
import { codeProblems } from './rules/codes.ts';
import { cycleProblems } from './rules/cycles.ts';
import { expressionProblems } from './rules/expressions.ts';
import { fieldProblems } from './rules/fields.ts';
import { repeatProblems } from './rules/repeats.ts';
import { structureProblems } from './rules/structure.ts';
import type { QuestionnaireVersion } from './types.ts';

const RULES: readonly ((version: QuestionnaireVersion) => readonly VersionProblem[])[] = [
  structureProblems,
  codeProblems,
  fieldProblems,
  repeatProblems,
  choicesProblems,
  expressionProblems,
  cycleProblems,
];

/** Every problem that blocks publishing the version; an empty list means it can be published. */
export function checkVersion(version: QuestionnaireVersion): readonly VersionProblem[] {
  return RULES.flatMap((rule) => rule(version));
}
