import type { InjectionKey, Ref } from 'vue';
import type { UiLanguage } from '../shared-app/ui-language.ts';
import type { QuestionnaireTexts } from './texts.ts';
import type { QuestionnaireForm } from './use-questionnaire-form.ts';

/** What every question of the form shares, handed down by the interface rather than through each level. */
export interface FormContext {
  readonly form: QuestionnaireForm;
  readonly language: Readonly<Ref<UiLanguage>>;
  readonly texts: Readonly<Ref<QuestionnaireTexts>>;
  readonly disabled: () => boolean;
  /** Prefix of element ids, unique per interface instance (a page may show two interviews). */
  readonly idPrefix: string;
}

export const FORM_CONTEXT: InjectionKey<FormContext> = Symbol('barometer-questionnaire-form');
