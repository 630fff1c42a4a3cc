import { describe, expect, it } from 'vitest';
import { coverageChart, type CoverageRow } from './bars.ts';

// Intl writes a narrow no-break space before % and between thousands in French.
const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

function row(code: string, achieved: number, target: number, warning: boolean): CoverageRow {
  return {
    code,
    name: `Établissement ${code}`,
    achieved,
    target,
    rate: target === 0 ? null : achieved / target,
    warning,
  };
}

describe('coverageChart', () => {
  it('measures bars against the target when no establishment went past it', () => {
    const chart = coverageChart(
      Object.freeze([row('E01', 25, 47, true), row('E02', 16, 16, false), row('E03', 0, 11, true)]),
    );
    expect(chart.threshold).toBe(80);
    expect(chart.target).toBe(100);
    expect(chart.bars.map((bar) => bar.length)).toEqual([53.2, 100, 0]);
    expect(chart.bars[0]).toMatchObject({ code: 'E01', name: 'Établissement E01', figures: '25 / 47', warning: true });
    expect(chart.bars.map((bar) => nbsp(bar.rate))).toEqual(['53 %', '100 %', '0 %']);
  });

  it('stretches the scale to the best rate, moving the target and the 80 % line with it', () => {
    const chart = coverageChart([row('E01', 30, 20, false), row('E02', 10, 20, true)]);
    expect(chart.target).toBe(66.7);
    expect(chart.threshold).toBe(53.3);
    expect(chart.bars.map((bar) => bar.length)).toEqual([100, 33.3]);
  });

  it('draws an empty bar and a dash for an establishment without a target', () => {
    const chart = coverageChart([row('E01', 0, 0, false)]);
    expect(chart.bars[0]).toMatchObject({ length: 0, rate: '—', figures: '0 / 0' });
  });

  it('groups thousands the French way', () => {
    expect(nbsp(coverageChart([row('E01', 1200, 1500, false)]).bars[0]?.figures ?? '')).toBe('1 200 / 1 500');
  });

  it('has a target line at 100 % for a frame without establishments', () => {
    expect(coverageChart([])).toEqual({ bars: [], threshold: 80, target: 100 });
  });
});
