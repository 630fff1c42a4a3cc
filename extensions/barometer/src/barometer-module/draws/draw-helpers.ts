// The wave page's sample draw section: its words in French and Arabic (enumerators read it in the field,
// some in Arabic), the shapes of the draw endpoint's answers and what the section derives from them.
import type { UiLanguage } from '../../shared-app/ui-language.ts';

/** One establishment's latest draw, as GET /barometer/waves/:wave/draws gives it. */
export interface LatestDraw {
  readonly establishment: string;
  readonly seed: string;
  readonly list_sha256: string;
  readonly selected: readonly string[];
  readonly replacements: readonly string[];
  readonly date_created: string | null;
}

/** POST /barometer/waves/:wave/draws: the seed (made up by the server when none was given) and each draw. */
export interface DrawRun {
  readonly seed: string;
  readonly draws: ReadonlyArray<{
    readonly establishment: string;
    readonly target: number;
    readonly list_sha256: string;
  }>;
}

export interface DrawTexts {
  readonly title: string;
  readonly intro: string;
  readonly runTitle: string;
  readonly runDescription: string;
  readonly chooseFile: string;
  readonly seedLabel: string;
  readonly seedPlaceholder: string;
  readonly closed: string;
  readonly done: (establishments: number, seed: string, fileName: string) => string;
  readonly none: string;
  readonly loadFailed: string;
  readonly seed: string;
  readonly fingerprint: string;
  readonly drawnAt: string;
  readonly copy: string;
  readonly copied: string;
  readonly selected: string;
  readonly replacements: string;
  readonly noReplacement: string;
  readonly counts: (selected: number, listed: number) => string;
}

export const DRAW_TEXTS: Readonly<Record<UiLanguage, DrawTexts>> = {
  fr: {
    title: 'Tirage de l’échantillon',
    intro:
      'Pour chaque établissement, les mineurs à interroger, tirés au sort dans la liste des présents à la date de référence, puis ' +
      'les remplaçants, à appeler dans l’ordre en cas de refus ou d’absence. La même liste et la même graine redonnent le même tirage.',
    runTitle: 'Nouveau tirage',
    runDescription:
      'Liste CSV des mineurs présents à la date de référence : establishment_code,participant_code (codes pseudonymes, ' +
      'jamais de nom). Un tirage par établissement de la liste ; les mineurs interrogés à la vague précédente et toujours présents passent en premier.',
    chooseFile: 'Choisir la liste CSV et tirer…',
    seedLabel: 'Graine (facultative)',
    seedPlaceholder: 'Vide : choisie au hasard et enregistrée',
    closed: 'La vague est verrouillée ou publiée : son échantillon ne peut plus être tiré.',
    done: (establishments, seed, fileName) =>
      `« ${fileName} » : tirage enregistré pour ${establishments} établissement${establishments > 1 ? 's' : ''}, graine « ${seed} ».`,
    none: 'Aucun tirage à afficher pour cette vague.',
    loadFailed: 'Les tirages ne sont pas disponibles :',
    seed: 'Graine',
    fingerprint: 'Empreinte de la liste (SHA-256)',
    drawnAt: 'Tiré le',
    copy: 'Copier l’empreinte complète',
    copied: 'Empreinte copiée.',
    selected: 'Sélectionnés, dans l’ordre',
    replacements: 'Remplaçants, dans l’ordre d’appel',
    noReplacement: 'Aucun remplaçant : tous les mineurs de la liste sont sélectionnés.',
    counts: (selected, listed) =>
      `${selected} sélectionné${selected > 1 ? 's' : ''} sur ${listed} mineur${listed > 1 ? 's' : ''}`,
  },
  ar: {
    title: 'سحب العينة',
    intro:
      'لكل مؤسسة: القاصرون الذين ستُجرى معهم المقابلة، مسحوبون بالقرعة من قائمة الحاضرين في التاريخ المرجعي، ثم البدلاء ' +
      'الذين يُستدعون بالترتيب عند الرفض أو الغياب. القائمة نفسها والبذرة نفسها تعطيان السحب نفسه.',
    runTitle: 'سحب جديد',
    runDescription:
      'قائمة CSV بالقاصرين الحاضرين في التاريخ المرجعي: establishment_code,participant_code (رموز مستعارة، دون أي اسم). ' +
      'سحب واحد لكل مؤسسة في القائمة، ويأتي أولًا القاصرون الذين أُجريت معهم مقابلة في الموجة السابقة وما زالوا حاضرين.',
    chooseFile: 'اختيار قائمة CSV وإجراء السحب…',
    seedLabel: 'البذرة (اختيارية)',
    seedPlaceholder: 'إن تُركت فارغة تُختار عشوائيًا وتُسجَّل',
    closed: 'الموجة مقفلة أو منشورة: لم يعد ممكنًا سحب عينتها.',
    done: (establishments, seed, fileName) =>
      `«${fileName}»: سُجّل السحب لعدد ${establishments} من المؤسسات، بالبذرة «${seed}».`,
    none: 'لا يوجد أي سحب لعرضه في هذه الموجة.',
    loadFailed: 'السحوبات غير متاحة:',
    seed: 'البذرة',
    fingerprint: 'بصمة القائمة (SHA-256)',
    drawnAt: 'تاريخ السحب',
    copy: 'نسخ البصمة كاملة',
    copied: 'نُسخت البصمة.',
    selected: 'المختارون، بالترتيب',
    replacements: 'البدلاء، حسب ترتيب الاستدعاء',
    noReplacement: 'لا يوجد بدلاء: اختير جميع القاصرين في القائمة.',
    counts: (selected, listed) => `المختارون: ${selected} من أصل ${listed}`,
  },
};

/** Where a draw is posted; a blank seed is left out, so the server makes one up and records it. */
export function drawPath(waveCode: string, seed: string): string {
  const path = `/barometer/waves/${encodeURIComponent(waveCode)}/draws`;
  const chosen = seed.trim();
  return chosen === '' ? path : `${path}?seed=${encodeURIComponent(chosen)}`;
}

const MOMENT: Readonly<Record<UiLanguage, Intl.DateTimeFormat>> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }),
  // Morocco's Arabic writes Western digits, as the codes and the seed on the same page.
  ar: new Intl.DateTimeFormat('ar-MA', { dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn' }),
};

/** When a draw was made, in the reader's language and time zone. */
export function drawMoment(value: string | null, language: UiLanguage): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : MOMENT[language].format(date);
}
