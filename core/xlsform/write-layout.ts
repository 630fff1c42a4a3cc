import type { Question, QuestionnaireVersion, Section } from '../questionnaire/index.ts';

export type SurveyItem =
  | { readonly kind: 'begin_group'; readonly section: Section }
  | { readonly kind: 'end_group' }
  | { readonly kind: 'end_repeat' }
  | { readonly kind: 'question'; readonly question: Question };

function sectionOf(question: Question): string | undefined {
  return question.section === null || question.section === undefined || question.section === ''
    ? undefined
    : question.section;
}

/**
 * The survey rows of a version: questions in display order, each section as a group. The inverse of
 * the reader's flattening: a section whose questions all fall between two questions of another section is
 * written nested inside it, so that `read(write(v))` gives `v` back. Sections without questions are written
 * as empty groups, in their place in `sections`. Sections that interleave (A, B, A, B) cannot be groups:
 * they are written as they come, the second group of the same name is then refused on import.
 */
export function surveyLayout(version: QuestionnaireVersion): readonly SurveyItem[] {
  const sections = new Map(version.sections.map((section) => [section.code, section] as const));
  const lastIndex = new Map<string, number>();
  version.questions.forEach((question, index) => {
    const code = sectionOf(question);
    if (code !== undefined) lastIndex.set(code, index);
  });
  const items: SurveyItem[] = [];
  const open: string[] = [];
  const written = new Set<string>();
  const close = (): void => {
    open.pop();
    items.push({ kind: 'end_group' });
  };
  const writeEmptySections = (before: number): void => {
    for (const section of version.sections.slice(0, before)) {
      if (written.has(section.code) || lastIndex.has(section.code)) continue;
      written.add(section.code);
      items.push({ kind: 'begin_group', section }, { kind: 'end_group' });
    }
  };

  version.questions.forEach((question, index) => {
    const code = sectionOf(question);
    if (code !== undefined && open.includes(code)) {
      while (open.at(-1) !== code) close();
    } else {
      for (let top = open.at(-1); top !== undefined; top = open.at(-1)) {
        if (code !== undefined && (lastIndex.get(top) ?? -1) > index) break;
        close();
      }
      if (code !== undefined) {
        const position = version.sections.findIndex((section) => section.code === code);
        if (position !== -1) writeEmptySections(position);
        written.add(code);
        open.push(code);
        items.push({ kind: 'begin_group', section: sections.get(code) ?? { code, label: code } });
      }
    }
    items.push({ kind: 'question', question });
  });
  while (open.length > 0) close();
  writeEmptySections(version.sections.length);
  return withRepeatEnds(items);
}

/**
 * A repeat's row is its `begin_repeat`; its questions follow it in its section (checkVersion), a repeat
 * nested in it with its own, so each `end_repeat` goes after the last question within it, innermost first,
 * before any group closes.
 */
function withRepeatEnds(items: readonly SurveyItem[]): readonly SurveyItem[] {
  const lines: SurveyItem[] = [];
  const open: string[] = [];
  for (const item of items) {
    const parent = item.kind === 'question' ? (item.question.repeat ?? undefined) : undefined;
    while (open.length > 0 && open.at(-1) !== parent) {
      lines.push({ kind: 'end_repeat' });
      open.pop();
    }
    lines.push(item);
    if (item.kind === 'question' && item.question.type === 'repeat') open.push(item.question.code);
  }
  return [...lines, ...open.map((): SurveyItem => ({ kind: 'end_repeat' }))];
}
