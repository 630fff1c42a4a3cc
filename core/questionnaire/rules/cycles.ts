import { dependencyGraph, findCycles } from '../dependency-graph.ts';
import { questionPrefix, type VersionProblem } from '../problem.ts';
import type { QuestionnaireVersion } from '../types.ts';

/** Calculations and relevance conditions that depend on each other can never be settled. */
export function cycleProblems(version: QuestionnaireVersion): readonly VersionProblem[] {
  const types = new Map(version.questions.map((question) => [question.code, question.type] as const));
  return findCycles(dependencyGraph(version)).flatMap((cycle) => {
    const [first] = cycle;
    if (first === undefined) return [];
    return [
      {
        rule: 'cycle',
        question: first,
        field: types.get(first) === 'calculate' ? 'calculation' : 'relevant',
        message: `${questionPrefix(first)} : dépendance circulaire ${cycle.join(' → ')}.`,
        cycle,
      },
    ];
  });
}
