// The permission matrix of the contract's roles, as Directus enforces it over HTTP. The table below is the
// documentation of who may do what; access.test.ts holds the item-level stories (own interviews, review).
import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../scripts/lib/api.ts';
import { demoUser, type DemoUser } from '../../seed/demo-users.ts';
import { ROLES } from '../../seed/system/access.ts';
import { anonymous, as, asAdmin, count, instance } from '../helpers.ts';

type Access = 'all' | 'filtered' | 'none';
type Action = 'create' | 'read' | 'update' | 'delete';
type Who = 'coordinator' | 'supervisor' | 'enumerator' | 'analyst' | 'followup' | 'public';

const ACTIONS: readonly Action[] = ['create', 'read', 'update', 'delete'];
const WHO: readonly Who[] = ['coordinator', 'supervisor', 'enumerator', 'analyst', 'followup', 'public'];

/**
 * One letter per action, in the order create, read, update, delete:
 * A = every item (`all`), F = only the items a filter lets through (`filtered`), - = nothing (`none`).
 * Field lists (the analyst never sees who entered an interview, an enumerator writes entry fields only)
 * and write validations are checked in access.test.ts and fieldwork.test.ts.
 */
const MATRIX: ReadonlyArray<
  readonly [
    collection: string,
    coordinator: string,
    supervisor: string,
    enumerator: string,
    analyst: string,
    followup: string,
    pub: string,
  ]
> = [
  //  collection                    coordinator supervisor enumerator analyst followup public
  ['establishments', 'AAAA', '-A--', '-A--', '-A--', '-A--', '----'],
  ['instruments', 'AAAA', '-A--', '-A--', '-A--', '----', '----'],
  ['instrument_versions', 'AAAA', '-A--', '-F--', '-A--', '----', '----'], // enumerator: published and retired only
  ['sections', 'AAAA', '-A--', '-F--', '-A--', '----', '----'],
  ['questions', 'AAAA', '-A--', '-F--', '-A--', '----', '----'],
  ['choices', 'AAAA', '-A--', '-F--', '-A--', '----', '----'],
  ['waves', 'AAAF', '-A--', '-F--', '-A--', '-A--', '----'], // delete: planned only; enumerator: not planned
  ['waves_instrument_versions', 'AAAA', '-A--', '-A--', '-A--', '----', '----'],
  ['population_frames', 'AAAA', '-A--', '----', '-A--', '----', '----'],
  ['participants', 'AAA-', '-A--', 'AA--', '----', '-A--', '----'],
  ['participant_statuses', 'AAAA', '-A--', '----', '----', 'AAA-', '----'],
  ['interviews', 'AA--', '-FF-', 'AFF-', '-A--', '----', '----'], // supervisor: its assignments; enumerator: its own
  ['assignments', 'AAAA', '-F--', '-F--', '----', '----', '----'], // supervisor, enumerator: their own
  ['wave_events', '-A--', '----', '----', '-A--', '----', '----'],
  ['sample_draws', '-A--', '----', '----', '----', '----', '----'],
  ['dimensions', 'AAAA', '-A--', '----', '-A--', '----', '----'],
  ['indicators', 'AAAA', '-A--', '----', '-A--', '----', '----'],
  ['standard_instruments', 'AAAA', '-A--', '----', '-A--', '----', '----'],
  ['standard_rules', 'AAAA', '-A--', '----', '-A--', '----', '----'],
  ['indicator_standards', 'AAAA', '-A--', '----', '-A--', '----', '----'],
  ['external_estimates', 'AAAA', '----', '----', '-A--', '----', '----'],
  ['indicator_snapshots', '-A--', '----', '----', '-A--', '----', '----'],
  ['recommendations', 'AAAA', '----', '----', '-A--', '----', '----'],
  ['institutions', 'AAAA', '----', '----', '-A--', '----', '----'],
  ['recommendation_followups', 'AAAA', '----', '----', '-A--', '----', '----'],
  ['recommendations_indicators', 'AAAA', '----', '----', '-A--', '----', '----'],
  ['recommendations_standard_rules', 'AAAA', '----', '----', '-A--', '----', '----'],
  ['reports', '-A--', '----', '----', '-A--', '----', '----'],
  ['followups', 'AAA-', '----', '-F--', '----', '-AA-', '----'], // enumerator: those assigned to it
  ['followup_contacts', '----', '----', '----', '----', '----', '----'], // only through /barometer, encrypted
  ['contact_reveals', '-A--', '----', '----', '----', '-A--', '----'],
];

