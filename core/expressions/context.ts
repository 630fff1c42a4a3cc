/** What an expression is evaluated against. */
export interface EvaluationContext {
  /** Answers keyed by question code; only own properties are read, so `${constructor}` is just missing. */
  readonly answers: Readonly<Record<string, unknown>>;
  /** The answer a constraint checks, read by `.`; missing elsewhere. */
  readonly current?: unknown;
  /** ISO date (`YYYY-MM-DD`) that `today()` returns; the device's local date when absent. */
  readonly today?: string | undefined;
  /** The label of a question's choice, for `jr:choice-name()`; without it the value itself is shown. */
  readonly choiceName?: ((code: string, value: string) => string | undefined) | undefined;
}
