import { questionPrefix, type VersionProblem } from '../problem.ts';
import { isSelect } from '../question-types.ts';
import type { Question, QuestionnaireVersion } from '../types.ts';

/** A select_multiple answer is a space-separated list in exports and in `selected()`: no spaces in values. */
const CHOICE_VALUE = /^\S+$/;

function choiceProblems(question: Question): readonly VersionProblem[] {
  if (!isSelect(question)) return [];
  const at = { question: question.code, field: 'choices' } as const;
  const prefix = questionPrefix(question.code);
  if (question.choices.length === 0) {
    return [
      { rule: 'missing_choices', ...at, message: `${prefix} : une question à choix doit proposer au moins un choix.` },
    ];
  }
  const problems: VersionProblem[] = [];
  const seen = new Set<string>();
  for (const choice of question.choices) {
    if (!CHOICE_VALUE.test(choice.value)) {
      problems.push({
        rule: 'choice_value_format',
        ...at,
        message: `${prefix} : la valeur de choix « ${choice.value} » doit être non vide et sans espace.`,
      });
    }
    if (seen.has(choice.value)) {
      problems.push({
        rule: 'duplicate_choice',
        ...at,
        message: `${prefix} : la valeur de choix « ${choice.value} » est en double.`,
      });
    }
    seen.add(choice.value);
    if (choice.label.trim() === '') {
      problems.push({
        rule: 'missing_choice_label',
        ...at,
        message: `${prefix} : le choix « ${choice.value} » n'a pas de libellé.`,
      });
    }
  }
  return problems;
}

export function choicesProblems(version: QuestionnaireVersion): readonly VersionProblem[] {
  return version.questions.flatMap(choiceProblems);
}
