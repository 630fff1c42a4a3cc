// Issue 16: follow-up interviews of released minors. They have no establishment, belong to a member of
// the wave's cohort and use its follow-up version; entering one records the tracing outcome; they stay
// out of everything the detention sample feeds (coverage, lock checks, export); and the cohort's
// estimates are the non-response-weighted proportions, checked here against the formula written out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import type { Api } from '../../scripts/lib/api.ts';
import { isoDay } from '../../extensions/barometer/src/server/db/db-values.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { addCohortMember, setFollowupVersion } from '../fixtures/followup.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { as, asAdmin, rawDatabase } from '../helpers.ts';

let admin: Api;
let database: Knex;
let world: World;
let followupVersion: number;
const followups: number[] = [];
const participants: number[] = [];

interface Problem {
  column?: string;
  message: string;
}
type Refusal = { errors: Array<{ message: string; extensions: { code: string; problems?: Problem[] } }> };

/** Members: [from the first establishment (cre) or the other (quartier_mineurs), how each is traced]. */
type Plan = readonly ['cre' | 'qm', 'yes' | 'no' | 'refused' | 'deceased' | null];
const PLAN: readonly Plan[] = [
  ...Array.from({ length: 6 }, () => ['cre', 'yes'] as const),
  ['cre', 'no'],
  ['cre', 'no'],
  ['cre', 'refused'],
  ['cre', null],
  ['qm', 'yes'],
  ['qm', 'no'],
  ['qm', 'no'],
  ['qm', 'deceased'],
  ['qm', null],
  ['qm', null],
];

function followupInterview(index: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: `FI-${index}-${world.suffix}`.slice(0, 64),
    wave: world.wave,
    followup: followups[index],
    participant: participants[index],
    instrument_version: followupVersion,
    consent_guardian: true,
    assent_child: true,
    status: 'submitted',
    interview_date: '2026-11-02',
    answers: {
      AFTERCARE_RECEIVED: PLAN[index]?.[1] === 'yes' ? 'yes' : 'no',
      ACTIVITY_NOW: 'training',
      NEW_JUSTICE_CONTACT: 'no',
    },
    ...overrides,
  };
}

beforeAll(async () => {
  admin = await asAdmin();
  database = rawDatabase();
  world = await buildWorld(admin, 'FUINT');
  // One detention interview, which every detention figure below must count alone.
  await (await as('enumerator1')).post('/items/interviews', interviewPayload(world, `DET-${world.suffix}`));
  followupVersion = await setFollowupVersion(admin, world);
  for (const [index, [from]] of PLAN.entries()) {
    const member = await addCohortMember(admin, world, {
      code: `FP${index}-${world.suffix}`,
      establishment: from === 'cre' ? world.establishment : world.otherEstablishment,
      enumerator: 'enumerator1',
    });
    participants.push(member.participant);
    followups.push(member.followup);
  }
});

afterAll(async () => {
  await database('interviews').whereIn('participant', participants).delete();
  await database('contact_reveals').whereIn('participant', participants).delete();
  await database('followups').whereIn('id', followups).delete();
  await database.destroy();
});

