/**
 * Input the engine cannot compute from (a stratum missing from the frame, an unknown `by` variable, a
 * select_multiple breakdown): the caller's data or request is wrong, so the HTTP layer answers 4xx.
 */
export class IndicatorInputError extends Error {
  override readonly name = 'IndicatorInputError';
}
