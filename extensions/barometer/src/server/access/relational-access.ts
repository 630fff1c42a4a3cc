// Glue for core/access/relational-filter: reads the requester's read rules (its policies' permissions,
// dynamic variables resolved) and rewrites every query Directus runs for it, so that a filter, sort,
// aggregate, groupBy or deep through a relation reaches only rows the requester may read.
import type { Accountability, SchemaOverview } from '@directus/types';
import { appAccessMinimalPermissions } from '@directus/system-data';
import { parseFilter } from '@directus/utils';
import type { Knex } from 'knex';
import { z } from 'zod';
import {
  RelationalAccessError,
  restrictQuery,
  type Filter,
  type ReadRule,
  type RelationalQuery,
  type RelationShape,
} from '../../../../../core/access/relational-filter.ts';
import { ForbiddenReasonError } from '../http/errors.ts';

/** The system services' event scopes whose `*.query` filter carries the query of a system collection. */
export const SYSTEM_QUERY_SCOPES = [
  'users',
  'roles',
  'policies',
  'access',
  'permissions',
  'files',
  'folders',
  'activity',
  'revisions',
  'comments',
  'notifications',
  'presets',
  'dashboards',
  'panels',
  'flows',
  'operations',
  'shares',
  'versions',
  'translations',
];

const permissionRow = z.object({
  collection: z.string(),
  permissions: z.union([z.string(), z.record(z.string(), z.unknown())]).nullable(),
  fields: z.union([z.string(), z.array(z.string())]).nullable(),
});

function parsed<T>(value: string | T): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

async function readRules(database: Knex, accountability: Accountability): Promise<Map<string, ReadRule[]> | 'all'> {
  const roles = accountability.roles ?? (accountability.role ? [accountability.role] : []);
  const policies = database('directus_access')
    .select('policy')
    .where((query) => {
      if (roles.length > 0) query.whereIn('role', roles);
      else query.whereNull('role').whereNull('user');
      if (accountability.user) query.orWhere('user', accountability.user);
    });
  const access: Array<{ admin_access: unknown; app_access: unknown }> = await database('directus_policies')
    .whereIn('id', policies)
    .select('admin_access', 'app_access');
  if (access.some((policy) => Boolean(policy.admin_access))) return 'all';
  const appAccess = access.some((policy) => Boolean(policy.app_access));
  const rows = z
    .array(permissionRow)
    .parse(
      await database('directus_permissions')
        .select('collection', 'permissions', 'fields')
        .whereIn('policy', policies)
        .andWhere('action', 'read'),
    );
  // Directus adds its app-access minimal permissions (the user's own account, presets…) to the stored
  // ones: a filter on a field they alone open must stay within the rows they reach.
  const minimal = appAccess
    ? appAccessMinimalPermissions
        .filter((permission) => permission.action === 'read')
        .map((permission) => ({
          collection: permission.collection,
          permissions: permission.permissions,
          fields: permission.fields,
        }))
    : [];
  const rules = new Map<string, ReadRule[]>();
  for (const row of [...rows, ...minimal]) {
    const filter =
      row.permissions === null ? null : parseFilter(parsed<Filter>(row.permissions) as never, accountability);
    const fields = row.fields === null ? null : Array.isArray(row.fields) ? row.fields : row.fields.split(',');
    rules.set(row.collection, [...(rules.get(row.collection) ?? []), { filter: filter as Filter | null, fields }]);
  }
  return rules;
}

/** One read of the rules per accountability: a request runs many queries (nested reads, hooks). */
const rulesByAccountability = new WeakMap<Accountability, Promise<Map<string, ReadRule[]> | 'all'>>();

function hasRelationalParts(query: RelationalQuery): boolean {
  return Boolean(
    query.filter || query.sort?.some((sort) => sort.includes('.')) || query.aggregate || query.group || query.deep,
  );
}

export async function restrictRelationalQuery<Q extends RelationalQuery>(
  query: Q,
  collection: string,
  context: { database: Knex; schema: SchemaOverview | null; accountability: Accountability | null },
): Promise<Q> {
  const { accountability, schema } = context;
  if (!accountability || accountability.admin || !schema || !hasRelationalParts(query)) return query;
  let pending = rulesByAccountability.get(accountability);
  if (!pending) {
    pending = readRules(context.database, accountability);
    rulesByAccountability.set(accountability, pending);
  }
  const rules = await pending;
  try {
    return restrictQuery(query, collection, {
      relations: schema.relations as RelationShape[],
      rules: (name) => (rules === 'all' ? 'all' : (rules.get(name) ?? [])),
    });
  } catch (error) {
    if (error instanceof RelationalAccessError) throw new ForbiddenReasonError({ reason: error.message });
    throw error;
  }
}
