import { ruleCode } from './standards.ts';
import type { DemoScenario, FollowUpRecord, FollowUpStatus, Priority, RecommendationRecord } from './types.ts';

type Spec = readonly [
  dimension: string,
  priority: Priority,
  institution: string,
  status: RecommendationRecord['status'],
  standard: string,
  text: string,
  text_ar: string,
];

/** Invented recommendations, as an analyst would draft them from wave 1. */
const SPECS: readonly Spec[] = [
  [
    'LEGAL',
    'high',
    'MJ',
    'proposed',
    'Règles de Beijing r.13 ; Règles de La Havane r.17 ; CIDE art. 37(b)',
    'Fixer et faire respecter un délai maximal de détention préventive des mineurs, avec un réexamen obligatoire par le juge des mineurs au-delà de 6 mois.',
    'تحديد أجل أقصى للاعتقال الاحتياطي للقاصرين والتقيد به، مع إلزامية مراجعته من طرف قاضي الأحداث إذا تجاوز ستة أشهر.',
  ],
  [
    'LEGAL',
    'medium',
    'MJ',
    'in_progress',
    'CIDE art. 37(d) ; Règles de Beijing r.15.1',
    'Garantir l’assistance d’un avocat à chaque mineur dès la garde à vue, en élargissant l’aide juridictionnelle.',
    'ضمان مؤازرة محامٍ لكل قاصر منذ وضعه تحت الحراسة النظرية، مع توسيع نطاق المساعدة القضائية.',
  ],
  [
    'SAFETY',
    'high',
    'DGAPR',
    'adopted',
    'CIDE art. 37(c) ; Règles de La Havane r.29',
    'Mettre fin à tout partage d’espace entre mineurs et adultes dans les quartiers des mineurs des prisons, y compris aux parloirs et dans les ateliers.',
    'وضع حد لكل اختلاط بين القاصرين والراشدين في أجنحة الأحداث بالسجون، بما في ذلك قاعات الزيارة والورشات.',
  ],
  [
    'SAFETY',
    'high',
    'DGAPR',
    'proposed',
    'Règles de La Havane r.67 et r.70',
    'Interdire le placement à l’isolement des mineurs et consigner toute mesure disciplinaire dans un registre contrôlé par le juge des mineurs.',
    'منع إيداع القاصرين في العزل، وتسجيل كل تدبير تأديبي في سجل يخضع لمراقبة قاضي الأحداث.',
  ],
  [
    'FAMILY',
    'medium',
    'DGAPR',
    'in_progress',
    'Règles de La Havane r.59-61 ; Règles de Beijing r.26.5',
    'Financer le transport des familles qui habitent loin de l’établissement et développer les appels vidéo encadrés.',
    'تمويل تنقل الأسر التي تقطن بعيدًا عن المؤسسة، وتطوير الاتصالات المرئية المؤطَّرة.',
  ],
  [
    'EDUCATION',
    'high',
    'MENPS',
    'proposed',
    'Règles de La Havane r.38',
    'Assurer un enseignement régulier à tous les mineurs de moins de 16 ans, notamment dans les quartiers des mineurs, avec des enseignants détachés.',
    'ضمان تعليم منتظم لجميع القاصرين دون سن السادسة عشرة، ولا سيما في أجنحة الأحداث، بواسطة مدرّسين ملحقين.',
  ],
  [
    'VOCATIONAL',
    'medium',
    'OFPPT',
    'adopted',
    'Règles de La Havane r.42-45',
    'Certifier les modules de formation suivis en détention pour qu’ils soient reconnus après la sortie.',
    'اعتماد الوحدات التكوينية المتابَعة أثناء الاحتجاز بشهادات حتى يُعترف بها بعد الإفراج.',
  ],
  [
    'HEALTH',
    'medium',
    'MSPS',
    'proposed',
    'Règles de La Havane r.50-51',
    'Systématiser l’examen médical à l’admission et affecter un psychologue à chaque établissement qui accueille des mineurs.',
    'تعميم الفحص الطبي عند الإيداع، وتعيين أخصائي نفسي في كل مؤسسة تستقبل القاصرين.',
  ],
  [
    'RIGHTS',
    'medium',
    'DGAPR',
    'implemented',
    'Règles de La Havane r.24-25 et r.75-78',
    'Remettre à chaque mineur, à son arrivée, un livret des droits en arabe, en amazighe et en français, et afficher la procédure de plainte.',
    'تسليم كل قاصر عند وصوله دليلًا لحقوقه بالعربية والأمازيغية والفرنسية، وتعليق مسطرة تقديم الشكايات.',
  ],
  [
    'RIGHTS',
    'medium',
    'DGAPR',
    'proposed',
    'Règles de La Havane r.27',
    'Élaborer un projet individuel avec chaque mineur dans le mois qui suit son admission, en y associant sa famille.',
    'إعداد مشروع فردي مع كل قاصر خلال الشهر الموالي لإيداعه، بإشراك أسرته.',
  ],
  [
    'RELEASE',
    'high',
    'FM6',
    'in_progress',
    'Règles de La Havane r.79-80 ; Règles de Beijing r.24 et r.28',
    'Préparer un plan de sortie avec chaque mineur au moins trois mois avant sa libération et organiser le relais avec un service d’accompagnement post-carcéral.',
    'إعداد خطة للإفراج مع كل قاصر قبل ثلاثة أشهر على الأقل من الإفراج عنه، وتنظيم تسليم تتبعه إلى جهة للرعاية اللاحقة.',
  ],
];

