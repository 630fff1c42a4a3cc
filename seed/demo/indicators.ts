import { DEMO_TAG } from './notice.ts';
import type { Direction, IndicatorRecord } from './types.ts';

interface IndicatorSpec {
  readonly code: string;
  readonly label: string;
  readonly label_ar: string;
  readonly dimension: string;
  readonly numerator: string;
  readonly denominator?: string;
  readonly direction?: Direction;
  readonly standard: string;
  readonly description: string;
  /** Means only: the fixed values that map to 0 and 100 in the score. */
  readonly scale?: readonly [number, number];
}

const SPECS: readonly IndicatorSpec[] = [
  {
    code: 'LEG_PRETRIAL',
    label: 'Mineurs en détention préventive',
    label_ar: 'القاصرون رهن الاعتقال الاحتياطي',
    dimension: 'LEGAL',
    numerator: "${LEGAL_STATUS} = 'preventive'",
    direction: 'lower_is_better',
    standard: 'Règles de Beijing r.13.1 ; CIDE art. 37(b) ; indicateur ONUDC/UNICEF 3',
    description:
      'Part des mineurs détenus qui ne sont pas encore jugés. La détention avant jugement doit rester une mesure de dernier recours.',
  },
  {
    code: 'LEG_PRETRIAL_6M',
    label: 'Détention préventive de plus de 6 mois',
    label_ar: 'اعتقال احتياطي تتجاوز مدته 6 أشهر',
    dimension: 'LEGAL',
    numerator: "${PRETRIAL_OVER_6M} = 'yes'",
    denominator: "${LEGAL_STATUS} = 'preventive'",
    direction: 'lower_is_better',
    standard: 'Règles de La Havane r.17 ; indicateur ONUDC/UNICEF 4',
    description:
      'Parmi les mineurs en détention préventive, part de ceux qui attendent leur jugement depuis plus de 6 mois.',
  },
  {
    code: 'LEG_LAWYER',
    label: 'A rencontré un avocat',
    label_ar: 'التقى بمحامٍ',
    dimension: 'LEGAL',
    numerator: "${LAWYER_SEEN} = 'yes'",
    standard: 'CIDE art. 37(d) ; Règles de Beijing r.7.1 et r.15.1',
    description: 'Part des mineurs détenus qui ont pu rencontrer un avocat depuis leur arrestation.',
  },
  {
    code: 'SAF_ADULTS',
    label: 'Partage un espace avec des détenus adultes',
    label_ar: 'يتقاسم فضاءً مع سجناء راشدين',
    dimension: 'SAFETY',
    numerator: "${SHARES_WITH_ADULTS} = 'yes'",
    direction: 'lower_is_better',
    standard: 'CIDE art. 37(c) ; Règles de La Havane r.29 ; indicateur ONUDC/UNICEF 7',
    description:
      'Part des mineurs qui partagent régulièrement un dortoir, une cour, un atelier ou un parloir avec des détenus adultes.',
  },
  {
    code: 'SAF_VIOLENCE',
    label: 'Violences physiques subies (3 derniers mois)',
    label_ar: 'التعرض لعنف جسدي (الأشهر الثلاثة الأخيرة)',
    dimension: 'SAFETY',
    numerator: "${VIOLENCE_3M} = 'yes'",
    denominator: "${VIOLENCE_3M} != 'refused'",
    direction: 'lower_is_better',
    standard: 'Règles de La Havane r.67 et r.87',
    description:
      'Part des mineurs qui déclarent avoir subi des violences physiques dans l’établissement au cours des 3 derniers mois (refus de répondre exclus).',
  },
  {
    code: 'SAF_ISOLATION',
    label: 'Placement à l’isolement (3 derniers mois)',
    label_ar: 'الإيداع في العزل (الأشهر الثلاثة الأخيرة)',
    dimension: 'SAFETY',
    numerator: "${ISOLATION_3M} = 'yes'",
    direction: 'lower_is_better',
    standard: 'Règles de La Havane r.67',
    description:
      'Part des mineurs placés en cellule disciplinaire ou à l’isolement au cours des 3 derniers mois, mesure que les Règles de La Havane interdisent.',
  },
  {
    code: 'FAM_VISIT_3M',
    label: 'Contact avec la famille par visite au cours des 3 derniers mois (indicateur ONUDC/UNICEF 8)',
    label_ar: 'التواصل مع الأسرة عبر الزيارة خلال الأشهر الثلاثة الأخيرة (المؤشر 8)',
    dimension: 'FAMILY',
    numerator: "${FAMILY_VISIT_3M} = 'yes'",
    standard: 'Règles de La Havane r.59-60 ; Règles de Beijing r.26.5 ; indicateur ONUDC/UNICEF 8',
    description:
      'Définition de l’indicateur 8 du Manuel ONUDC/UNICEF : « percentage of children in detention who have been visited by, ' +
      'or visited, parents, guardian or an adult family member in the last 3 months » (pourcentage d’enfants détenus qui ont reçu ' +
      'la visite de leurs parents, de leur tuteur ou d’un membre adulte de leur famille, ou leur ont rendu visite, au cours des 3 derniers mois).',
  },
  {
    code: 'FAM_VISIT_MONTHLY',
    label: 'Visites familiales au moins mensuelles',
    label_ar: 'زيارات أسرية مرة في الشهر على الأقل',
    dimension: 'FAMILY',
    numerator: "${VISITS_FREQUENCY} = 'weekly' or ${VISITS_FREQUENCY} = 'monthly'",
    standard: 'Règles de La Havane r.60',
    description:
      'Part des mineurs qui reçoivent la visite de leur famille au moins une fois par mois (tous les mineurs au dénominateur).',
  },
  {
    code: 'FAM_CONTACT_TWICE_WEEKLY',
    label: 'Téléphone ou courrier au moins deux fois par semaine',
    label_ar: 'الهاتف أو المراسلة مرتين في الأسبوع على الأقل',
    dimension: 'FAMILY',
    numerator: "${CONTACT_WEEKLY} = 'twice_or_more'",
    standard: 'Règles de La Havane r.61',
    description: 'Part des mineurs qui peuvent téléphoner à leur famille ou lui écrire au moins deux fois par semaine.',
  },
  {
    code: 'EDU_SCHOOLING',
    label: 'Scolarisation des enfants d’âge obligatoire',
    label_ar: 'تمدرس الأطفال في سن التعليم الإلزامي',
    dimension: 'EDUCATION',
    numerator: "${SCHOOLING} = 'yes'",
    denominator: '${AGE} < 16',
    standard: 'Règles de La Havane r.38',
    description:
      'Parmi les mineurs de moins de 16 ans, part de ceux qui suivent des cours scolaires réguliers dans l’établissement.',
  },
  {
    code: 'EDU_CERTIFICATE',
    label: 'Diplôme ou certificat scolaire obtenu en détention',
    label_ar: 'الحصول على شهادة دراسية أثناء الاحتجاز',
    dimension: 'EDUCATION',
    numerator: "${CERTIFICATE_OBTAINED} = 'yes'",
    denominator: '${DETENTION_MONTHS} >= 6',
    standard: 'Règles de La Havane r.39-40',
    description:
      'Parmi les mineurs détenus depuis au moins 6 mois, part de ceux qui ont obtenu un diplôme ou un certificat scolaire pendant leur détention.',
  },
  {
    code: 'EDU_ACTIVITIES',
    label: 'Nombre moyen d’activités éducatives et de loisirs',
    label_ar: 'متوسط عدد الأنشطة التربوية والترفيهية',
    dimension: 'EDUCATION',
    numerator: '${N_ACTIVITIES}',
    standard: 'Règles de La Havane r.47',
    description:
      'Nombre moyen d’activités (sport, lecture, arts, éducation religieuse, culture) pratiquées le mois dernier ; bornes du score : 0 et 5 activités.',
    scale: [0, 5],
  },
  {
    code: 'VOC_IN_TRAINING',
    label: 'En formation professionnelle (15 ans et plus)',
    label_ar: 'يتابع تكوينًا مهنيًا (15 سنة فما فوق)',
    dimension: 'VOCATIONAL',
    numerator: "${VOC_TRAINING} = 'yes'",
    denominator: '${AGE} >= 15',
    standard: 'Règles de La Havane r.42-43',
    description: 'Parmi les mineurs de 15 ans et plus, part de ceux qui suivent une formation professionnelle.',
  },
  {
    code: 'VOC_CERTIFIED',
    label: 'Module de formation certifié validé (15 ans et plus)',
    label_ar: 'إتمام وحدة تكوينية معتمدة (15 سنة فما فوق)',
    dimension: 'VOCATIONAL',
    numerator: "${VOC_CERTIFIED} = 'yes'",
    denominator: '${AGE} >= 15',
    standard: 'Règles de La Havane r.42 et r.45',
    description:
      'Parmi les mineurs de 15 ans et plus, part de ceux qui ont validé au moins un module de formation certifié.',
  },
  {
    code: 'HEA_EXAM_ADMISSION',
    label: 'Examen médical à l’admission',
    label_ar: 'فحص طبي عند الإيداع',
    dimension: 'HEALTH',
    numerator: "${MEDICAL_EXAM_ADMISSION} = 'yes'",
    standard: 'Règles de La Havane r.50',
    description:
      'Part des mineurs examinés par un médecin à leur arrivée dans l’établissement (« ne sait pas » compté comme non).',
  },
  {
    code: 'HEA_PSYSOCIAL',
    label: 'Psychologue ou assistant social rencontré (3 derniers mois)',
    label_ar: 'لقاء أخصائي نفسي أو مساعد اجتماعي (الأشهر الثلاثة الأخيرة)',
    dimension: 'HEALTH',
    numerator: "${PSY_SOCIAL_SEEN} = 'yes'",
    standard: 'Règles de La Havane r.49 et r.51',
    description:
      'Part des mineurs qui ont rencontré un psychologue ou un assistant social au cours des 3 derniers mois.',
  },
  {
    code: 'HEA_WELLBEING',
    label: 'Bien-être déclaré (échelle de 1 à 5)',
    label_ar: 'الإحساس بالرفاه (سلم من 1 إلى 5)',
    dimension: 'HEALTH',
    numerator: '${WELLBEING}',
    standard: 'Règles de La Havane r.49-55',
    description:
      'Note moyenne de bien-être déclarée par les mineurs, de 1 (très mal) à 5 (très bien) ; bornes du score : 1 et 5.',
    scale: [1, 5],
  },
  {
    code: 'RIG_INFORMED',
    label: 'Informé de ses droits et du règlement à l’arrivée',
    label_ar: 'إخباره بحقوقه وبالنظام الداخلي عند الوصول',
    dimension: 'RIGHTS',
    numerator: "${INFORMED_RIGHTS} = 'yes'",
    standard: 'Règles de La Havane r.24-25',
    description:
      'Part des mineurs à qui l’on a expliqué, à l’arrivée et dans une langue comprise, leurs droits et le règlement intérieur.',
  },
  {
    code: 'RIG_PLAN',
    label: 'Projet individuel (projet de vie) élaboré',
    label_ar: 'وجود مشروع فردي (مشروع حياة)',
    dimension: 'RIGHTS',
    numerator: "${INDIVIDUAL_PLAN} = 'yes'",
    standard: 'Règles de La Havane r.27',
    description:
      'Part des mineurs qui ont un projet individuel préparé avec l’équipe éducative (« ne sait pas » compté comme non).',
  },
  {
    code: 'RIG_COMPLAINT',
    label: 'Sait comment déposer une plainte',
    label_ar: 'يعرف كيف يقدّم شكاية',
    dimension: 'RIGHTS',
    numerator: "${KNOWS_COMPLAINT} = 'yes'",
    standard: 'Règles de La Havane r.24 et r.75-78 ; indicateur ONUDC/UNICEF 13',
    description: 'Part des mineurs qui savent comment déposer une plainte ou une réclamation.',
  },
  {
    code: 'REL_PLAN',
    label: 'Plan de sortie préparé (logement, école ou travail)',
    label_ar: 'خطة إفراج مُعدّة (السكن أو الدراسة أو العمل)',
    dimension: 'RELEASE',
    numerator: "${RELEASE_PLAN} = 'yes'",
    standard: 'Règles de La Havane r.79 ; Règles de Beijing r.24',
    description: 'Part des mineurs avec qui un plan de sortie (logement, école ou travail) a été préparé.',
  },
  {
    code: 'REL_AFTERCARE_CONTACT',
    label: 'Mis en contact avec un service post-carcéral',
    label_ar: 'ربط الاتصال بجهة للرعاية اللاحقة',
    dimension: 'RELEASE',
    numerator: "${AFTERCARE_CONTACT} = 'yes'",
    standard: 'Règles de La Havane r.80 ; Règles de Beijing r.28 ; indicateur ONUDC/UNICEF 11',
    description:
      'Part des mineurs mis en contact, pendant la détention, avec un service d’accompagnement après la sortie. L’accompagnement ' +
      'effectivement reçu après la sortie est mesuré auprès des jeunes libérés par le questionnaire SUIVI.',
  },
];

export const indicators: readonly IndicatorRecord[] = SPECS.map((spec, index) => ({
  code: spec.code,
  label: spec.label,
  label_ar: spec.label_ar,
  dimension: spec.dimension,
  type: spec.scale ? 'mean' : 'proportion',
  numerator: spec.numerator,
  denominator: spec.denominator ?? '',
  direction: spec.direction ?? 'higher_is_better',
  standard: spec.standard,
  goalpost_low: spec.scale?.[0] ?? 0,
  goalpost_high: spec.scale?.[1] ?? 1,
  description: `${spec.description} ${DEMO_TAG}`,
  sort: index + 1,
}));