const LETTER: Record<string, Access> = { A: 'all', F: 'filtered', '-': 'none' };

function expected(collection: string, who: Who, action: Action): Access {
  const row = MATRIX.find(([name]) => name === collection);
  const code = row?.[WHO.indexOf(who) + 1];
  const letter = code?.[ACTIONS.indexOf(action)];
  const access = letter === undefined ? undefined : LETTER[letter];
  if (!access) throw new Error(`No matrix entry for ${who} ${action} ${collection}`);
  return access;
}

const COLLECTIONS = MATRIX.map(([collection]) => collection);
const LOGIN: Record<Exclude<Who, 'public'>, DemoUser['key']> = {
  coordinator: 'coordinator',
  supervisor: 'supervisor1',
  enumerator: 'enumerator1',
  analyst: 'analyst',
  followup: 'followup',
};

function session(who: Who): Promise<Api> {
  return who === 'public' ? Promise.resolve(anonymous()) : as(LOGIN[who]);
}

/** `/permissions/me` says `full`, `partial` (an item filter) or `none`; a collection left out is `none`. */
type PermissionsMe = Record<string, Partial<Record<Action, { access: 'full' | 'partial' | 'none' }>>>;
const FROM_DIRECTUS: Record<'full' | 'partial' | 'none', Access> = { full: 'all', partial: 'filtered', none: 'none' };

const MISSING = 2_000_000_000;
/** The junctions have no required field: they get ids that do not exist. */
const JUNCTION_BODIES: Record<string, Record<string, unknown>> = {
  waves_instrument_versions: { waves_id: MISSING, instrument_versions_id: MISSING },
  recommendations_indicators: { recommendations_id: MISSING, indicators_id: MISSING },
  recommendations_standard_rules: { recommendations_id: MISSING, standard_rules_id: MISSING },
};

/** An invalid create: every collection but the junctions has required fields. */
function invalidBody(collection: string): Record<string, unknown> {
  return JUNCTION_BODIES[collection] ?? {};
}

let admin: Api;

beforeAll(async () => {
  admin = await asAdmin();
});

describe('the matrix is the one the seed installs', () => {
  it('covers every barometer collection of the schema', async () => {
    const collections = await admin.get<Array<{ collection: string; schema: unknown }>>('/collections?limit=-1');
    const barometer = collections
      .filter((row) => !row.collection.startsWith('directus_') && row.schema !== null)
      .map((row) => row.collection);
    expect(new Set(COLLECTIONS)).toEqual(new Set(barometer));
  });

  it('names every role of the contract, and the seed defines no other barometer rule', () => {
    expect(ROLES.map((role) => role.name).sort()).toEqual([
      'Analyst',
      'Coordinator',
      'Enumerator',
      'Suivi post-sortie',
      'Supervisor',
    ]);
    for (const role of ROLES) {
      for (const rule of role.rules.filter((candidate) => COLLECTIONS.includes(candidate.collection))) {
        expect(expected(rule.collection, role.key, rule.action), `${role.key} ${rule.action} ${rule.collection}`).toBe(
          rule.filter ? 'filtered' : 'all',
        );
      }
    }
  });
});

