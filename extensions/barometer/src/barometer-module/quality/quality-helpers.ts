// The wave page's data quality section: its words in French and Arabic (as the draw section, since a
// supervisor may read Arabic), the shapes of the quality and attrition endpoints' answers, and how the
// section words and rounds them.
import { ATTRITION_REASONS, type AttritionReason } from '../../../../../core/quality/index.ts';
import { localized, type UiLanguage } from '../../shared-app/ui-language.ts';

export interface Enumerator {
  readonly name: string;
  readonly email: string | null;
}

export interface NonResponseFigures {
  readonly asked: number;
  readonly missing: number;
  readonly share: number;
}

/** GET /barometer/waves/:wave/quality. */
export interface WaveQuality {
  readonly wave: string;
  readonly interviews: number;
  readonly median_minutes: number | null;
  readonly short_share: number;
  readonly duplicates: ReadonlyArray<{ readonly participant: string; readonly interviews: readonly string[] }>;
  readonly short_interviews: ReadonlyArray<{
    readonly code: string;
    readonly enumerator: Enumerator | null;
    readonly duration_minutes: number;
    readonly median_minutes: number | null;
  }>;
  readonly non_response: {
    readonly questions: ReadonlyArray<
      NonResponseFigures & { readonly question: string; readonly label: string; readonly label_ar: string | null }
    >;
    readonly enumerators: ReadonlyArray<
      NonResponseFigures & { readonly enumerator: Enumerator | null; readonly interviews: number }
    >;
  };
}

/** GET /barometer/waves/:wave/attrition. */
export interface WaveAttrition {
  readonly wave: string;
  readonly previous_wave: string | null;
  readonly as_of: string;
  readonly previous_respondents: number;
  readonly reinterviewed: number;
  readonly counts: Readonly<Record<AttritionReason, number>>;
  readonly participants: ReadonlyArray<{
    readonly participant: string;
    readonly establishment: string | null;
    readonly reason: AttritionReason;
    readonly status_date: string | null;
  }>;
}

type Columns = ReadonlyArray<{ readonly key: string; readonly text: string }>;

export interface QualityTexts {
  readonly title: string;
  readonly loadFailed: string;
  readonly figures: Readonly<
    Record<
      'interviews' | 'median' | 'short' | 'duplicates' | 'nonResponse',
      { readonly label: string; readonly note: string }
    >
  >;
  readonly scope: string;
  readonly duplicatesTitle: string;
  readonly noDuplicate: string;
  readonly shortTitle: (share: number) => string;
  readonly noShort: string;
  readonly questionsTitle: string;
  readonly noMissing: string;
  readonly questionsNote: (complete: number) => string;
  readonly enumeratorsTitle: string;
  readonly noInterview: string;
  readonly unknownEnumerator: string;
  readonly attritionTitle: (previous: string | null) => string;
  readonly noPrevious: string;
  readonly attritionNote: (respondents: number, previous: string, asOf: string) => string;
  readonly leftCount: (count: number) => string;
  readonly reinterviewed: string;
  readonly reasons: Readonly<Record<AttritionReason, string>>;
  readonly columns: Readonly<
    Record<'duplicates' | 'short' | 'questions' | 'enumerators' | 'attrition' | 'left', Columns>
  >;
  readonly minutes: string;
}

