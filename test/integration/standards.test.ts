// The normative framework as data: the catalogue in French and Arabic, the indicators linked to its
// rules with the nature of the link and a target, and who may read or edit it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { indicators as demoIndicators } from '../../seed/demo/indicators.ts';
import { indicatorStandards, standardInstruments, standardRules } from '../../seed/demo/data.ts';
import { anonymous, as, asAdmin, count, idOf } from '../helpers.ts';

interface Rule {
  code: string;
  number: string;
  text: string;
  text_ar: string;
  url: string | null;
  absolute_prohibition: boolean;
  instrument: { code: string; title: string; title_ar: string };
}
interface Link {
  nature: string;
  target: string | number | null;
  indicator: { code: string };
  rule: { code: string; absolute_prohibition: boolean };
}

const ARABIC = /[\u0600-\u06FF]/;
const FIELDS =
  'fields=code,number,text,text_ar,url,absolute_prohibition,instrument.code,instrument.title,instrument.title_ar&limit=-1';

let analyst: Api;

beforeAll(async () => {
  analyst = await as('analyst');
});

describe('standards catalogue', () => {
  it('holds the international instruments and Moroccan law, each rule with its number and a text in French and Arabic', async () => {
    const rules = await analyst.get<Rule[]>(`/items/standard_rules?${FIELDS}`);
    const instruments = new Set(rules.map((rule) => rule.instrument.code));
    for (const code of [
      'CRC',
      'CRC-GC24',
      'BEIJING',
      'HAVANA',
      'RIYADH',
      'MANDELA',
      'BANGKOK',
      'UNODC-UNICEF',
      'MA-CONST',
      'MA-LOI-10-23',
      'MA-CPP',
      'MA-LOI-43-22',
      'MA-LOI-09-08',
    ]) {
      expect(instruments.has(code), code).toBe(true);
    }
    for (const rule of rules) {
      expect(rule.number.length).toBeGreaterThan(0);
      expect(rule.text).not.toMatch(ARABIC);
      expect(rule.text_ar).toMatch(ARABIC);
      expect(rule.instrument.title_ar).toMatch(ARABIC);
      expect(rule.url).toMatch(/^https:\/\//);
    }
    const article23 = rules.find((rule) => rule.code === 'MA-CONST-art.23');
    expect(article23?.text).toContain('réinsertion');
    expect(rules.find((rule) => rule.code === 'HAVANA-r.29')?.absolute_prohibition).toBe(true);
  });

  it('links the demo indicators to rules (measures / approximates) with a 0 target for the absolute prohibitions', async () => {
    const links = await analyst.get<Link[]>(
      '/items/indicator_standards?fields=nature,target,indicator.code,rule.code,rule.absolute_prohibition&limit=-1',
    );
    const isolation = links.find((link) => link.indicator.code === 'SAF_ISOLATION' && link.rule.code === 'HAVANA-r.67');
    expect(isolation?.nature).toBe('measures');
    expect(Number(isolation?.target)).toBe(0);
    const visits = links.find(
      (link) => link.indicator.code === 'FAM_VISIT_3M' && link.rule.code === 'UNODC-UNICEF-indicateur8',
    );
    expect(visits?.nature).toBe('measures');
    expect(visits?.target).toBeNull();
    const redLines = new Set(
      links
        .filter((link) => link.rule.absolute_prohibition && link.target !== null && Number(link.target) === 0)
        .map((link) => link.indicator.code),
    );
    expect(redLines).toEqual(new Set(['SAF_ADULTS', 'SAF_ISOLATION']));
    // Other tests add indicators of their own to the shared instance: the demo's are the ones linked.
    const demoCodes = new Set(demoIndicators.map((indicator) => indicator.code));
    const indicators = (
      await analyst.get<Array<{ code: string; standards: Array<{ rule: { code: string } }> }>>(
        '/items/indicators?fields=code,standards.rule.code&limit=-1',
      )
    ).filter((indicator) => demoCodes.has(indicator.code));
    expect(indicators.map((indicator) => indicator.code).sort()).toEqual([...demoCodes].sort());
    expect(
      indicators.filter((indicator) => indicator.standards.length === 0).map((indicator) => indicator.code),
    ).toEqual([]);
  });
});

describe('who reads and edits the catalogue', () => {
  it('lets the coordinator link an indicator to a rule and set a target; the analyst cannot', async () => {
    const coordinator = await as('coordinator');
    const indicator = await idOf(coordinator, 'indicators', 'RIG_PLAN');
    const rule = await idOf(coordinator, 'standard_rules', 'CRC-art.40(1)');
    const link = await coordinator.post<{ id: number; target: string | number }>('/items/indicator_standards', {
      indicator,
      rule,
      nature: 'approximates',
      target: 1,
    });
    try {
      expect(Number(link.target)).toBe(1);
      const refused = await analyst.raw('POST', '/items/indicator_standards', { indicator, rule, nature: 'measures' });
      expect(refused.status).toBe(403);
    } finally {
      await coordinator.request('DELETE', `/items/indicator_standards/${link.id}`);
    }
  });

  it('refuses the catalogue to enumerators and to the public', async () => {
    const enumerator = await as('enumerator1');
    for (const collection of ['standard_instruments', 'standard_rules', 'indicator_standards']) {
      expect((await enumerator.raw('GET', `/items/${collection}?limit=1`)).status, collection).toBe(403);
      expect((await anonymous().raw('GET', `/items/${collection}?limit=1`)).status, collection).toBe(403);
    }
  });

  it('seeds the catalogue once', async () => {
    const admin = await asAdmin();
    expect(await count(admin, 'standard_instruments')).toBe(standardInstruments.length);
    expect(await count(admin, 'standard_rules')).toBe(standardRules.length);
    expect(await count(admin, 'indicator_standards')).toBe(indicatorStandards.length);
  });
});
