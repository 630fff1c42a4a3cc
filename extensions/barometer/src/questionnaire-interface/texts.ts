import type { UiLanguage } from '../shared-app/ui-language.ts';

/** The interface's own words; the questions' words come from the questionnaire. */
export interface QuestionnaireTexts {
  readonly chooseVersion: string;
  readonly loadFailed: string;
  readonly retry: string;
  readonly emptyVersion: string;
  readonly otherQuestions: string;
  readonly calculated: string;
  readonly choose: string;
  readonly required: string;
  readonly progress: (answered: number, total: number) => string;
  readonly toFix: (count: number) => string;
  readonly repeat: {
    instance: (number: number) => string;
    add: string;
    remove: string;
    none: string;
  };
  readonly rejected: string;
  readonly consent: {
    title: string;
    guardian: string;
    child: string;
    first: string;
  };
  readonly review: {
    title: string;
    validate: string;
    reject: string;
    comment: string;
    commentRequired: string;
    failed: string;
  };
}

export const TEXTS: Readonly<Record<UiLanguage, QuestionnaireTexts>> = {
  fr: {
    chooseVersion: 'Choisissez d’abord la version du questionnaire : ses questions s’afficheront ici.',
    loadFailed: 'Le questionnaire n’a pas pu être chargé.',
    retry: 'Réessayer',
    emptyVersion: 'Cette version du questionnaire ne contient aucune question.',
    otherQuestions: 'Autres questions',
    calculated: 'Valeur calculée',
    choose: 'Choisir…',
    required: 'obligatoire',
    progress: (answered, total) => `${answered}/${total} ${total > 1 ? 'questions répondues' : 'question répondue'}`,
    toFix: (count) =>
      count > 1
        ? `${count} réponses sont à compléter ou corriger avant de soumettre l’entretien.`
        : 'Une réponse est à compléter ou corriger avant de soumettre l’entretien.',
    rejected: 'Entretien rejeté par le superviseur. Son commentaire :',
    repeat: {
      instance: (number) => `Instance ${number}`,
      add: 'Ajouter',
      remove: 'Supprimer',
      none: 'Aucune instance pour l’instant.',
    },
    consent: {
      title: 'Consentement',
      guardian: 'Le tuteur a donné son consentement',
      child: 'L’enfant a donné son assentiment',
      first: 'Les questions s’affichent une fois le consentement du tuteur et l’assentiment de l’enfant recueillis.',
    },
    review: {
      title: 'Relecture',
      validate: 'Valider',
      reject: 'Rejeter',
      comment: 'Commentaire pour l’enquêteur (obligatoire pour rejeter)',
      commentRequired: 'Écrivez ce qu’il faut corriger avant de rejeter.',
      failed: 'La relecture n’a pas été enregistrée',
    },
  },
  ar: {
    chooseVersion: 'اختر أولًا إصدار الاستمارة، وستظهر أسئلتها هنا.',
    loadFailed: 'تعذر تحميل الاستمارة.',
    retry: 'إعادة المحاولة',
    emptyVersion: 'لا يتضمن هذا الإصدار من الاستمارة أي سؤال.',
    otherQuestions: 'أسئلة أخرى',
    calculated: 'قيمة محسوبة',
    choose: 'اختر…',
    required: 'إجباري',
    progress: (answered, total) => `تمت الإجابة عن ${answered} من أصل ${total} سؤالًا`,
    toFix: (count) => `يجب إكمال أو تصحيح ${count} من الأجوبة قبل إرسال المقابلة.`,
    rejected: 'رفض المشرف هذه المقابلة. تعليقه:',
    repeat: {
      instance: (number) => `النسخة ${number}`,
      add: 'إضافة',
      remove: 'حذف',
      none: 'لا توجد أي نسخة بعد.',
    },
    consent: {
      title: 'الموافقة',
      guardian: 'وافق الولي',
      child: 'وافق الطفل',
      first: 'تظهر الأسئلة بعد الحصول على موافقة الولي وموافقة الطفل.',
    },
    review: {
      title: 'المراجعة',
      validate: 'مصادقة',
      reject: 'رفض',
      comment: 'تعليق للباحث الميداني (إلزامي عند الرفض)',
      commentRequired: 'اكتب ما يجب تصحيحه قبل الرفض.',
      failed: 'لم تُسجَّل المراجعة',
    },
  },
};
