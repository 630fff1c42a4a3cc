import { describe, expect, it } from 'vitest';
import { complianceMatrix } from './matrix.ts';
import { crossesRedLine, meetsTarget } from './target.ts';
import type { CatalogueRule, ComplianceInput, IndicatorValue, MatrixIndicator, RuleLink } from './types.ts';

const rule = (code: string, absolute = false): CatalogueRule => ({
  code,
  instrument: code.split('-')[0] ?? code,
  instrument_title: 'Règles de La Havane',
  instrument_title_ar: 'قواعد هافانا',
  number: code.split('-')[1] ?? '',
  text: 'Texte',
  text_ar: 'نص',
  url: null,
  absolute_prohibition: absolute,
});
const indicator = (code: string, direction: MatrixIndicator['direction'], in_score = true): MatrixIndicator => ({
  code,
  label: code,
  label_ar: code,
  type: 'proportion',
  direction,
  in_score,
});
const survey = (estimate: number): IndicatorValue => ({
  kind: 'survey',
  estimate,
  ci_low: null,
  ci_high: null,
  n: 100,
});
const link = (indicatorCode: string, ruleCode: string, nature: RuleLink['nature'], target: number | null = null) => ({
  indicator: indicatorCode,
  rule: ruleCode,
  nature,
  target,
});

function input(values: Record<string, IndicatorValue>): ComplianceInput {
  return {
    rules: [rule('HAVANA-r.29', true), rule('HAVANA-r.60'), rule('HAVANA-r.49'), rule('RIYADH-r.5')],
    links: [
      link('ADULTS', 'HAVANA-r.29', 'measures', 0),
      link('WELLBEING', 'HAVANA-r.49', 'approximates'),
      link('VISITS', 'HAVANA-r.60', 'measures', 1),
      link('PSY', 'HAVANA-r.49', 'measures'),
      link('GONE', 'RIYADH-r.5', 'measures'),
    ],
    indicators: [
      indicator('ADULTS', 'lower_is_better'),
      indicator('VISITS', 'higher_is_better'),
      indicator('PSY', 'higher_is_better'),
      indicator('WELLBEING', 'higher_is_better', false),
    ],
    values: new Map(Object.entries(values)),
    changes: new Map([['VISITS', { from: 'W1', change: 0.05, significant: true }]]),
  };
}

describe('meetsTarget and crossesRedLine', () => {
  it.each([
    ['higher_is_better', 1, 0.99, false],
    ['higher_is_better', 0.8, 0.8, true],
    ['lower_is_better', 0, 0, true],
    ['lower_is_better', 0, 0.001, false],
    ['lower_is_better', 0.1, 0.05, true],
  ] as const)('%s, target %d, estimate %d: met %s', (direction, target, estimate, met) => {
    expect(meetsTarget(direction, target, estimate)).toBe(met);
  });

  it('crosses a red line only on an absolute prohibition with a 0 target and a value above it', () => {
    expect(crossesRedLine(true, 0, 0.004)).toBe(true);
    expect(crossesRedLine(true, 0, 0)).toBe(false);
    expect(crossesRedLine(true, null, 0.3)).toBe(false);
    expect(crossesRedLine(false, 0, 0.3)).toBe(false);
  });
});

describe('complianceMatrix', () => {
  it('keeps every rule, marks those no indicator of the wave bears on, and puts red lines apart', () => {
    const matrix = complianceMatrix(
      input({ ADULTS: survey(0.12), VISITS: survey(0.4), PSY: { kind: 'suppressed' }, WELLBEING: survey(0.7) }),
    );
    expect(matrix.red_lines.map((row) => row.code)).toEqual(['HAVANA-r.29']);
    expect(matrix.rules.map((row) => [row.code, row.coverage])).toEqual([
      ['HAVANA-r.60', 'measured'],
      ['HAVANA-r.49', 'measured'],
      ['RIYADH-r.5', 'not_measured'],
    ]);
    // An indicator link whose indicator is unknown is dropped; the rule stays, unmeasured.
    expect(matrix.rules[2]?.indicators).toEqual([]);
    expect(matrix.summary).toEqual({ rules: 4, measured: 3, approximated: 0, not_measured: 1, red_lines_crossed: 1 });
  });

  it('says whether each target is met, and which red line is crossed', () => {
    const matrix = complianceMatrix(input({ ADULTS: survey(0.12), VISITS: survey(0.4) }));
    const adults = matrix.red_lines[0]?.indicators[0];
    expect(adults).toMatchObject({ indicator: 'ADULTS', target: 0, target_met: false, red_line_crossed: true });
    const visits = matrix.rules[0]?.indicators[0];
    expect(visits).toMatchObject({ target_met: false, red_line_crossed: false, change: { from: 'W1', change: 0.05 } });
    const none = complianceMatrix(input({ ADULTS: survey(0) })).red_lines[0]?.indicators[0];
    expect(none).toMatchObject({ target_met: true, red_line_crossed: false });
  });

  it('lists measuring indicators before approaching ones, and calls a rule approached by approximations only', () => {
    const matrix = complianceMatrix(input({ WELLBEING: survey(0.7) }));
    const row = matrix.rules.find((candidate) => candidate.code === 'HAVANA-r.49');
    expect(row?.indicators.map((entry) => [entry.indicator, entry.nature, entry.value.kind])).toEqual([
      ['PSY', 'measures', 'not_applicable'],
      ['WELLBEING', 'approximates', 'survey'],
    ]);
    expect(row?.coverage).toBe('approximated');
    expect(row?.indicators[1]?.in_score).toBe(false);
  });

  it('reads an external estimate as a value, with its source, and gives no verdict without a value', () => {
    const matrix = complianceMatrix(
      input({
        VISITS: { kind: 'external', estimate: 1, origin: 'administrative', source: 'DGAPR, rapport 2025', n: null },
      }),
    );
    expect(matrix.rules[0]?.indicators[0]).toMatchObject({
      value: { kind: 'external', origin: 'administrative', source: 'DGAPR, rapport 2025' },
      target_met: true,
    });
    expect(matrix.red_lines[0]?.indicators[0]).toMatchObject({ target_met: null, red_line_crossed: false });
    expect(matrix.red_lines[0]?.coverage).toBe('not_measured');
  });
});
