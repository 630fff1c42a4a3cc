import { describe, expect, it } from 'vitest';
import { outcomeFromResponse } from './outcome.ts';
import {
  applyOutcome,
  editLocally,
  followServer,
  keepMine,
  needsSync,
  syncPayload,
  takeServer,
  type LocalInterview,
} from './records.ts';

const AT = '2026-11-29T10:00:00.000Z';

function record(overrides: Partial<LocalInterview> = {}): LocalInterview {
  return Object.freeze<LocalInterview>({
    code: 'W2-E03-7KQ2AB',
    wave: 2,
    establishment: 3,
    instrumentVersion: 1,
    participant: 'P-0042',
    consentGuardian: true,
    assentChild: true,
    interviewDate: '2026-11-29',
    startedAt: AT,
    durationMinutes: 30,
    answers: { A1: 'oui' },
    status: 'submitted',
    revision: 1,
    baseUpdatedAt: null,
    sync: { kind: 'local' },
    setAside: [],
    ...overrides,
  });
}

const server = {
  status: 'rejected',
  reviewComment: 'Âge à vérifier',
  updatedAt: '2026-11-29T12:00:00.000Z',
  answers: { A1: 'non' },
};

describe('local interview sync states', () => {
  it('sends a local record with its base and the device id', () => {
    expect(needsSync(record())).toBe(true);
    expect(syncPayload(record({ baseUpdatedAt: 'B' }), 'tablette-1')).toMatchObject({
      participant: 'P-0042',
      base_updated: 'B',
      device_id: 'tablette-1',
      answers: { A1: 'oui' },
    });
  });

  it('sends a follow-up interview with its follow-up and no establishment; a record made before follow-ups, with neither null', () => {
    expect(syncPayload(record({ establishment: null, followup: 12 }), 'tablette-1')).toMatchObject({
      establishment: null,
      followup: 12,
    });
    expect(syncPayload(record(), 'tablette-1')).toMatchObject({ establishment: 3, followup: null });
  });

  it('marks an accepted record as sent, with the server status and base', () => {
    const sent = applyOutcome(
      record(),
      1,
      { kind: 'accepted', status: 'submitted', updatedAt: 'U1', reviewComment: null },
      AT,
    );
    expect(sent.sync).toEqual({ kind: 'sent', at: AT, serverStatus: 'submitted', reviewComment: null });
    expect(sent.baseUpdatedAt).toBe('U1');
    expect(needsSync(sent)).toBe(false);
  });

  it('keeps a record edited while its sync was in flight to be sent again, on the new base', () => {
    const edited = editLocally(record(), { answers: { A1: 'non' } });
    const after = applyOutcome(
      edited,
      1,
      { kind: 'accepted', status: 'submitted', updatedAt: 'U1', reviewComment: null },
      AT,
    );
    expect(after.sync.kind).toBe('local');
    expect(after.baseUpdatedAt).toBe('U1');
    expect(after.answers).toEqual({ A1: 'non' });
  });

  it('shows a refusal with its problems until the enumerator edits, then sends again', () => {
    const refused = applyOutcome(
      record(),
      1,
      { kind: 'refused', reason: 'Entretien refusé', problems: [{ message: 'B4 : trop grand', question: 'B4' }] },
      AT,
    );
    expect(refused.sync).toMatchObject({ kind: 'refused', problems: [{ question: 'B4' }] });
    expect(needsSync(refused)).toBe(false);
    expect(needsSync(editLocally(refused, { answers: { B4: 15 } }))).toBe(true);
  });

  it('leaves an unreachable record untouched', () => {
    const before = record();
    expect(applyOutcome(before, 1, { kind: 'unreachable', reason: 'hors ligne' }, AT)).toBe(before);
  });

  it('resolves a conflict either way without losing what was typed', () => {
    const conflict = applyOutcome(record(), 1, { kind: 'conflict', server }, AT);
    const mine = keepMine(conflict);
    expect(mine).toMatchObject({ sync: { kind: 'local' }, baseUpdatedAt: server.updatedAt, answers: { A1: 'oui' } });
    const theirs = takeServer(conflict, AT);
    expect(theirs.answers).toEqual({ A1: 'non' });
    expect(theirs.setAside).toEqual([{ at: AT, answers: { A1: 'oui' }, status: 'submitted' }]);
    expect(theirs.sync).toMatchObject({ kind: 'sent', serverStatus: 'rejected', reviewComment: 'Âge à vérifier' });
  });

  it('follows a review done on the server only for records with nothing unsent', () => {
    const sent = applyOutcome(
      record(),
      1,
      { kind: 'accepted', status: 'submitted', updatedAt: 'U1', reviewComment: null },
      AT,
    );
    expect(followServer(sent, server, AT)).toMatchObject({
      sync: { serverStatus: 'rejected', reviewComment: 'Âge à vérifier' },
      baseUpdatedAt: server.updatedAt,
    });
    const unsent = record();
    expect(followServer(unsent, server, AT)).toBe(unsent);
  });
});

describe('sync answers', () => {
  it('reads an accepted answer', () => {
    expect(
      outcomeFromResponse(201, { data: { status: 'submitted', date_updated: null, review_comment: null } }),
    ).toEqual({ kind: 'accepted', status: 'submitted', updatedAt: null, reviewComment: null });
  });

  it('reads a 422 with its problems', () => {
    const body = {
      errors: [
        {
          message: 'Entretien refusé (1 problème)',
          extensions: {
            code: 'VALIDATION_FAILED',
            problems: [{ message: 'B4 : trop grand', question: 'B4', column: 'answers' }],
          },
        },
      ],
    };
    expect(outcomeFromResponse(422, body)).toEqual({
      kind: 'refused',
      reason: 'Entretien refusé (1 problème)',
      problems: [{ message: 'B4 : trop grand', question: 'B4', column: 'answers' }],
    });
  });

  it('reads a 409 that carries the server copy as a conflict, another 409 as a refusal', () => {
    const conflict = {
      errors: [
        {
          message: 'Modifié',
          extensions: {
            code: 'INTERVIEW_CHANGED',
            server: { status: 'rejected', review_comment: 'x', date_updated: 'U', answers: {} },
          },
        },
      ],
    };
    expect(outcomeFromResponse(409, conflict)).toMatchObject({
      kind: 'conflict',
      server: { status: 'rejected', reviewComment: 'x', updatedAt: 'U' },
    });
    expect(
      outcomeFromResponse(409, {
        errors: [{ message: 'La vague W2 est verrouillée', extensions: { code: 'CONFLICT' } }],
      }),
    ).toMatchObject({ kind: 'refused', reason: 'La vague W2 est verrouillée' });
  });

  it('treats an expired session, a 5xx or a gateway page as unreachable', () => {
    expect(outcomeFromResponse(401, { errors: [{ message: 'Token expired.' }] }).kind).toBe('unreachable');
    expect(outcomeFromResponse(502, '<html>').kind).toBe('unreachable');
    expect(outcomeFromResponse(200, '<html>').kind).toBe('unreachable');
  });
});
