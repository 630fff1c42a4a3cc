// What a field of the data model accepts, checked before a value reaches the database: SQLite stores
// "abc" in an integer column and 5,000 characters in a varchar(64), and PostgreSQL answers a 500 to an
// integer beyond its range or a date that does not exist. One rule per field type, driven by the
// model's type, length, precision and range, so that every collection is checked the same way.

import { checkText } from '../text/index.ts';

export interface FieldSpec {
  /** The Directus field type (`string`, `text`, `integer`, `decimal`, `boolean`, `date`, `timestamp`, `uuid`, `json`, ...). */
  type: string;
  /** Characters (code points, as PostgreSQL counts them in a varchar). */
  maxLength?: number;
  precision?: number;
  scale?: number;
  min?: number;
  max?: number;
  /** The only values a dropdown without "other" takes. */
  choices?: readonly string[];
  /** A many-to-one field also takes an object: a related item created or changed in the same request. */
  relation?: boolean;
}

export interface ValueProblem {
  fr: string;
  ar: string;
}

/** Directus's `string` is a varchar(255) unless the model says otherwise. */
export const DEFAULT_STRING_LENGTH = 255;
/** `text` has no limit in the databases; this one keeps a description or a comment a text, not a file. */
export const TEXT_MAX_LENGTH = 65_535;
/** PostgreSQL's `integer`: a larger id or value makes the query fail instead of matching nothing. */
export const INTEGER_MIN = -2_147_483_648;
export const INTEGER_MAX = 2_147_483_647;
/** Directus's defaults for a decimal column without precision. */
const DEFAULT_PRECISION = 10;
const DEFAULT_SCALE = 5;

const INTEGER_TEXT = /^-?\d{1,20}$/;
const DECIMAL_TEXT = /^-?\d{1,40}(\.\d{1,40})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const BOOLEAN_VALUES = new Set<unknown>([true, false, 0, 1, 'true', 'false', '0', '1']);

const problem = (fr: string, ar: string): ValueProblem => ({ fr, ar });

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isTimestampText(text: string, pattern: RegExp): boolean {
  const match = pattern.exec(text);
  if (!match) return false;
  const [, year, month, day, hours, minutes, seconds] = match.map((part) =>
    part === undefined ? undefined : Number(part),
  );
  if (!isCalendarDate(year ?? 0, month ?? 0, day ?? 0)) return false;
  return (hours ?? 0) <= 23 && (minutes ?? 0) <= 59 && (seconds ?? 0) <= 59;
}

/** A number as given, or read from a text that matches the pattern; NaN otherwise. */
function numberFrom(value: unknown, pattern: RegExp): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && pattern.test(value) ? Number(value) : Number.NaN;
}

function checkInteger(value: unknown, spec: FieldSpec): ValueProblem | null {
  const number = numberFrom(value, INTEGER_TEXT);
  if (!Number.isInteger(number)) return problem('nombre entier attendu', 'يجب أن يكون عددًا صحيحًا');
  const min = spec.min ?? INTEGER_MIN;
  const max = spec.max ?? INTEGER_MAX;
  if (number < min || number > max)
    return problem(`nombre entier entre ${min} et ${max} attendu`, `يجب أن يكون عددًا صحيحًا بين ${min} و ${max}`);
  return null;
}

function checkDecimal(value: unknown, spec: FieldSpec): ValueProblem | null {
  const number = numberFrom(value, DECIMAL_TEXT);
  if (!Number.isFinite(number)) return problem('nombre attendu', 'يجب أن يكون عددًا');
  // A numeric(p, s) holds p - s digits before the point; PostgreSQL refuses more with an overflow.
  const limit = 10 ** ((spec.precision ?? DEFAULT_PRECISION) - (spec.scale ?? DEFAULT_SCALE));
  const min = spec.min ?? -limit;
  const max = spec.max ?? limit;
  if (number < min || number > max || Math.abs(number) >= limit)
    return problem(`nombre entre ${min} et ${max} attendu`, `يجب أن يكون عددًا بين ${min} و ${max}`);
  return null;
}

