// Every writable field of every collection, and every /barometer route parameter, fed what a careless
// or hostile client sends (issue 12, item 11): a NUL, a value longer than the column, a value of the
// wrong type, a number out of range. Each is refused with a 4xx that names the field, on SQLite and
// PostgreSQL, and nothing is written. The fields come from the running instance (`GET /fields`), so a
// field added to the model is fuzzed without touching this file.
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_MAX_LENGTH } from '../../core/fields/index.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { registeredRoutes } from '../endpoint-routes.ts';
import { collections, FIELD_RANGES } from '../../scripts/snapshot/model.ts';
import { as, asAdmin, rawDatabase } from '../helpers.ts';

interface FieldInfo {
  collection: string;
  field: string;
  type: string;
  meta: {
    interface?: string | null;
    options?: { choices?: Array<{ value: string }>; allowOther?: boolean } | null;
  } | null;
  schema: { max_length?: number | null; is_primary_key?: boolean; is_generated?: boolean } | null;
}

type Refusal = { errors?: Array<{ message: string; extensions?: { code?: string } }> };

let admin: Api;
let fields: FieldInfo[];
/** Many-to-one fields (`collection.field`): they also take an object, the related item created in the same request. */
let manyToOne: Set<string>;

beforeAll(async () => {
  admin = await asAdmin();
  fields = await admin.get<FieldInfo[]>('/fields');
  manyToOne = new Set(
    (await admin.get<Array<{ collection: string; field: string }>>('/relations')).map(
      (relation) => `${relation.collection}.${relation.field}`,
    ),
  );
});

const NUL = 'a\u0000b';

/** What a field must refuse besides a NUL, by its type in the running schema and the model's ranges. */
function badValues(info: FieldInfo): Array<[label: string, value: unknown]> {
  const range = FIELD_RANGES[info.collection]?.[info.field] ?? {};
  const outOfRange: Array<[string, unknown]> = [
    ...(range.min === undefined ? [] : [['below the minimum', range.min - 1] as [string, unknown]]),
    ...(range.max === undefined ? [] : [['above the maximum', range.max + 1] as [string, unknown]]),
  ];
  const options = info.meta?.options;
  switch (info.type) {
    case 'string':
      return [
        ['over-long', 'x'.repeat((info.schema?.max_length ?? 255) + 1)],
        ...(manyToOne.has(`${info.collection}.${info.field}`)
          ? []
          : [['an object', { text: 'x' }] as [string, unknown]]),
        ['a number', 12],
        ...(info.meta?.interface === 'select-dropdown' && options?.choices && !options.allowOther
          ? [['not a choice', 'not-a-choice'] as [string, unknown]]
          : []),
      ];
    case 'text':
      return [
        ['over-long', 'x'.repeat(TEXT_MAX_LENGTH + 1)],
        ['a list', ['x']],
      ];
    case 'integer':
      return [
        ['letters', 'abc'],
        ['1e20', 1e20],
        ['a fraction', 17.7],
        ['beyond a PostgreSQL integer', 99_999_999_999],
        ['a list', [1]],
        ...outOfRange,
      ];
    case 'decimal':
    case 'float':
      return [['letters', 'abc'], ['1e20', 1e20], ['a boolean', true], ...outOfRange];
    case 'boolean':
      return [
        ['letters', 'abc'],
        ['2', 2],
      ];
    case 'date':
      return [
        ['letters', 'abc'],
        ['30 February', '2026-02-30'],
        ['a number', 20_261_001],
      ];
    case 'timestamp':
    case 'dateTime':
      return [
        ['letters', 'abc'],
        ['month 13', '2026-13-01T00:00:00Z'],
      ];
    case 'uuid':
      return [
        ['letters', 'abc'],
        ['a number', 42],
      ];
    default:
      return [];
  }
}

const writable = (info: FieldInfo) =>
  info.type !== 'alias' && info.schema !== null && !info.schema.is_primary_key && !info.schema.is_generated;

async function snapshot(collection: string): Promise<{ count: number; first: unknown }> {
  const rows = await admin.get<Array<Record<string, unknown>>>(`/items/${collection}?limit=-1&sort=id&fields=*`);
  return { count: rows.length, first: rows[0] ?? null };
}

function expectRefusal(response: { status: number; body: unknown }, named: string, label: string): void {
  expect(response.status, label).toBe(400);
  const message = ((response.body as Refusal).errors ?? []).map((error) => error.message).join(' ');
  expect(message, label).toContain(named);
}

