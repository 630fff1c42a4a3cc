// Repeat groups (issue 20) over HTTP: a form with a repeat imported and published, an interview saved
// with two instances (their calculations and count() computed by the server), an instance breaking a
// constraint refused with a message naming it and nothing changed, and a CSV import refusing a column
// of the repeat.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { expectBrokenVisitRefused, repeatWave, TWO_VISITS_STORED } from '../fixtures/repeat-wave.ts';
import { postCsv } from '../fixtures/world.ts';
import { as, asAdmin } from '../helpers.ts';

let admin: Api;
let coordinator: Api;
let suffix: string;
let waveCode: string;
let establishment: string;
let interviewId: number;

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  ({ suffix, waveCode, establishment, interviewId } = await repeatWave(admin, coordinator));
});

describe('an interview with a repeat', () => {
  it('saves two instances, with the calculations of each and of the repeat computed by the server', async () => {
    await admin.patch(`/items/interviews/${interviewId}`, {
      answers: {
        AGE: 16,
        VISITE: [
          { V_QUI: 'parent', V_MINUTES: 30 },
          { V_QUI: 'avocat', V_MINUTES: 45, V_RANG: 99 },
        ],
      },
      status: 'submitted',
    });
    const saved = await admin.get<{ answers: unknown; status: string }>(
      `/items/interviews/${interviewId}?fields=answers,status`,
    );
    expect(saved).toEqual({
      status: 'submitted',
      answers: TWO_VISITS_STORED,
    });
  });

  it('refuses an instance breaking a constraint, naming the question and the instance, and changes nothing', async () => {
    await expectBrokenVisitRefused(admin, interviewId);
    const saved = await admin.get<{ answers: { MINUTES: number } }>(`/items/interviews/${interviewId}?fields=answers`);
    expect(saved.answers.MINUTES).toBe(75);
  });
});

describe('a CSV import for a form with a repeat', () => {
  it('refuses a column of the repeat, naming it, and imports the others', async () => {
    const refused = await postCsv(
      coordinator,
      `/barometer/waves/${waveCode}/interviews/import`,
      `interview_code,participant_code,establishment_code,AGE,V_MINUTES\nIREP2-${suffix},PREP2-${suffix},${establishment},15,20\n`,
    );
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('« V_MINUTES » appartient à la répétition « VISITE »');
    const accepted = await postCsv(
      coordinator,
      `/barometer/waves/${waveCode}/interviews/import`,
      `interview_code,participant_code,establishment_code,AGE,consent_guardian,assent_child,status\nIREP3-${suffix},PREP3-${suffix},${establishment},15,yes,yes,submitted\n`,
    );
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  });
});

describe('the export of a wave with a repeat', () => {
  async function download(query: string): Promise<{ status: number; body: string }> {
    const response = await fetch(`${coordinator.url}/barometer/waves/${waveCode}/export?${query}`, {
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    return { status: response.status, body: await response.text() };
  }

  it('gives the repeat as its own table, one row per instance with the interview it belongs to', async () => {
    // The raw export (the coordinator holds the unprotected-data policy) keeps the interview codes.
    const table = await download('format=csv&repeat=VISITE&disclosure=off');
    expect(table.status).toBe(200);
    const lines = table.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"wave","interview_code","respondent_id","instance","V_QUI","V_MINUTES","V_RANG"');
    expect(lines.slice(1).filter((line) => line.includes(`IREP-${suffix}`))).toEqual([
      expect.stringMatching(new RegExp(`^"${waveCode}","IREP-${suffix}",\\d+,1,"parent",30,1$`)),
      expect.stringMatching(new RegExp(`^"${waveCode}","IREP-${suffix}",\\d+,2,"avocat",45,2$`)),
    ]);
    const codebook = await download('format=codebook');
    expect(codebook.body).toContain(`${waveCode}-repetition-VISITE.csv : V_MINUTES`);
  });

  it('gives an analyst the repeat table of the k-anonymous file: no interview code, the protected rows’ respondent_id', async () => {
    const analyst = await as('analyst');
    const read = async (query: string) => {
      const response = await fetch(`${analyst.url}/barometer/waves/${waveCode}/export?${query}`, {
        headers: { authorization: `Bearer ${analyst.token}` },
      });
      expect(response.status, query).toBe(200);
      return (await response.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
    };
    const table = await read('format=csv&repeat=VISITE');
    expect(table.flat().filter((cell) => cell.startsWith('IREP'))).toEqual([]);
    const visits = table.slice(1).filter((row) => row[4] === 'parent' || row[4] === 'avocat');
    expect(visits.map((row) => row[3])).toEqual(['1', '2']);
    const [main, ...interviews] = await read('format=csv');
    const row = interviews.find((cells) => cells[main?.indexOf('respondent_id') ?? -1] === visits[0]?.[2]);
    expect(row?.[main?.indexOf('NB_VISITES') ?? -1]).toBe('2');
  });

  it('serves the SPSS and Stata scripts that read the repeat’s table, with its labels and its key', async () => {
    const spss = await download('format=spss&repeat=VISITE');
    expect(spss.status).toBe(200);
    expect(spss.body).toContain(`  /FILE='${waveCode}-repetition-VISITE.csv'`);
    expect(spss.body).toContain(`* Jointure avec « ${waveCode}-interviews.csv » : respondent_id`);
    expect(spss.body).toContain("  /V_MINUTES 'Durée (minutes)'");
    expect(spss.body).toContain("VALUE LABELS\n  V_QUI 1 'Parent' 2 'Avocat'");
    const stata = await download('format=stata&repeat=VISITE');
    expect(stata.status).toBe(200);
    expect(stata.body).toContain(`import delimited using "${waveCode}-repetition-VISITE.csv"`);
    expect(stata.body).toContain('label define V_QUI 1 "Parent" 2 "Avocat", replace');
    expect(stata.body).toContain('label variable V_MINUTES "Durée (minutes)"');
  });

  it('refuses a repeat the wave does not have, and a repeat table as a codebook', async () => {
    expect((await download('format=csv&repeat=AGE')).status).toBe(404);
    const codebook = await download('format=codebook&repeat=VISITE');
    expect(codebook.status).toBe(400);
    expect(codebook.body).toContain('format=csv, spss ou stata');
  });
});
