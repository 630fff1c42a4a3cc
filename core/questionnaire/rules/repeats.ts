import { expressionSource } from '../blank.ts';
import { questionPrefix, type VersionProblem } from '../problem.ts';
import { repeatOf } from '../question-types.ts';
import type { Question, QuestionnaireVersion } from '../types.ts';

function problem(question: Question, field: 'repeat' | 'repeat_count', explanation: string): VersionProblem {
  return {
    rule: 'repeat_structure',
    question: question.code,
    field,
    message: `${questionPrefix(question.code)} : ${explanation}`,
  };
}

/**
 * A repeat's questions follow it, together, in its section; repeats do not nest (an instance holds plain
 * answers), and a repeat without questions would record nothing. Only a repeat has a `repeat_count`.
 */
export function repeatProblems(version: QuestionnaireVersion): readonly VersionProblem[] {
  const problems: VersionProblem[] = [];
  const repeats = new Map<string, Question>();
  const childCount = new Map<string, number>();
  let previous: Question | undefined;
  for (const question of version.questions) {
    const parent = repeatOf(question);
    if (question.type !== 'repeat' && expressionSource(question.repeat_count) !== undefined) {
      problems.push(problem(question, 'repeat_count', 'seule une répétition (repeat) a un nombre de répétitions.'));
    }
    if (parent !== undefined) {
      const repeat = repeats.get(parent);
      const follows = previous !== undefined && (previous.code === parent || repeatOf(previous) === parent);
      if (question.type === 'repeat') {
        problems.push(
          problem(
            question,
            'repeat',
            `répétition dans la répétition « ${parent} » : les répétitions imbriquées ne sont pas prises en charge.`,
          ),
        );
        childCount.set(parent, (childCount.get(parent) ?? 0) + 1);
      } else if (repeat === undefined) {
        problems.push(problem(question, 'repeat', `la répétition « ${parent} » n'existe pas avant cette question.`));
      } else if (!follows) {
        problems.push(
          problem(
            question,
            'repeat',
            `les questions de la répétition « ${parent} » doivent se suivre, juste après elle.`,
          ),
        );
      } else if ((question.section ?? null) !== (repeat.section ?? null)) {
        problems.push(
          problem(
            question,
            'repeat',
            `une question de la répétition « ${parent} » doit être dans la même section qu'elle.`,
          ),
        );
      } else {
        childCount.set(parent, (childCount.get(parent) ?? 0) + 1);
      }
    }
    if (question.type === 'repeat' && !repeats.has(question.code)) repeats.set(question.code, question);
    previous = question;
  }
  for (const repeat of repeats.values()) {
    if (repeatOf(repeat) === undefined && !childCount.has(repeat.code)) {
      problems.push(problem(repeat, 'repeat', 'une répétition doit contenir au moins une question.'));
    }
  }
  return problems;
}
