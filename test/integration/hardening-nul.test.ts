// NUL characters (U+0000), which PostgreSQL cannot hold in text and used to answer with a 500: in a
// body on every write path, in a path, a search and a filter. Each is refused with a 400 that names
// where, and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { as, asAdmin, count } from '../helpers.ts';

let admin: Api;
let coordinator: Api;
let world: World;

type Refusal = { errors?: Array<{ message: string; extensions: { code: string } }> };

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  world = await buildWorld(admin, 'NUL');
});

function expectNulRefusal(response: { status: number; body: unknown }, where: string): void {
  expect(response.status).toBe(400);
  const [error] = (response.body as Refusal).errors ?? [];
  expect(error?.extensions.code).toBe('INVALID_PAYLOAD');
  expect(error?.message).toContain('U+0000');
  expect(error?.message).toContain(where);
}

describe('NUL in bodies', () => {
  it('refuses an interview whose device_id holds a NUL, and writes none', async () => {
    const before = await count(admin, 'interviews', { wave: { _eq: world.wave } });
    const response = await admin.raw(
      'POST',
      '/items/interviews',
      interviewPayload(world, `NUL-${world.suffix}-1`, { device_id: 'tablet\u0000one' }),
    );
    expectNulRefusal(response, 'body.device_id');
    expect(await count(admin, 'interviews', { wave: { _eq: world.wave } })).toBe(before);
  });

  it('refuses a batch of participants when one code holds a NUL, and writes none of them', async () => {
    const prefix = `NULP-${world.suffix}`;
    const response = await coordinator.raw('POST', '/items/participants', [
      { code: `${prefix}-A` },
      { code: `${prefix}\u0000B` },
    ]);
    expectNulRefusal(response, 'body.1.code');
    expect(await count(admin, 'participants', { code: { _starts_with: prefix } })).toBe(0);
  });

  it('refuses a review comment holding a NUL, and leaves the comment as it was', async () => {
    const interview = await admin.post<{ id: number }>(
      '/items/interviews',
      interviewPayload(world, `NUL-${world.suffix}-2`, { review_comment: 'avant' }),
    );
    const response = await admin.raw('PATCH', `/items/interviews/${interview.id}`, { review_comment: 'après\u0000' });
    expectNulRefusal(response, 'body.review_comment');
    expect(
      (await admin.get<{ review_comment: string }>(`/items/interviews/${interview.id}?fields=review_comment`))
        .review_comment,
    ).toBe('avant');
  });

  it('refuses a GraphQL mutation whose variables hold a NUL, and writes nothing', async () => {
    const code = `NULG-${world.suffix}`;
    const response = await coordinator.raw('POST', '/graphql', {
      query: 'mutation ($code: String!) { create_participants_item(data: { code: $code }) { id } }',
      variables: { code: `${code}\u0000` },
    });
    expectNulRefusal(response, 'body.variables.code');
    expect(await count(admin, 'participants', { code: { _starts_with: code } })).toBe(0);
  });

  it('refuses a NUL in a key of the body', async () => {
    expectNulRefusal(await coordinator.raw('POST', '/items/participants', { 'code\u0000': 'X' }), 'body.code');
  });
});

describe('NUL in paths and query strings', () => {
  it.each([
    ['a search', '/items/participants?search=P%00'],
    ['a filter value', '/items/interviews?filter[code][_eq]=A%00B'],
    ['a relational filter value', '/items/participants?filter[interviews][review_comment][_contains]=%00'],
    ['a barometer wave code', '/barometer/waves/W2%00/export?format=csv'],
    ['a barometer indicator code', '/barometer/indicators/X%00/trend'],
    ['a barometer query parameter', '/barometer/waves/W2/indicators?by=SEX%00'],
  ])('refuses %s with a 400', async (_case, path) => {
    expectNulRefusal(await coordinator.raw('GET', path), 'l’adresse ou la requête');
  });

  it('still answers the same requests without the NUL', async () => {
    expect((await coordinator.raw('GET', '/items/participants?search=P&limit=1')).status).toBe(200);
    expect((await coordinator.raw('GET', '/items/interviews?filter[code][_eq]=AB&limit=1')).status).toBe(200);
  });
});
