// Issue 16: the follow-up figures under disclosure control, and re-detention observed. A cohort whose
// small counts a reader would recompute from the published totals if only they were hidden: 3 deaths
// and none abroad (cohort − eligible − 0), and one minor seen back in the wave's detention sample (the
// only small count among the eligible). The hostile reader takes everything the estimates answer gives
// an analyst (the cohort, the eligible, the interviews, every published cell) and tries differences of
// totals and then a linear programme (core/disclosure): it must pin no hidden count.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countBounds, loadSolver } from '../../core/disclosure/index.ts';
import { isEligible, TRACING_CELLS, type TracingCell } from '../../core/followup/index.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { addCohortMember, setFollowupVersion } from '../fixtures/followup.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { as, asAdmin, rawDatabase } from '../helpers.ts';

interface Estimates {
  cohort: number;
  eligible: number;
  interviewed: number;
  rate: number | null;
  outcomes: Record<TracingCell, number | null>;
  hidden_outcomes: TracingCell[];
}

const PLAN: ReadonlyArray<readonly [string, number]> = [
  ['interviewed', 12],
  ['refused', 12],
  ['unreachable', 10],
  ['deceased', 3],
];

let admin: Api;
let database: Knex;
let world: World;
const participants: number[] = [];

beforeAll(async () => {
  await loadSolver();
  admin = await asAdmin();
  database = rawDatabase();
  world = await buildWorld(admin, 'FUDISC');
  await setFollowupVersion(admin, world);
  for (const [outcome, size] of PLAN) {
    for (let index = 0; index < size; index += 1) {
      const member = await addCohortMember(admin, world, {
        code: `FD-${outcome}-${index}-${world.suffix}`,
        establishment: world.establishment,
        enumerator: 'enumerator1',
      });
      participants.push(member.participant);
      await admin.post(`/barometer/followups/${member.followup}/outcome`, { outcome, date: '2026-11-05' });
    }
  }
  // Released on 2026-04-15, interviewed again in detention on 2026-11-10: re-detained, observed.
  const seen = await addCohortMember(admin, world, {
    code: `FD-seen-${world.suffix}`,
    establishment: world.establishment,
    enumerator: 'enumerator1',
  });
  participants.push(seen.participant);
  await (
    await as('enumerator1')
  ).post(
    '/items/interviews',
    interviewPayload(world, `FD-DET-${world.suffix}`, { participant: seen.participant, interview_date: '2026-11-10' }),
  );
  // Still in detention before its release: not a re-detention.
  const before = await addCohortMember(admin, world, {
    code: `FD-before-${world.suffix}`,
    establishment: world.establishment,
    enumerator: 'enumerator1',
    released_on: '2026-11-20',
    window_start: '2026-11-21',
    window_end: '2027-05-20',
  });
  participants.push(before.participant);
  await (
    await as('enumerator1')
  ).post(
    '/items/interviews',
    interviewPayload(world, `FD-PRE-${world.suffix}`, {
      participant: before.participant,
      interview_date: '2026-11-10',
    }),
  );
});

afterAll(async () => {
  await database('interviews').whereIn('participant', participants).delete();
  await database('followups').whereIn('participant', participants).delete();
  await database.destroy();
});

const estimates = async (api: Api, query = '') =>
  api.get<Estimates>(`/barometer/waves/${world.wave}/followups/estimates${query}`);

describe('re-detention observed in the detention sample', () => {
  it('counts the member seen back in detention after its release, apart from re-detention reported', async () => {
    const all = await estimates(admin, '?disclosure=off');
    expect(all).toMatchObject({ cohort: 39, eligible: 36, interviewed: 12, hidden_outcomes: [] });
    expect(all.outcomes).toEqual({
      interviewed: 12,
      refused: 12,
      unreachable: 10,
      re_detained: 0,
      moved_abroad: 0,
      deceased: 3,
      consent_withdrawn: 0,
      re_detained_observed: 1,
      // The member interviewed in detention before its release is still to be traced.
      not_traced: 1,
    });
  });

  it('gives every count to the holders of the policy only', async () => {
    expect(
      (await (await as('analyst')).raw('GET', `/barometer/waves/${world.wave}/followups/estimates?disclosure=off`))
        .status,
    ).toBe(403);
  });
});

describe('a hostile reader of the published follow-up tables', () => {
  const index = (cell: TracingCell) => TRACING_CELLS.indexOf(cell);
  const eligibleCells = TRACING_CELLS.filter((cell) =>
    isEligible(cell === 'not_traced' ? null : cell === 're_detained_observed' ? 're_detained' : cell),
  );

  it('finds the small counts hidden, as null', async () => {
    const published = await estimates(await as('analyst'));
    for (const cell of ['deceased', 're_detained_observed', 'not_traced'] as const) {
      expect(published.hidden_outcomes).toContain(cell);
      expect(published.outcomes[cell]).toBeNull();
    }
    expect(published.outcomes.interviewed).toBe(12);
  });

  it('recomputes no hidden count by a difference of totals', async () => {
    const published = await estimates(await as('analyst'));
    const totals: Array<{ total: number; cells: readonly TracingCell[] }> = [
      { total: published.cohort, cells: TRACING_CELLS },
      { total: published.eligible, cells: eligibleCells },
      {
        total: published.cohort - published.eligible,
        cells: TRACING_CELLS.filter((cell) => !eligibleCells.includes(cell)),
      },
    ];
    for (const { total, cells } of totals) {
      const hidden = cells.filter((cell) => published.outcomes[cell] === null);
      const known = cells.reduce((sum, cell) => sum + (published.outcomes[cell] ?? 0), 0);
      // One hidden cell in a published total is that total minus the others.
      expect(hidden.length === 1 ? { cell: hidden[0], value: total - known } : null).toBeNull();
    }
  });

  it('pins no hidden count with a linear programme over everything published', async () => {
    const published = await estimates(await as('analyst'));
    const facts = [
      { cells: TRACING_CELLS.map(index), total: published.cohort },
      { cells: eligibleCells.map(index), total: published.eligible },
      { cells: [index('interviewed')], total: published.interviewed },
      ...TRACING_CELLS.flatMap((cell) => {
        const n = published.outcomes[cell];
        return n === null ? [] : [{ cells: [index(cell)], total: n }];
      }),
    ];
    for (const cell of published.hidden_outcomes) {
      const { lower, upper } = countBounds(TRACING_CELLS.length, facts, index(cell));
      expect(upper - lower, cell).toBeGreaterThanOrEqual(1 - 1e-6);
    }
  });
});