describe('where an interview was taken', () => {
  it('refuses a detention interview without establishment, 400 naming the field', async () => {
    const { establishment: _left, ...payload } = interviewPayload(world, `NOEST-${world.suffix}`);
    const refusal = await (await as('enumerator1')).raw<Refusal>('POST', '/items/interviews', payload);
    expect(refusal.status).toBe(400);
    expect(refusal.body.errors[0]?.message).toMatch(/^establishment : l’établissement est obligatoire/);
    expect(await database('interviews').where('code', `NOEST-${world.suffix}`).first('id')).toBeUndefined();
  });

  it('refuses a follow-up interview with an establishment, 400', async () => {
    const refusal = await (
      await as('enumerator1')
    ).raw<Refusal>('POST', '/items/interviews', followupInterview(0, { establishment: world.establishment }));
    expect(refusal.status).toBe(400);
    expect(refusal.body.errors[0]?.message).toMatch(/^establishment : un entretien de suivi n’a pas d’établissement/);
  });

  it('accepts a follow-up interview only with a cohort member and the wave’s follow-up version', async () => {
    const enumerator = await as('enumerator1');
    const columns = async (payload: Record<string, unknown>, api: Api = enumerator) => {
      const refusal = await api.raw<Refusal>('POST', '/items/interviews', payload);
      expect(refusal.status).toBe(422);
      return refusal.body.errors[0]?.extensions.problems?.map((problem) => problem.column);
    };
    expect(
      await columns(followupInterview(0, { instrument_version: world.version, answers: {}, status: 'draft' })),
    ).toEqual(['instrument_version']);
    expect(await columns(followupInterview(0, { followup: 2_000_000_000 }))).toEqual(['followup']);
    expect(await columns(followupInterview(0, { participant: participants[1] }))).toEqual(['participant']);
    expect(await columns(followupInterview(0), await as('enumerator2'))).toEqual(['followup']);
    const written = await database('interviews').whereIn('followup', followups).count({ n: '*' });
    expect(Number(written[0]?.['n'])).toBe(0);
  });

  it('records the outcome "interviewed" once submitted, not as a draft', async () => {
    const enumerator = await as('enumerator1');
    const draft = await enumerator.post<{ id: number }>(
      '/items/interviews',
      followupInterview(0, { status: 'draft', answers: {} }),
    );
    expect(await database('followups').where('id', followups[0]).first('outcome')).toEqual({ outcome: null });
    await enumerator.patch(`/items/interviews/${draft.id}`, {
      status: 'submitted',
      answers: followupInterview(0)['answers'],
    });
    // Recorded by the interview's action hook, which Directus runs once the write is committed.
    const stored = async () => {
      const row = await database('followups').where('id', followups[0]).first('outcome', 'outcome_date', 'outcome_by');
      return { ...row, outcome_date: isoDay(row.outcome_date) };
    };
    await expect.poll(stored, { timeout: 10_000 }).toMatchObject({ outcome: 'interviewed' });
    expect(await stored()).toEqual({
      outcome: 'interviewed',
      outcome_date: '2026-11-02',
      outcome_by: demoUser('enumerator1').id,
    });
    // The supervisor of the wave reviews it, though it belongs to no establishment of its assignments.
    const supervisor = await as('supervisor1');
    expect((await supervisor.raw('GET', `/items/interviews/${draft.id}`)).status).toBe(200);
  });

  it('enters the rest of the cohort and records the other outcomes', async () => {
    const enumerator = await as('enumerator1');
    const interviewed = PLAN.flatMap(([, traced], index) => (traced === 'yes' || traced === 'no' ? [index] : []));
    await enumerator.post(
      '/items/interviews',
      interviewed.filter((index) => index !== 0).map((index) => followupInterview(index)),
    );
    for (const [index, [, traced]] of PLAN.entries()) {
      if (traced === 'refused' || traced === 'deceased') {
        await admin.post(`/barometer/followups/${followups[index]}/outcome`, { outcome: traced, date: '2026-11-03' });
      }
    }
    const refused = PLAN.findIndex(([, traced]) => traced === 'refused');
    const closed = await enumerator.raw<Refusal>('POST', '/items/interviews', followupInterview(refused));
    expect(closed.status).toBe(422);
    expect(closed.body.errors[0]?.extensions.problems?.[0]?.message).toMatch(/Ce suivi est clos/);
    const interviewedCount = async () => {
      const rows = await database('followups')
        .whereIn('id', followups)
        .where('outcome', 'interviewed')
        .count({ n: '*' });
      return Number(rows[0]?.['n']);
    };
    await expect.poll(interviewedCount, { timeout: 10_000 }).toBe(interviewed.length);
  });
});

