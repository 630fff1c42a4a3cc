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
  instancesOf,
  progress,
  scopedKey,
  sectionGroups,
  storedAnswers,
  visibleMessages,
  type Progress,
  type RawAnswers,
  type Scope,
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
  readonly isRelevant: (code: string, scope?: Scope) => boolean;
  /** A question's answer, outside repeats or in one instance; a calculation's computed value. */
  readonly valueOf: (question: Question, scope?: Scope) => unknown;
  readonly setAnswer: (question: Question, value: unknown, scope?: Scope) => void;
  /** Keys from `scopedKey`. */
  readonly touch: (key: string) => void;
  readonly instanceCount: (repeat: string) => number;
  readonly addInstance: (repeat: string) => void;
  readonly removeInstance: (repeat: string, index: number) => void;
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

  function setInstances(repeat: string, instances: readonly Readonly<Record<string, unknown>>[]): void {
    answers.value = { ...answers.value, [repeat]: instances };
    emitIfChanged();
  }

  function setAnswer(question: Question, value: unknown, scope?: Scope): void {
    if (scope === undefined) {
      answers.value = { ...answers.value, [question.code]: value };
      emitIfChanged();
    } else {
      const instances = instancesOf(answers.value, scope.repeat);
      setInstances(
        scope.repeat,
        instances.map((instance, index) =>
          index === scope.index ? { ...instance, [question.code]: value } : instance,
        ),
      );
    }
    // A choice is a finished answer; typed text is judged when the enumerator leaves the field.
    if (isSelect(question)) touch(scopedKey(question.code, scope));
  }

  function valueOf(question: Question, scope?: Scope): unknown {
    if (question.type === 'calculate') {
      const calculations =
        scope === undefined
          ? state.value?.calculations
          : state.value?.instances[scope.repeat]?.[scope.index]?.calculations;
      return calculations?.[question.code];
    }
    return scope === undefined
      ? answers.value[question.code]
      : instancesOf(answers.value, scope.repeat)[scope.index]?.[question.code];
  }

  function isRelevant(code: string, scope?: Scope): boolean {
    const relevant =
      scope === undefined ? state.value?.relevant : state.value?.instances[scope.repeat]?.[scope.index]?.relevant;
    return relevant?.has(code) ?? false;
  }

  return {
    answers,
    state,
    groups,
    progress: currentProgress,
    messages,
    isRelevant,
    valueOf,
    setAnswer,
    touch,
    instanceCount: (repeat) => instancesOf(answers.value, repeat).length,
    addInstance: (repeat) => setInstances(repeat, [...instancesOf(answers.value, repeat), {}]),
    // The instances after it move up one: their numbers, and the messages keyed by them, follow.
    removeInstance: (repeat, index) => {
      setInstances(
        repeat,
        instancesOf(answers.value, repeat).filter((_instance, position) => position !== index),
      );
      touched.value = new Set([...touched.value].filter((key) => !key.startsWith(`${repeat}#`)));
    },
  };
}