describe('every writable field of every collection refuses bad values', () => {
  for (const { collection } of collections) {
    it(`${collection}: NUL, over-long, wrong type and out of range are refused with a 400 naming the field, and nothing is written`, async () => {
      const own = fields.filter((info) => info.collection === collection && writable(info));
      expect(own.length, collection).toBeGreaterThan(0);
      const before = await snapshot(collection);
      const target = (before.first as { id?: number } | null)?.id;
      for (const info of own) {
        const attempts: Array<[string, unknown]> = [['NUL', NUL], ...badValues(info)];
        for (const [label, value] of attempts) {
          const where = `${collection}.${info.field} ${label}`;
          const named = label === 'NUL' ? `body.${info.field}` : `${collection}.${info.field}`;
          expectRefusal(
            await admin.raw('POST', `/items/${collection}`, { [info.field]: value }),
            named,
            `create ${where}`,
          );
          if (target !== undefined)
            expectRefusal(
              await admin.raw('PATCH', `/items/${collection}/${target}`, { [info.field]: value }),
              named,
              `update ${where}`,
            );
        }
      }
      expect(await snapshot(collection)).toEqual(before);
    });
  }
});

describe('ids and filter values the database cannot compare', () => {
  it('answers 400, not 500, to an id beyond a PostgreSQL integer on read, update and delete', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await admin.raw(
        method,
        '/items/interviews/99999999999',
        method === 'PATCH' ? { review_comment: 'x' } : undefined,
      );
      expect(response.status, method).toBe(400);
    }
  });

  it('answers 400 naming the filter to an integer beyond range, a malformed date or uuid, on REST and GraphQL', async () => {
    for (const filter of [
      { id: { _eq: 99_999_999_999 } },
      { duration_minutes: { _in: [1, 99_999_999_999] } },
      { interview_date: { _gt: '2026-13-45' } },
      { wave: { reference_date: { _lt: 'not a date' } } },
      { participant: { interviews: { _some: { reviewed_at: { _gte: 'yesterday' } } } } },
      { reviewed_by: { _eq: 'abc' } },
    ]) {
      const response = await admin.raw(
        `GET`,
        `/items/interviews?filter=${encodeURIComponent(JSON.stringify(filter))}&fields=id`,
      );
      expect(response.status, JSON.stringify(filter)).toBe(400);
      expect(((response.body as Refusal).errors ?? [])[0]?.message, JSON.stringify(filter)).toContain('filter.');
    }
    const bracket = await admin.raw('GET', '/items/waves?filter[id][_eq]=99999999999');
    expect(bracket.status).toBe(400);
    const graphql = await admin.raw<{ errors?: unknown[] }>('POST', '/graphql', {
      query: '{ interviews(filter: { interview_date: { _gt: "2026-13-45" } }) { id } }',
    });
    expect(graphql.body.errors?.length ?? 0).toBeGreaterThan(0);
    expect(graphql.status).toBeLessThan(500);
  });

  it('still answers fair filters, dynamic variables included', async () => {
    for (const filter of [
      { duration_minutes: { _lt: -5 } },
      { interview_date: { _lte: '$NOW' } },
      { wave: { code: { _eq: 'W1' } } },
    ]) {
      const response = await admin.raw(
        'GET',
        `/items/interviews?filter=${encodeURIComponent(JSON.stringify(filter))}&fields=id&limit=1`,
      );
      expect(response.status, JSON.stringify(filter)).toBe(200);
    }
  });
});

/** Rows of what a `/barometer` route may write; the raw connection also sees the contact details. */
const WRITTEN = [
  'waves',
  'wave_events',
  'population_frames',
  'interviews',
  'participants',
  'participant_statuses',
  'reports',
  'sample_draws',
  'followups',
  'followup_contacts',
  'contact_reveals',
  'instrument_versions',
  'directus_files',
];

async function written(): Promise<Record<string, unknown>> {
  const database = rawDatabase();
  try {
    const counts: Record<string, unknown> = {};
    for (const table of WRITTEN) counts[table] = Number((await database(table).count({ count: '*' }))[0]?.['count']);
    counts['followup outcomes'] = await database('followups').orderBy('id').select('id', 'outcome', 'outcome_date');
    return counts;
  } finally {
    await database.destroy();
  }
}

function expect4xx(response: { status: number }, label: string): void {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
}