/**
 * Per recommendation (in order): the indicators that would show it taking effect, the rules it invokes
 * (instrument, number), and its deadline.
 */
const TIES: ReadonlyArray<readonly [indicators: string[], rules: Array<[string, string]>, deadline: string]> = [
  [
    ['LEG_PRETRIAL', 'LEG_PRETRIAL_6M'],
    [
      ['BEIJING', 'r.13.1'],
      ['HAVANA', 'r.17'],
      ['CRC', 'art. 37(b)'],
    ],
    '2027-06-30',
  ],
  [
    ['LEG_LAWYER'],
    [
      ['CRC', 'art. 37(d)'],
      ['BEIJING', 'r.15.1'],
    ],
    '2027-12-31',
  ],
  [
    ['SAF_ADULTS'],
    [
      ['CRC', 'art. 37(c)'],
      ['HAVANA', 'r.29'],
    ],
    '2026-12-31',
  ],
  [['SAF_ISOLATION'], [['HAVANA', 'r.67']], '2026-12-31'],
  [
    ['FAM_VISIT_3M', 'FAM_VISIT_MONTHLY'],
    [
      ['HAVANA', 'r.59'],
      ['HAVANA', 'r.60'],
      ['BEIJING', 'r.26.5'],
    ],
    '2027-06-30',
  ],
  [['EDU_SCHOOLING', 'EDU_CERTIFICATE'], [['HAVANA', 'r.38']], '2027-09-30'],
  [['VOC_IN_TRAINING', 'VOC_CERTIFIED'], [['HAVANA', 'r.42']], '2027-09-30'],
  [
    ['HEA_EXAM_ADMISSION', 'HEA_PSYSOCIAL'],
    [
      ['HAVANA', 'r.50'],
      ['HAVANA', 'r.49'],
    ],
    '2027-06-30',
  ],
  [
    ['RIG_INFORMED', 'RIG_COMPLAINT'],
    [
      ['HAVANA', 'r.24'],
      ['HAVANA', 'r.75'],
    ],
    '2026-12-31',
  ],
  [['RIG_PLAN'], [['HAVANA', 'r.27']], '2027-06-30'],
  [
    ['REL_PLAN', 'REL_AFTERCARE_CONTACT'],
    [
      ['HAVANA', 'r.79'],
      ['HAVANA', 'r.80'],
      ['BEIJING', 'r.24.1'],
    ],
    '2027-12-31',
  ],
];

type Ties = readonly [indicators: readonly string[], rules: ReadonlyArray<readonly [string, string]>, deadline: string];

