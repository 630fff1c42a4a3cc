import type { DimensionRecord } from './types.ts';

export const dimensions: readonly DimensionRecord[] = [
  {
    code: 'LEGAL',
    label: 'Situation juridique',
    label_ar: 'الوضعية القانونية',
    standard: 'Règles de Beijing r.13 ; Règles de La Havane r.17 ; CIDE art. 37(d) ; indicateurs ONUDC/UNICEF 3 et 4',
    sort: 1,
  },
  {
    code: 'SAFETY',
    label: 'Séparation et sécurité',
    label_ar: 'الفصل عن الراشدين والسلامة',
    standard: 'Règles de La Havane r.29 et r.67 ; CIDE art. 37(c) ; indicateur ONUDC/UNICEF 7',
    sort: 2,
  },
  {
    code: 'FAMILY',
    label: 'Contacts familiaux',
    label_ar: 'الروابط الأسرية',
    standard: 'Règles de La Havane r.59-61 ; Règles de Beijing r.26.5 ; indicateur ONUDC/UNICEF 8',
    sort: 3,
  },
  { code: 'EDUCATION', label: 'Éducation', label_ar: 'التعليم', standard: 'Règles de La Havane r.38-40', sort: 4 },
  {
    code: 'VOCATIONAL',
    label: 'Formation professionnelle',
    label_ar: 'التكوين المهني',
    standard: 'Règles de La Havane r.42-46',
    sort: 5,
  },
  {
    code: 'HEALTH',
    label: 'Santé et prise en charge psychosociale',
    label_ar: 'الصحة والرعاية النفسية والاجتماعية',
    standard: 'Règles de La Havane r.49-55',
    sort: 6,
  },
  {
    code: 'RIGHTS',
    label: 'Droits, projet et participation',
    label_ar: 'الحقوق والمشروع الفردي والمشاركة',
    standard: 'Règles de La Havane r.24, r.27 et r.75-78',
    sort: 7,
  },
  {
    code: 'RELEASE',
    label: 'Préparation à la sortie et suivi post-carcéral',
    label_ar: 'الإعداد للإفراج والرعاية اللاحقة',
    standard: 'Règles de La Havane r.79-80 ; Règles de Beijing r.24 et r.28 ; indicateur ONUDC/UNICEF 11',
    sort: 8,
  },
];
