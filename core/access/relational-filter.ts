// Directus joins the related collection without its permissions when a filter, sort, aggregate or
// groupBy goes through a relation (a plain LEFT JOIN): a role could then select, order or count rows by
// values it may not read. This module decides, for one query, how each relational hop is restricted to
// the rows the requester may read, or that it is refused. It knows nothing of Directus: the glue gives it
// the relations and the requester's read rules (dynamic variables already resolved).

export type Filter = Record<string, unknown>;

export interface RelationShape {
  collection: string;
  field: string;
  related_collection: string | null;
  meta?: { one_field?: string | null } | null;
}

/** One read permission of the requester: the rows it reaches (`null` or `{}`: all) and its fields. */
export interface ReadRule {
  filter: Filter | null;
  fields: string[] | null;
}

export interface AccessContext {
  relations: RelationShape[];
  /** The requester's read rules on a collection; `'all'` for an administrator. */
  rules: (collection: string) => ReadRule[] | 'all';
}

/** A hop the requester may not take; `path` is the query parameter's path, for the message. */
export class RelationalAccessError extends Error {
  readonly parameter: string;
  readonly path: string;
  readonly collection: string;

  constructor(parameter: string, path: string, collection: string) {
    super(
      `« ${parameter} » par « ${path} » : la collection liée « ${collection} » n'est pas entièrement lisible pour votre rôle. ` +
        `/ «${parameter}» عبر «${path}»: المجموعة المرتبطة «${collection}» غير مقروءة بالكامل لدوركم.`,
    );
    this.parameter = parameter;
    this.path = path;
    this.collection = collection;
  }
}

interface Hop {
  kind: 'm2o' | 'o2m';
  target: string;
}

const LOGICAL = new Set(['_and', '_or']);
const FUNCTION_KEY = /^\w+\((.+)\)$/;

