// The texts of the questionnaires page, its versions and their preview and review dialogs, French and Arabic.
import type { UiLanguage } from '../../shared-app/ui-language.ts';

export interface InstrumentsTexts {
  newInstrument: string;
  versionsTitle: string;
  versionsHelp: string;
  lead: string;
  importTitle: string;
  importButton: string;
  importLead: string;
  imported: (fileName: string, questions: number) => string;
  published: (name: string) => string;
  draftCreated: (code: string, version: number) => string;
  record: string;
  noVersion: string;
  publishedOn: (when: string) => string;
  createdOn: (when: string) => string;
  preview: string;
  compare: string;
  edit: string;
  questions: string;
  publish: string;
  newDraft: string;
  previewTitle: (name: string, title: string) => string;
  previewLead: string;
  clearAnswers: string;
  close: string;
  cancel: string;
  publishTitle: (name: string) => string;
  compareTitle: (name: string) => string;
  publishIntro: string;
  firstVersion: (code: string) => string;
  publishVersion: (version: number) => string;
}

export const INSTRUMENTS_TEXTS: Readonly<Record<UiLanguage, InstrumentsTexts>> = {
  fr: {
    newInstrument: 'Nouvel instrument',
    versionsTitle: 'Versions de questionnaire',
    versionsHelp:
      'Un brouillon se modifie librement. Une fois publiée, une version est figée pour que les données restent interprétables : pour changer une question, créez un nouveau brouillon, comparez-le à la version précédente, puis publiez-le.',
    lead: 'Les questionnaires du baromètre et leurs versions. Prévisualisez une version comme l’enquêteur la verra, comparez un brouillon à la version précédente avant de le publier, exportez-la en XLSForm.',
    importTitle: 'Importer un XLSForm',
    importButton: 'Choisir un classeur .xlsx…',
    importLead:
      'Le classeur (feuilles survey, choices et settings, comme dans KoboToolbox ou ODK) devient un nouveau brouillon de l’instrument nommé par form_id (à défaut, par le nom du fichier). Un classeur refusé ne crée rien et liste chaque problème ; un classeur accepté avec des changements (colonnes gardées pour l’export, questions jamais posées) les liste aussi.',
    imported: (fileName, questions) =>
      `« ${fileName} » importé : un nouveau brouillon de ${questions} question${questions > 1 ? 's' : ''} a été créé.`,
    published: (name) => `${name} est publiée.`,
    draftCreated: (code, version) => `Nouveau brouillon de ${code} créé à partir de la version ${version}.`,
    record: 'Fiche de l’instrument',
    noVersion: 'Aucune version : importez un XLSForm ou créez une version dans la fiche.',
    publishedOn: (when) => `publiée le ${when}`,
    createdOn: (when) => `créée le ${when}`,
    preview: 'Aperçu',
    compare: 'Comparer',
    edit: 'Modifier',
    questions: 'Questions',
    publish: 'Publier',
    newDraft: 'Nouveau brouillon',
    previewTitle: (name, title) => `Aperçu de ${name} — ${title}`,
    previewLead:
      'Le questionnaire tel que l’enquêteur le verra. Essayez les réponses : sauts et contraintes s’appliquent, rien n’est enregistré.',
    clearAnswers: 'Effacer les réponses',
    close: 'Fermer',
    cancel: 'Annuler',
    publishTitle: (name) => `Publier ${name} ?`,
    compareTitle: (name) => `Comparer ${name} à la version précédente`,
    publishIntro:
      'Une version publiée est figée : ses questions ne pourront plus être modifiées, seulement remplacées par une nouvelle version. Vérifiez ce qui change avant de publier.',
    firstVersion: (code) => `C’est la première version de ${code} : rien à comparer.`,
    publishVersion: (version) => `Publier la version ${version}`,
  },
  ar: {
    newInstrument: 'أداة جديدة',
    versionsTitle: 'إصدارات الاستمارة',
    versionsHelp:
      'تُعدَّل المسودة بحرية. وبعد النشر يُجمَّد الإصدار حتى تبقى البيانات قابلة للتفسير: لتغيير سؤال، أنشئ مسودة جديدة وقارنها بالإصدار السابق ثم انشرها.',
    lead: 'استمارات البارومتر وإصداراتها. عاين الإصدار كما سيراه الباحث، وقارن المسودة بالإصدار السابق قبل نشرها، وصدّرها بصيغة XLSForm.',
    importTitle: 'استيراد ملف XLSForm',
    importButton: 'اختيار مصنف ‎.xlsx…',
    importLead:
      'يصبح المصنف (أوراق survey وchoices وsettings كما في KoboToolbox أو ODK) مسودة جديدة للأداة المسماة في form_id (وإلا فباسم الملف). المصنف المرفوض لا يُنشئ شيئًا ويعرض كل مشكلة؛ والمصنف المقبول مع تغييرات (أعمدة محفوظة للتصدير، أسئلة لا تُطرح أبدًا) يعرضها كذلك.',
    imported: (fileName, questions) => `تم استيراد «${fileName}»: أُنشئت مسودة جديدة من ${questions} سؤالًا.`,
    published: (name) => `تم نشر ${name}.`,
    draftCreated: (code, version) => `أُنشئت مسودة جديدة من ${code} انطلاقًا من الإصدار ${version}.`,
    record: 'بطاقة الأداة',
    noVersion: 'لا يوجد إصدار: استورد ملف XLSForm أو أنشئ إصدارًا في البطاقة.',
    publishedOn: (when) => `نُشر في ${when}`,
    createdOn: (when) => `أُنشئ في ${when}`,
    preview: 'معاينة',
    compare: 'مقارنة',
    edit: 'تعديل',
    questions: 'الأسئلة',
    publish: 'نشر',
    newDraft: 'مسودة جديدة',
    previewTitle: (name, title) => `معاينة ${name} — ${title}`,
    previewLead: 'الاستمارة كما سيراها الباحث. جرّب الأجوبة: تُطبَّق القفزات والقيود، ولا يُحفظ شيء.',
    clearAnswers: 'مسح الأجوبة',
    close: 'إغلاق',
    cancel: 'إلغاء',
    publishTitle: (name) => `نشر ${name}؟`,
    compareTitle: (name) => `مقارنة ${name} بالإصدار السابق`,
    publishIntro:
      'الإصدار المنشور مُجمَّد: لا يمكن تعديل أسئلته بعد ذلك، بل فقط تعويضها بإصدار جديد. تحقق مما يتغير قبل النشر.',
    firstVersion: (code) => `هذا هو الإصدار الأول من ${code}: لا شيء للمقارنة.`,
    publishVersion: (version) => `نشر الإصدار ${version}`,
  },
};