/** A recommendation of `wave` from its spec and ties, numbered `sort` in the coordinators' order. */
function recommendationOf(wave: string, spec: Spec, ties: Ties, sort: number): RecommendationRecord {
  const [dimension, priority, institution, status, standard, text, text_ar] = spec;
  const [indicators, rules, deadline] = ties;
  return {
    wave,
    dimension,
    text,
    text_ar,
    standard,
    priority,
    institution,
    deadline,
    status,
    sort,
    indicators,
    rules: rules.map(([instrument, number]) => ruleCode(instrument, number)),
  };
}

export const recommendations: readonly RecommendationRecord[] = SPECS.map((spec, index) =>
  recommendationOf('W1', spec, TIES[index] ?? [[], [], ''], index + 1),
);

/** Where W1's recommendations stood during W2's fieldwork, as OMP's monitors recorded it (invented). */
export const followUps: readonly FollowUpRecord[] = (
  [
    [
      'not_started',
      'Aucun texte ni circulaire sur la durée de la détention préventive des mineurs.',
      'Entretien avec la direction des affaires pénales',
    ],
    [
      'in_progress',
      'Convention d’aide juridictionnelle signée avec deux barreaux.',
      'Ministère de la Justice, communiqué',
    ],
    ['partly_implemented', 'Parloirs séparés dans quatre quartiers des mineurs sur sept.', 'Visites de l’OMP'],
    ['not_started', 'Pas de registre disciplinaire accessible au juge des mineurs.', 'Visites de l’OMP'],
    ['in_progress', 'Appels vidéo encadrés dans trois établissements.', 'DGAPR, note de service'],
    ['in_progress', 'Recrutement d’enseignants annoncé pour la rentrée.', 'Ministère de l’Éducation nationale'],
    ['partly_implemented', 'Deux nouveaux ateliers certifiés par l’OFPPT.', 'OFPPT, rapport d’activité'],
    ['not_started', 'Examen médical à l’admission toujours non systématique.', 'Visites de l’OMP'],
    ['implemented', 'Livret des droits trilingue distribué à l’admission.', 'DGAPR, livret des droits'],
    [
      'rejected',
      'La DGAPR renvoie le projet individuel au futur règlement d’application de la loi 10.23.',
      'Réponse écrite de la DGAPR',
    ],
    ['in_progress', 'Relais post-carcéral étendu à deux régions.', 'Fondation Mohammed VI, rapport annuel'],
  ] as const
).map(([status, evidence, source], index) => ({
  recommendation: index + 1,
  wave: 'W2',
  status,
  evidence,
  source,
  date: '2026-10-15',
}));

/**
 * The mandate scenario's W2 recommendations (invented), drawn from the figures W2 added to the
 * framework: sort 12 on, after W1's eleven.
 */
const W2_SPECS: readonly (readonly [
  ...Spec,
  indicators: string[],
  rules: Array<[string, string]>,
  deadline: string,
])[] = [
  [
    'SAFETY',
    'high',
    'DGAPR',
    'proposed',
    'Règles de La Havane r.87(a)',
    'Ouvrir une enquête administrative sur chaque allégation de violence d’un agent envers un mineur et en publier le nombre chaque année.',
    'فتح بحث إداري في كل ادعاء بعنف موظف تجاه قاصر، ونشر عدد هذه الادعاءات كل سنة.',
    ['SAF_VIOLENCE_STAFF', 'SAF_VIOLENCE'],
    [['HAVANA', 'r.87(a)']],
    '2027-09-30',
  ],
  [
    'LEGAL',
    'medium',
    'PMP',
    'proposed',
    'Règles de Beijing r.10.1',
    'Informer les parents ou le tuteur de chaque mineur dès son arrestation et consigner l’heure de cet avis au dossier.',
    'إشعار والدي كل قاصر أو الوصي عليه فور توقيفه، وتدوين ساعة هذا الإشعار في الملف.',
    ['LEG_PARENTS_INFORMED'],
    [['BEIJING', 'r.10.1']],
    '2027-06-30',
  ],
  [
    'HEALTH',
    'medium',
    'MSPS',
    'proposed',
    'Règles de La Havane r.49',
    'Garantir une consultation médicale dans les 48 heures à tout mineur qui la demande.',
    'ضمان استشارة طبية خلال 48 ساعة لكل قاصر يطلبها.',
    ['HEA_CARE_UNMET'],
    [['HAVANA', 'r.49']],
    '2027-06-30',
  ],
  [
    'RELEASE',
    'high',
    'EN',
    'proposed',
    'Règles de La Havane r.80',
    'Trouver avant la sortie un hébergement pour chaque mineur qui n’en a pas, avec l’Entraide Nationale et les associations.',
    'إيجاد مأوى قبل الإفراج لكل قاصر لا مأوى له، بتعاون مع التعاون الوطني والجمعيات.',
    ['REL_HOUSING_UNSURE'],
    [['HAVANA', 'r.80']],
    '2027-12-31',
  ],
];

