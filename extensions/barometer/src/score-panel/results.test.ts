import { describe, expect, it } from 'vitest';
import type { IndicatorResult, ScoreEntry } from '../shared-app/types.ts';
import { dimensionGauges, indicatorRows, scoreInterval, toGauge, type IndicatorLabel } from './results.ts';

// Intl writes a narrow no-break space before % and between thousands in French.
const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

function entry(code: string, score: number | null): ScoreEntry {
  return { code, score, se: 1, ci_low: score === null ? null : score - 2, ci_high: score === null ? null : score + 2 };
}

describe('dimensionGauges', () => {
  const labels = Object.freeze([
    { code: 'SAFETY', label: 'Séparation et sécurité', sort: 2 },
    { code: 'LEGAL', label: 'Situation juridique', sort: 1 },
  ]);

  it('orders by the collection sort and names each dimension', () => {
    const gauges = dimensionGauges(Object.freeze([entry('X', 10), entry('SAFETY', 89), entry('LEGAL', 57.7)]), labels);
    expect(gauges.map((gauge) => [gauge.code, gauge.label])).toEqual([
      ['LEGAL', 'Situation juridique'],
      ['SAFETY', 'Séparation et sécurité'],
      ['X', 'X'],
    ]);
    expect(gauges[0]).toEqual({ code: 'LEGAL', label: 'Situation juridique', score: 57.7, ciLow: 55.7, ciHigh: 59.7 });
  });
});

describe('scoreInterval', () => {
  it('writes the interval with French decimals, or a dash without one', () => {
    expect(
      scoreInterval(toGauge({ code: 'overall', score: 49.5, se: 0.65, ci_low: 48.2259, ci_high: 50.7853 }, 'Score')),
    ).toBe('48,2 – 50,8');
    expect(scoreInterval(toGauge(entry('overall', null), 'Score'))).toBe('—');
  });
});

describe('indicatorRows', () => {
  const labels: readonly IndicatorLabel[] = Object.freeze([
    { code: 'LEG_PRETRIAL', label: 'Mineurs en détention préventive', type: 'proportion' },
    { code: 'FAM_VISITS', label: 'Visites par mois', type: 'mean' },
    { code: 'HEA_SMALL', label: 'Suivi psychologique', type: 'proportion' },
    { code: 'REL_PLAN', label: 'Projet de sortie', type: 'proportion' },
    { code: 'REL_NONE', label: 'Sans résultat', type: 'mean' },
  ]);
  const results: readonly IndicatorResult[] = Object.freeze([
    {
      indicator: 'LEG_PRETRIAL',
      domain: { SEX: 'f' },
      estimate: 0.9,
      ci_low: 0.8,
      ci_high: 1,
      n: 12,
      suppressed: false,
    },
    {
      indicator: 'LEG_PRETRIAL',
      domain: {},
      estimate: 0.47084,
      ci_low: 0.41779,
      ci_high: 0.52456,
      n: 1246,
      suppressed: false,
    },
    { indicator: 'FAM_VISITS', domain: {}, estimate: 2.345, ci_low: 1.9, ci_high: 2.81, n: 240, suppressed: false },
    { indicator: 'HEA_SMALL', domain: {}, n: 7, suppressed: true },
    { indicator: 'REL_PLAN', applicable: false },
  ]);

  it('keeps the order of the labels and only the whole-wave results', () => {
    expect(indicatorRows(results, labels).map((row) => row.code)).toEqual([
      'LEG_PRETRIAL',
      'FAM_VISITS',
      'HEA_SMALL',
      'REL_PLAN',
      'REL_NONE',
    ]);
  });

  it('writes a proportion as a percentage and a mean with one decimal, the French way', () => {
    const [proportion, mean] = indicatorRows(results, labels);
    expect(
      proportion && {
        ...proportion,
        estimate: nbsp(proportion.estimate),
        interval: nbsp(proportion.interval),
        n: nbsp(proportion.n),
      },
    ).toEqual({
      code: 'LEG_PRETRIAL',
      label: 'Mineurs en détention préventive',
      estimate: '47,1 %',
      interval: '41,8 % – 52,5 %',
      n: '1 246',
      suppressed: false,
      notApplicable: false,
    });
    expect(mean).toMatchObject({ estimate: '2,3', interval: '1,9 – 2,8', n: '240' });
  });

  it('marks a suppressed cell "s" but still says how many interviews it had', () => {
    expect(indicatorRows(results, labels)[2]).toMatchObject({
      estimate: 's',
      interval: 's',
      n: '7',
      suppressed: true,
      notApplicable: false,
    });
  });

  it('reads a non-applicable or missing indicator as "n. a."', () => {
    const rows = indicatorRows(results, labels);
    expect(rows[3]).toMatchObject({ estimate: 'n. a.', interval: '—', n: '—', notApplicable: true });
    expect(rows[4]).toMatchObject({ estimate: 'n. a.', notApplicable: true });
  });
});
