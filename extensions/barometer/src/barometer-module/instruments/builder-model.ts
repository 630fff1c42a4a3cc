// What the builder edits and what it writes: a question as a form holds it, and the items-API payloads
// made from it. The publish checks stay in core/questionnaire; this only shapes rows.
import { z } from 'zod';
import { isSelectType, typeTakesAnswer, type QuestionType } from '../../../../../core/questionnaire/index.ts';
import { questionRow, sectionRow } from '../../questionnaire-interface/version-rows.ts';
import type { PrimaryKey } from '../../shared-app/relation-id.ts';

export const builderSectionRow = sectionRow.extend({ instrument_version: z.union([z.number(), z.string()]) });
export const builderQuestionRow = questionRow;

export type BuilderSection = z.output<typeof builderSectionRow>;
export type BuilderQuestion = z.output<typeof builderQuestionRow>;

export interface ChoiceDraft {
  id: PrimaryKey | null;
  value: string;
  label: string;
  label_ar: string;
}

/** A question as the inline form edits it: every text a string, so that inputs bind directly. */
export interface QuestionDraft {
  id: PrimaryKey | null;
  type: QuestionType;
  code: string;
  section: PrimaryKey | null;
  label: string;
  label_ar: string;
  hint: string;
  hint_ar: string;
  required: boolean;
  relevant: string;
  constraint: string;
  constraint_message: string;
  constraint_message_ar: string;
  calculation: string;
  choices: ChoiceDraft[];
}

export function blankDraft(section: PrimaryKey | null): QuestionDraft {
  return {
    id: null,
    type: 'text',
    code: '',
    section,
    label: '',
    label_ar: '',
    hint: '',
    hint_ar: '',
    required: false,
    relevant: '',
    constraint: '',
    constraint_message: '',
    constraint_message_ar: '',
    calculation: '',
    choices: [],
  };
}

export function draftOf(question: BuilderQuestion): QuestionDraft {
  return {
    id: question.id,
    type: question.type,
    code: question.code,
    section: question.section,
    label: question.label,
    label_ar: question.label_ar ?? '',
    hint: question.hint ?? '',
    hint_ar: question.hint_ar ?? '',
    required: question.required,
    relevant: question.relevant ?? '',
    constraint: question.constraint ?? '',
    constraint_message: question.constraint_message ?? '',
    constraint_message_ar: question.constraint_message_ar ?? '',
    calculation: question.calculation ?? '',
    choices: question.choices
      .toSorted((a, b) => a.sort - b.sort)
      .map((choice) => ({
        id: choice.id ?? null,
        value: choice.value,
        label: choice.label,
        label_ar: choice.label_ar ?? '',
      })),
  };
}

function optional(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

/** The question's own fields; those its type does not use are cleared, as the generic form hides them. */
function fields(draft: QuestionDraft): Record<string, unknown> {
  const answered = typeTakesAnswer(draft.type);
  return {
    type: draft.type,
    code: draft.code.trim(),
    section: draft.section,
    label: draft.label.trim(),
    label_ar: optional(draft.label_ar),
    hint: optional(draft.hint),
    hint_ar: optional(draft.hint_ar),
    required: answered && draft.required,
    relevant: optional(draft.relevant),
    constraint: answered ? optional(draft.constraint) : null,
    constraint_message: answered ? optional(draft.constraint_message) : null,
    constraint_message_ar: answered ? optional(draft.constraint_message_ar) : null,
    calculation: draft.type === 'calculate' ? optional(draft.calculation) : null,
  };
}

function choiceFields(choice: ChoiceDraft, index: number): Record<string, unknown> {
  return {
    value: choice.value.trim(),
    label: choice.label.trim(),
    label_ar: optional(choice.label_ar),
    sort: index + 1,
  };
}

/** The body of `POST /items/questions`: the question with its choices, in one nested write. */
export function createPayload(draft: QuestionDraft, versionId: PrimaryKey, sort: number): Record<string, unknown> {
  return {
    ...fields(draft),
    instrument_version: versionId,
    sort,
    choices: isSelectType(draft.type) ? draft.choices.map(choiceFields) : [],
  };
}

/**
 * The body of `PATCH /items/questions/:id`: the question, and its choices as Directus's explicit
 * create / update / delete lists, so that one write changes the whole list or nothing.
 */
export function updatePayload(draft: QuestionDraft, savedChoiceIds: readonly PrimaryKey[]): Record<string, unknown> {
  const kept = isSelectType(draft.type) ? draft.choices : [];
  const keptIds = new Set(kept.flatMap((choice) => (choice.id === null ? [] : [String(choice.id)])));
  return {
    ...fields(draft),
    choices: {
      create: kept.flatMap((choice, index) => (choice.id === null ? [choiceFields(choice, index)] : [])),
      update: kept.flatMap((choice, index) =>
        choice.id === null ? [] : [{ id: choice.id, ...choiceFields(choice, index) }],
      ),
      delete: savedChoiceIds.filter((id) => !keptIds.has(String(id))),
    },
  };
}

/**
 * The sorts that move one question up or down among those of its section, every question renumbered
 * so that ties and gaps from imports do not make the move a no-op. Null when it cannot move that way.
 */
export function moveSorts(
  questions: readonly Pick<BuilderQuestion, 'id' | 'section'>[],
  id: PrimaryKey,
  direction: -1 | 1,
): Array<{ id: PrimaryKey; sort: number }> | null {
  const order = [...questions];
  const index = order.findIndex((question) => String(question.id) === String(id));
  const moved = order[index];
  if (!moved) return null;
  let target = index + direction;
  while (order[target] && String(order[target]?.section) !== String(moved.section)) target += direction;
  const other = order[target];
  if (!other) return null;
  order[index] = other;
  order[target] = moved;
  return order.map((question, position) => ({ id: question.id, sort: position + 1 }));
}
