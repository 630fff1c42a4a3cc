// An enumerator opens its rejected interview: the app reads the reviewer through `reviewed_by`, so the
// enumerator may read the reviewers' names, and nothing else of the user directory.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { as, asAdmin } from '../helpers.ts';

interface RejectedInterview {
  status: string;
  review_comment: string | null;
  reviewed_by: { first_name: string | null; last_name: string | null } | null;
}

let admin: Api;
let interviewId: number;

beforeAll(async () => {
  admin = await asAdmin();
  const suffix = Date.now().toString(36);
  const instrument = await admin.post<{ id: number }>('/items/instruments', { code: `REJ-${suffix}`, title: 'Rejet' });
  const version = await admin.post<{ id: number }>('/items/instrument_versions', {
    instrument: instrument.id,
    version: 1,
    questions: [{ code: 'Q1', type: 'integer', label: 'Âge', required: false, sort: 1 }],
  });
  await admin.patch(`/items/instrument_versions/${version.id}`, { status: 'published' });
  const wave = await admin.post<{ id: number }>('/items/waves', {
    code: `REJ-${suffix}`,
    label: 'Rejet',
    instrument_versions: [{ instrument_versions_id: version.id }],
  });
  const establishment = await admin.post<{ id: number }>('/items/establishments', {
    code: `REJ-E-${suffix}`,
    name: 'Établissement rejet',
    type: 'cre',
  });
  await admin.post('/items/population_frames', { wave: wave.id, establishment: establishment.id, population: 40 });
  await admin.post(`/barometer/waves/${wave.id}/open`);
  for (const key of ['enumerator1', 'supervisor1'] as const) {
    await admin.post('/items/assignments', { user: demoUser(key).id, wave: wave.id, establishment: establishment.id });
  }
  const participant = await admin.post<{ id: number }>('/items/participants', { code: `P-REJ-${suffix}` });
  const enumerator = await as('enumerator1');
  const interview = await enumerator.post<{ id: number }>('/items/interviews', {
    code: `REJ-I-${suffix}`,
    wave: wave.id,
    participant: participant.id,
    establishment: establishment.id,
    instrument_version: version.id,
    consent_guardian: true,
    assent_child: true,
    answers: { Q1: 15 },
    status: 'submitted',
  });
  interviewId = interview.id;
  await (
    await as('supervisor1')
  ).patch(`/items/interviews/${interviewId}`, {
    status: 'rejected',
    review_comment: 'Âge à vérifier avec le dossier.',
  });
});

describe('a rejected interview, opened by its enumerator', () => {
  it('reads with the reviewer’s name and comment, as the app asks for them', async () => {
    const enumerator = await as('enumerator1');
    const response = await enumerator.raw(
      'GET',
      `/items/interviews/${interviewId}?fields=status,review_comment,reviewed_by.first_name,reviewed_by.last_name`,
    );
    expect(response.status).toBe(200);
    const supervisor = demoUser('supervisor1');
    expect((response.body as { data: RejectedInterview }).data).toEqual({
      status: 'rejected',
      review_comment: 'Âge à vérifier avec le dossier.',
      reviewed_by: { first_name: supervisor.firstName, last_name: supervisor.lastName },
    });
  });

  it('does not open the e-mails of reviewers, nor any other enumerator', async () => {
    const enumerator = await as('enumerator1');
    expect((await enumerator.raw('GET', `/users/${demoUser('supervisor1').id}?fields=email`)).status).toBe(403);
    expect((await enumerator.raw('GET', `/users/${demoUser('enumerator2').id}?fields=id,first_name`)).status).toBe(403);
    const listed = await enumerator.get<Array<{ id: string }>>('/users?fields=id&limit=-1');
    expect(listed.map((user) => user.id)).not.toContain(demoUser('enumerator2').id);
    expect(listed.map((user) => user.id)).toContain(demoUser('supervisor1').id);
  });
});
