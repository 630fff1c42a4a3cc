/** ODK treats these as "no answer": a blank answer is neither stored nor counted as given. */
export function isBlankAnswer(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A blank expression field (null, empty, spaces) means "no expression". */
export function expressionSource(field: string | null | undefined): string | undefined {
  return field === null || field === undefined || field.trim() === '' ? undefined : field;
}
