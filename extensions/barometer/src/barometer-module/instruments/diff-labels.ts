// The words for what the version diff reports, French and Arabic, so a coordinator reads "libellé" rather than
// "label".
import type { ChoiceWording, PropertyChange } from '../../../../../core/questionnaire/index.ts';
import { colon, type UiLanguage } from '../../shared-app/ui-language.ts';

interface DiffWords {
  properties: Readonly<Record<string, string>>;
  changes: Readonly<Record<string, string>>;
  empty: string;
  yes: string;
  no: string;
  summary: (from: number, to: number, added: number, removed: number, changed: number) => string;
  impacted: (count: number) => string;
  untouched: string;
  changedTitle: string;
  addedTitle: string;
  removedTitle: string;
  unreadable: string;
  columns: { indicator: string; questions: string; question: string; changes: string };
}

export const DIFF_WORDS: Readonly<Record<UiLanguage, DiffWords>> = {
  fr: {
    properties: {
      type: 'type',
      label: 'libellé',
      label_ar: 'libellé arabe',
      choices: 'choix',
      required: 'obligatoire',
      relevant: 'condition d’affichage',
      constraint: 'contrainte',
      calculation: 'calcul',
    },
    changes: { added: 'ajoutée', removed: 'supprimée', changed: 'modifiée' },
    empty: '(vide)',
    yes: 'oui',
    no: 'non',
    summary: (from, to, added, removed, changed) => {
      const s = (count: number) => (count > 1 ? 's' : '');
      return `De la version ${from} à la version ${to} : ${added} question${s(added)} ajoutée${s(added)}, ${removed} supprimée${s(removed)}, ${changed} modifiée${s(changed)}.`;
    },
    impacted: (count) =>
      `${count} indicateur${count > 1 ? 's perdent' : ' perd'} la comparabilité de tendance entre ces versions : ${count > 1 ? 'ils utilisent' : 'il utilise'} une question ajoutée, supprimée ou modifiée.`,
    untouched: 'Aucun indicateur n’est touché : les tendances restent comparables.',
    changedTitle: 'Questions modifiées',
    addedTitle: 'Questions ajoutées',
    removedTitle: 'Questions supprimées',
    unreadable: 'Expression illisible : à vérifier',
    columns: {
      indicator: 'Indicateur',
      questions: 'Questions en cause',
      question: 'Question',
      changes: 'Ce qui change (avant → après)',
    },
  },
  ar: {
    properties: {
      type: 'النوع',
      label: 'التسمية',
      label_ar: 'التسمية العربية',
      choices: 'الاختيارات',
      required: 'إجباري',
      relevant: 'شرط الظهور',
      constraint: 'القيد',
      calculation: 'الحساب',
    },
    changes: { added: 'مضاف', removed: 'محذوف', changed: 'معدَّل' },
    empty: '(فارغ)',
    yes: 'نعم',
    no: 'لا',
    summary: (from, to, added, removed, changed) =>
      `من الإصدار ${from} إلى الإصدار ${to}: أسئلة مضافة ${added}، محذوفة ${removed}، معدَّلة ${changed}.`,
    impacted: (count) =>
      `مؤشرات تفقد قابلية مقارنة الاتجاه بين هذين الإصدارين: ${count}، لأنها تستعمل سؤالًا مضافًا أو محذوفًا أو معدَّلًا.`,
    untouched: 'لا يتأثر أي مؤشر: تبقى الاتجاهات قابلة للمقارنة.',
    changedTitle: 'الأسئلة المعدَّلة',
    addedTitle: 'الأسئلة المضافة',
    removedTitle: 'الأسئلة المحذوفة',
    unreadable: 'عبارة غير مقروءة: يجب التحقق منها',
    columns: {
      indicator: 'المؤشر',
      questions: 'الأسئلة المعنية',
      question: 'السؤال',
      changes: 'ما يتغير (قبل ← بعد)',
    },
  },
};

export function propertyLabel(property: string, language: UiLanguage = 'fr'): string {
  return DIFF_WORDS[language].properties[property] ?? property;
}

/** "LAWYER_SEEN (modifiée : libellé, choix)". */
export function questionImpact(
  question: {
    readonly code: string;
    readonly change: string;
    readonly properties: readonly string[];
  },
  language: UiLanguage = 'fr',
): string {
  const change = DIFF_WORDS[language].changes[question.change] ?? question.change;
  const separator = language === 'ar' ? '، ' : ', ';
  const detail =
    question.properties.length > 0
      ? `${colon(language)}${question.properties.map((property) => propertyLabel(property, language)).join(separator)}`
      : '';
  return `${question.code} (${change}${detail})`;
}

/** One old → new line of a change; null on the side where there is nothing (an added choice). */
export interface ChangeLine {
  readonly value: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

function choiceText(wording: ChoiceWording | null): string | null {
  if (wording === null) return null;
  return wording.label_ar ? `${wording.label} / ${wording.label_ar}` : wording.label;
}

/** The lines that show a changed property: one for a text or a flag, one per added, removed or reworded choice. */
export function changeLines(change: PropertyChange, language: UiLanguage = 'fr'): readonly ChangeLine[] {
  const words = DIFF_WORDS[language];
  if (change.property === 'choices')
    return change.choices.map((choice) => ({
      value: choice.value,
      before: choiceText(choice.before),
      after: choiceText(choice.after),
    }));
  if (change.property === 'required')
    return [{ value: null, before: change.before ? words.yes : words.no, after: change.after ? words.yes : words.no }];
  return [{ value: null, before: change.before ?? words.empty, after: change.after ?? words.empty }];
}
