/** What an expression is evaluated against. */
export interface EvaluationContext {
  /** Answers keyed by question code; only own properties are read, so `${constructor}` is just missing. */
  readonly answers: Readonly<Record<string, unknown>>;
  /** The answer a constraint checks, read by `.`; missing elsewhere. */
  readonly current?: unknown;
  /** ISO date (`YYYY-MM-DD`) that `today()` returns; the device's local date when absent. */
  readonly today?: string | undefined;
  /**
   * Every value a reference stands for in `count()`, `sum()`, `min()` and `max()`: a repeat's instances, or
   * one of its questions' answers across them. Without it, or when it gives undefined, the answer itself.
   */
  readonly nodes?: ((code: string) => readonly unknown[] | undefined) | undefined;
  /** The 1-based number of the repeat instance being evaluated, for `position(..)`; 0 outside a repeat. */
  readonly position?: number | undefined;
  /** The value a calculation held before this evaluation, kept by `once()`. */
  readonly previous?: unknown;
  /** The label of a question's choice, for `jr:choice-name()`; without it the value itself is shown. */
  readonly choiceName?: ((code: string, value: string) => string | undefined) | undefined;
}