describe('every /barometer route parameter refuses bad values', () => {
  // Every route the endpoint registers with a path parameter, read from its router: a new route is
  // fuzzed without editing this file.
  const parameterRoutes = registeredRoutes()
    .filter((route) => route.includes('{'))
    .map((route): [string, string] => {
      const [method = '', path = ''] = route.split(' ');
      return [method.toUpperCase(), `/barometer${path}`];
    });
  const bad = [
    'W2%00',
    `W${'2'.repeat(5_000)}`,
    '99999999999',
    '-1',
    '1.5',
    'abc%20def',
    '%E2%80%AE2W',
    '..%2F..%2Fpackage.json',
  ];

  it('covers the routes added since the first pass: follow-ups, contacts, report status', () => {
    expect(parameterRoutes).toEqual(
      expect.arrayContaining([
        ['POST', '/barometer/followups/{id}/outcome'],
        ['PUT', '/barometer/participants/{id}/contact'],
        ['GET', '/barometer/followups/{id}/contact'],
        ['DELETE', '/barometer/followups/{id}/contact'],
        ['GET', '/barometer/waves/{wave}/followups/estimates'],
        ['GET', '/barometer/waves/{wave}/report/status'],
      ]),
    );
  });

  it('answers a 4xx, never a 5xx, to a NUL, over-long or wrong-type path parameter, and writes nothing', async () => {
    const before = await written();
    for (const [method, template] of parameterRoutes) {
      for (const value of bad) {
        const response = await admin.raw(
          method,
          template.replace(/\{\w+\}/g, value),
          method === 'GET' || method === 'DELETE' ? undefined : {},
        );
        expect4xx(response, `${method} ${template} ${value.slice(0, 20)}`);
      }
    }
    expect(await written()).toEqual(before);
  });

  it('answers a 400 to a NUL, over-long or wrong-type query parameter', async () => {
    for (const query of [
      '/barometer/waves/W1/indicators?by=SEX%00',
      `/barometer/waves/W1/indicators?by=${'x'.repeat(5_000)}`,
      '/barometer/waves/W1/indicators?disclosure=maybe',
      '/barometer/waves/W1/attrition?as_of=2026-13-45',
      '/barometer/waves/W1/attrition?as_of=abc',
      '/barometer/waves/W1/export?format=exe',
      '/barometer/waves/W1/export?include_text=yes',
      '/barometer/waves/W1/export?format[]=csv',
      '/barometer/waves/W1/export?repeat=VISITE%00',
      `/barometer/waves/W1/export?repeat=${'V'.repeat(5_000)}`,
      '/barometer/waves/W1/export?repeat[]=VISITE',
      '/barometer/waves/W1/export?repeat=..%2FVISITE',
      '/barometer/waves/W1/export?repeat=VISITE&format=codebook',
      '/barometer/instrument-versions/1/diff?against=99999999999',
      '/barometer/instrument-versions/1/diff?against=abc',
      '/barometer/waves/W1/quality?unknown=1',
      '/barometer/strategy?format=exe',
      '/barometer/strategy?format[]=json',
      '/barometer/strategy?format=json%00',
      '/barometer/waves/W2/followups/estimates?by=SEX',
      '/barometer/waves/W1/disclosure-audit?unknown=1',
    ]) {
      const response = await admin.raw('GET', query);
      expect(response.status, query.slice(0, 80)).toBe(400);
    }
    const mine = await (await as('enumerator1')).raw('GET', '/barometer/followups/mine?open=maybe');
    expect(mine.status).toBe(400);
    const seeded = await admin.raw('POST', `/barometer/waves/W2/draws?seed=${'x'.repeat(5_000)}`, {});
    expect4xx(seeded, 'draws seed');
  });

  it('answers a 400 to a NUL, over-long, wrong-type or unknown value in the body of the new routes, and writes nothing', async () => {
    const [followup] = await admin.get<Array<{ id: number; participant: number }>>(
      '/items/followups?fields=id,participant&sort=id&limit=1',
    );
    expect(followup).toBeDefined();
    const tracer = await as('followup');
    const before = await written();
    const bodies: Array<[Api, string, string, unknown]> = [
      [admin, 'POST', '/barometer/waves/W1/report', { lang: 'en' }],
      [admin, 'POST', '/barometer/waves/W1/report', { lang: 'ar\u0000' }],
      [admin, 'POST', '/barometer/waves/W1/report', { lang: ['ar'] }],
      [admin, 'POST', '/barometer/waves/W1/report', { lang: 'ar'.repeat(5_000) }],
      [admin, 'POST', '/barometer/waves/W1/report', { final: 'yes' }],
      [admin, 'POST', '/barometer/waves/W1/report', { report_ar: true }],
      ...[
        { outcome: 'vanished' },
        { outcome: 'interviewed\u0000' },
        { outcome: ['refused'] },
        { outcome: 'refused', date: '2026-02-30' },
        { outcome: 'refused', date: 20_261_001 },
        { outcome: 'refused', by: 'someone' },
        {},
      ].map((body): [Api, string, string, unknown] => [
        tracer,
        'POST',
        `/barometer/followups/${followup?.id}/outcome`,
        body,
      ]),
      ...[
        { contact_name: 'Mère', phone: '0600\u0000' },
        { contact_name: 'x'.repeat(201), phone: '0600000000' },
        { contact_name: 'Mère', phone: '0'.repeat(41) },
        { contact_name: 'Mère', address: 'x'.repeat(501) },
        { contact_name: 'Mère', phone: '0600000000', notes: 'x'.repeat(1_001) },
        { contact_name: 12, phone: '0600000000' },
        { contact_name: 'Mère', phone: 600_000_000 },
        { contact_name: '   ', phone: '0600000000' },
        { contact_name: 'Mère' },
        { contact_name: 'Mère', phone: '0600000000', national_id: 'AB123' },
        ['Mère', '0600000000'],
      ].map((body): [Api, string, string, unknown] => [
        tracer,
        'PUT',
        `/barometer/participants/${followup?.participant}/contact`,
        body,
      ]),
    ];
    for (const [api, method, path, body] of bodies) {
      const response = await api.raw(method, path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body).slice(0, 60)}`).toBe(400);
    }
    expect(await written()).toEqual(before);
  });
});
