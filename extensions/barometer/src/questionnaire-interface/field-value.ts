import type { RawAnswers } from './form-model.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The answers held by the field's value: the JSON object Directus loaded, or nothing for a new interview.
 * A value saved as a JSON string (an import through another path) is read too rather than wiped.
 */
export function answersFromValue(value: unknown): RawAnswers {
  if (typeof value === 'string') {
    try {
      return answersFromValue(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return isPlainObject(value) ? { ...value } : {};
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}

/**
 * Whether two field values hold the same answers, whatever their key order: PostgreSQL's jsonb gives
 * keys back in its own order, and that must not look like someone else changed the answers.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));
}
