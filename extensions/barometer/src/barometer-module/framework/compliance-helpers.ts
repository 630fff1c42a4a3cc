// The compliance matrix as the wave page shows it (routes/framework.ts answers it), in French and Arabic.
import {
  originText,
  type ComplianceMatrix,
  type ComplianceRow,
  type MatrixEntry,
  type RuleCoverage,
} from '../../../../../core/compliance/index.ts';
import { localized, type UiLanguage } from '../../shared-app/ui-language.ts';
import { formatEstimate } from '../../shared-app/format.ts';

export type WaveCompliance = ComplianceMatrix & { readonly wave: string; readonly provisional: boolean };

export interface ComplianceTexts {
  readonly title: string;
  readonly loadFailed: string;
  readonly redLines: string;
  readonly redLinesNote: string;
  readonly rules: string;
  readonly summary: (matrix: ComplianceMatrix) => string;
  readonly provisional: string;
  readonly coverage: Readonly<Record<RuleCoverage, string>>;
  readonly nature: Readonly<Record<MatrixEntry['nature'], string>>;
  readonly met: string;
  readonly notMet: string;
  readonly crossed: string;
  readonly noTarget: string;
  readonly suppressed: string;
  readonly notApplicable: string;
  readonly outsideScore: string;
  readonly change: (from: string, points: string, significant: boolean | null) => string;
  readonly columns: ReadonlyArray<{ readonly key: string; readonly text: string }>;
}

export const COMPLIANCE_TEXTS: Readonly<Record<UiLanguage, ComplianceTexts>> = {
  fr: {
    title: 'Conformité au cadre normatif',
    loadFailed: 'La matrice de conformité n’est pas disponible :',
    redLines: 'Lignes rouges (interdictions absolues)',
    redLinesNote:
      'Toute valeur non nulle d’un indicateur lié à une interdiction absolue est signalée ici, à part du score : elle n’est jamais moyennée.',
    rules: 'Règles et articles',
    summary: (matrix) =>
      `${matrix.summary.rules} règles : ${matrix.summary.measured} mesurées, ${matrix.summary.approximated} approchées, ` +
      `${matrix.summary.not_measured} non mesurées ; ${matrix.summary.red_lines_crossed} ligne(s) rouge(s) franchie(s).`,
    provisional: 'Vague ouverte : valeurs provisoires.',
    coverage: { measured: 'Mesurée', approximated: 'Approchée', not_measured: 'Non mesuré' },
    nature: { measures: 'mesure', approximates: 's’en approche' },
    met: 'Cible atteinte',
    notMet: 'Cible non atteinte',
    crossed: 'Ligne rouge franchie',
    noTarget: 'Pas de cible',
    suppressed: 'masqué',
    notApplicable: 'non mesuré dans cette vague',
    outsideScore: 'hors score',
    change: (from, points, significant) =>
      `${points} depuis ${from}${significant === true ? ' (significatif)' : significant === null ? ' (provisoire)' : ''}`,
    columns: [
      { key: 'rule', text: 'Règle' },
      { key: 'coverage', text: 'Couverture' },
      { key: 'indicators', text: 'Indicateurs, valeur et cible' },
    ],
  },
  ar: {
    title: 'المطابقة مع الإطار المعياري',
    loadFailed: 'مصفوفة المطابقة غير متاحة:',
    redLines: 'الخطوط الحمراء (المحظورات المطلقة)',
    redLinesNote: 'كل قيمة غير منعدمة لمؤشر مرتبط بمنع مطلق تُبرز هنا، بمعزل عن المؤشر المركب: لا تُدمج أبدا في أي معدل.',
    rules: 'القواعد والمواد',
    summary: (matrix) =>
      `${matrix.summary.rules} قاعدة: ${matrix.summary.measured} مقيسة، ${matrix.summary.approximated} مقاربة، ` +
      `${matrix.summary.not_measured} غير مقيسة؛ ${matrix.summary.red_lines_crossed} خط(وط) أحمر(اء) تم تجاوزها.`,
    provisional: 'موجة مفتوحة: قيم مؤقتة.',
    coverage: { measured: 'مقيسة', approximated: 'مقاربة', not_measured: 'غير مقيسة' },
    nature: { measures: 'يقيس', approximates: 'يقارب' },
    met: 'الهدف محقق',
    notMet: 'الهدف غير محقق',
    crossed: 'تجاوز الخط الأحمر',
    noTarget: 'بدون هدف',
    suppressed: 'محجوب',
    notApplicable: 'غير مقيس في هذه الموجة',
    outsideScore: 'خارج المؤشر المركب',
    change: (from, points, significant) =>
      `${points} منذ ${from}${significant === true ? ' (دال إحصائيا)' : significant === null ? ' (مؤقت)' : ''}`,
    columns: [
      { key: 'rule', text: 'القاعدة' },
      { key: 'coverage', text: 'التغطية' },
      { key: 'indicators', text: 'المؤشرات والقيمة والهدف' },
    ],
  },
};

/** A change on a proportion in percentage points, on a mean in its own unit. */
function changeText(entry: MatrixEntry, change: number): string {
  const shown = formatEstimate(Math.abs(change), entry.type).replace(' %', entry.type === 'proportion' ? ' pts' : '');
  return `${change > 0 ? '+' : change < 0 ? '−' : ''}${shown}`;
}

export interface EntryLine {
  readonly indicator: string;
  readonly label: string;
  readonly value: string;
  readonly verdict: string;
  readonly tone: 'danger' | 'warning' | 'success' | 'normal';
  readonly notes: readonly string[];
}

/** One indicator of a rule as a line: its value, the target's verdict, the change and where it comes from. */
export function entryLine(entry: MatrixEntry, language: UiLanguage): EntryLine {
  const t = COMPLIANCE_TEXTS[language];
  const { value } = entry;
  const shown =
    value.kind === 'survey' || value.kind === 'external'
      ? formatEstimate(value.estimate, entry.type)
      : value.kind === 'suppressed'
        ? t.suppressed
        : t.notApplicable;
  const verdict = entry.red_line_crossed
    ? t.crossed
    : entry.target_met === null
      ? entry.target === null
        ? t.noTarget
        : '—'
      : `${entry.target_met ? t.met : t.notMet} (${formatEstimate(entry.target, entry.type)})`;
  const tone = entry.red_line_crossed
    ? 'danger'
    : entry.target_met === false
      ? 'warning'
      : entry.target_met
        ? 'success'
        : 'normal';
  const notes = [
    `${t.nature[entry.nature]}`,
    ...(value.kind === 'external' ? [originText(value.origin, value.source, language)] : []),
    ...(entry.in_score ? [] : [t.outsideScore]),
    ...(entry.change
      ? [t.change(entry.change.from, changeText(entry, entry.change.change), entry.change.significant)]
      : []),
  ];
  return {
    indicator: entry.indicator,
    label: localized(entry.label, entry.label_ar, language),
    value: shown,
    verdict,
    tone,
    notes,
  };
}

export function ruleTitle(row: ComplianceRow, language: UiLanguage): { heading: string; text: string } {
  return {
    heading: `${localized(row.instrument_title, row.instrument_title_ar, language)} — ${row.number}`,
    text: localized(row.text, row.text_ar, language),
  };
}
