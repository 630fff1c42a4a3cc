import { questionPrefix, type VersionProblem } from '../problem.ts';
import type { QuestionnaireVersion } from '../types.ts';

export function structureProblems(version: QuestionnaireVersion): readonly VersionProblem[] {
  const problems: VersionProblem[] = [];
  if (version.questions.length === 0) {
    problems.push({ rule: 'no_questions', message: 'La version ne contient aucune question.' });
  }
  const sectionCodes = new Set<string>();
  for (const section of version.sections) {
    if (sectionCodes.has(section.code)) {
      problems.push({ rule: 'duplicate_section', message: `La section « ${section.code} » est définie deux fois.` });
    }
    sectionCodes.add(section.code);
  }
  for (const question of version.questions) {
    if (question.section && !sectionCodes.has(question.section)) {
      problems.push({
        rule: 'unknown_section',
        question: question.code,
        field: 'section',
        message: `${questionPrefix(question.code)} : la section « ${question.section} » n'existe pas.`,
      });
    }
  }
  return problems;
}
