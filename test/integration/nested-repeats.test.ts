// A repeat inside a repeat (issue 20) over HTTP: the form imported and published, an interview saved with
// siblings and their children (each level's position(..) and count() computed by the server), an inner
// instance breaking its constraint refused with the path of instances and nothing changed, and the inner
// repeat exported as a table keyed to the outer one's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { nestedRepeatWorkbook, repeatWave } from '../fixtures/repeat-wave.ts';
import { as, asAdmin } from '../helpers.ts';

let admin: Api;
let coordinator: Api;
let suffix: string;
let waveCode: string;
let interviewId: number;

const SIBLINGS = [
  { F_AGE: 30, ENFANTS: [{ E_AGE: 4 }, { E_AGE: 7 }] },
  { F_AGE: 12 },
  { F_AGE: 25, ENFANTS: [{ E_AGE: 1 }] },
];

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  ({ suffix, waveCode, interviewId } = await repeatWave(admin, coordinator, 'enumerator1', nestedRepeatWorkbook));
  await admin.patch(`/items/interviews/${interviewId}`, {
    answers: { AGE: 16, FRATRIE: SIBLINGS },
    status: 'submitted',
  });
});

describe('an interview with a repeat inside a repeat', () => {
  it('stores each sibling’s children inside it, with the calculations of each level computed by the server', async () => {
    const saved = await admin.get<{ answers: unknown }>(`/items/interviews/${interviewId}?fields=answers`);
    expect(saved.answers).toEqual({
      AGE: 16,
      FRATRIE: [
        {
          F_AGE: 30,
          F_ENFANTS: 2,
          ENFANTS: [
            { E_AGE: 4, E_RANG: 1 },
            { E_AGE: 7, E_RANG: 2 },
          ],
        },
        { F_AGE: 12, F_ENFANTS: 0 },
        { F_AGE: 25, F_ENFANTS: 1, ENFANTS: [{ E_AGE: 1, E_RANG: 1 }] },
      ],
      NEVEUX: 3,
    });
  });

  it('refuses an inner instance breaking its constraint, naming the path of instances, and changes nothing', async () => {
    const response = await admin.raw('PATCH', `/items/interviews/${interviewId}`, {
      answers: { AGE: 16, FRATRIE: [{ F_AGE: 30 }, { F_AGE: 20, ENFANTS: [{ E_AGE: 2 }, { E_AGE: 21 }] }] },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.body)).toContain('Répétition « ENFANTS », instance FRATRIE[2]/ENFANTS[2] :');
    const saved = await admin.get<{ answers: { NEVEUX: number } }>(`/items/interviews/${interviewId}?fields=answers`);
    expect(saved.answers.NEVEUX).toBe(3);
  });
});

describe('the export of a repeat inside a repeat', () => {
  it('gives the inner repeat’s table, each row keyed to the interview and the outer instance it is in', async () => {
    const response = await fetch(
      `${coordinator.url}/barometer/waves/${waveCode}/export?format=csv&repeat=ENFANTS&disclosure=off`,
      {
        headers: { authorization: `Bearer ${coordinator.token}` },
      },
    );
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"wave","interview_code","respondent_id","instance_FRATRIE","instance","E_AGE","E_RANG"');
    expect(lines.slice(1).filter((line) => line.includes(`IREP-${suffix}`))).toEqual([
      expect.stringMatching(new RegExp(`^"${waveCode}","IREP-${suffix}",\\d+,1,1,4,1$`)),
      expect.stringMatching(new RegExp(`^"${waveCode}","IREP-${suffix}",\\d+,1,2,7,2$`)),
      expect.stringMatching(new RegExp(`^"${waveCode}","IREP-${suffix}",\\d+,3,1,1,1$`)),
    ]);
  });
});
