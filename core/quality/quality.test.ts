import { describe, expect, it } from 'vitest';
import { choices, question, version } from '../questionnaire/test-support.ts';
import {
  duplicateParticipants,
  itemNonResponse,
  median,
  panelAttrition,
  shortInterviews,
  typicalDuration,
  type QualityInterview,
} from './index.ts';

const form = version(
  question('AGE', 'integer', { required: true }),
  question('SCHOOL', 'select_one', { relevant: '${AGE} < 16', choices: choices('yes', 'no'), label_ar: 'متمدرس' }),
  question('NOTE', 'note'),
  question('COMMENT', 'text'),
);

function interview(code: string, fields: Partial<QualityInterview> = {}): QualityInterview {
  return {
    code,
    participant: `P-${code}`,
    enumerator: 'nadia',
    durationMinutes: 40,
    answers: { AGE: 15, SCHOOL: 'yes', COMMENT: 'ok' },
    version: form,
    ...fields,
  };
}

describe('duration checks', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([40, 10, 30])).toBe(30);
    expect(median([10, 20, 30, 40])).toBe(25);
    expect(median([])).toBeUndefined();
  });

  it('ignores durations that were not recorded', () => {
    const interviews = [
      interview('A', { durationMinutes: 30 }),
      interview('B', { durationMinutes: null }),
      interview('C', { durationMinutes: 0 }),
      interview('D', { durationMinutes: 50 }),
    ];
    expect(typicalDuration(interviews)).toBe(40);
    expect(typicalDuration([interview('B', { durationMinutes: null })])).toBeUndefined();
  });

  it('flags interviews under half the median, shortest first, and not one at exactly half', () => {
    const interviews = [
      interview('A', { durationMinutes: 40 }),
      interview('B', { durationMinutes: 19, enumerator: 'karim' }),
      interview('C', { durationMinutes: 20 }),
      interview('D', { durationMinutes: 8 }),
      interview('E', { durationMinutes: null }),
    ];
    expect(shortInterviews(interviews, 40)).toEqual([
      { code: 'D', enumerator: 'nadia', durationMinutes: 8 },
      { code: 'B', enumerator: 'karim', durationMinutes: 19 },
    ]);
    expect(shortInterviews(interviews, undefined)).toEqual([]);
  });
});

describe('duplicate participants', () => {
  it('lists each minor interviewed more than once with the interview codes in order', () => {
    expect(
      duplicateParticipants([
        interview('A', { participant: 'P2' }),
        interview('B', { participant: 'P1' }),
        interview('C', { participant: 'P2' }),
        interview('D', { participant: null }),
        interview('E', { participant: null }),
        interview('F', { participant: 'P2' }),
      ]),
    ).toEqual([{ participant: 'P2', interviews: ['A', 'C', 'F'] }]);
  });
});

describe('item non-response', () => {
  it('counts a question only where skip logic asked it, by question and by enumerator', () => {
    const { questions, enumerators } = itemNonResponse([
      interview('A', { answers: { AGE: 15, SCHOOL: 'yes', COMMENT: 'ok' } }),
      // SCHOOL is asked (under 16) and left blank; COMMENT is blank too.
      interview('B', { answers: { AGE: 14, SCHOOL: '', COMMENT: null } }),
      // Not asked at 17: a missing SCHOOL is not non-response.
      interview('C', { answers: { AGE: 17 }, enumerator: 'karim' }),
      // Without its questionnaire an interview counts for its enumerator only.
      interview('D', { version: undefined, enumerator: 'karim' }),
    ]);
    expect(questions).toEqual([
      { question: 'COMMENT', label: 'Libellé COMMENT', labelAr: null, asked: 3, missing: 2, share: 2 / 3 },
      { question: 'SCHOOL', label: 'Libellé SCHOOL', labelAr: 'متمدرس', asked: 2, missing: 1, share: 0.5 },
      { question: 'AGE', label: 'Libellé AGE', labelAr: null, asked: 3, missing: 0, share: 0 },
    ]);
    expect(enumerators).toEqual([
      { enumerator: 'karim', interviews: 2, asked: 2, missing: 1, share: 0.5 },
      { enumerator: 'nadia', interviews: 2, asked: 6, missing: 2, share: 2 / 6 },
    ]);
  });
});

describe('panel attrition', () => {
  const statuses = [
    { participant: 'P1', status: 'detained', date: '2026-01-10' },
    { participant: 'P1', status: 'released', date: '2026-05-02' },
    { participant: 'P2', status: 'transferred', date: '2026-04-01' },
    // Recorded after the cut-off: not yet known at that date.
    { participant: 'P2', status: 'lost', date: '2026-09-01' },
    { participant: 'P3', status: 'lost', date: '2026-03-01' },
    // Two entries on the same day: the later record wins.
    { participant: 'P5', status: 'released', date: '2026-04-04' },
    { participant: 'P5', status: 'detained', date: '2026-04-04' },
  ];

  it('says why each previous respondent was not interviewed again, by their latest status up to the date', () => {
    const attrition = panelAttrition({
      previous: [
        { participant: 'P1', establishment: 'E01' },
        { participant: 'P2', establishment: 'E02' },
        { participant: 'P3', establishment: 'E01' },
        { participant: 'P4', establishment: 'E02' },
        { participant: 'P5', establishment: 'E01' },
        { participant: 'P6', establishment: 'E01' },
        { participant: 'P1', establishment: 'E09' },
      ],
      interviewed: new Set(['P3', 'P7']),
      statuses,
      asOf: '2026-06-30',
    });
    expect(attrition.previousRespondents).toBe(6);
    expect(attrition.reinterviewed).toBe(1);
    expect(attrition.counts).toEqual({ released: 1, transferred: 1, lost: 0, detained: 3 });
    expect(attrition.participants).toEqual([
      { participant: 'P1', establishment: 'E01', reason: 'released', statusDate: '2026-05-02' },
      { participant: 'P2', establishment: 'E02', reason: 'transferred', statusDate: '2026-04-01' },
      { participant: 'P4', establishment: 'E02', reason: 'detained', statusDate: null },
      { participant: 'P5', establishment: 'E01', reason: 'detained', statusDate: '2026-04-04' },
      { participant: 'P6', establishment: 'E01', reason: 'detained', statusDate: null },
    ]);
  });

  it('has nothing to say without previous respondents', () => {
    expect(panelAttrition({ previous: [], interviewed: new Set(['P1']), statuses, asOf: '2026-06-30' })).toEqual({
      previousRespondents: 0,
      reinterviewed: 0,
      counts: { released: 0, transferred: 0, lost: 0, detained: 0 },
      participants: [],
    });
  });
});
