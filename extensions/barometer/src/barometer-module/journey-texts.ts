// The texts of the enumerator's and the supervisor's pages, French and Arabic.
import type { UiLanguage } from '../shared-app/ui-language.ts';

export interface JourneyTexts {
  barometer: string;
  myInterviews: string;
  review: string;
  tracing: string;
  waves: string;
  instruments: string;
  interviews: string;
  indicators: string;
  toCorrect: string;
  drafts: string;
  start: string;
  startHint: string;
  noOpenWave: string;
  drawn: string;
  replacements: string;
  otherCode: string;
  begin: string;
  nothingToCorrect: string;
  noDraft: string;
  open: string;
  loadFailed: string;
  startFailed: string;
  queueEmpty: string;
  columns: {
    code: string;
    wave: string;
    establishment: string;
    participant: string;
    date: string;
    duration: string;
    enumerator: string;
    comment: string;
  };
}

export const JOURNEY_TEXTS: Readonly<Record<UiLanguage, JourneyTexts>> = {
  fr: {
    barometer: 'Baromètre',
    myInterviews: 'Mes entretiens',
    review: 'Entretiens à relire',
    tracing: 'Suivis après la sortie',
    waves: 'Vagues',
    instruments: 'Questionnaires',
    interviews: 'Entretiens',
    indicators: 'Indicateurs',
    toCorrect: 'À corriger',
    drafts: 'Brouillons',
    start: 'Nouvel entretien',
    startHint: 'Touchez le code du mineur tiré au sort : l’entretien s’ouvre, le consentement en premier.',
    noOpenWave: 'Aucune vague ouverte là où vous êtes affecté(e).',
    drawn: 'Tirés au sort',
    replacements: 'Remplaçants',
    otherCode: 'Autre code participant',
    begin: 'Commencer',
    nothingToCorrect: 'Aucun entretien à corriger.',
    noDraft: 'Aucun brouillon.',
    open: 'Ouvrir',
    loadFailed: 'Chargement impossible',
    startFailed: 'L’entretien n’a pas pu être créé',
    queueEmpty: 'Aucun entretien en attente de relecture.',
    columns: {
      code: 'Code de l’entretien',
      wave: 'Vague',
      establishment: 'Établissement',
      participant: 'Code participant',
      date: 'Date de l’entretien',
      duration: 'Durée (min)',
      enumerator: 'Enquêteur',
      comment: 'Commentaire du superviseur',
    },
  },
  ar: {
    barometer: 'البارومتر',
    myInterviews: 'مقابلاتي',
    review: 'مقابلات للمراجعة',
    tracing: 'المتابعات بعد الإفراج',
    waves: 'الموجات',
    instruments: 'الاستمارات',
    interviews: 'المقابلات',
    indicators: 'المؤشرات',
    toCorrect: 'للتصحيح',
    drafts: 'مسودات',
    start: 'مقابلة جديدة',
    startHint: 'المس رمز القاصر المختار بالقرعة: تُفتح المقابلة، والموافقة أولًا.',
    noOpenWave: 'لا توجد موجة مفتوحة حيث أنت مكلَّف(ة).',
    drawn: 'المختارون بالقرعة',
    replacements: 'البدلاء',
    otherCode: 'رمز مشارك آخر',
    begin: 'ابدأ',
    nothingToCorrect: 'لا توجد مقابلة للتصحيح.',
    noDraft: 'لا توجد مسودة.',
    open: 'فتح',
    loadFailed: 'تعذّر التحميل',
    startFailed: 'تعذّر إنشاء المقابلة',
    queueEmpty: 'لا توجد مقابلة في انتظار المراجعة.',
    columns: {
      code: 'رمز المقابلة',
      wave: 'الموجة',
      establishment: 'المؤسسة',
      participant: 'رمز المشارك',
      date: 'تاريخ المقابلة',
      duration: 'المدة (دقيقة)',
      enumerator: 'الباحث الميداني',
      comment: 'تعليق المشرف',
    },
  },
};
