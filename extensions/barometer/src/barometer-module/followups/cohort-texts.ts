// The texts of a wave's follow-up cohort ("Après la sortie"): tracing, response rate and the outcome
// indicators, French and Arabic.
import { TRACING_CELL_LABELS, TRACING_CELLS, type TracingCell } from '../../../../../core/followup/index.ts';
import type { UiLanguage } from '../../shared-app/ui-language.ts';

export interface CohortTexts {
  title: string;
  hint: string;
  none: string;
  loadFailed: string;
  rate: (interviewed: number, eligible: number) => string;
  tracingTitle: string;
  estimatesTitle: string;
  suppressed: (threshold: number) => string;
  hiddenCounts: (threshold: number) => string;
  emptyClasses: string;
  columns: {
    tracing: ReadonlyArray<{ key: string; text: string }>;
    estimates: ReadonlyArray<{ key: string; text: string }>;
  };
  outcomes: Readonly<Record<TracingCell, string>>;
}

function outcomeLabels(language: UiLanguage): Record<TracingCell, string> {
  return Object.fromEntries(TRACING_CELLS.map((cell) => [cell, TRACING_CELL_LABELS[cell][language]])) as Record<
    TracingCell,
    string
  >;
}

export const COHORT_TEXTS: Readonly<Record<UiLanguage, CohortTexts>> = {
  fr: {
    title: 'Après la sortie',
    hint: 'Les mineurs libérés depuis la vague précédente, recherchés puis interrogés avec le questionnaire de suivi. Ces chiffres décrivent les libérés, non les détenus : ils ne comptent pas dans le score.',
    none: 'Cette vague n’a pas de cohorte de suivi.',
    loadFailed: 'Chiffres du suivi indisponibles :',
    rate: (interviewed, eligible) => `Taux de réponse du suivi (${interviewed} entretiens sur ${eligible} éligibles)`,
    tracingTitle: 'Résultats de la recherche',
    estimatesTitle: 'Ce que deviennent les mineurs libérés',
    suppressed: (threshold) =>
      `Proportions pondérées pour la non-réponse ; « s » : non publié (moins de ${threshold} répondants). Réponses déclarées ; les perdus de vue peuvent différer des répondants.`,
    hiddenCounts: (threshold) =>
      `« s » : effectif non publié (moins de ${threshold}, ou masqué pour qu’il ne puisse être recalculé des totaux).`,
    emptyClasses: 'Classes sans répondant, non représentées :',
    columns: {
      tracing: [
        { key: 'label', text: 'Résultat' },
        { key: 'count', text: 'Mineurs' },
      ],
      estimates: [
        { key: 'label', text: 'Indicateur' },
        { key: 'estimate', text: 'Estimation' },
        { key: 'interval', text: 'IC 95 %' },
        { key: 'n', text: 'n' },
        { key: 'standards', text: 'Normes' },
      ],
    },
    outcomes: outcomeLabels('fr'),
  },
  ar: {
    title: 'بعد الإفراج',
    hint: 'القاصرون المفرج عنهم منذ الموجة السابقة، يُبحث عنهم ثم تُجرى معهم مقابلة باستمارة المتابعة. تصف هذه الأرقام المفرج عنهم لا المحتجزين، ولا تدخل في المؤشر.',
    none: 'لا يوجد فوج متابعة لهذه الموجة.',
    loadFailed: 'أرقام المتابعة غير متاحة:',
    rate: (interviewed, eligible) => `معدل الاستجابة للمتابعة (${interviewed} مقابلة من أصل ${eligible} مؤهلًا)`,
    tracingTitle: 'نتائج البحث',
    estimatesTitle: 'ماذا يصير إليه القاصرون المفرج عنهم',
    suppressed: (threshold) =>
      `نسب مرجّحة لتصحيح عدم الاستجابة؛ «s»: غير منشور (أقل من ${threshold} مستجيبين). الأجوبة مصرَّح بها؛ وقد يختلف من فُقد أثرهم عن المستجيبين.`,
    hiddenCounts: (threshold) => `«s»: عدد غير منشور (أقل من ${threshold}، أو مخفي حتى لا يُستنتج من المجاميع).`,
    emptyClasses: 'فئات بلا مستجيب، غير ممثَّلة:',
    columns: {
      tracing: [
        { key: 'label', text: 'النتيجة' },
        { key: 'count', text: 'القاصرون' },
      ],
      estimates: [
        { key: 'label', text: 'المؤشر' },
        { key: 'estimate', text: 'التقدير' },
        { key: 'interval', text: 'مجال الثقة 95%' },
        { key: 'n', text: 'n' },
        { key: 'standards', text: 'المعايير' },
      ],
    },
    outcomes: outcomeLabels('ar'),
  },
};
