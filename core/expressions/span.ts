/** A stretch of the expression's source: 0-based character offset and number of characters. */
export interface SourceSpan {
  readonly position: number;
  readonly length: number;
}

export function spanBetween(first: SourceSpan, last: SourceSpan): SourceSpan {
  return { position: first.position, length: last.position + last.length - first.position };
}
