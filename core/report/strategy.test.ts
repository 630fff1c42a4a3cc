import { describe, expect, it } from 'vitest';
import { strategyPlan } from '../strategy/index.ts';
import { buildStrategyDocument, STRATEGY_TITLE, STRATEGY_TITLE_AR } from './strategy.ts';
import type { Content, ContentNode } from './pdf-types.ts';

function texts(content: Content): string[] {
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(texts);
  const node = content as ContentNode;
  return [node.text, node.stack, node.columns, node.table?.body].flatMap((child) =>
    child === undefined ? [] : texts(child as Content),
  );
}

const plan = strategyPlan({
  waves: [
    { code: 'B2020', label: 'Référence', kind: 'baseline', provisional: false },
    { code: 'W1', label: 'Vague 1', kind: 'wave', provisional: false },
    { code: 'W2', label: 'Vague 2', kind: 'wave', provisional: true },
  ],
  dimensions: [
    { code: 'SAFETY', label: 'Séparation et sécurité', label_ar: 'الفصل والسلامة', standard: 'La Havane r.29' },
  ],
  indicators: [
    {
      code: 'ADULTS',
      label: 'Avec des adultes',
      label_ar: 'مع الراشدين',
      dimension: 'SAFETY',
      type: 'proportion',
      direction: 'lower_is_better',
    },
  ],
  values: { ADULTS: { B2020: 0.16, W1: 0.084, W2: 0.07 } },
  links: [{ indicator: 'ADULTS', rule: 'HAVANA-r.29', reference: 'HAVANA r.29', nature: 'measures', target: 0 }],
  institutions: [{ indicator: 'ADULTS', name: 'DGAPR', name_ar: 'المندوبية' }],
});

describe('buildStrategyDocument', () => {
  const options = { generatedAt: '2026-12-04T09:00:00.000Z', organisation: 'OMP', organisationAr: 'المرصد' };
  const document = buildStrategyDocument(plan, options);
  const all = texts(document.content as Content).join('\n');

  it('prints an objective per dimension with its indicators’ series, target, institutions and rules', () => {
    expect(all).toContain(STRATEGY_TITLE);
    expect(all).toContain('Objectif 1. Séparation et sécurité');
    for (const expected of ['Réf. B2020', 'W1', 'W2 (p)', '16,0', '8,4', '7,0', 'non atteinte', 'DGAPR', 'HAVANA r.29'])
      expect(all).toContain(expected);
    expect(all).toContain('Normes de la dimension : La Havane r.29');
  });

  it('is a landscape French document dated by its input', () => {
    expect(document.pageOrientation).toBe('landscape');
    expect(document.language).toBe('fr-FR');
    expect(document.info.creationDate.toISOString()).toBe('2026-12-04T09:00:00.000Z');
  });

  it('is also an Arabic document, right to left, from the same plan', () => {
    const arabic = buildStrategyDocument(plan, { ...options, lang: 'ar' });
    const words = texts(arabic.content as Content).join(' ');
    expect(arabic.language).toBe('ar-MA');
    expect(arabic.pageOrientation).toBe('landscape');
    expect(arabic.info.title).toBe(STRATEGY_TITLE_AR);
    expect(words).not.toContain(STRATEGY_TITLE);
    // The Arabic labels, the figures in French notation, the institution's Arabic name and the rule.
    for (const expected of ['الراشدين', 'المندوبية', '16,0', '8,4', 'HAVANA r.29', 'ADULTS'])
      expect(words).toContain(expected);
    // The table is read right to left: the indicator comes last in layout order, the rules first.
    const tableNode = (arabic.content as ContentNode[]).find((node) => node.table);
    const row = (tableNode?.table?.body[1] ?? []) as Content[];
    expect(texts(row.at(-1) as Content).join(' ')).toContain('الراشدين');
    expect(texts(row[0] as Content).join(' ')).toContain('HAVANA r.29');
  });
});