function isObject(value: unknown): value is Filter {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The relation a field of a collection follows, if any (`field:scope` names a many-to-any's target). */
export function hopOf(relations: RelationShape[], collection: string, key: string): Hop | null {
  const [field, scope] = key.split(':');
  for (const relation of relations) {
    if (relation.collection === collection && relation.field === field) {
      const target = relation.related_collection ?? scope;
      return target ? { kind: 'm2o', target } : null;
    }
    if (relation.related_collection === collection && relation.meta?.one_field === field)
      return { kind: 'o2m', target: relation.collection };
  }
  return null;
}

/** The fields a filter names at its own level (through `_and`/`_or`, inside functions). */
function fieldsNamed(filter: Filter): string[] {
  return Object.entries(filter).flatMap(([key, value]) => {
    if (LOGICAL.has(key)) return Array.isArray(value) ? value.filter(isObject).flatMap(fieldsNamed) : [];
    if (key.startsWith('_')) return [];
    const field = FUNCTION_KEY.exec(key)?.[1] ?? key;
    return [field.split(':')[0] ?? field];
  });
}

function isUnrestricted(filter: Filter | null): boolean {
  return filter === null || Object.keys(filter).length === 0;
}

/** The rules that open every one of `fields`: a rule that opens other fields does not open these. */
function rulesOpening(rules: ReadRule[], fields: string[]): ReadRule[] {
  return rules.filter(
    (rule) =>
      rule.fields === null || rule.fields.includes('*') || fields.every((field) => rule.fields?.includes(field)),
  );
}

/** The rows a set of rules reaches together: `null` when one of them reaches every row. */
function rowsReached(rules: ReadRule[]): Filter | null {
  if (rules.some((rule) => isUnrestricted(rule.filter))) return null;
  const filters = rules.map((rule) => rule.filter as Filter);
  return filters.length === 1 ? (filters[0] as Filter) : { _or: filters };
}

/**
 * The row filter that limits `collection` to what the requester may read of `fields`: `null` when it may
 * read all rows.
 */
function restrictionOf(
  context: AccessContext,
  collection: string,
  fields: string[],
  parameter: string,
  path: string,
): Filter | null {
  const rules = context.rules(collection);
  if (rules === 'all') return null;
  const covering = rulesOpening(rules, fields);
  if (covering.length === 0) throw new RelationalAccessError(parameter, path, collection);
  return rowsReached(covering);
}

/**
 * A filter on a field of the queried collection itself. Directus lets it through when any one of the
 * requester's read rules opens the field, and then applies it to every row the other rules reach: a
 * field that only some rules open (an own-account rule that opens the e-mail, a directory rule that
 * does not) would select the other rows by a value the requester may not read. Such a filter is kept
 * within the rows of the rules that open the field.
 */
function ownFieldFilter(context: AccessContext, collection: string, key: string, value: unknown): Filter {
  const part = { [key]: value };
  const rules = context.rules(collection);
  if (rules === 'all') return part;
  const covering = rulesOpening(rules, [FUNCTION_KEY.exec(key)?.[1] ?? key]);
  if (covering.length === 0 || covering.length === rules.length) return part;
  const reached = rowsReached(covering);
  return reached === null ? part : conjunction([part, reached]);
}

function requireAll(
  context: AccessContext,
  collection: string,
  fields: string[],
  parameter: string,
  path: string,
): void {
  if (restrictionOf(context, collection, fields, parameter, path) !== null)
    throw new RelationalAccessError(parameter, path, collection);
}

function conjunction(parts: Filter[]): Filter {
  if (parts.length === 0) return {};
  return parts.length === 1 ? (parts[0] as Filter) : { _and: parts };
}

/**
 * `filter` (on the related collection) moved under `field`, one key per level: Directus follows only the
 * first key of a nested object and does not read `_and`/`_or` below a field.
 */
function under(field: string, filter: Filter): Filter {
  return conjunction(
    Object.entries(filter).map(([key, value]) =>
      LOGICAL.has(key) && Array.isArray(value)
        ? { [key]: value.filter(isObject).map((part) => under(field, part)) }
        : { [field]: { [key]: value } },
    ),
  );
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The requester's filter on `collection` with every relational hop limited to readable rows: a
 * many-to-one hop gets the related collection's read rules added under it; a one-to-many hop becomes
 * `_some`, which Directus evaluates with the related collection's permissions. `root` is false below a
 * many-to-one hop, where Directus refuses `_some`: there a one-to-many hop must reach a fully readable
 * collection.
 */
export function restrictFilter(
  filter: Filter,
  collection: string,
  context: AccessContext,
  parameter = 'filter',
  path = '',
  root = true,
): Filter {
  const parts = Object.entries(filter).map(([key, value]): Filter => {
    if (LOGICAL.has(key)) {
      return Array.isArray(value)
        ? {
            [key]: value.map((part: unknown) =>
              isObject(part) ? restrictFilter(part, collection, context, parameter, path, root) : part,
            ),
          }
        : { [key]: value };
    }
    const here = join(path, key);
    const counted = FUNCTION_KEY.exec(key)?.[1];
    if (counted !== undefined) {
      const hop = hopOf(context.relations, collection, counted);
      if (hop) requireAll(context, hop.target, [], parameter, here);
      return { [key]: value };
    }
    const hop = hopOf(context.relations, collection, key);
    if (!hop) return path === '' ? ownFieldFilter(context, collection, key, value) : { [key]: value };
    const first = isObject(value) ? Object.keys(value)[0] : undefined;
    if (!isObject(value) || first === undefined) return { [key]: value };
    if (hop.kind === 'o2m') {
      if (first === '_some' || first === '_none') {
        const inner = value[first];
        return {
          [key]: {
            [first]: isObject(inner) ? restrictFilter(inner, hop.target, context, parameter, here, true) : inner,
          },
        };
      }
      if (first.startsWith('_') || !root) {
        requireAll(context, hop.target, fieldsNamed(value), parameter, here);
        return {
          [key]: first.startsWith('_') ? value : restrictFilter(value, hop.target, context, parameter, here, false),
        };
      }
      return { [key]: { _some: restrictFilter(value, hop.target, context, parameter, here, true) } };
    }
    // A many-to-one key followed by an operator filters the foreign key column itself: no hop.
    if (first.startsWith('_') && !LOGICAL.has(first)) return { [key]: value };
    const restriction = restrictionOf(context, hop.target, fieldsNamed(value), parameter, here);
    const inner = under(key, restrictFilter(value, hop.target, context, parameter, here, false));
    return restriction === null ? inner : conjunction([inner, under(key, restriction)]);
  });
  return conjunction(parts);
}

/**
 * Refuses a dotted path (sort, aggregate, groupBy) that goes through a relation whose rows the requester
 * may not all read: ordering or counting by a hidden row's value reveals it.
 */
export function checkPath(rawPath: string, collection: string, context: AccessContext, parameter: string): void {
  const segments = rawPath.replace(/^-/, '').split('.');
  let current = collection;
  segments.forEach((segment, index) => {
    const counted = FUNCTION_KEY.exec(segment)?.[1];
    const hop = hopOf(context.relations, current, counted ?? segment);
    const next = segments[index + 1];
    if (!hop || (next === undefined && counted === undefined)) return;
    const path = segments.slice(0, index + 1).join('.');
    requireAll(context, hop.target, next === undefined ? [] : [FUNCTION_KEY.exec(next)?.[1] ?? next], parameter, path);
    current = hop.target;
  });
}

export interface RelationalQuery {
  filter?: Filter | null;
  sort?: string[] | null;
  aggregate?: Record<string, string[]> | null;
  group?: string[] | null;
  deep?: Record<string, unknown> | null;
  alias?: Record<string, string> | null;
}

function restrictDeep(
  deep: Record<string, unknown>,
  collection: string,
  alias: Record<string, string>,
  context: AccessContext,
  path: string,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(deep).map(([key, value]) => {
      if (key.startsWith('_') || !isObject(value)) return [key, value];
      const hop = hopOf(context.relations, collection, alias[key] ?? key);
      if (!hop) return [key, value];
      const here = join(path, key);
      const nestedAlias = isObject(value['_alias']) ? (value['_alias'] as Record<string, string>) : {};
      const rewritten: Record<string, unknown> = restrictDeep(value, hop.target, nestedAlias, context, here);
      if (isObject(value['_filter']))
        rewritten['_filter'] = restrictFilter(value['_filter'], hop.target, context, `deep.${here}._filter`);
      if (Array.isArray(value['_sort']))
        for (const sort of value['_sort']) checkPath(String(sort), hop.target, context, `deep.${here}._sort`);
      return [key, rewritten];
    }),
  );
}

/** The query with its relational hops restricted; throws RelationalAccessError for a refused one. */
export function restrictQuery<Q extends RelationalQuery>(query: Q, collection: string, context: AccessContext): Q {
  const result: Q = { ...query };
  if (isObject(query.filter)) result.filter = restrictFilter(query.filter, collection, context);
  for (const sort of query.sort ?? []) checkPath(sort, collection, context, 'sort');
  for (const [operation, fields] of Object.entries(query.aggregate ?? {}))
    for (const field of fields) checkPath(field, collection, context, `aggregate[${operation}]`);
  for (const field of query.group ?? []) checkPath(field, collection, context, 'groupBy');
  if (isObject(query.deep)) result.deep = restrictDeep(query.deep, collection, query.alias ?? {}, context, '');
  return result;
}