describe('follow-up interviews stay out of the detention sample', () => {
  it('in the coverage of the frame', async () => {
    const coverage = await admin.get<{
      totals: { achieved: number };
      enumerators: Array<{ user: string; achieved: number }>;
    }>(`/barometer/waves/${world.wave}/coverage`);
    expect(coverage.totals.achieved).toBe(1);
    expect(coverage.enumerators).toEqual([expect.objectContaining({ user: demoUser('enumerator1').id, achieved: 1 })]);
  });

  it('in the lock checks', async () => {
    const refusal = await (await as('coordinator')).raw('POST', `/barometer/waves/${world.wave}/lock`, {});
    expect(refusal.status).toBe(409);
    expect(JSON.stringify(refusal.body)).toContain('a encore 1 soumis non relu(s)');
  });

  it('in the export', async () => {
    const response = await fetch(`${admin.url}/barometer/waves/${world.wave}/export?format=csv&disclosure=off`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(response.status).toBe(200);
    const csv = await response.text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(csv).not.toContain('AFTERCARE_RECEIVED');
  });
});

describe('the cohort’s estimates', () => {
  it('equal the non-response-weighted proportion written out', async () => {
    const answer = await (
      await as('analyst')
    ).get<{
      cohort: number;
      eligible: number;
      interviewed: number;
      respondents: number;
      indicators: Array<{ code: string; suppressed: boolean; n: number; estimate?: number; se?: number; df?: number }>;
    }>(`/barometer/waves/${world.wave}/followups/estimates`);
    expect(answer).toMatchObject({ cohort: 16, eligible: 15, interviewed: 11, respondents: 11 });
    // Classes (type of the establishment left × sex, unknown here): cre has 10 eligible members and 8
    // respondents, factor 10/8; quartier_mineurs 5 eligible (one deceased) and 3 respondents, factor 5/3.
    const weights: number[] = [];
    const values: number[] = [];
    for (const [from, traced] of PLAN) {
      if (traced !== 'yes' && traced !== 'no') continue;
      weights.push(from === 'cre' ? 10 / 8 : 5 / 3);
      values.push(traced === 'yes' ? 1 : 0);
    }
    const total = weights.reduce((sum, w) => sum + w, 0);
    const p = weights.reduce((sum, w, i) => sum + w * (values[i] ?? 0), 0) / total;
    const n = weights.length;
    const squares = weights.reduce((sum, w, i) => sum + ((w * ((values[i] ?? 0) - p)) / total) ** 2, 0);
    const se = Math.sqrt((n / (n - 1)) * squares);
    expect(p).toBeCloseTo((6 * 1.25 + 5 / 3) / 15, 14);
    const aftercare = answer.indicators.find((indicator) => indicator.code === 'FU_AFTERCARE');
    expect(aftercare?.suppressed).toBe(false);
    expect(aftercare?.n).toBe(11);
    expect(aftercare?.df).toBe(10);
    expect(aftercare?.estimate).toBeCloseTo(p, 12);
    expect(aftercare?.se).toBeCloseTo(se, 12);
    // Every respondent is in training: a proportion of 1, no interval, still published (n = 11).
    expect(answer.indicators.find((indicator) => indicator.code === 'FU_NOT_NEET')).toMatchObject({
      suppressed: false,
      estimate: 1,
    });
    // No respondent reports a new case with the police or the courts: publishing 0 % would tell each
    // child's answer on the most sensitive outcome, so it is withheld, its size only said.
    const justice = answer.indicators.find((indicator) => indicator.code === 'FU_NEW_JUSTICE_CONTACT');
    expect(justice).toMatchObject({ suppressed: true, n: 11 });
    expect(justice).not.toHaveProperty('estimate');
    // No respondent answered the housing question (absent from this version): nothing to publish.
    expect(answer.indicators.find((indicator) => indicator.code === 'FU_STABLE_HOUSING')).toMatchObject({
      suppressed: true,
      n: 0,
    });
    expect(JSON.stringify(answer)).not.toMatch(/phone|contact_name|FP\d/);
  });

  it('are refused to the enumerators', async () => {
    expect(
      (await (await as('enumerator1')).raw('GET', `/barometer/waves/${world.wave}/followups/estimates`)).status,
    ).toBe(403);
  });
});
