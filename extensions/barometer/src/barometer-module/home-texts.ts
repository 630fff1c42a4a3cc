// The texts of the module's home (the waves) and of the status chips, French and Arabic.
import type { UiLanguage } from '../shared-app/ui-language.ts';
import type { VersionStatus, WaveStatus } from '../shared-app/types.ts';
import { WAVE_STATUS_LABELS } from '../../../../core/waves/index.ts';
import { VERSION_STATUS_LABELS } from './wave-lifecycle.ts';

export interface HomeTexts {
  readonly title: string;
  readonly module: string;
  readonly newWave: string;
  readonly aboutTitle: string;
  readonly about: string;
  readonly lead: string;
  readonly baseline: string;
  readonly noFrame: string;
  readonly columns: { code: string; wave: string; status: string; referenceDate: string; coverage: string };
  readonly waveStatus: Readonly<Record<WaveStatus, string>>;
  readonly versionStatus: Readonly<Record<VersionStatus, string>>;
}

function statusLabelsIn(language: UiLanguage): Record<WaveStatus, string> {
  return Object.fromEntries(
    Object.entries(WAVE_STATUS_LABELS).map(([status, labels]) => [status, labels[language]]),
  ) as Record<WaveStatus, string>;
}

export const HOME_TEXTS: Readonly<Record<UiLanguage, HomeTexts>> = {
  fr: {
    title: 'Vagues',
    module: 'Baromètre',
    newWave: 'Nouvelle vague',
    aboutTitle: 'À propos des vagues',
    about:
      'Une vague suit le cycle planifiée → ouverte → verrouillée → publiée. La cible de chaque établissement est le taux de sondage × Nh, arrondi au supérieur ; une couverture sous 80 % de la cible est signalée.',
    lead: 'Baromètre de la réinsertion des mineurs détenus — vagues, couverture du terrain et résultats. Choisissez une vague pour gérer sa base de sondage, suivre le terrain et changer son statut.',
    baseline: 'Étude de référence',
    noFrame: 'Pas de base de sondage',
    columns: {
      code: 'Code',
      wave: 'Vague',
      status: 'Statut',
      referenceDate: 'Date de référence',
      coverage: 'Couverture (réalisés / cible)',
    },
    waveStatus: statusLabelsIn('fr'),
    versionStatus: VERSION_STATUS_LABELS,
  },
  ar: {
    title: 'الموجات',
    module: 'البارومتر',
    newWave: 'موجة جديدة',
    aboutTitle: 'حول الموجات',
    about:
      'تمر كل موجة بالمراحل: مخططة ← مفتوحة ← مقفلة ← منشورة. هدف كل مؤسسة هو نسبة المعاينة × Nh مقربًا إلى الأعلى؛ وتُنبَّه كل تغطية أقل من 80٪ من الهدف.',
    lead: 'بارومتر إعادة إدماج القاصرين المحتجزين: الموجات، تغطية العمل الميداني والنتائج. اختر موجة لتدبير قاعدة معاينتها وتتبع العمل الميداني وتغيير حالتها.',
    baseline: 'الدراسة المرجعية',
    noFrame: 'لا توجد قاعدة معاينة',
    columns: {
      code: 'الرمز',
      wave: 'الموجة',
      status: 'الحالة',
      referenceDate: 'التاريخ المرجعي',
      coverage: 'التغطية (المنجز / الهدف)',
    },
    waveStatus: statusLabelsIn('ar'),
    versionStatus: { draft: 'مسودة', published: 'منشورة', retired: 'متقاعدة' },
  },
};
