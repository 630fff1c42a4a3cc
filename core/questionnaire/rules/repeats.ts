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

/** Whether `question` is asked in `repeat`, directly or in a repeat nested in it. */
function isWithin(question: Question, repeat: string, repeats: ReadonlyMap<string, Question>): boolean {
  let parent = repeatOf(question);
  for (let depth = 0; parent !== undefined && depth <= repeats.size; depth += 1) {
    if (parent === repeat) return true;
    const enclosing = repeats.get(parent);
    parent = enclosing === undefined ? undefined : repeatOf(enclosing);
  }
  return false;
}

/**
 * A repeat's questions follow it, together (a repeat nested in it with its own), in its section; a repeat
 * without questions would record nothing. Only a repeat has a `repeat_count`.
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
      const follows = previous !== undefined && (previous.code === parent || isWithin(previous, parent, repeats));
      if (repeat === undefined) {
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
    if (!childCount.has(repeat.code)) {
      problems.push(problem(repeat, 'repeat', 'une répétition doit contenir au moins une question.'));
    }
  }
  return problems;
}
