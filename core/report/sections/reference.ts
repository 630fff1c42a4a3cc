/** What a reader needs to place the report: the abbreviations it uses, how to cite it, whom to contact. */
import { formatDate } from '../format.ts';
import type { ReportModel } from '../model.ts';
import { isProvisional } from '../provisional.ts';
import { arabicDate, arabicWaveName } from '../words.ts';

export interface GlossaryEntry {
  readonly term: string;
  readonly fr: string;
  readonly ar: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { term: 'OMP', fr: 'Observatoire Marocain des Prisons', ar: 'المرصد المغربي للسجون' },
  {
    term: 'CRE',
    fr: 'Centre de réforme et d’éducation : établissement pour mineurs en conflit avec la loi',
    ar: 'مركز الإصلاح والتهذيب: مؤسسة خاصة بالأحداث في نزاع مع القانون',
  },
  {
    term: 'DGAPR',
    fr: 'Délégation générale à l’administration pénitentiaire et à la réinsertion',
    ar: 'المندوبية العامة لإدارة السجون وإعادة الإدماج',
  },
  {
    term: 'ONUDC / UNODC',
    fr: 'Office des Nations unies contre la drogue et le crime (indicateurs ONUDC/UNICEF de la justice pour mineurs)',
    ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة (مؤشرات قضاء الأحداث المشتركة مع اليونيسف)',
  },
  { term: 'UNICEF', fr: 'Fonds des Nations unies pour l’enfance', ar: 'منظمة الأمم المتحدة للطفولة (اليونيسف)' },
  {
    term: 'CIDE / CRC',
    fr: 'Convention internationale relative aux droits de l’enfant (1989)',
    ar: 'اتفاقية الأمم المتحدة لحقوق الطفل (1989)',
  },
  {
    term: 'Règles de Beijing',
    fr: 'Ensemble de règles minima des Nations unies concernant l’administration de la justice pour mineurs (1985)',
    ar: 'قواعد الأمم المتحدة الدنيا النموذجية لإدارة شؤون قضاء الأحداث (قواعد بكين، 1985)',
  },
  {
    term: 'Règles de La Havane',
    fr: 'Règles des Nations unies pour la protection des mineurs privés de liberté (1990)',
    ar: 'قواعد الأمم المتحدة بشأن حماية الأحداث المجردين من حريتهم (قواعد هافانا، 1990)',
  },
  {
    term: 'IC 95 %',
    fr: 'Intervalle de confiance à 95 % : valeurs compatibles avec l’échantillon',
    ar: 'مجال الثقة 95%: القيم المتوافقة مع العينة',
  },
  {
    term: 'pts',
    fr: 'Points de pourcentage : écart entre deux pourcentages',
    ar: 'نقاط مئوية: الفرق بين نسبتين مئويتين',
  },
  {
    term: 's',
    fr: 'Estimation non publiée (trop peu d’entretiens)',
    ar: 'تقدير غير منشور (عدد المقابلات غير كاف)',
  },
  { term: 'n', fr: 'Nombre d’entretiens sur lequel repose l’estimation', ar: 'عدد المقابلات التي يستند إليها التقدير' },
];

const publication = (model: ReportModel) => model.generatedAt.slice(0, 10);

export const CITATION = {
  fr: (model: ReportModel): string =>
    `${model.organisation.name} (${model.organisation.acronym}), ${model.title.fr}, ${model.wave.label}` +
    `${isProvisional(model.wave) ? ', version provisoire' : ''}, ${formatDate(publication(model))}.`,
  ar: (model: ReportModel): string =>
    `يُستشهد بهذا التقرير كما يلي: ${model.organisation.nameAr} (${model.organisation.acronym})، ${model.title.ar}، ` +
    `${arabicWaveName(model.wave)}${isProvisional(model.wave) ? '، صيغة مؤقتة' : ''}، ${arabicDate(publication(model))}.`,
  contactFr: (model: ReportModel): string =>
    `Contact : ${model.organisation.name}${model.organisation.website ? `, ${model.organisation.website}` : ''}.`,
  contactAr: (model: ReportModel): string =>
    `للاتصال: ${model.organisation.nameAr}${model.organisation.website ? `، ${model.organisation.website}` : ''}.`,
} as const;