function checkString(value: unknown, spec: FieldSpec, maxLength: number): ValueProblem | null {
  if (typeof value !== 'string') return problem('texte attendu', 'يجب أن يكون نصًا');
  // Code points, not UTF-16 units: an Arabic or emoji text is as long for us as for PostgreSQL.
  let length = 0;
  for (const _character of value) {
    length += 1;
    if (length > maxLength) return problem(`${maxLength} caractères au plus`, `${maxLength} حرفًا على الأكثر`);
  }
  if (spec.choices && !spec.choices.includes(value)) {
    return problem(
      `valeur parmi ${spec.choices.join(', ')} attendue`,
      `يجب أن تكون القيمة من بين ${spec.choices.join('، ')}`,
    );
  }
  // Labels, codes and comments show what they say (issue 12, item 6): after NFC, no control, bidi
  // override or zero-width character, and a non-empty value has a visible character. A `string` is one
  // line; a `text` may hold line breaks.
  if (value === '') return null;
  const text = checkText(value, {
    minVisible: 1,
    maxLength: Number.POSITIVE_INFINITY,
    multiline: spec.type === 'text',
  });
  return text.ok ? null : problem(text.fr, text.ar);
}

function checkDateLike(value: unknown, pattern: RegExp): ValueProblem | null {
  if (
    value instanceof Date
      ? Number.isNaN(value.getTime())
      : typeof value !== 'string' || !isTimestampText(value, pattern)
  ) {
    return pattern === DATE_TEXT
      ? problem('date AAAA-MM-JJ existante attendue', 'يجب أن يكون تاريخًا صحيحًا بصيغة YYYY-MM-DD')
      : problem('date et heure ISO 8601 existantes attendues', 'يجب أن يكون تاريخًا ووقتًا صحيحين بصيغة ISO 8601');
  }
  return null;
}

/** Why `value` does not fit the field, or null. Null and absent values are left to the required rules. */
export function fieldValueProblem(spec: FieldSpec, value: unknown): ValueProblem | null {
  if (value === null || value === undefined) return null;
  if (spec.relation && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) return null;
  switch (spec.type) {
    case 'integer':
      return checkInteger(value, spec);
    case 'bigInteger':
      return checkInteger(value, { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, ...spec });
    case 'decimal':
    case 'float':
      return checkDecimal(value, spec);
    case 'string':
      return checkString(value, spec, spec.maxLength ?? DEFAULT_STRING_LENGTH);
    case 'text':
      return checkString(value, spec, spec.maxLength ?? TEXT_MAX_LENGTH);
    case 'boolean':
      return BOOLEAN_VALUES.has(value) ? null : problem('vrai ou faux attendu', 'يجب أن تكون القيمة صحيحة أو خاطئة');
    case 'uuid':
      return typeof value === 'string' && UUID.test(value)
        ? null
        : problem('identifiant UUID attendu', 'يجب أن يكون معرفًا بصيغة UUID');
    case 'date':
      return checkDateLike(value, DATE_TEXT);
    case 'timestamp':
    case 'dateTime':
      return checkDateLike(value, TIMESTAMP_TEXT);
    default:
      return null;
  }
}

/** Types whose comparison with a malformed operand makes the PostgreSQL query fail (a string only matches or not). */
const FILTERED_TYPES = new Set(['integer', 'bigInteger', 'decimal', 'float', 'date', 'timestamp', 'dateTime', 'uuid']);

/**
 * Why a filter operand cannot be compared with a field of this type, or null. Only the type counts, not
 * the model's range: `duration_minutes < -5` is a fair question, `id = 99999999999` is not one PostgreSQL takes.
 */
export function filterOperandProblem(type: string, operand: unknown): ValueProblem | null {
  if (!FILTERED_TYPES.has(type)) return null;
  if (type === 'decimal' || type === 'float') {
    const number =
      typeof operand === 'number'
        ? operand
        : typeof operand === 'string' && DECIMAL_TEXT.test(operand)
          ? Number(operand)
          : Number.NaN;
    return Number.isFinite(number) ? null : problem('nombre attendu', 'يجب أن يكون عددًا');
  }
  return fieldValueProblem({ type }, operand);
}
