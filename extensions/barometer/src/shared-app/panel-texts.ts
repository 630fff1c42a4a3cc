// The texts of the barometer's dashboard panels (coverage, score), French and Arabic.
import type { UiLanguage } from './ui-language.ts';

export interface PanelTexts {
  noWave: string;
  coverageUnavailable: (wave: string) => string;
  ofTarget: string;
  achievedOfTarget: string;
  population: string;
  noFrame: (wave: string) => string;
  threshold: string;
  below: string;
  underTarget: string;
  rateOfTarget: (rate: string) => string;
  resultsUnavailable: (wave: string) => string;
  wave: (wave: string) => string;
  sources: { snapshot: string; live: string };
  overall: string;
  gaugeLabel: (label: string, value: string, interval: string) => string;
  interval: string;
  intervalLong: string;
  columns: { indicator: string; estimate: string; interval: string; n: string };
  suppressed: string;
  notApplicable: string;
}

export const PANEL_TEXTS: Readonly<Record<UiLanguage, PanelTexts>> = {
  fr: {
    noWave: 'Indiquez le code d’une vague dans les options du panneau.',
    coverageUnavailable: (wave) => `Couverture de la vague ${wave} indisponible :`,
    ofTarget: 'de la cible',
    achievedOfTarget: 'réalisés / cible',
    population: 'mineurs détenus (N)',
    noFrame: (wave) => `Aucune base de sondage pour la vague ${wave}.`,
    threshold: '80 % de la cible',
    below: 'en dessous',
    underTarget: 'Moins de 80 % de la cible',
    rateOfTarget: (rate) => `${rate} de la cible`,
    resultsUnavailable: (wave) => `Résultats de la vague ${wave} indisponibles :`,
    wave: (wave) => `Vague ${wave}`,
    sources: { snapshot: 'figé au verrouillage', live: 'en direct' },
    overall: 'Score du baromètre',
    gaugeLabel: (label, value, interval) => `${label} : ${value} sur 100, intervalle de confiance à 95 % ${interval}`,
    interval: 'IC 95 % :',
    intervalLong: 'Intervalle de confiance à 95 %',
    columns: { indicator: 'Indicateur', estimate: 'Estimation', interval: 'IC 95 %', n: 'n' },
    suppressed: 'moins de 10 entretiens',
    notApplicable: 'questions absentes des questionnaires de la vague',
  },
  ar: {
    noWave: 'أدخل رمز موجة في خيارات اللوحة.',
    coverageUnavailable: (wave) => `تغطية الموجة ${wave} غير متوفرة:`,
    ofTarget: 'من الهدف',
    achievedOfTarget: 'المنجزة / الهدف',
    population: 'القاصرون المحتجزون (N)',
    noFrame: (wave) => `لا توجد قاعدة معاينة للموجة ${wave}.`,
    threshold: '80٪ من الهدف',
    below: 'أقل من ذلك',
    underTarget: 'أقل من 80٪ من الهدف',
    rateOfTarget: (rate) => `${rate} من الهدف`,
    resultsUnavailable: (wave) => `نتائج الموجة ${wave} غير متوفرة:`,
    wave: (wave) => `الموجة ${wave}`,
    sources: { snapshot: 'مجمَّدة عند الإقفال', live: 'مباشرة' },
    overall: 'نقطة البارومتر',
    gaugeLabel: (label, value, interval) => `${label}: ${value} من 100، مجال الثقة 95٪ ${interval}`,
    interval: 'مجال الثقة 95٪:',
    intervalLong: 'مجال الثقة 95٪',
    columns: { indicator: 'المؤشر', estimate: 'التقدير', interval: 'مجال الثقة 95٪', n: 'n' },
    suppressed: 'أقل من 10 مقابلات',
    notApplicable: 'أسئلة غير واردة في استمارات الموجة',
  },
};
