// Filters, sorts, aggregates, groupBy and deep queries through every relation of the model (read from
// `GET /relations`, so that a new relation is covered without editing this file) return, for each role,
// only rows the role could read directly from the related collection; where the related collection is
// not fully readable, a sort, aggregate or groupBy through it is refused with 403.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser, type DemoUser } from '../../seed/demo-users.ts';
import { as, asAdmin } from '../helpers.ts';

interface Relation {
  collection: string;
  field: string;
  related_collection: string | null;
  meta: { one_field: string | null } | null;
}

interface Hop {
  /** The collection the query is sent to. */
  from: string;
  /** Its field that follows the relation. */
  field: string;
  /** The collection reached. */
  to: string;
  /** For a many-to-one hop, the foreign key in `from`; for a one-to-many hop, the one in `to`. */
  foreignKey: string;
  kind: 'm2o' | 'o2m';
}

type Key = string | number;
/** Every role whose reads are filtered: the tracer ("Suivi post-sortie") reads participants' codes but not their interviews. */
const ROLES: ReadonlyArray<DemoUser['key']> = ['enumerator1', 'supervisor1', 'analyst', 'followup'];

function pathOf(collection: string): string {
  return collection.startsWith('directus_') ? `/${collection.slice('directus_'.length)}` : `/items/${collection}`;
}

let admin: Api;
let hops: Hop[] = [];
const primary = new Map<string, string>();
/** Admin's view: per collection and field, each row's value. */
const values = new Map<string, Map<Key, unknown>>();
/** Per role and collection, the keys it reads directly, and whether that is every row. */
const readable = new Map<string, { keys: Set<Key>; all: boolean }>();

async function column(collection: string, field: string): Promise<Map<Key, unknown>> {
  const cacheKey = `${collection}.${field}`;
  const cached = values.get(cacheKey);
  if (cached) return cached;
  const pk = primary.get(collection) ?? 'id';
  const rows = await admin.get<Array<Record<string, unknown>>>(`${pathOf(collection)}?fields=${pk},${field}&limit=-1`);
  const map = new Map<Key, unknown>(rows.map((row) => [row[pk] as Key, row[field]]));
  values.set(cacheKey, map);
  return map;
}

async function readableBy(role: DemoUser['key'], collection: string): Promise<{ keys: Set<Key>; all: boolean }> {
  const cacheKey = `${role}:${collection}`;
  const cached = readable.get(cacheKey);
  if (cached) return cached;
  const pk = primary.get(collection) ?? 'id';
  const response = await (
    await as(role)
  ).raw<{ data?: Array<Record<string, unknown>> }>('GET', `${pathOf(collection)}?fields=${pk}&limit=-1`);
  const keys = new Set<Key>(response.status === 200 ? (response.body.data ?? []).map((row) => row[pk] as Key) : []);
  const total = (await column(collection, pk)).size;
  const result = { keys, all: keys.size === total };
  readable.set(cacheKey, result);
  return result;
}

/** The keys a role's query returned; none when it was refused. */
async function returned(
  role: DemoUser['key'],
  collection: string,
  query: string,
): Promise<{ status: number; keys: Key[] }> {
  const pk = primary.get(collection) ?? 'id';
  const response = await (
    await as(role)
  ).raw<{ data?: Array<Record<string, unknown>> }>('GET', `${pathOf(collection)}?fields=${pk}&limit=-1&${query}`);
  expect(response.status, `${role} ${collection}?${query}`).toBeLessThan(500);
  return {
    status: response.status,
    keys: response.status === 200 ? (response.body.data ?? []).map((row) => row[pk] as Key) : [],
  };
}

/** The rows of `hop.from` a role may see through the hop: those linked to a row of `hop.to` it reads. */
async function reachable(role: DemoUser['key'], hop: Hop): Promise<Set<Key>> {
  const target = await readableBy(role, hop.to);
  if (hop.kind === 'm2o') {
    const links = await column(hop.from, hop.foreignKey);
    return new Set(
      [...links].filter(([, value]) => value !== null && target.keys.has(value as Key)).map(([key]) => key),
    );
  }
  const parents = await column(hop.to, hop.foreignKey);
  return new Set(
    [...parents].filter(([key, value]) => value !== null && target.keys.has(key)).map(([, value]) => value as Key),
  );
}

