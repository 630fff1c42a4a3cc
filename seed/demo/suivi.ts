import { DEMO_TAG } from './notice.ts';
import {
  AT_LEAST_ONE,
  buildVersionContent,
  scaleConstraint,
  SEVERAL_ANSWERS,
  YES_NO,
  YES_NO_REFUSED,
  type SectionSpec,
} from './questionnaire-builder.ts';
import type { InstrumentRecord } from './types.ts';

const followUp: SectionSpec = {
  code: 'AFTER_RELEASE',
  label: 'Situation depuis la sortie',
  label_ar: 'الوضعية منذ الإفراج',
  questions: [
    {
      code: 'FU_INTRO',
      type: 'note',
      label:
        'Entretien avec un jeune libéré déjà interrogé en détention (panel). Rappeler l’anonymat et le droit de refuser.',
      label_ar:
        'مقابلة مع شاب أُفرج عنه سبق أن شارك في مقابلة أثناء احتجازه (عينة التتبع). ذكّر بعدم الكشف عن الهوية وبالحق في الرفض.',
    },
    {
      code: 'MONTHS_SINCE_RELEASE',
      type: 'integer',
      label: 'Depuis combien de mois êtes-vous sorti ?',
      label_ar: 'منذ كم شهرًا أُفرج عنك؟',
      hint: { fr: 'En mois révolus ; 0 si moins d’un mois.', ar: 'بالأشهر الكاملة؛ 0 إذا كانت المدة أقل من شهر.' },
      constraint: {
        expression: '. >= 0 and . <= 24',
        fr: 'Le suivi concerne les 24 mois après la sortie.',
        ar: 'يشمل التتبع الأشهر الأربعة والعشرين التي تلي الإفراج.',
      },
    },
    {
      code: 'AFTERCARE_RECEIVED',
      type: 'select_one',
      label: 'Depuis votre sortie, avez-vous bénéficié d’un accompagnement (éducatif, social ou psychologique) ?',
      label_ar: 'منذ الإفراج عنك، هل استفدت من مواكبة (تربوية أو اجتماعية أو نفسية)؟',
      choices: YES_NO,
    },
    {
      code: 'AFTERCARE_PROVIDER',
      type: 'select_multiple',
      label: 'Par qui ?',
      label_ar: 'من قِبَل مَن؟',
      hint: SEVERAL_ANSWERS,
      relevant: "${AFTERCARE_RECEIVED} = 'yes'",
      constraint: AT_LEAST_ONE,
      choices: [
        ['fm6', 'Fondation Mohammed VI pour la réinsertion des détenus', 'مؤسسة محمد السادس لإعادة إدماج السجناء'],
        ['ngo', 'Association', 'جمعية'],
        [
          'public_social',
          'Services sociaux publics (Entraide nationale…)',
          'المصالح الاجتماعية العمومية (التعاون الوطني…)',
        ],
        ['other', 'Autre', 'جهة أخرى'],
      ],
    },
    {
      code: 'SERVICE_CONTACT_MONTH',
      type: 'select_one',
      label: 'Au cours du dernier mois, avez-vous été en contact avec un service d’accompagnement post-carcéral ?',
      label_ar: 'خلال الشهر الماضي، هل كنت على تواصل مع جهة لمواكبة ما بعد الإفراج؟',
      choices: YES_NO,
    },
    {
      code: 'HOUSING_NOW',
      type: 'select_one',
      label: 'Où habitez-vous actuellement ?',
      label_ar: 'أين تسكن حاليًا؟',
      choices: [
        ['parents', 'Chez mes parents', 'عند والديّ'],
        ['other_family', 'Chez d’autres membres de la famille', 'عند أفراد آخرين من العائلة'],
        ['institution', 'Dans une institution ou un foyer', 'في مؤسسة أو دار للرعاية'],
        ['friends', 'Chez des amis', 'عند أصدقاء'],
        ['no_stable_housing', 'Sans logement stable', 'بدون سكن مستقر'],
      ],
    },
    {
      code: 'ACTIVITY_NOW',
      type: 'select_one',
      label: 'Que faites-vous actuellement ?',
      label_ar: 'ماذا تفعل حاليًا؟',
      choices: [
        ['school', 'Études', 'الدراسة'],
        ['training', 'Formation professionnelle', 'التكوين المهني'],
        ['work', 'Travail', 'العمل'],
        ['none', 'Aucune activité', 'لا نشاط'],
      ],
    },
    {
      code: 'NEW_JUSTICE_CONTACT',
      type: 'select_one',
      label: 'Depuis votre sortie, avez-vous de nouveau eu affaire à la police ou à la justice ?',
      label_ar: 'منذ الإفراج عنك، هل كان لك من جديد تعامل مع الشرطة أو القضاء؟',
      choices: YES_NO_REFUSED,
    },
    {
      code: 'FU_WELLBEING',
      type: 'integer',
      label: 'De 1 (très mal) à 5 (très bien), comment vous sentez-vous ces derniers jours ?',
      label_ar: 'من 1 (سيئ جدًا) إلى 5 (جيد جدًا)، كيف تشعر في الأيام الأخيرة؟',
      constraint: scaleConstraint(1, 5),
    },
  ],
};

export const suivi: InstrumentRecord = {
  code: 'SUIVI',
  title: 'Suivi des mineurs libérés',
  title_ar: 'تتبع القاصرين المُفرج عنهم',
  description:
    'Court questionnaire de suivi (par téléphone ou au service d’accompagnement) des jeunes libérés entre deux vagues : ' +
    `accompagnement reçu, logement, école ou travail, contact avec un service post-carcéral. ${DEMO_TAG}`,
  versions: [
    {
      version: 1,
      status: 'published',
      published_at: '2026-02-20T09:00:00Z',
      notes: `Première version. ${DEMO_TAG}`,
      ...buildVersionContent([followUp]),
    },
  ],
};
