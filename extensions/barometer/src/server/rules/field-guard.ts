// Every value written to, or compared in a filter with, a field of the data model is checked against
// the field's type, length and range before the database sees it (issue 12, item 11): SQLite would
// store it as is and PostgreSQL would answer a 500. The specs come from the model the snapshot is made
// of, so a new field is checked without touching this file.
import {
  fieldValueProblem,
  filterOperandProblem,
  INTEGER_MAX,
  type FieldSpec,
  type ValueProblem,
} from '../../../../../core/fields/index.ts';
import { collections, FIELD_RANGES, relations } from '../../../../../scripts/snapshot/model.ts';
import { BadRequestError } from '../http/errors.ts';

const PRIMARY_KEY: FieldSpec = { type: 'integer', min: 1, max: INTEGER_MAX };

function choicesOf(meta: Record<string, unknown>): string[] | undefined {
  if (meta['interface'] !== 'select-dropdown') return undefined;
  const options = (meta['options'] ?? {}) as { choices?: Array<{ value: string }>; allowOther?: boolean };
  return options.allowOther || !options.choices ? undefined : options.choices.map((choice) => choice.value);
}

const SPECS = new Map<string, Map<string, FieldSpec>>(
  collections.map((definition) => {
    const ranges = FIELD_RANGES[definition.collection] ?? {};
    const fields = new Map<string, FieldSpec>([['id', PRIMARY_KEY]]);
    for (const { field, type, meta, schema } of definition.fields) {
      if (schema === null) continue;
      const spec: FieldSpec = { type, ...ranges[field] };
      const maxLength = schema['max_length'];
      if (typeof maxLength === 'number') spec.maxLength = maxLength;
      if (typeof schema['numeric_precision'] === 'number') spec.precision = schema['numeric_precision'];
      if (typeof schema['numeric_scale'] === 'number') spec.scale = schema['numeric_scale'];
      const choices = choicesOf(meta);
      if (choices) spec.choices = choices;
      if (relations.some((relation) => relation.collection === definition.collection && relation.field === field))
        spec.relation = true;
      fields.set(field, spec);
    }
    return [definition.collection, fields];
  }),
);

/** The collection a filter reaches through `field`: the related one of a many-to-one, the many of a one-to-many. */
function relatedCollection(collection: string, field: string): string | null {
  for (const relation of relations) {
    if (relation.collection === collection && relation.field === field) return relation.related_collection;
    if (relation.related_collection === collection && relation.meta['one_field'] === field) return relation.collection;
  }
  return null;
}

function refuse(problems: string[]): never {
  throw new BadRequestError({ reason: problems.join(' ') });
}

const describeProblem = (where: string, { fr, ar }: ValueProblem) => `${where} : ${fr}. ${where}: ${ar}.`;

/** Refuses (400, naming each field) a create or update payload whose values do not fit their fields. */
export function assertFieldValues(collection: string, payload: unknown): void {
  const fields = SPECS.get(collection);
  if (!fields || typeof payload !== 'object' || payload === null || Array.isArray(payload)) return;
  const problems: string[] = [];
  for (const [field, value] of Object.entries(payload)) {
    const spec = fields.get(field);
    const found = spec ? fieldValueProblem(spec, value) : null;
    if (found) problems.push(describeProblem(`Champ « ${collection}.${field} »`, found));
  }
  if (problems.length > 0) refuse(problems);
}

/** Refuses primary keys that no row can have, which PostgreSQL would answer with a 500. */
export function assertKeys(collection: string, keys: unknown): void {
  if (!SPECS.has(collection)) return;
  const list = Array.isArray(keys) ? keys : [keys];
  const bad = list.find((key) => fieldValueProblem(PRIMARY_KEY, key) !== null);
  if (bad !== undefined)
    refuse([
      describeProblem(`Identifiant « ${collection}.id »`, {
        fr: `nombre entier entre 1 et ${INTEGER_MAX} attendu`,
        ar: `يجب أن يكون عددًا صحيحًا بين 1 و ${INTEGER_MAX}`,
      }),
    ]);
}

/** Operators whose operand is compared with the field's value, and so must be of its type. */
const COMPARISONS = new Set(['_eq', '_neq', '_lt', '_lte', '_gt', '_gte', '_in', '_nin', '_between', '_nbetween']);

function operands(operand: unknown): unknown[] {
  if (Array.isArray(operand)) return operand;
  return typeof operand === 'string' && operand.includes(',') ? operand.split(',') : [operand];
}

function filterProblems(collection: string, filter: unknown, path: string, problems: string[]): void {
  if (Array.isArray(filter)) {
    filter.forEach((item, index) => filterProblems(collection, item, `${path}[${index}]`, problems));
    return;
  }
  if (typeof filter !== 'object' || filter === null) return;
  for (const [key, value] of Object.entries(filter)) {
    if (key === '_and' || key === '_or') {
      filterProblems(collection, value, `${path}.${key}`, problems);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const spec = SPECS.get(collection)?.get(key);
    const related = relatedCollection(collection, key);
    for (const [operator, operand] of Object.entries(value)) {
      const where = `${path}.${key}`;
      if (operator === '_some' || operator === '_none') {
        if (related) filterProblems(related, operand, where, problems);
      } else if (!operator.startsWith('_')) {
        if (related) filterProblems(related, { [operator]: operand }, where, problems);
      } else if (spec && COMPARISONS.has(operator)) {
        // `$NOW`, `$CURRENT_USER`...: Directus replaces them before the query.
        const bad = operands(operand)
          .map((item) =>
            typeof item === 'string' && item.startsWith('$') ? null : filterOperandProblem(spec.type, item),
          )
          .find(Boolean);
        if (bad) problems.push(describeProblem(`Filtre « ${where}.${operator} »`, bad));
      }
    }
  }
}

/**
 * Refuses (400) a groupBy through a relation (`wave.code`): Directus groups by the query's own columns
 * only, and answers such a grouping with a database error (500).
 */
export function assertGroupFields(group: unknown): void {
  const through = (Array.isArray(group) ? group : []).filter(
    (field): field is string => typeof field === 'string' && field.includes('.'),
  );
  if (through.length > 0)
    throw new BadRequestError({
      reason:
        `groupBy « ${through.join(', ')} » : le regroupement porte sur les champs de la collection elle-même, pas à travers une relation. ` +
        `/ groupBy «${through.join('، ')}»: يكون التجميع على حقول المجموعة نفسها، لا عبر علاقة.`,
    });
}

/** Refuses (400, naming the filter) a query whose filter compares a field with a value it cannot hold. */
export function assertFilterValues(collection: string, filter: unknown): void {
  if (!SPECS.has(collection)) return;
  const problems: string[] = [];
  filterProblems(collection, filter, 'filter', problems);
  if (problems.length > 0) refuse(problems);
}
