import { computed, ref, shallowRef, watch, type ComputedRef, type Ref } from 'vue';
import {
  evaluateForm,
  isSelect,
  type FormState,
  type Question,
  type QuestionnaireVersion,
} from '../../../../core/questionnaire/index.ts';
import type { UiLanguage } from '../shared-app/ui-language.ts';
import { answersFromValue, sameValue } from './field-value.ts';
import {
  progress,
  sectionGroups,
  storedAnswers,
  visibleMessages,
  type Progress,
  type RawAnswers,
  type SectionGroup,
} from './form-model.ts';

export interface QuestionnaireFormInput {
  readonly version: Readonly<Ref<QuestionnaireVersion | null>>;
  /** The field's value as Directus passes it. */
  readonly value: () => unknown;
  /** True once the interview's status is set to submitted: every message shows. */
  readonly submitting: () => boolean;
  readonly language: Readonly<Ref<UiLanguage>>;
  readonly emitValue: (value: Record<string, unknown> | null) => void;
}

export interface QuestionnaireForm {
  readonly answers: Readonly<Ref<RawAnswers>>;
  readonly state: ComputedRef<FormState | null>;
  readonly groups: ComputedRef<readonly SectionGroup[]>;
  readonly progress: ComputedRef<Progress>;
  readonly messages: ComputedRef<ReadonlyMap<string, string>>;
  readonly isRelevant: (code: string) => boolean;
  readonly setAnswer: (question: Question, value: unknown) => void;
  readonly touch: (code: string) => void;
}

/**
 * The state of one interview's questionnaire. Local answers keep what was typed into questions that skip
 * logic hid since (the enumerator may come back to them in this session); the emitted value never does.
 */
export function useQuestionnaireForm(input: QuestionnaireFormInput): QuestionnaireForm {
  const answers = shallowRef<RawAnswers>(answersFromValue(input.value()));
  const touched = ref(new Set<string>());
  let lastEmitted: unknown = input.value();

  // A value that is not the one we emitted comes from outside (the item was saved and reloaded, a
  // revision was restored): it replaces the local answers.
  watch(input.value, (value) => {
    if (sameValue(value, lastEmitted)) return;
    lastEmitted = value;
    answers.value = answersFromValue(value);
    touched.value = new Set();
  });

  const state = computed(() => (input.version.value ? evaluateForm(input.version.value, answers.value) : null));
  const groups = computed(() => (input.version.value ? sectionGroups(input.version.value) : []));
  const currentProgress = computed(() =>
    input.version.value && state.value ? progress(input.version.value, state.value) : { answered: 0, total: 0 },
  );
  const messages = computed(() => {
    const version = input.version.value;
    if (!version) return new Map<string, string>();
    const visibility = { touched: touched.value, showAll: input.submitting() };
    return visibleMessages(version, answers.value, visibility, input.language.value);
  });

  function emitIfChanged(): void {
    const version = input.version.value;
    if (!version) return;
    const stored = storedAnswers(version, answers.value);
    if (sameValue(stored, lastEmitted)) return;
    lastEmitted = stored;
    input.emitValue(stored);
  }

  function touch(code: string): void {
    if (touched.value.has(code)) return;
    touched.value = new Set([...touched.value, code]);
  }

  function setAnswer(question: Question, value: unknown): void {
    answers.value = { ...answers.value, [question.code]: value };
    // A choice is a finished answer; typed text is judged when the enumerator leaves the field.
    if (isSelect(question)) touch(question.code);
    emitIfChanged();
  }

  return {
    answers,
    state,
    groups,
    progress: currentProgress,
    messages,
    isRelevant: (code) => state.value?.relevant.has(code) ?? false,
    setAnswer,
    touch,
  };
}
