// disclosure=off as a permission of its own (issue 13, point 5): the policy "Données non protégées",
// given by the demo to the coordinator's account only, and every use recorded in directus_activity.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { UNPROTECTED_DATA_POLICY_ID } from '../../extensions/barometer/src/shared/ids.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { as, asAdmin, idOf } from '../helpers.ts';

interface Activity {
  id: number;
  action: string;
  user: string | null;
  collection: string;
  item: string;
  revisions: Array<{ data: { route: string; disclosure: string; wave: string } }>;
}

let admin: Api;
let w1: number;

async function uses(user: string): Promise<Activity[]> {
  const filter = encodeURIComponent(
    JSON.stringify({
      action: { _eq: 'run' },
      collection: { _eq: 'waves' },
      item: { _eq: String(w1) },
      user: { _eq: user },
    }),
  );
  return admin.get<Activity[]>(
    `/activity?filter=${filter}&fields=id,action,user,collection,item,revisions.data&sort=-id&limit=-1`,
  );
}

beforeAll(async () => {
  admin = await asAdmin();
  w1 = await idOf(admin, 'waves', 'W1');
});

describe('the policy', () => {
  it('has no collection rule and no role; the demo gives it to the coordinator account only', async () => {
    expect(await admin.get<unknown[]>(`/permissions?filter[policy][_eq]=${UNPROTECTED_DATA_POLICY_ID}`)).toEqual([]);
    const links = await admin.get<Array<{ role: string | null; user: string | null }>>(
      `/access?filter[policy][_eq]=${UNPROTECTED_DATA_POLICY_ID}&fields=role,user`,
    );
    expect(links).toEqual([{ role: null, user: demoUser('coordinator').id }]);
  });
});

describe('GET /barometer/waves/:wave/indicators?disclosure=off', () => {
  it('is refused to an analyst (403, French and Arabic), and nothing is recorded', async () => {
    const analyst = await as('analyst');
    const response = await analyst.raw('GET', '/barometer/waves/W1/indicators?disclosure=off');
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).toContain('Données non protégées');
    expect(JSON.stringify(response.body)).toContain('بيانات غير محمية');
    expect(await uses(demoUser('analyst').id)).toEqual([]);
  });

  it('is given to the coordinator, and the use is recorded with user, wave and route', async () => {
    const coordinator = demoUser('coordinator').id;
    const before = (await uses(coordinator)).length;
    const response = await (
      await as('coordinator')
    ).raw<{ data: { disclosure: string } }>('GET', '/barometer/waves/W1/indicators?disclosure=off');
    expect(response.status).toBe(200);
    expect(response.body.data.disclosure).toBe('off');
    const after = await uses(coordinator);
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ action: 'run', user: coordinator, collection: 'waves', item: String(w1) });
    expect(after[0]?.revisions[0]?.data).toEqual({
      disclosure: 'off',
      route: 'GET /barometer/waves/W1/indicators',
      wave: 'W1',
    });
  });

  it('records the raw export too', async () => {
    const coordinator = demoUser('coordinator').id;
    const before = (await uses(coordinator)).length;
    expect(
      (await (await as('coordinator')).raw('GET', `/barometer/waves/${w1}/export?disclosure=off&format=codebook`))
        .status,
    ).toBe(200);
    const after = await uses(coordinator);
    expect(after).toHaveLength(before + 1);
    expect(after[0]?.revisions[0]?.data.route).toBe(`GET /barometer/waves/${w1}/export`);
  });

  it('with disclosure on, records nothing', async () => {
    const coordinator = demoUser('coordinator').id;
    const before = (await uses(coordinator)).length;
    expect((await (await as('coordinator')).raw('GET', '/barometer/waves/W1/indicators')).status).toBe(200);
    expect(await uses(coordinator)).toHaveLength(before);
  });
});