describe.each(WHO)('%s', (who) => {
  it('has exactly the matrix in /permissions/me', async () => {
    const api = await session(who);
    const response = await api.raw<{ data?: PermissionsMe }>('GET', '/permissions/me');
    // The public has no permission at all, not even to list its own.
    expect(response.status).toBe(who === 'public' ? 403 : 200);
    const granted = response.body.data ?? {};
    const actual = COLLECTIONS.map((collection) => [
      collection,
      ACTIONS.map((action) => FROM_DIRECTUS[granted[collection]?.[action]?.access ?? 'none']),
    ]);
    const wanted = COLLECTIONS.map((collection) => [
      collection,
      ACTIONS.map((action) => expected(collection, who, action)),
    ]);
    expect(actual).toEqual(wanted);
  });

  it('reads (200) exactly the collections the matrix gives it, and gets 403 elsewhere', async () => {
    const api = await session(who);
    const statuses = await Promise.all(
      COLLECTIONS.map(async (collection) => [
        collection,
        (await api.raw('GET', `/items/${collection}?limit=1&fields=id`)).status,
      ]),
    );
    expect(statuses).toEqual(
      COLLECTIONS.map((collection) => [collection, expected(collection, who, 'read') === 'none' ? 403 : 200]),
    );
  });

  it('is refused a create with 403 without the right, a 4xx validation error with it, and nothing is written', async () => {
    const api = await session(who);
    const before = await Promise.all(COLLECTIONS.map((collection) => count(admin, collection)));
    const outcomes: Array<[string, string]> = [];
    for (const collection of COLLECTIONS) {
      const { status } = await api.raw('POST', `/items/${collection}`, invalidBody(collection));
      outcomes.push([
        collection,
        status === 403 ? 'forbidden' : status >= 400 && status < 500 ? 'invalid' : `unexpected ${status}`,
      ]);
    }
    expect(outcomes).toEqual(
      COLLECTIONS.map((collection) => [
        collection,
        expected(collection, who, 'create') === 'none' ? 'forbidden' : 'invalid',
      ]),
    );
    expect(await Promise.all(COLLECTIONS.map((collection) => count(admin, collection)))).toEqual(before);
  });
});