export const QUALITY_TEXTS: Readonly<Record<UiLanguage, QualityTexts>> = {
  fr: {
    title: 'Qualité des données',
    loadFailed: 'Le contrôle de qualité n’est pas disponible :',
    figures: {
      interviews: { label: 'Entretiens contrôlés', note: 'soumis ou validés' },
      median: { label: 'Durée médiane', note: 'toute la vague' },
      short: { label: 'Entretiens courts', note: 'à revoir avec l’enquêteur' },
      duplicates: { label: 'Mineurs en double', note: 'à dédoublonner' },
      nonResponse: { label: 'Non-réponse', note: 'des réponses attendues' },
    },
    scope:
      'Entretiens soumis ou validés, non exclus ; un superviseur ne voit que les établissements qui lui sont affectés. ' +
      'La durée médiane est celle de toute la vague.',
    duplicatesTitle: 'Mineurs interrogés plusieurs fois',
    noDuplicate: 'Aucun doublon.',
    shortTitle: (share) => `Entretiens courts (moins de ${Math.round(share * 100)} % de la durée médiane)`,
    noShort: 'Aucun entretien court.',
    questionsTitle: 'Non-réponse par question',
    noMissing: 'Aucune réponse manquante.',
    questionsNote: (complete) =>
      'Une réponse manque quand la question était posée (conditions d’affichage appliquées) et restée vide. ' +
      `${complete} autre${complete > 1 ? 's' : ''} question${complete > 1 ? 's' : ''} sans réponse manquante.`,
    enumeratorsTitle: 'Non-réponse par enquêteur',
    noInterview: 'Aucun entretien compté pour l’instant.',
    unknownEnumerator: 'Import sans enquêteur',
    attritionTitle: (previous) => `Attrition du panel${previous ? ` depuis ${previous}` : ''}`,
    noPrevious: 'Pas de vague précédente : aucun répondant à retrouver.',
    attritionNote: (respondents, previous, asOf) =>
      `${respondents} répondant${respondents > 1 ? 's' : ''} de ${previous} ; motif : dernière situation enregistrée au ${asOf}.`,
    leftCount: (count) => `${count} participant${count > 1 ? 's' : ''} non réinterrogé${count > 1 ? 's' : ''}`,
    reinterviewed: 'Réinterrogés dans cette vague',
    reasons: {
      released: 'Libéré',
      transferred: 'Transféré',
      lost: 'Perdu de vue',
      detained: 'Toujours détenu, non réinterrogé',
    },
    columns: {
      duplicates: [
        { key: 'participant', text: 'Participant' },
        { key: 'interviews', text: 'Entretiens' },
      ],
      short: [
        { key: 'code', text: 'Entretien' },
        { key: 'enumerator', text: 'Enquêteur' },
        { key: 'duration', text: 'Durée' },
        { key: 'median', text: 'Médiane de la vague' },
      ],
      questions: [
        { key: 'question', text: 'Code' },
        { key: 'label', text: 'Question' },
        { key: 'asked', text: 'Posée' },
        { key: 'missing', text: 'Sans réponse' },
        { key: 'share', text: 'Taux' },
      ],
      enumerators: [
        { key: 'name', text: 'Enquêteur' },
        { key: 'email', text: 'Courriel' },
        { key: 'interviews', text: 'Entretiens' },
        { key: 'asked', text: 'Réponses attendues' },
        { key: 'missing', text: 'Sans réponse' },
        { key: 'share', text: 'Taux' },
      ],
      attrition: [
        { key: 'reason', text: 'Répondants de la vague précédente' },
        { key: 'count', text: 'Effectif' },
        { key: 'share', text: 'Part' },
      ],
      left: [
        { key: 'participant', text: 'Participant non réinterrogé' },
        { key: 'establishment', text: 'Établissement (vague précédente)' },
        { key: 'reason', text: 'Motif' },
        { key: 'date', text: 'Depuis le' },
      ],
    },
    minutes: 'min',
  },
  ar: {
    title: 'جودة البيانات',
    loadFailed: 'مراقبة الجودة غير متاحة:',
    figures: {
      interviews: { label: 'المقابلات المراقَبة', note: 'مُرسلة أو مُصادَق عليها' },
      median: { label: 'المدة الوسيطة', note: 'الموجة كلها' },
      short: { label: 'مقابلات قصيرة', note: 'تُراجَع مع الباحث الميداني' },
      duplicates: { label: 'قاصرون مكرَّرون', note: 'يُزال تكرارهم' },
      nonResponse: { label: 'عدم الإجابة', note: 'من الإجابات المنتظرة' },
    },
    scope:
      'المقابلات المُرسلة أو المُصادَق عليها وغير المستبعدة؛ لا يرى المشرف إلا المؤسسات المكلَّف بها. المدة الوسيطة هي مدة الموجة كلها.',
    duplicatesTitle: 'قاصرون أُجريت معهم أكثر من مقابلة',
    noDuplicate: 'لا يوجد أي تكرار.',
    shortTitle: (share) => `مقابلات قصيرة (أقل من ${Math.round(share * 100)} % من المدة الوسيطة)`,
    noShort: 'لا توجد مقابلات قصيرة.',
    questionsTitle: 'عدم الإجابة حسب السؤال',
    noMissing: 'لا توجد إجابات ناقصة.',
    questionsNote: (complete) =>
      'تُعدّ الإجابة ناقصة إذا طُرح السؤال (مع تطبيق شروط الظهور) وبقي دون جواب. ' +
      `عدد الأسئلة الأخرى التي لا تنقصها أي إجابة: ${complete}.`,
    enumeratorsTitle: 'عدم الإجابة حسب الباحث الميداني',
    noInterview: 'لم تُحتسب أي مقابلة بعد.',
    unknownEnumerator: 'استيراد دون باحث ميداني',
    attritionTitle: (previous) => `تناقص عينة المتابعة${previous ? ` منذ ${previous}` : ''}`,
    noPrevious: 'لا توجد موجة سابقة: لا يوجد مستجوَبون للمتابعة.',
    attritionNote: (respondents, previous, asOf) =>
      `عدد مستجوَبي ${previous}: ${respondents}؛ السبب: آخر وضعية مسجَّلة في ${asOf}.`,
    leftCount: (count) => `مشاركون لم تُعَد مقابلتهم: ${count}`,
    reinterviewed: 'أُعيدت مقابلتهم في هذه الموجة',
    reasons: {
      released: 'أُفرج عنه',
      transferred: 'نُقل',
      lost: 'انقطع الاتصال به',
      detained: 'ما زال محتجزًا، لم تُعَد مقابلته',
    },
    columns: {
      duplicates: [
        { key: 'participant', text: 'المشارك' },
        { key: 'interviews', text: 'المقابلات' },
      ],
      short: [
        { key: 'code', text: 'المقابلة' },
        { key: 'enumerator', text: 'الباحث الميداني' },
        { key: 'duration', text: 'المدة' },
        { key: 'median', text: 'وسيط الموجة' },
      ],
      questions: [
        { key: 'question', text: 'الرمز' },
        { key: 'label', text: 'السؤال' },
        { key: 'asked', text: 'طُرح' },
        { key: 'missing', text: 'دون إجابة' },
        { key: 'share', text: 'النسبة' },
      ],
      enumerators: [
        { key: 'name', text: 'الباحث الميداني' },
        { key: 'email', text: 'البريد الإلكتروني' },
        { key: 'interviews', text: 'المقابلات' },
        { key: 'asked', text: 'الإجابات المنتظرة' },
        { key: 'missing', text: 'دون إجابة' },
        { key: 'share', text: 'النسبة' },
      ],
      attrition: [
        { key: 'reason', text: 'مستجوَبو الموجة السابقة' },
        { key: 'count', text: 'العدد' },
        { key: 'share', text: 'النسبة' },
      ],
      left: [
        { key: 'participant', text: 'مشارك لم تُعَد مقابلته' },
        { key: 'establishment', text: 'المؤسسة (الموجة السابقة)' },
        { key: 'reason', text: 'السبب' },
        { key: 'date', text: 'منذ' },
      ],
    },
    minutes: 'دقيقة',
  },
};

