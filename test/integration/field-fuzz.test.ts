// Every writable field of every collection, and every /barometer route parameter, fed what a careless
// or hostile client sends (issue 12, item 11): a NUL, a value longer than the column, a value of the
// wrong type, a number out of range. Each is refused with a 4xx that names the field, on SQLite and
// PostgreSQL, and nothing is written. The fields come from the running instance (`GET /fields`), so a
// field added to the model is fuzzed without touching this file.
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_MAX_LENGTH } from '../../core/fields/index.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { collections, FIELD_RANGES } from '../../scripts/snapshot/model.ts';
import { asAdmin } from '../helpers.ts';

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

describe('every /barometer route parameter refuses bad values', () => {
  const waveRoutes: Array<[string, string]> = [
    ...['open', 'lock', 'unlock', 'publish', 'frame', 'interviews/import', 'report', 'draws'].map(
      (action): [string, string] => ['POST', `/barometer/waves/{}/${action}`],
    ),
    ...['coverage', 'quality', 'attrition', 'indicators', 'score', 'export', 'draws'].map(
      (action): [string, string] => ['GET', `/barometer/waves/{}/${action}`],
    ),
  ];
  const idRoutes: Array<[string, string]> = [
    ['GET', '/barometer/instrument-versions/{}/xlsform'],
    ['GET', '/barometer/instrument-versions/{}/diff'],
    ['POST', '/barometer/instrument-versions/{}/publish'],
    ['POST', '/barometer/instrument-versions/{}/draft'],
  ];
  const codeRoutes: Array<[string, string]> = [
    ['GET', '/barometer/indicators/{}/trend'],
    ['PUT', '/barometer/field/api/interviews/{}'],
    ['GET', '/barometer/field/assets/{}'],
  ];
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

  it('answers a 4xx, never a 5xx, to a NUL, over-long or wrong-type path parameter', async () => {
    for (const [method, template] of [...waveRoutes, ...idRoutes, ...codeRoutes]) {
      for (const value of bad) {
        const response = await admin.raw(method, template.replace('{}', value), method === 'GET' ? undefined : {});
        expect(response.status, `${method} ${template} ${value.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${method} ${template} ${value.slice(0, 20)}`).toBeLessThan(500);
      }
    }
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
      '/barometer/instrument-versions/1/diff?against=99999999999',
      '/barometer/instrument-versions/1/diff?against=abc',
      '/barometer/waves/W1/quality?unknown=1',
    ]) {
      const response = await admin.raw('GET', query);
      expect(response.status, query.slice(0, 80)).toBe(400);
    }
    const seeded = await admin.raw('POST', `/barometer/waves/W2/draws?seed=${'x'.repeat(5_000)}`, {});
    expect(seeded.status).toBeGreaterThanOrEqual(400);
    expect(seeded.status).toBeLessThan(500);
  });
});