describe('nested relational reads give nothing a direct read would not', () => {
  type Row = Record<string, unknown> & { id: number };

  /** Every item of a direct read, by id; `null` when the role may not read the collection. */
  async function direct(api: Api, collection: string): Promise<Map<number, Row> | null> {
    const response = await api.raw<{ data: Row[] }>('GET', `/items/${collection}?limit=-1&fields=*`);
    if (response.status === 403) return null;
    expect(response.status).toBe(200);
    return new Map(response.body.data.map((row) => [row.id, row]));
  }

  /** The nested items of `relation` in a read of `path`; `null` when Directus refused the whole read. */
  async function nested(api: Api, path: string, relation: string): Promise<Row[] | null> {
    const response = await api.raw<{ data: Array<Record<string, unknown>> }>('GET', path);
    expect(response.status).toBeLessThan(500);
    if (response.status === 403) return null;
    expect(response.status).toBe(200);
    return response.body.data.flatMap((parent) => {
      const children = parent[relation];
      return Array.isArray(children)
        ? children.filter((child): child is Row => typeof child === 'object' && child !== null)
        : [];
    });
  }

  /** Each nested item is readable directly, with no field the direct read hides. */
  function expectCovered(children: Row[] | null, readable: Map<number, Row> | null, label: string) {
    if (children === null) return;
    if (readable === null) {
      expect(children, `${label}: nested items of a collection the role cannot read`).toEqual([]);
      return;
    }
    for (const child of children) {
      const seen = readable.get(child.id);
      expect(seen, `${label}: item ${child.id} is not readable directly`).toBeDefined();
      expect(
        Object.keys(child).filter((key) => !(key in (seen ?? {}))),
        `${label}: fields hidden in a direct read`,
      ).toEqual([]);
    }
  }

  const CASES: ReadonlyArray<[path: string, relation: string, collection: string]> = [
    ['/items/participants?limit=-1&fields=id,interviews.*', 'interviews', 'interviews'],
    ['/items/waves?limit=-1&fields=id,interviews.*', 'interviews', 'interviews'],
    ['/items/waves?limit=-1&fields=id,frames.*', 'frames', 'population_frames'],
    ['/items/waves?limit=-1&fields=id,interviews.*,frames.*', 'interviews', 'interviews'],
    ['/items/establishments?limit=-1&fields=id,assignments.*', 'assignments', 'assignments'],
    ['/items/establishments?limit=-1&fields=id,interviews.*', 'interviews', 'interviews'],
  ];

  it.each(['enumerator1', 'supervisor1', 'analyst'] as const)('%s', async (key) => {
    const api = await as(key);
    const readable = new Map<string, Map<number, Row> | null>();
    for (const collection of new Set(CASES.map(([, , name]) => name)))
      readable.set(collection, await direct(api, collection));
    let seen = 0;
    for (const [path, relation, collection] of CASES) {
      const children = await nested(api, path, relation);
      expectCovered(children, readable.get(collection) ?? null, `${key} ${path}`);
      seen += children?.length ?? 0;
    }
    // The demo gives each of these roles something to read somewhere, so the comparison is not vacuous.
    if (key !== 'analyst') expect(seen).toBeGreaterThan(0);
  });

  it('an enumerator sees only its own interviews through participants, and the other enumerator none of them', async () => {
    const mine = await direct(await as('enumerator1'), 'interviews');
    expect(mine?.size ?? 0).toBeGreaterThan(0);
    const other = await nested(
      await as('enumerator2'),
      '/items/participants?limit=-1&fields=id,interviews.*',
      'interviews',
    );
    expect((other ?? []).filter((child) => mine?.has(child.id))).toEqual([]);
  });
});

describe('tokens', () => {
  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  function sign(payload: Record<string, unknown>, secret: string): string {
    const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
    return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
  }

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (user: DemoUser['key'], expiresAt: number, admin_access = false) => {
    const person = demoUser(user);
    const role = ROLES.find((candidate) => candidate.key === person.role);
    return {
      id: person.id,
      role: role?.roleId,
      app_access: true,
      admin_access,
      iat: expiresAt - 900,
      exp: expiresAt,
      iss: 'directus',
    };
  };

  async function refusal(token: string) {
    const response = await createApi(instance().url, token).raw<{
      data?: unknown;
      errors?: Array<{ extensions: { code: string } }>;
    }>('GET', '/items/interviews?limit=1&fields=id');
    return { status: response.status, code: response.body.errors?.[0]?.extensions.code, data: response.body.data };
  }

  it('a token signed with the instance secret works (the control)', async () => {
    expect((await refusal(sign(claims('enumerator1', now() + 600), instance().secret))).status).toBe(200);
  });

  // Directus answers a token that fails verification with 403 INVALID_TOKEN (its error class), an expired
  // one with 401 TOKEN_EXPIRED, and a string that is no JWT (looked up as a static token) with 401.
  it.each([
    [
      'forged: signed with another secret, claiming admin',
      () => sign(claims('enumerator1', now() + 600, true), 'not-the-secret-of-this-instance'),
      403,
      'INVALID_TOKEN',
    ],
    [
      'unsigned (alg none), claiming admin',
      () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims('coordinator', now() + 600, true))}.`,
      403,
      'INVALID_TOKEN',
    ],
    [
      'expired, with the right secret',
      () => sign(claims('coordinator', now() - 60), instance().secret),
      401,
      'TOKEN_EXPIRED',
    ],
    ['garbage', () => 'garbage', 401, 'INVALID_CREDENTIALS'],
  ])('a token %s is refused and reads nothing', async (_case, token, status, code) => {
    expect(await refusal(token())).toEqual({ status, code, data: undefined });
  });
});
