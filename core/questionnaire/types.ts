/** XLSForm question types the barometer uses. @see https://xlsform.org/en/#question-types */
export const QUESTION_TYPES = [
  'select_one',
  'select_multiple',
  'integer',
  'decimal',
  'text',
  'date',
  'note',
  'calculate',
  'repeat',
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * What an imported XLSForm row held that the barometer keeps without using it, so that an export gives it
 * back: `cells` by header as written (other languages, `appearance`, `default`, `choice_filter`...), and
 * `type` when the row's XLSForm type is not the barometer's (`acknowledge`, `range`, `select_one L or_other`).
 */
export interface XlsFormExtras {
  readonly type?: string;
  readonly cells?: Readonly<Record<string, string>>;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly label_ar?: string | null;
  readonly xlsform?: XlsFormExtras | null;
}

export interface Section {
  readonly code: string;
  readonly label: string;
  readonly label_ar?: string | null;
}

export interface Question {
  readonly code: string;
  readonly type: QuestionType;
  readonly label: string;
  readonly label_ar?: string | null;
  readonly hint?: string | null;
  readonly hint_ar?: string | null;
  /** Code of the section the question belongs to. */
  readonly section?: string | null;
  readonly required: boolean;
  /**
   * The answer can identify a minor (a birth place, a named place): like free text, it never reaches
   * an analyst. Absent means false.
   */
  readonly identifying?: boolean;
  readonly relevant?: string | null;
  readonly constraint?: string | null;
  readonly constraint_message?: string | null;
  readonly constraint_message_ar?: string | null;
  readonly calculation?: string | null;
  /**
   * Code of the repeat (a question of type `repeat`, earlier in the version) the question is asked in,
   * once per instance; its answers live in the repeat's answer. A repeat asked in a repeat nests in it.
   */
  readonly repeat?: string | null;
  /** For a repeat: the number of instances as an expression (XLSForm `repeat_count`); free when absent. */
  readonly repeat_count?: string | null;
  readonly choices: readonly Choice[];
  readonly xlsform?: XlsFormExtras | null;
}

/** One version of an instrument; `questions` are in display order. */
export interface QuestionnaireVersion {
  readonly id?: string | number;
  readonly instrument?: string;
  readonly version?: number;
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
}

/** A typed answer to a question outside a repeat, or to one inside a repeat instance. */
export type ScalarAnswer = string | number | boolean | readonly string[];

/** One instance of a repeat: its questions' answers, keyed by code (a nested repeat's, its instances). */
export interface RepeatInstance {
  readonly [code: string]: AnswerValue;
}

/** A typed answer as stored in `interviews.answers`: a repeat's answer is its instances, in order. */
export type AnswerValue = ScalarAnswer | readonly RepeatInstance[];

/** Answers keyed by question code, as received: nothing about them is trusted. */
export type Answers = Readonly<Record<string, unknown>>;

export interface EvaluationOptions {
  /** ISO date for `today()`; the device's date when absent. */
  readonly today?: string | undefined;
  /** The language `jr:choice-name()` gives labels in; French when absent. */
  readonly language?: 'fr' | 'ar' | undefined;
}
