// Issue 19 item 7: one count of a wave's interviews. After a lock that excludes the unreviewed ones, the
// module's coverage (GET /barometer/waves/:wave/coverage) and the report's figures read from the same
// database give the same numbers: done, analysed, excluded, and the interviews achieved per establishment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { frameFigures, responseFigures } from '../../extensions/barometer/src/server/report/report-methodology.ts';
import { dataQuality } from '../../extensions/barometer/src/server/report/report-quality.ts';
import { resolveWave } from '../../extensions/barometer/src/server/db/wave-data.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { as, asAdmin, rawDatabase } from '../helpers.ts';

interface Coverage {
  totals: { achieved: number; interviews: { done: number; analysed: number; excluded: number } };
  establishments: Array<{ code: string; achieved: number }>;
  enumerators: Array<{ achieved: number }>;
}

let admin: Api;
let coordinator: Api;
let world: World;

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  world = await buildWorld(admin, 'COUNTS');
  const interview = async (code: string, establishment: number, overrides: Record<string, unknown>) => {
    const participant = await admin.post<{ id: number }>('/items/participants', { code: `P-${code}`.slice(0, 64) });
    await admin.post(
      '/items/interviews',
      interviewPayload(world, code, { participant: participant.id, establishment, ...overrides }),
    );
  };
  const { establishment, otherEstablishment, suffix } = world;
  await interview(`V1-${suffix}`, establishment, { status: 'validated' });
  await interview(`V2-${suffix}`, establishment, { status: 'validated' });
  await interview(`S1-${suffix}`, establishment, { status: 'submitted' });
  await interview(`R1-${suffix}`, establishment, { status: 'rejected', review_comment: 'Âge incohérent' });
  await interview(`D1-${suffix}`, establishment, { status: 'draft' });
  await interview(`S2-${suffix}`, otherEstablishment, { status: 'submitted' });
  await coordinator.post(`/barometer/waves/${world.waveCode}/lock`, { exclude_unreviewed: true });
});

const database = rawDatabase();
afterAll(() => database.destroy());

describe('one count of interviews', () => {
  it('is the same in the module and the report for a wave locked with exclusions', async () => {
    const coverage = await coordinator.get<Coverage>(`/barometer/waves/${world.waveCode}/coverage`);
    // The two submitted interviews and the draft were not reviewed at the lock: set aside, still stored.
    expect(coverage.totals.interviews).toEqual({ done: 5, analysed: 2, excluded: 3 });
    expect(coverage.totals.achieved).toBe(2);
    expect(coverage.establishments.map(({ code, achieved }) => ({ code, achieved }))).toEqual([
      { code: world.establishmentCode, achieved: 2 },
      { code: world.otherEstablishmentCode, achieved: 0 },
    ]);
    expect(coverage.enumerators.reduce((sum, row) => sum + row.achieved, 0)).toBe(2);

    // The report's model takes its methodology and its quality annex from these (report-model.ts); the
    // world's questionnaire feeds no indicator, so the whole model, which needs a score, is not built.
    const wave = await resolveWave(database, world.waveCode);
    const quality = await dataQuality(database, wave, '2026-12-31');
    const figure = (label: string) => quality.figures.find((entry) => entry.label === label)?.value;
    expect(figure('Entretiens menés à leur terme')).toBe(coverage.totals.interviews.done);
    expect(figure('Entretiens retenus pour les estimations')).toBe(coverage.totals.interviews.analysed);
    expect(figure('Entretiens exclus au verrouillage')).toBe(coverage.totals.interviews.excluded);
    const frame = await frameFigures(database, wave);
    expect(frame.totals.achieved).toBe(coverage.totals.achieved);
    expect(frame.frame.map(({ code, achieved }) => ({ code, achieved }))).toEqual(
      coverage.establishments.map(({ code, achieved }) => ({ code, achieved })),
    );
    expect((await responseFigures(database, wave)).validated).toBe(coverage.totals.interviews.analysed);
  });
});
