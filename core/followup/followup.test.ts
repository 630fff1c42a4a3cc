import { describe, expect, it } from 'vitest';
import {
  addMonths,
  adjustForNonresponse,
  cohortOf,
  cohortWaveOf,
  endsFollowup,
  estimateCohortProportion,
  followupResponse,
  followupWindow,
  isWindowOpen,
  observedRedetention,
  tracedOutcome,
  type CohortUnit,
  type TracingOutcome,
} from './index.ts';

const W1 = { id: 1, reference_date: '2026-01-15', followup_months: [6, 12] };
const W2 = { id: 2, reference_date: '2026-07-15', followup_months: [6, 12] };
const W3 = { id: 3, reference_date: '2027-01-15', followup_months: [3] };
const WAVES = [W3, W1, W2, { id: 4, reference_date: null, followup_months: [6] }];

describe('the cohort a release joins', () => {
  it.each([
    ['2026-01-14', 1],
    ['2026-01-15', 2], // still in W1's frame on its reference date
    ['2026-03-01', 2],
    ['2026-07-15', 3],
    ['2027-02-01', null],
  ])('released on %s → wave %s', (date, wave) => {
    expect(cohortWaveOf(date, WAVES)?.id ?? null).toBe(wave);
  });

  it('takes each participant once, with its latest release, and the wave’s window', () => {
    const members = cohortOf(W2, WAVES, [
      { participant: 7, date: '2026-02-10', establishment: 3 },
      { participant: 5, date: '2026-05-31', establishment: 1 },
      { participant: 9, date: '2026-02-01', establishment: 2 },
      { participant: 9, date: '2026-09-01', establishment: 2 }, // released again after W2: W3's cohort
      { participant: 8, date: '2025-12-01', establishment: 2 }, // W1's cohort
    ]);
    expect(members).toEqual([
      {
        participant: 5,
        released_on: '2026-05-31',
        from_establishment: 1,
        window: { start: '2026-11-30', end: '2027-05-31' },
      },
      {
        participant: 7,
        released_on: '2026-02-10',
        from_establishment: 3,
        window: { start: '2026-08-10', end: '2027-02-10' },
      },
    ]);
  });
});

describe('the follow-up window', () => {
  it('adds calendar months, falling on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-15', 6)).toBe('2027-02-15');
  });

  it('is open from its first to its last day', () => {
    const window = followupWindow('2026-01-15', [6, 12]);
    expect(window).toEqual({ start: '2026-07-15', end: '2027-01-15' });
    expect(isWindowOpen(window, '2026-07-14')).toBe(false);
    expect(isWindowOpen(window, '2026-07-15')).toBe(true);
    expect(isWindowOpen(window, '2027-01-15')).toBe(true);
    expect(isWindowOpen(window, '2027-01-16')).toBe(false);
  });

  it('refuses months that are empty, out of order or not whole', () => {
    expect(() => followupWindow('2026-01-15', [])).toThrow(/at least one/);
    expect(() => followupWindow('2026-01-15', [12, 6])).toThrow(/increase/);
    expect(() => followupWindow('2026-01-15', [6.5])).toThrow(/followup_windows\[0\]/);
    expect(() => addMonths('15/01/2026', 1)).toThrow(/ISO/);
  });
});

describe('re-detention observed in a later detention sample', () => {
  const sightings = [
    { participant: 7, wave: 1, on: '2025-11-02' },
    { participant: 7, wave: 2, on: '2026-10-20' },
    { participant: 7, wave: 3, on: '2027-10-01' },
    { participant: 8, wave: 2, on: '2026-10-21' },
  ];

  it('is the first detention interview of the same participant after its release', () => {
    expect(observedRedetention(7, '2026-03-01', sightings)).toEqual({ participant: 7, wave: 2, on: '2026-10-20' });
    // The interview before the release is the detention it was released from; one on the day is too.
    expect(observedRedetention(7, '2026-10-20', sightings)?.wave).toBe(3);
    expect(observedRedetention(9, '2026-03-01', sightings)).toBeNull();
  });

  it('makes a member still traced re-detained, observed; an outcome that closed the follow-up stays', () => {
    const seen = observedRedetention(7, '2026-03-01', sightings);
    for (const recorded of [null, 'unreachable', 're_detained'] as const)
      expect(tracedOutcome(recorded, seen)).toEqual({ outcome: 're_detained', observed: true });
    for (const recorded of ['interviewed', 'refused', 'deceased', 'moved_abroad', 'consent_withdrawn'] as const)
      expect(tracedOutcome(recorded, seen)).toEqual({ outcome: recorded, observed: false });
    expect(tracedOutcome(null, null)).toEqual({ outcome: null, observed: false });
  });
});

