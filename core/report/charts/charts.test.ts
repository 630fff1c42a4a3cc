import { describe, expect, test } from 'vitest';
import { FONTS } from '../theme.ts';
import { domainBarsSvg } from './domain-bars.ts';
import { gaugeSvg } from './gauge.ts';
import { trendSvg } from './trend.ts';

const ARABIC = /[\u0600-\u06FF]/u;

const trendInput = {
  indicator: { type: 'proportion' },
  series: [
    { wave: 'B2020', label: 'Étude 2020', kind: 'baseline', estimate: 0.31, ci_low: 0.25, ci_high: 0.37 },
    { wave: 'W1', label: 'Vague 1', kind: 'wave', estimate: 0.42, ci_low: 0.36, ci_high: 0.48 },
    { wave: 'W2', label: 'Vague 2', kind: 'wave', estimate: 0.508, ci_low: 0.45, ci_high: 0.56 },
  ],
  notComparable: new Set(['B2020']),
  width: 200,
  height: 120,
} as const;

const barsInput = {
  indicator: { type: 'proportion' },
  overall: 0.5,
  width: 110,
  groups: [
    {
      title: 'Sexe',
      bars: [
        { label: 'Garçons', n: 120, estimate: 0.52, ciLow: 0.46, ciHigh: 0.58, suppressed: false },
        { label: 'Filles', suppressed: true },
      ],
    },
  ],
} as const;

describe('charts render headless to SVG', () => {
  test('gauge: the score printed the French way, in the registered font', async () => {
    const svg = await gaugeSvg({ score: 52.44, ciLow: 51, ciHigh: 53.9, size: 120 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/width="120"/u);
    expect(svg).toContain('>52,4</text>');
    expect(svg).toContain(`font-family="${FONTS.latin}"`);
  });

  test('trend: labels in French, axis in French percent, no Arabic', async () => {
    const svg = await trendSvg(trendInput);
    expect(svg).toContain('50,8\u00A0%');
    expect(svg).toContain('100\u00A0%');
    expect(svg).toContain('Étude 2020');
    expect(svg).not.toMatch(ARABIC);
  });

  test('bars: a suppressed cell shows "s" and no value', async () => {
    const svg = await domainBarsSvg(barsInput);
    expect(svg).toContain('>s</text>');
    expect(svg).toContain('52,0\u00A0%');
    expect(svg).not.toContain('undefined');
  });

  test('bars: each bar says its n, the blocks share one percent axis', async () => {
    const svg = await domainBarsSvg(barsInput);
    expect(svg).toContain('Garçons (n = 120)');
    expect(svg).toContain('>Filles</text>');
    expect(svg).toContain('100\u00A0%');
  });

  test('trend over a baseline and three waves: long labels broken into lines that fit their band', async () => {
    const seasons = ['référence 2020', '1 — printemps 2026', '2 — automne 2026', '3 — printemps 2027'];
    const svg = await trendSvg({
      ...trendInput,
      series: seasons.map((season, position) => ({
        wave: `W${position}`,
        label: position === 0 ? `Étude de ${season}` : `Vague ${season}`,
        kind: position === 0 ? 'baseline' : 'wave',
        estimate: 0.5,
      })),
    });
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/gu)].map((match) => match[1] ?? '');
    expect(lines).toContain('Vague 3');
    expect(lines).toContain('printemps');
    expect(lines.every((line) => line.length <= 10 && !line.includes('—'))).toBe(true);
  });

  test('trend of a mean: its axis says the unit', async () => {
    const svg = await trendSvg({
      ...trendInput,
      indicator: { type: 'mean', unit: 'jours' },
      series: trendInput.series.map((point) => ({ ...point, estimate: 8, ci_low: 7, ci_high: 9 })),
    });
    expect(svg).toContain('>jours</text>');
  });

  test('the same input gives the same SVG', async () => {
    expect(await trendSvg(trendInput)).toBe(await trendSvg(trendInput));
    expect(await domainBarsSvg(barsInput)).toBe(await domainBarsSvg(barsInput));
  });
});