const w2Recommendations: readonly RecommendationRecord[] = W2_SPECS.map(
  ([dimension, priority, institution, status, standard, text, text_ar, indicators, rules, deadline], index) =>
    recommendationOf(
      'W2',
      [dimension, priority, institution, status, standard, text, text_ar],
      [indicators, rules, deadline],
      recommendations.length + index + 1,
    ),
);

/** Where W1's and W2's recommendations stood during W3's fieldwork (invented), by `sort`. */
const W3_FOLLOW_UPS: readonly (readonly [status: FollowUpStatus, evidence: string, source: string])[] = [
  [
    'in_progress',
    'Projet de circulaire sur la durée de la détention préventive des mineurs.',
    'Ministère de la Justice',
  ],
  ['partly_implemented', 'Aide juridictionnelle étendue à cinq barreaux.', 'Ministère de la Justice, communiqué'],
  ['implemented', 'Parloirs séparés dans les sept quartiers des mineurs.', 'Visites de l’OMP'],
  ['in_progress', 'Registre disciplinaire ouvert dans trois établissements.', 'DGAPR, note de service'],
  ['partly_implemented', 'Transport des familles financé dans deux régions.', 'DGAPR, rapport d’activité'],
  ['partly_implemented', 'Enseignants détachés dans cinq établissements.', 'Ministère de l’Éducation nationale'],
  ['implemented', 'Modules de formation certifiés dans tous les CRE.', 'OFPPT, rapport d’activité'],
  ['in_progress', 'Examen médical à l’admission dans la moitié des établissements.', 'Visites de l’OMP'],
  ['implemented', 'Livret des droits distribué et procédure de plainte affichée.', 'Visites de l’OMP'],
  ['rejected', 'Le règlement d’application de la loi 10.23 n’est pas encore paru.', 'Réponse écrite de la DGAPR'],
  ['partly_implemented', 'Relais post-carcéral dans quatre régions.', 'Fondation Mohammed VI, rapport annuel'],
  ['in_progress', 'Deux enquêtes administratives ouvertes et publiées.', 'DGAPR, communiqué'],
  [
    'not_started',
    'Aucune instruction aux parquets sur l’avis aux parents.',
    'Entretien avec la Présidence du Ministère Public',
  ],
  ['in_progress', 'Convention santé signée pour les établissements de l’Oriental.', 'Ministère de la Santé'],
  ['not_started', 'Pas encore de dispositif d’hébergement à la sortie.', 'Entraide Nationale'],
];

/** The scenario's recommendations: W1's, and in the mandate W2's as well. */
export function recommendationsOf(scenario: DemoScenario): readonly RecommendationRecord[] {
  return scenario === 'mandate' ? [...recommendations, ...w2Recommendations] : recommendations;
}

/** The scenario's follow-up rows: W1's at W2, and in the mandate W1's and W2's at W3. */
export function followUpsOf(scenario: DemoScenario): readonly FollowUpRecord[] {
  if (scenario !== 'mandate') return followUps;
  return [
    ...followUps,
    ...W3_FOLLOW_UPS.map(([status, evidence, source], index) => ({
      recommendation: index + 1,
      wave: 'W3',
      status,
      evidence,
      source,
      date: '2027-04-15',
    })),
  ];
}
