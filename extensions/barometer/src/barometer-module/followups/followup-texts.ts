// The texts of the enumerator's "to follow up" section, French and Arabic.
import { TRACING_OUTCOME_LABELS, TRACING_OUTCOMES, type TracingOutcome } from '../../../../../core/followup/index.ts';
import type { UiLanguage } from '../../shared-app/ui-language.ts';

export interface FollowupTexts {
  title: string;
  hint: string;
  none: string;
  window: string;
  open: string;
  closed: string;
  released: string;
  reveal: string;
  noContact: string;
  record: string;
  outcomeLabel: string;
  failed: string;
  saved: string;
  startInterview: string;
  openInterview: string;
  outcomes: Readonly<Record<TracingOutcome, string>>;
}

function outcomeLabelsIn(language: UiLanguage): Record<TracingOutcome, string> {
  return Object.fromEntries(
    TRACING_OUTCOMES.map((outcome) => [outcome, TRACING_OUTCOME_LABELS[outcome][language]]),
  ) as Record<TracingOutcome, string>;
}

export const FOLLOWUP_TEXTS: Readonly<Record<UiLanguage, FollowupTexts>> = {
  fr: {
    title: 'À suivre après la sortie',
    hint: 'Les mineurs libérés qui vous sont confiés. Chaque lecture des coordonnées est journalisée.',
    none: 'Aucun suivi ne vous est confié.',
    window: 'Fenêtre de suivi',
    open: 'ouverte',
    closed: 'fermée',
    released: 'Libéré le',
    reveal: 'Voir les coordonnées',
    noContact: 'Pas de coordonnées enregistrées',
    record: 'Enregistrer le résultat',
    outcomeLabel: 'Résultat de la recherche',
    failed: 'Action impossible',
    saved: 'Résultat enregistré',
    startInterview: 'Saisir l’entretien de suivi',
    openInterview: 'Ouvrir l’entretien de suivi',
    outcomes: outcomeLabelsIn('fr'),
  },
  ar: {
    title: 'للمتابعة بعد الإفراج',
    hint: 'القاصرون المفرج عنهم المكلَّف(ة) بمتابعتهم. كل اطلاع على بيانات الاتصال يُسجَّل.',
    none: 'لا توجد متابعة مكلَّف(ة) بها.',
    window: 'فترة المتابعة',
    open: 'مفتوحة',
    closed: 'مغلقة',
    released: 'تاريخ الإفراج',
    reveal: 'عرض بيانات الاتصال',
    noContact: 'لا توجد بيانات اتصال مسجلة',
    record: 'تسجيل النتيجة',
    outcomeLabel: 'نتيجة البحث',
    failed: 'تعذّر الإجراء',
    saved: 'تم تسجيل النتيجة',
    startInterview: 'إدخال مقابلة المتابعة',
    openInterview: 'فتح مقابلة المتابعة',
    outcomes: outcomeLabelsIn('ar'),
  },
};