// Morocco's Arabic writes Western digits and a decimal comma, as French does.
const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const UP_TO_ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const DAY: Readonly<Record<UiLanguage, Intl.DateTimeFormat>> = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ar: new Intl.DateTimeFormat('ar-MA', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  }),
};

/** A share as a percentage with one decimal, so that a few missing answers do not read as 0 %. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined || Number.isNaN(share) ? '—' : `${ONE_DECIMAL.format(share * 100)} %`;
}

export function formatMinutes(minutes: number | null | undefined, language: UiLanguage): string {
  return minutes === null || minutes === undefined
    ? '—'
    : `${UP_TO_ONE_DECIMAL.format(minutes)} ${QUALITY_TEXTS[language].minutes}`;
}

/** A calendar day (`2026-03-31`) in the reader's language, or a dash. */
export function formatDay(value: string | null | undefined, language: UiLanguage): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : DAY[language].format(date);
}

/** Missing answers over asked answers, every enumerator together. */
export function overallNonResponse(quality: WaveQuality): number | null {
  const asked = quality.non_response.enumerators.reduce((sum, entry) => sum + entry.asked, 0);
  const missing = quality.non_response.enumerators.reduce((sum, entry) => sum + entry.missing, 0);
  return asked === 0 ? null : missing / asked;
}

/** The key figures, in display order, keyed for the page (`data-figure`). */
export function qualityFigures(
  quality: WaveQuality,
  language: UiLanguage,
): Array<{ key: string; label: string; note: string; value: string }> {
  const { figures } = QUALITY_TEXTS[language];
  return [
    { key: 'interviews', ...figures.interviews, value: String(quality.interviews) },
    { key: 'median', ...figures.median, value: formatMinutes(quality.median_minutes, language) },
    { key: 'short', ...figures.short, value: String(quality.short_interviews.length) },
    { key: 'duplicates', ...figures.duplicates, value: String(quality.duplicates.length) },
    { key: 'non-response', ...figures.nonResponse, value: formatShare(overallNonResponse(quality)) },
  ];
}

/** A question's label in the reader's language, and the other one when it differs. */
export function questionLabels(
  question: { readonly label: string; readonly label_ar: string | null },
  language: UiLanguage,
): { main: string; other: string | null } {
  const main = localized(question.label, question.label_ar, language);
  const other = language === 'ar' ? question.label : question.label_ar;
  return { main, other: other?.trim() && other !== main ? other : null };
}

/** The previous wave's respondents by what became of them, reinterviewed first, with their share. */
export function attritionRows(
  attrition: WaveAttrition,
  language: UiLanguage,
): Array<{ reason: string; count: string; share: string }> {
  const texts = QUALITY_TEXTS[language];
  const total = attrition.previous_respondents;
  const row = (reason: string, count: number) => ({
    reason,
    count: String(count),
    share: total === 0 ? '—' : formatShare(count / total),
  });
  return [
    row(texts.reinterviewed, attrition.reinterviewed),
    ...ATTRITION_REASONS.map((reason) => row(texts.reasons[reason], attrition.counts[reason])),
  ];
}
