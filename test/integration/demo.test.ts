// The demo a newcomer finds after `npm start`: every account logs in, W1 is locked with about 250
// interviews, W2 is open with part of its interviews, the questionnaire and indicators are there.
import { describe, expect, it } from 'vitest';
import { login } from '../../scripts/lib/api.ts';
import { demoData } from '../../seed/demo/data.ts';
import { DEMO_USERS } from '../../seed/demo-users.ts';
import { asAdmin, count, idOf, instance } from '../helpers.ts';

describe('demo', async () => {
  const admin = await asAdmin();

  it.each(DEMO_USERS.map((user) => [user.key, user] as const))(
    '%s logs in with the documented password',
    async (_key, user) => {
      const session = await login(instance().url, user.email, user.password);
      const me = await session.get<{ email: string; role: string }>('/users/me?fields=email,role');
      expect(me.email).toBe(user.email);
    },
  );

  it('has W1 locked with about 250 interviews and W2 open with part of its interviews', async () => {
    const waves = await admin.get<Array<{ code: string; status: string; kind: string }>>(
      '/items/waves?fields=code,status,kind&sort=code',
    );
    expect(waves).toEqual(
      expect.arrayContaining([
        { code: 'B2020', status: 'published', kind: 'baseline' },
        { code: 'W1', status: 'locked', kind: 'wave' },
        { code: 'W2', status: 'open', kind: 'wave' },
      ]),
    );
    const w1 = await idOf(admin, 'waves', 'W1');
    const w2 = await idOf(admin, 'waves', 'W2');
    const validatedW1 = await count(admin, 'interviews', { wave: { _eq: w1 }, status: { _eq: 'validated' } });
    expect(validatedW1).toBeGreaterThanOrEqual(240);
    expect(validatedW1).toBeLessThanOrEqual(260);
    const statusesW2 = await admin.get<Array<{ status: string; count: string | number }>>(
      `/items/interviews?filter[wave][_eq]=${w2}&filter[followup][_null]=true&groupBy[]=status&aggregate[count]=*`,
    );
    expect(statusesW2.map((row) => row.status).sort()).toEqual(['draft', 'submitted', 'validated']);
    const targetW2 = await admin.get<Array<{ sum: { target: string | number } }>>(
      `/items/population_frames?filter[wave][_eq]=${w2}&aggregate[sum]=target`,
    );
    const interviewsW2 = statusesW2.reduce((total, row) => total + Number(row.count), 0);
    expect(interviewsW2 / Number(targetW2[0]?.sum.target)).toBeLessThan(0.7);
  });

  it('has W2’s follow-up interviews: SUIVI, no establishment, their members interviewed, figures published', async () => {
    const w2 = await idOf(admin, 'waves', 'W2');
    const interviews = await admin.get<
      Array<{
        establishment: number | null;
        instrument_version: { instrument: { code: string } };
        followup: { outcome: string };
      }>
    >(
      `/items/interviews?filter[wave][_eq]=${w2}&filter[followup][_nnull]=true&filter[code][_starts_with]=W2-SUIVI-&fields=establishment,instrument_version.instrument.code,followup.outcome&limit=-1`,
    );
    expect(interviews.length).toBeGreaterThanOrEqual(10);
    for (const interview of interviews) {
      expect(interview.establishment).toBeNull();
      expect(interview.instrument_version.instrument.code).toBe('SUIVI');
      expect(interview.followup.outcome).toBe('interviewed');
    }
    const estimates = await admin.get<{
      respondents: number;
      outcomes: Record<string, number>;
      indicators: Array<{ code: string; suppressed: boolean; estimate?: number }>;
      // Every count, small ones included: the admin holds the policy « Données non protégées ».
    }>('/barometer/waves/W2/followups/estimates?disclosure=off');
    expect(estimates.respondents).toBe(interviews.length);
    expect(estimates.outcomes['refused']).toBeGreaterThan(0);
    expect(estimates.outcomes['not_traced']).toBeGreaterThan(0);
    const aftercare = estimates.indicators.find((indicator) => indicator.code === 'FU_AFTERCARE');
    expect(aftercare?.suppressed).toBe(false);
    expect(aftercare?.estimate).toBeGreaterThan(0);
    expect(aftercare?.estimate).toBeLessThan(1);
  });

  it('keeps interviews with the enumerator who entered them', async () => {
    const owners = await admin.get<Array<{ user_created: string }>>(
      '/items/interviews?filter[wave][code][_in]=W1,W2&groupBy[]=user_created&aggregate[count]=*',
    );
    const enumeratorIds = DEMO_USERS.filter((user) => user.role === 'enumerator').map((user) => user.id);
    const others = DEMO_USERS.filter((user) => user.role !== 'enumerator').map((user) => user.id);
    const ownerIds = owners.map((row) => row.user_created);
    // Other test files add interviews to W2 with enumerators of their own: only the demo's accounts count.
    expect(enumeratorIds.every((id) => ownerIds.includes(id))).toBe(true);
    expect(ownerIds.filter((id) => others.includes(id))).toEqual([]);
  });

  it('has the published barometer questionnaire with French and Arabic labels and skip logic', async () => {
    const versions = await admin.get<
      Array<{ id: number; status: string; questions: Array<{ label_ar: string | null; relevant: string | null }> }>
    >(
      '/items/instrument_versions?filter[instrument][code][_eq]=BARO&filter[version][_eq]=1&fields=id,status,questions.label_ar,questions.relevant',
    );
    expect(versions).toHaveLength(1);
    const [version] = versions;
    expect(version?.status).toBe('published');
    expect(version?.questions.length).toBeGreaterThanOrEqual(35);
    expect(version?.questions.every((question) => (question.label_ar ?? '').length > 0)).toBe(true);
    expect(version?.questions.filter((question) => question.relevant).length).toBeGreaterThanOrEqual(5);
  });

  it('has eight dimensions, their indicators and the 2020 baseline values', async () => {
    const dimensionCodes = demoData.dimensions.map((dimension) => dimension.code);
    expect(await count(admin, 'dimensions', { code: { _in: dimensionCodes } })).toBe(8);
    expect(await count(admin, 'indicators', { dimension: { code: { _in: dimensionCodes } } })).toBeGreaterThanOrEqual(
      16,
    );
    const baseline = await idOf(admin, 'waves', 'B2020');
    expect(await count(admin, 'external_estimates', { wave: { _eq: baseline } })).toBeGreaterThanOrEqual(16);
  });

  it('has W2’s sample drawn where the team has not been yet, W1’s respondents still there first', async () => {
    const { draws } = await admin.get<{
      draws: Array<{ establishment: string; seed: string; selected: string[]; replacements: string[] }>;
    }>('/barometer/waves/W2/draws');
    const [expected] = demoData.draws;
    expect(draws.map((draw) => draw.establishment)).toEqual(expected?.lists.map((list) => list.establishment));
    const respondentsW1 = new Set(
      demoData.interviews.filter((interview) => interview.wave === 'W1').map((interview) => interview.participant),
    );
    for (const draw of draws) {
      const codes = expected?.lists.find((list) => list.establishment === draw.establishment)?.codes ?? [];
      expect(draw.seed).toBe(expected?.seed);
      expect(draw.selected).toHaveLength(Math.ceil(0.25 * codes.length));
      const ranked = [...draw.selected, ...draw.replacements];
      expect([...ranked].sort()).toEqual([...codes].sort());
      const panel = ranked.filter((code) => respondentsW1.has(code)).length;
      expect(panel).toBeGreaterThan(0);
      expect(ranked.slice(0, panel).every((code) => respondentsW1.has(code))).toBe(true);
    }
  });

  it('has no participant name or national id, only pseudonymous codes', async () => {
    const participants = await admin.get<Array<Record<string, unknown>>>('/items/participants?limit=5');
    for (const participant of participants) {
      expect(Object.keys(participant)).not.toEqual(expect.arrayContaining(['name']));
      expect(String(participant['code'])).toMatch(/^P-[0-9A-Z]{5}$/);
    }
  });
});