describe('tracing outcomes and the response rate', () => {
  it('counts interviews over eligible members, the untraced as non-respondents', () => {
    const recorded = (outcome: TracingOutcome | null) => ({ outcome, observed: false });
    const response = followupResponse([
      recorded('interviewed'),
      recorded('interviewed'),
      recorded('refused'),
      recorded('deceased'),
      recorded('moved_abroad'),
      recorded('re_detained'),
      recorded(null),
      recorded('unreachable'),
      { outcome: 're_detained', observed: true },
    ]);
    expect(response.cohort).toBe(9);
    expect(response.eligible).toBe(7);
    expect(response.rate).toBeCloseTo(2 / 7, 15);
    expect(response.outcomes).toMatchObject({
      interviewed: 2,
      not_traced: 1,
      deceased: 1,
      consent_withdrawn: 0,
      re_detained: 1,
      re_detained_observed: 1,
    });
    expect(Object.values(response.outcomes).reduce((sum, n) => sum + n, 0)).toBe(9);
    expect(followupResponse([]).rate).toBeNull();
  });

  it('ends the follow-up on every outcome but unreachable', () => {
    expect(endsFollowup(null)).toBe(false);
    expect(endsFollowup('unreachable')).toBe(false);
    expect(endsFollowup('consent_withdrawn')).toBe(true);
    expect(endsFollowup('interviewed')).toBe(true);
  });
});

describe('weighting-class non-response adjustment', () => {
  const units: CohortUnit[] = [
    { weight: 1, weightClass: 'cre|M', status: 'respondent' },
    { weight: 1, weightClass: 'cre|M', status: 'respondent' },
    { weight: 1, weightClass: 'cre|M', status: 'nonrespondent' },
    { weight: 1, weightClass: 'cre|M', status: 'ineligible' },
    { weight: 2, weightClass: 'qm|M', status: 'respondent' },
    { weight: 2, weightClass: 'qm|M', status: 'nonrespondent' },
    { weight: 2, weightClass: 'qm|M', status: 'nonrespondent' },
    { weight: 1, weightClass: 'cre|F', status: 'nonrespondent' },
  ];

  it('spreads each class’s eligible weight over its respondents', () => {
    const adjusted = adjustForNonresponse(units);
    expect(adjusted.factors).toEqual({ 'cre|M': 1.5, 'qm|M': 3 });
    expect(adjusted.weights).toEqual([1.5, 1.5, 0, 0, 6, 0, 0, 0]);
    expect(adjusted.emptyClasses).toEqual(['cre|F']);
  });

  it('estimates from the respondents with the adjusted weights', () => {
    // Respondents: (1.5, y=1), (1.5, y=0), (6, y=1): p = 7.5 / 9; z = w (y - p) / 9, v = 3/2 Σ z².
    const y: Array<0 | 1 | null> = [1, 0, null, null, 1, null, null, null];
    const p = 7.5 / 9;
    const z = [(1.5 * (1 - p)) / 9, (1.5 * (0 - p)) / 9, (6 * (1 - p)) / 9];
    const result = estimateCohortProportion(units, y);
    expect(result.estimate).toBeCloseTo(p, 12);
    expect(result.se).toBeCloseTo(Math.sqrt(1.5 * z.reduce((sum, value) => sum + value * value, 0)), 12);
    expect(result.n).toBe(3);
  });

  it('refuses a base weight that is not positive', () => {
    expect(() => adjustForNonresponse([{ weight: 0, weightClass: 'a', status: 'respondent' }])).toThrow(/unit 0/);
  });
});
