import { describe, expect, it } from 'vitest';
import {
  checkPath,
  RelationalAccessError,
  restrictFilter,
  restrictQuery,
  type AccessContext,
  type ReadRule,
  type RelationShape,
} from './relational-filter.ts';

const RELATIONS: RelationShape[] = [
  {
    collection: 'interviews',
    field: 'participant',
    related_collection: 'participants',
    meta: { one_field: 'interviews' },
  },
  { collection: 'interviews', field: 'wave', related_collection: 'waves', meta: { one_field: 'interviews' } },
  { collection: 'interviews', field: 'user_created', related_collection: 'directus_users', meta: null },
  { collection: 'assignments', field: 'wave', related_collection: 'waves', meta: { one_field: 'assignments' } },
];

const OWN: ReadRule = { filter: { user_created: { _eq: 'me' } }, fields: ['*'] };

function context(rules: Record<string, ReadRule[]>): AccessContext {
  return { relations: RELATIONS, rules: (collection) => rules[collection] ?? [] };
}

const enumerator = context({
  interviews: [OWN],
  participants: [{ filter: null, fields: ['id', 'code', 'interviews'] }],
  waves: [{ filter: { status: { _neq: 'planned' } }, fields: ['*'] }],
  assignments: [{ filter: { user: { _eq: 'me' } }, fields: ['*'] }],
  directus_users: [{ filter: { role: { _eq: 'reviewer' } }, fields: ['id', 'first_name'] }],
});

describe('restrictFilter', () => {
  it('turns a one-to-many hop into _some, which Directus evaluates with the related permissions', () => {
    expect(restrictFilter({ interviews: { user_created: { _eq: 'other' } } }, 'participants', enumerator)).toEqual({
      interviews: { _some: { user_created: { _eq: 'other' } } },
    });
  });

  it('adds the related read rule under a many-to-one hop, one key per level', () => {
    expect(restrictFilter({ wave: { code: { _eq: 'W3' } } }, 'interviews', enumerator)).toEqual({
      _and: [{ wave: { code: { _eq: 'W3' } } }, { wave: { status: { _neq: 'planned' } } }],
    });
  });

  it('leaves a many-to-one hop to a fully readable collection and a foreign key filter as they are', () => {
    expect(restrictFilter({ participant: { code: { _eq: 'P1' } } }, 'interviews', enumerator)).toEqual({
      participant: { code: { _eq: 'P1' } },
    });
    expect(restrictFilter({ wave: { _eq: 3 } }, 'interviews', enumerator)).toEqual({ wave: { _eq: 3 } });
  });

  it('rewrites hops inside _and, _or and _some', () => {
    expect(
      restrictFilter(
        { _or: [{ interviews: { _some: { wave: { code: { _eq: 'W1' } } } } }] },
        'participants',
        enumerator,
      ),
    ).toEqual({
      _or: [
        {
          interviews: {
            _some: { _and: [{ wave: { code: { _eq: 'W1' } } }, { wave: { status: { _neq: 'planned' } } }] },
          },
        },
      ],
    });
  });

  it('refuses a hop to fields no read rule grants, and a one-to-many hop below a many-to-one one that is not fully readable', () => {
    expect(() => restrictFilter({ user_created: { email: { _starts_with: 'a' } } }, 'interviews', enumerator)).toThrow(
      RelationalAccessError,
    );
    expect(() =>
      restrictFilter({ participant: { interviews: { user_created: { _eq: 'x' } } } }, 'interviews', enumerator),
    ).toThrow(/interviews/);
  });

  it('refuses a count through a one-to-many relation the role does not fully read', () => {
    expect(() => restrictFilter({ 'count(interviews)': { _gt: 0 } }, 'participants', enumerator)).toThrow(
      RelationalAccessError,
    );
  });

  it('changes nothing for an administrator on many-to-one hops', () => {
    const admin: AccessContext = { relations: RELATIONS, rules: () => 'all' };
    expect(restrictFilter({ wave: { code: { _eq: 'W3' } } }, 'interviews', admin)).toEqual({
      wave: { code: { _eq: 'W3' } },
    });
    expect(() => checkPath('wave.code', 'interviews', admin, 'sort')).not.toThrow();
  });
});

describe('a filter on the queried collection’s own fields', () => {
  const tracer = context({
    directus_users: [
      { filter: { role: { _in: ['staff'] } }, fields: ['id', 'first_name', 'role'] },
      { filter: { id: { _eq: 'me' } }, fields: null },
    ],
  });

  it('keeps a field that only some rules open within the rows of those rules', () => {
    expect(restrictFilter({ email: { _starts_with: 'a' } }, 'directus_users', tracer)).toEqual({
      _and: [{ email: { _starts_with: 'a' } }, { id: { _eq: 'me' } }],
    });
    expect(
      restrictFilter({ _or: [{ email: { _eq: 'x' } }, { first_name: { _eq: 'y' } }] }, 'directus_users', tracer),
    ).toEqual({
      _or: [{ _and: [{ email: { _eq: 'x' } }, { id: { _eq: 'me' } }] }, { first_name: { _eq: 'y' } }],
    });
  });

  it('leaves a field that every rule opens, or none, or an unrestricted rule opens, as it is', () => {
    expect(restrictFilter({ first_name: { _eq: 'y' } }, 'directus_users', tracer)).toEqual({
      first_name: { _eq: 'y' },
    });
    expect(restrictFilter({ status: { _eq: 'draft' } }, 'interviews', enumerator)).toEqual({
      status: { _eq: 'draft' },
    });
    const open = context({
      waves: [
        { filter: null, fields: ['code'] },
        { filter: { id: { _eq: 1 } }, fields: ['*'] },
      ],
    });
    expect(restrictFilter({ code: { _eq: 'W1' } }, 'waves', open)).toEqual({ code: { _eq: 'W1' } });
    expect(restrictFilter({ notes: { _eq: 'x' } }, 'waves', open)).toEqual({
      _and: [{ notes: { _eq: 'x' } }, { id: { _eq: 1 } }],
    });
  });
});

describe('checkPath and restrictQuery', () => {
  it('refuses sort, aggregate and groupBy through a collection the role does not fully read, in French then Arabic', () => {
    expect(() => checkPath('-wave.code', 'interviews', enumerator, 'sort')).toThrow(
      /« sort » par « wave » : la collection liée « waves »/,
    );
    expect(() => restrictQuery({ aggregate: { countDistinct: ['wave.id'] } }, 'interviews', enumerator)).toThrow(
      RelationalAccessError,
    );
    expect(() => restrictQuery({ group: ['wave.code'] }, 'interviews', enumerator)).toThrow(RelationalAccessError);
    expect(() => restrictQuery({ sort: ['participant.code', 'status'] }, 'interviews', enumerator)).not.toThrow();
  });

  it('rewrites a deep filter relative to the nested collection, through aliases', () => {
    const query = restrictQuery(
      { alias: { mine: 'interviews' }, deep: { mine: { _filter: { wave: { code: { _eq: 'W1' } } } } } },
      'participants',
      enumerator,
    );
    expect(query.deep).toEqual({
      mine: { _filter: { _and: [{ wave: { code: { _eq: 'W1' } } }, { wave: { status: { _neq: 'planned' } } }] } },
    });
  });
});