function label(hop: Hop): string {
  return `${hop.from}.${hop.field} → ${hop.to}`;
}

beforeAll(async () => {
  admin = await asAdmin();
  const fields =
    await admin.get<Array<{ collection: string; field: string; schema: { is_primary_key?: boolean } | null }>>(
      '/fields',
    );
  for (const field of fields) if (field.schema?.is_primary_key) primary.set(field.collection, field.field);
  const relations = await admin.get<Relation[]>('/relations');
  const ours = relations.filter(
    (relation) => !relation.collection.startsWith('directus_') && relation.related_collection !== null,
  );
  hops = ours.flatMap((relation): Hop[] => {
    const to = relation.related_collection as string;
    const m2o: Hop = { from: relation.collection, field: relation.field, to, foreignKey: relation.field, kind: 'm2o' };
    const oneField = relation.meta?.one_field;
    return oneField
      ? [m2o, { from: to, field: oneField, to: relation.collection, foreignKey: relation.field, kind: 'o2m' }]
      : [m2o];
  });
}, 120_000);

describe.each(ROLES)('through every relation, as %s', (role) => {
  it('the model has relations of both kinds to cover', () => {
    expect(hops.some((hop) => hop.kind === 'o2m')).toBe(true);
    expect(hops.filter((hop) => hop.kind === 'm2o').length).toBeGreaterThan(20);
  });

  it('a filter through a relation returns only rows linked to related rows the role reads', async () => {
    const leaks: string[] = [];
    for (const hop of hops) {
      const related = primary.get(hop.to) ?? 'id';
      const { keys } = await returned(role, hop.from, `filter[${hop.field}][${related}][_nnull]=true`);
      const allowed = await reachable(role, hop);
      for (const key of keys) if (!allowed.has(key)) leaks.push(`${label(hop)}: ${String(key)}`);
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it('GraphQL filters through a relation return only rows linked to related rows the role reads', async () => {
    const api = await as(role);
    const leaks: string[] = [];
    for (const hop of hops) {
      const pk = primary.get(hop.from) ?? 'id';
      const related = primary.get(hop.to) ?? 'id';
      const query = `query { ${hop.from}(limit: -1, filter: { ${hop.field}: { ${related}: { _nnull: true } } }) { ${pk} } }`;
      const response = await api.raw<{ data?: Record<string, Array<Record<string, Key>> | null> }>('POST', '/graphql', {
        query,
      });
      expect(response.status, `${role} graphql ${label(hop)}`).toBeLessThan(500);
      const rows = response.body.data?.[hop.from] ?? [];
      // GraphQL answers ids as strings.
      const allowed = new Set([...(await reachable(role, hop))].map(String));
      for (const row of rows) if (!allowed.has(String(row[pk]))) leaks.push(`${label(hop)}: ${String(row[pk])}`);
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it('sort, aggregate and groupBy through a relation the role does not fully read are refused with 403', async () => {
    const wrong: string[] = [];
    for (const hop of hops.filter((candidate) => candidate.kind === 'm2o')) {
      const source = await readableBy(role, hop.from);
      const target = await readableBy(role, hop.to);
      if (source.keys.size === 0 || target.all) continue;
      const related = primary.get(hop.to) ?? 'id';
      for (const query of [
        `sort=${hop.field}.${related}`,
        `aggregate[countDistinct]=${hop.field}.${related}`,
        `groupBy[]=${hop.field}.${related}&aggregate[count]=*`,
      ]) {
        const { status } = await returned(role, hop.from, query);
        if (status !== 403) wrong.push(`${label(hop)} ${query}: ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('a deep filter through a relation returns only nested rows linked to related rows the role reads', async () => {
    const api = await as(role);
    const leaks: string[] = [];
    for (const outer of hops.filter((hop) => hop.kind === 'o2m')) {
      for (const inner of hops.filter((hop) => hop.from === outer.to && hop.kind === 'm2o')) {
        if ((await readableBy(role, inner.to)).all) continue;
        const pk = primary.get(outer.from) ?? 'id';
        const childPk = primary.get(outer.to) ?? 'id';
        const related = primary.get(inner.to) ?? 'id';
        const path = `${pathOf(outer.from)}?limit=-1&fields=${pk},${outer.field}.${childPk}&deep[${outer.field}][_filter][${inner.field}][${related}][_nnull]=true`;
        const response = await api.raw<{ data?: Array<Record<string, Array<Record<string, Key>> | null>> }>(
          'GET',
          path,
        );
        expect(response.status, `${role} ${path}`).toBeLessThan(500);
        const allowed = await reachable(role, inner);
        const children = (response.status === 200 ? (response.body.data ?? []) : []).flatMap(
          (row) => row[outer.field] ?? [],
        );
        for (const child of children)
          if (!allowed.has(child[childPk] as Key))
            leaks.push(`${label(outer)} deep ${inner.field}: ${String(child[childPk])}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 300_000);
});

describe('the issue’s own examples, as enqueteur1', () => {
  it("a filter on another enumerator's interviews lists no participant of enqueteur2 only", async () => {
    const enumerator = await as('enumerator1');
    const other = demoUser('enumerator2').id;
    const mine = new Set(
      (await enumerator.get<Array<{ participant: number }>>('/items/interviews?fields=participant&limit=-1')).map(
        (row) => row.participant,
      ),
    );
    const theirs = await admin.get<Array<{ participant: number }>>(
      `/items/interviews?fields=participant&limit=-1&filter[user_created][_eq]=${other}`,
    );
    expect(theirs.some((row) => !mine.has(row.participant))).toBe(true);
    const listed = await enumerator.get<Array<{ id: number }>>(
      `/items/participants?fields=id&limit=-1&filter[interviews][user_created][_eq]=${other}`,
    );
    expect(listed.filter((row) => !mine.has(row.id))).toEqual([]);
  });

  it('the same filter through export=json and with an alias lists no participant of enqueteur2 only', async () => {
    const enumerator = await as('enumerator1');
    const other = demoUser('enumerator2').id;
    const mine = new Set(
      (await enumerator.get<Array<{ participant: number }>>('/items/interviews?fields=participant&limit=-1')).map(
        (row) => row.participant,
      ),
    );
    const exported = await enumerator.raw<string | Array<{ id: number }>>(
      'GET',
      `/items/participants?fields=id&limit=-1&export=json&filter[interviews][user_created][_eq]=${other}`,
    );
    expect(exported.status).toBe(200);
    const rows = (typeof exported.body === 'string' ? JSON.parse(exported.body) : exported.body) as Array<{
      id: number;
    }>;
    expect(rows.filter((row) => !mine.has(row.id))).toEqual([]);
    const aliased = await enumerator.get<Array<{ id: number; theirs: unknown[] }>>(
      `/items/participants?fields=id,theirs.id&alias[theirs]=interviews&limit=-1&filter[interviews][user_created][_eq]=${other}` +
        `&deep[theirs][_filter][wave][status][_eq]=planned`,
    );
    expect(aliased.filter((row) => !mine.has(row.id))).toEqual([]);
  });

  it('review comments cannot be read letter by letter through a relation', async () => {
    const enumerator = await as('enumerator1');
    const commented = await admin.get<Array<{ review_comment: string; user_created: string }>>(
      `/items/interviews?fields=review_comment,user_created&limit=-1&filter[review_comment][_nnull]=true&filter[user_created][_neq]=${demoUser('enumerator1').id}`,
    );
    expect(commented.length).toBeGreaterThan(0);
    for (const { review_comment: comment } of commented.slice(0, 3)) {
      const participants = await enumerator.raw<{ data?: unknown[] }>(
        'GET',
        `/items/participants?fields=id&limit=-1&filter[interviews][review_comment][_starts_with]=${encodeURIComponent(comment.slice(0, 3))}&filter[interviews][user_created][_neq]=${demoUser('enumerator1').id}`,
      );
      expect(participants.status === 200 ? participants.body.data : []).toEqual([]);
    }
  });

  it('search does not reach into related collections', async () => {
    const enumerator = await as('enumerator1');
    const [theirs] = await admin.get<Array<{ code: string }>>(
      `/items/interviews?fields=code&limit=1&filter[user_created][_eq]=${demoUser('enumerator2').id}`,
    );
    expect(theirs).toBeDefined();
    const found = await enumerator.get<unknown[]>(
      `/items/participants?fields=id&limit=-1&search=${encodeURIComponent(theirs?.code ?? '')}`,
    );
    expect(found).toEqual([]);
  });
});
