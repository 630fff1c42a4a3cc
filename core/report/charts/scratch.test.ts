import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { trendSvg } from './trend.ts';
import { domainBarsSvg } from './domain-bars.ts';
test('scratch', async () => {
  const t = await trendSvg({ indicator: { type: 'proportion' }, series: [
    { wave: 'B2020', label: 'Référence 2020', kind: 'baseline', estimate: 0.31, ci_low: 0.25, ci_high: 0.37 },
    { wave: 'W1', label: 'Vague 1', kind: 'wave', estimate: 0.42, ci_low: 0.36, ci_high: 0.48 },
    { wave: 'W2', label: 'Vague 2', kind: 'wave', estimate: 0.508, ci_low: 0.45, ci_high: 0.56 }],
    notComparable: new Set(['B2020']), width: 240, height: 130 });
  writeFileSync('test-artifacts/report/trend.svg', t);
  const d = await domainBarsSvg({ indicator: { type: 'proportion' }, overall: 0.5, width: 170, groups: [
    { title: 'Sexe', bars: [{ label: 'Garçons', estimate: 0.52, ciLow: 0.46, ciHigh: 0.58, suppressed: false }, { label: 'Filles', suppressed: true }] },
    { title: "Type d'établissement", bars: [{ label: 'CRE', estimate: 0.62, ciLow: 0.5, ciHigh: 0.7, suppressed: false }, { label: 'Quartier mineurs', estimate: 0.42, ciLow: 0.36, ciHigh: 0.5, suppressed: false }] },
  ] });
  writeFileSync('test-artifacts/report/bars.svg', d);
  console.log(d.length, t.length);
});
