import type { Question } from '../../../../../core/questionnaire/index.ts';
import type { UiLanguage } from '../../shared-app/ui-language.ts';

/** What every answer component receives from the question around it. */
export interface FieldProps {
  readonly id: string;
  readonly question: Question;
  readonly modelValue: unknown;
  /** Id of the question's label, for the groups (radios, checkboxes) that a `<label for>` cannot name. */
  readonly labelledBy: string;
  readonly describedBy?: string | undefined;
  readonly disabled: boolean;
  readonly language: UiLanguage;
}
