// The texts of the "Suivi post-sortie" role's page, French and Arabic. The words it shares with the
// enumerator's section (window, outcomes, record) come from followup-texts.ts.
import type { UiLanguage } from '../../shared-app/ui-language.ts';

export interface TracerTexts {
  title: string;
  hint: string;
  auditNotice: string;
  none: string;
  loadFailed: string;
  columns: {
    participant: string;
    wave: string;
    establishment: string;
    window: string;
    outcome: string;
    enumerator: string;
    actions: string;
  };
  toTrace: string;
  unassigned: string;
  reveal: string;
  erase: string;
  eraseTitle: (participant: string) => string;
  eraseExplanation: string;
  cancel: string;
  confirmErase: string;
  erased: string;
  nothingErased: string;
  outcomeDate: string;
}

export const TRACER_TEXTS: Readonly<Record<UiLanguage, TracerTexts>> = {
  fr: {
    title: 'Suivis après la sortie',
    hint: 'La cohorte des mineurs libérés des vagues ouvertes, avec leur fenêtre de suivi et l’enquêteur chargé du suivi.',
    auditNotice:
      'Chaque lecture des coordonnées est enregistrée dans le journal des accès aux coordonnées, avec votre nom et l’heure. La page ne les garde pas : un rechargement les efface de l’écran.',
    none: 'Aucun mineur libéré dans la cohorte des vagues ouvertes.',
    loadFailed: 'Chargement impossible',
    columns: {
      participant: 'Code participant',
      wave: 'Vague',
      establishment: 'Libéré de',
      window: 'Fenêtre de suivi',
      outcome: 'Résultat de la recherche',
      enumerator: 'Enquêteur chargé du suivi',
      actions: 'Actions',
    },
    toTrace: 'À rechercher',
    unassigned: 'Non attribué',
    reveal: 'Voir le contact',
    erase: 'Effacer le contact',
    eraseTitle: (participant) => `Effacer les coordonnées de ${participant} ?`,
    eraseExplanation:
      'Les coordonnées de la famille seront supprimées définitivement et l’effacement sera journalisé. Elles ne pourront être ressaisies que si l’accord donné en détention le permet.',
    cancel: 'Annuler',
    confirmErase: 'Effacer',
    erased: 'Coordonnées effacées',
    nothingErased: 'Aucune coordonnée à effacer',
    outcomeDate: 'Date du résultat',
  },
  ar: {
    title: 'المتابعات بعد الإفراج',
    hint: 'فوج القاصرين المفرج عنهم في الموجات المفتوحة، مع فترة المتابعة والباحث المكلف بها.',
    auditNotice:
      'كل اطلاع على بيانات الاتصال يُسجَّل في سجل الاطلاع على بيانات الاتصال باسمك وبالوقت. لا تحتفظ الصفحة بها: إعادة التحميل تمحوها من الشاشة.',
    none: 'لا يوجد قاصر مفرج عنه في فوج الموجات المفتوحة.',
    loadFailed: 'تعذّر التحميل',
    columns: {
      participant: 'رمز المشارك',
      wave: 'الموجة',
      establishment: 'أفرج عنه من',
      window: 'فترة المتابعة',
      outcome: 'نتيجة البحث',
      enumerator: 'الباحث المكلف بالمتابعة',
      actions: 'الإجراءات',
    },
    toTrace: 'قيد البحث',
    unassigned: 'غير مسند',
    reveal: 'عرض بيانات الاتصال',
    erase: 'محو بيانات الاتصال',
    eraseTitle: (participant) => `محو بيانات الاتصال الخاصة بـ ${participant}؟`,
    eraseExplanation:
      'ستُحذف بيانات اتصال الأسرة نهائيًا ويُسجَّل الحذف. لا يمكن إدخالها من جديد إلا إذا سمحت بذلك الموافقة المعطاة أثناء الاحتجاز.',
    cancel: 'إلغاء',
    confirmErase: 'محو',
    erased: 'تم محو بيانات الاتصال',
    nothingErased: 'لا توجد بيانات اتصال لمحوها',
    outcomeDate: 'تاريخ النتيجة',
  },
};
