// The strategy guidelines' downloads on the module's home (docs/api.md: GET /barometer/strategy).
import type { UiLanguage } from '../../shared-app/ui-language.ts';

export type StrategyFormat = 'pdf' | 'xlsx';

export interface StrategyTexts {
  readonly title: string;
  readonly lead: string;
  readonly formats: Readonly<Record<StrategyFormat, { readonly title: string; readonly contains: string }>>;
}

export const STRATEGY_TEXTS: Readonly<Record<UiLanguage, StrategyTexts>> = {
  fr: {
    title: 'Lignes directrices pour une stratégie nationale',
    lead: 'Le cadre normatif devenu plan de suivi : un objectif par dimension, chaque indicateur avec sa valeur de référence 2020, ses valeurs vague après vague, sa cible, les institutions responsables et les règles qu’il sert.',
    formats: {
      pdf: { title: 'Document (PDF)', contains: 'Le plan de suivi mis en page, objectifs en français et en arabe.' },
      xlsx: {
        title: 'Tableau de suivi (XLSX)',
        contains: 'Une ligne par indicateur, les valeurs en nombres, à compléter par les institutions.',
      },
    },
  },
  ar: {
    title: 'توجيهات لاستراتيجية وطنية',
    lead: 'الإطار المعياري في صورة خطة تتبع: هدف لكل بعد، ولكل مؤشر قيمته المرجعية لسنة 2020 وقيمه موجة بعد موجة وهدفه والمؤسسات المسؤولة والقواعد التي يخدمها.',
    formats: {
      pdf: { title: 'الوثيقة (PDF)', contains: 'خطة التتبع منسقة، والأهداف بالفرنسية والعربية.' },
      xlsx: {
        title: 'جدول التتبع (XLSX)',
        contains: 'سطر لكل مؤشر، والقيم أرقام، لتستكملها المؤسسات.',
      },
    },
  },
};

/** The address of the guidelines in one format; the session cookie authenticates the link. */
export function strategyUrl(format: StrategyFormat, baseUrl: string): string {
  const url = new URL('barometer/strategy', baseUrl);
  url.searchParams.set('format', format);
  return url.href;
}
