// The texts of the questionnaire builder, French and Arabic.
import type { QuestionType } from '../../../../../core/questionnaire/index.ts';
import type { UiLanguage } from '../../shared-app/ui-language.ts';
import type { VersionStatus } from '../../shared-app/types.ts';

export interface BuilderTexts {
  title: string;
  newInstrument: string;
  newInstrumentLead: string;
  instrumentCode: string;
  instrumentTitle: string;
  createAndBuild: string;
  questionnaires: string;
  draftLead: string;
  frozenLead: string;
  newDraft: string;
  publish: string;
  preview: string;
  restartPreview: string;
  noSection: string;
  addSection: string;
  addQuestion: string;
  edit: string;
  moveUp: string;
  moveDown: string;
  save: string;
  cancel: string;
  saved: string;
  published: string;
  draftCreated: string;
  loadFailed: string;
  empty: string;
  fields: {
    type: string;
    code: string;
    section: string;
    label: string;
    labelAr: string;
    hint: string;
    hintAr: string;
    required: string;
    choices: string;
    choiceValue: string;
    choiceLabel: string;
    choiceLabelAr: string;
    addChoice: string;
    removeChoice: string;
    relevant: string;
    constraint: string;
    constraintMessage: string;
    constraintMessageAr: string;
    calculation: string;
    sectionCode: string;
    sectionLabel: string;
    sectionLabelAr: string;
  };
  types: Readonly<Record<QuestionType, string>>;
  statuses: Readonly<Record<VersionStatus, string>>;
}

export const BUILDER_TEXTS: Readonly<Record<UiLanguage, BuilderTexts>> = {
  fr: {
    title: 'Construire le questionnaire',
    newInstrument: 'Nouveau questionnaire',
    newInstrumentLead: 'Un nouvel instrument et sa version 1 en brouillon, à construire question par question.',
    instrumentCode: 'Code de l’instrument',
    instrumentTitle: 'Titre',
    createAndBuild: 'Créer et construire',
    questionnaires: 'Questionnaires',
    draftLead:
      'Les sections et les questions de ce brouillon, dans l’ordre où l’enquêteur les verra. Chaque modification est enregistrée aussitôt et l’aperçu à côté se met à jour.',
    frozenLead:
      'Cette version est figée : ses questions ne peuvent plus changer pour que les données restent interprétables. Pour les modifier, créez un nouveau brouillon.',
    newDraft: 'Nouveau brouillon',
    publish: 'Publier',
    preview: 'Aperçu',
    restartPreview: 'Effacer les réponses',
    noSection: 'Sans section',
    addSection: 'Ajouter une section',
    addQuestion: 'Ajouter une question',
    edit: 'Modifier',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    save: 'Enregistrer',
    cancel: 'Annuler',
    saved: 'Question enregistrée.',
    published: 'La version est publiée.',
    draftCreated: 'Nouveau brouillon créé.',
    loadFailed: 'Chargement impossible',
    empty: 'Aucune question pour l’instant.',
    fields: {
      type: 'Type',
      code: 'Code',
      section: 'Section',
      label: 'Libellé (français)',
      labelAr: 'Libellé (arabe)',
      hint: 'Aide (français)',
      hintAr: 'Aide (arabe)',
      required: 'Obligatoire',
      choices: 'Choix',
      choiceValue: 'Valeur',
      choiceLabel: 'Libellé (français)',
      choiceLabelAr: 'Libellé (arabe)',
      addChoice: 'Ajouter un choix',
      removeChoice: 'Retirer ce choix',
      relevant: 'Condition d’affichage',
      constraint: 'Contrainte (« . » est la réponse)',
      constraintMessage: 'Message de contrainte (français)',
      constraintMessageAr: 'Message de contrainte (arabe)',
      calculation: 'Calcul',
      sectionCode: 'Code de la section',
      sectionLabel: 'Titre (français)',
      sectionLabelAr: 'Titre (arabe)',
    },
    types: {
      select_one: 'Choix unique',
      select_multiple: 'Choix multiple',
      integer: 'Nombre entier',
      decimal: 'Nombre décimal',
      text: 'Texte',
      date: 'Date',
      note: 'Note (sans réponse)',
      calculate: 'Calcul',
      repeat: 'Répétition (begin_repeat)',
    },
    statuses: { draft: 'Brouillon', published: 'Publiée', retired: 'Retirée' },
  },
  ar: {
    title: 'بناء الاستمارة',
    newInstrument: 'استمارة جديدة',
    newInstrumentLead: 'أداة جديدة وإصدارها الأول كمسودة، تُبنى سؤالًا بسؤال.',
    instrumentCode: 'رمز الأداة',
    instrumentTitle: 'العنوان',
    createAndBuild: 'إنشاء وبناء',
    questionnaires: 'الاستمارات',
    draftLead:
      'أقسام وأسئلة هذه المسودة بالترتيب الذي سيراها به الباحث الميداني. يُحفظ كل تعديل فورًا وتتحدّث المعاينة المجاورة.',
    frozenLead: 'هذا الإصدار مُجمَّد: لا يمكن تغيير أسئلته حتى تبقى البيانات قابلة للتفسير. لتعديلها، أنشئ مسودة جديدة.',
    newDraft: 'مسودة جديدة',
    publish: 'نشر',
    preview: 'معاينة',
    restartPreview: 'مسح الأجوبة',
    noSection: 'بدون قسم',
    addSection: 'إضافة قسم',
    addQuestion: 'إضافة سؤال',
    edit: 'تعديل',
    moveUp: 'إلى الأعلى',
    moveDown: 'إلى الأسفل',
    save: 'حفظ',
    cancel: 'إلغاء',
    saved: 'تم حفظ السؤال.',
    published: 'تم نشر الإصدار.',
    draftCreated: 'تم إنشاء مسودة جديدة.',
    loadFailed: 'تعذّر التحميل',
    empty: 'لا توجد أسئلة بعد.',
    fields: {
      type: 'النوع',
      code: 'الرمز',
      section: 'القسم',
      label: 'نص السؤال (بالفرنسية)',
      labelAr: 'نص السؤال (بالعربية)',
      hint: 'مساعدة (بالفرنسية)',
      hintAr: 'مساعدة (بالعربية)',
      required: 'إجباري',
      choices: 'الاختيارات',
      choiceValue: 'القيمة',
      choiceLabel: 'التسمية (بالفرنسية)',
      choiceLabelAr: 'التسمية (بالعربية)',
      addChoice: 'إضافة اختيار',
      removeChoice: 'حذف هذا الاختيار',
      relevant: 'شرط الظهور',
      constraint: 'القيد (« . » هو الجواب)',
      constraintMessage: 'رسالة القيد (بالفرنسية)',
      constraintMessageAr: 'رسالة القيد (بالعربية)',
      calculation: 'الحساب',
      sectionCode: 'رمز القسم',
      sectionLabel: 'العنوان (بالفرنسية)',
      sectionLabelAr: 'العنوان (بالعربية)',
    },
    types: {
      select_one: 'اختيار واحد',
      select_multiple: 'اختيار متعدد',
      integer: 'عدد صحيح',
      decimal: 'عدد عشري',
      text: 'نص',
      date: 'تاريخ',
      note: 'ملاحظة (بدون جواب)',
      calculate: 'حساب',
      repeat: 'تكرار (begin_repeat)',
    },
    statuses: { draft: 'مسودة', published: 'منشور', retired: 'مسحوب' },
  },
};
