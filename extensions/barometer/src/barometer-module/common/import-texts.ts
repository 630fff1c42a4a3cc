// The texts of the file imports and of the tables that place each problem of a refused file, French and Arabic.
import type { UiLanguage } from '../../shared-app/ui-language.ts';

export interface ImportTexts {
  /** Where a problem is, then what it is. */
  columns: { sheet: string; row: string; column: string; question: string; field: string; problem: string };
  warning: string;
  acceptedWithChanges: (count: number) => string;
}

export const IMPORT_TEXTS: Readonly<Record<UiLanguage, ImportTexts>> = {
  fr: {
    columns: {
      sheet: 'Feuille',
      row: 'Ligne',
      column: 'Colonne',
      question: 'Question',
      field: 'Champ',
      problem: 'Problème',
    },
    warning: 'Avertissement',
    acceptedWithChanges: (count) => `Accepté avec ${count} changement${count > 1 ? 's' : ''} : à relire.`,
  },
  ar: {
    columns: {
      sheet: 'الورقة',
      row: 'السطر',
      column: 'العمود',
      question: 'السؤال',
      field: 'الحقل',
      problem: 'المشكلة',
    },
    warning: 'تنبيه',
    acceptedWithChanges: (count) => `قُبل مع تغييرات (${count}): يرجى المراجعة.`,
  },
};
