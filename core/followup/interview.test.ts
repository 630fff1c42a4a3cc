import { describe, expect, it } from 'vitest';
import {
  followupInterviewProblems,
  interviewKind,
  outcomeOfInterview,
  placementProblem,
  type FollowupInterviewFacts,
} from './index.ts';

const FACTS: FollowupInterviewFacts = {
  interview: { wave: 2, participant: 7, instrument_version: 11, interview_date: '2026-11-02' },
  wave: { code: 'W2', followup_instrument_version: 11 },
  followup: {
    wave: 2,
    participant: 7,
    enumerator: 'u1',
    place_region: 'Oriental',
    partner_organisation: null,
    outcome: null,
    window: { start: '2026-10-15', end: '2027-04-15' },
  },
  enumerator: 'u1',
};

describe('where an interview was taken', () => {
  it('is a follow-up when it names a cohort member, detention otherwise', () => {
    expect(interviewKind({ followup: 3 })).toBe('followup');
    expect(interviewKind({ followup: null })).toBe('detention');
    expect(interviewKind({})).toBe('detention');
  });

  it('requires the establishment of a detention interview and refuses it on a follow-up', () => {
    expect(placementProblem({ establishment: null, followup: null })?.column).toBe('establishment');
    expect(placementProblem({ establishment: null, followup: null })?.message).toMatch(
      /^establishment : .*obligatoire/,
    );
    expect(placementProblem({ establishment: 4, followup: null })).toBeNull();
    expect(placementProblem({ establishment: null, followup: 3 })).toBeNull();
    expect(placementProblem({ establishment: 4, followup: 3 })?.message).toMatch(/n’a pas d’établissement/);
  });
});

describe('a follow-up interview', () => {
  it('is accepted for a member of its wave, with the follow-up version, by its enumerator', () => {
    expect(followupInterviewProblems(FACTS)).toEqual([]);
    expect(followupInterviewProblems({ ...FACTS, enumerator: null })).toEqual([]);
  });

  it('needs a cohort member of the same wave', () => {
    expect(followupInterviewProblems({ ...FACTS, followup: null }).map((p) => p.column)).toEqual(['followup']);
    const otherWave = { ...FACTS, followup: { ...FACTS.followup!, wave: 3 } };
    expect(followupInterviewProblems(otherWave)[0]?.message).toContain('cohorte de la vague W2');
  });

  it('names each broken rule by its field', () => {
    const problems = followupInterviewProblems({
      interview: { wave: 2, participant: 8, instrument_version: 10, interview_date: '2026-10-14' },
      wave: { code: 'W2', followup_instrument_version: 11 },
      followup: { ...FACTS.followup!, enumerator: 'u2', place_region: ' ', outcome: 'refused' },
      enumerator: 'u1',
    });
    expect(problems.map((problem) => problem.column)).toEqual([
      'participant',
      'instrument_version',
      'followup',
      'followup',
      'interview_date',
      'followup',
    ]);
    expect(problems.every((problem) => problem.message_ar.length > 0)).toBe(true);
  });

  it('is refused in a wave without a follow-up version', () => {
    const problems = followupInterviewProblems({ ...FACTS, wave: { code: 'W2', followup_instrument_version: null } });
    expect(problems.map((problem) => problem.message)).toEqual([
      'Un entretien de suivi utilise la version de suivi de la vague W2, qui n’en a pas.',
    ]);
  });

  it('stays possible once interviewed (its corrections), not after another outcome', () => {
    expect(followupInterviewProblems({ ...FACTS, followup: { ...FACTS.followup!, outcome: 'interviewed' } })).toEqual(
      [],
    );
    expect(followupInterviewProblems({ ...FACTS, followup: { ...FACTS.followup!, outcome: 'unreachable' } })).toEqual(
      [],
    );
  });

  it('records "interviewed" once submitted or validated, not as a draft or rejected', () => {
    expect(outcomeOfInterview('submitted')).toBe('interviewed');
    expect(outcomeOfInterview('validated')).toBe('interviewed');
    expect(outcomeOfInterview('draft')).toBeNull();
    expect(outcomeOfInterview('rejected')).toBeNull();
  });
});
