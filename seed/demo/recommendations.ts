import type { Priority, RecommendationRecord } from './types.ts';

type Spec = readonly [dimension: string, priority: Priority, addressee: string, status: RecommendationRecord['status'], standard: string, text: string, text_ar: string];

/** Invented recommendations, as an analyst would draft them from wave 1. */
const SPECS: readonly Spec[] = [
  [
    'LEGAL', 'high', 'Ministère de la Justice', 'proposed', 'Règles de Beijing r.13 ; Règles de La Havane r.17 ; CIDE art. 37(b)',
    'Fixer et faire respecter un délai maximal de détention préventive des mineurs, avec un réexamen obligatoire par le juge des mineurs au-delà de 6 mois.',
    'تحديد أجل أقصى للاعتقال الاحتياطي للقاصرين والتقيد به، مع إلزامية مراجعته من طرف قاضي الأحداث إذا تجاوز ستة أشهر.',
  ],
  [
    'LEGAL', 'medium', 'Ministère de la Justice', 'in_progress', 'CIDE art. 37(d) ; Règles de Beijing r.15.1',
    'Garantir l’assistance d’un avocat à chaque mineur dès la garde à vue, en élargissant l’aide juridictionnelle.',
    'ضمان مؤازرة محامٍ لكل قاصر منذ وضعه تحت الحراسة النظرية، مع توسيع نطاق المساعدة القضائية.',
  ],
  [
    'SAFETY', 'high', 'DGAPR', 'adopted', 'CIDE art. 37(c) ; Règles de La Havane r.29',
    'Mettre fin à tout partage d’espace entre mineurs et adultes dans les quartiers des mineurs des prisons, y compris aux parloirs et dans les ateliers.',
    'وضع حد لكل اختلاط بين القاصرين والراشدين في أجنحة الأحداث بالسجون، بما في ذلك قاعات الزيارة والورشات.',
  ],
  [
    'SAFETY', 'high', 'DGAPR', 'proposed', 'Règles de La Havane r.67 et r.70',
    'Interdire le placement à l’isolement des mineurs et consigner toute mesure disciplinaire dans un registre contrôlé par le juge des mineurs.',
    'منع إيداع القاصرين في العزل، وتسجيل كل تدبير تأديبي في سجل يخضع لمراقبة قاضي الأحداث.',
  ],
  [
    'FAMILY', 'medium', 'DGAPR', 'in_progress', 'Règles de La Havane r.59-61 ; Règles de Beijing r.26.5',
    'Financer le transport des familles qui habitent loin de l’établissement et développer les appels vidéo encadrés.',
    'تمويل تنقل الأسر التي تقطن بعيدًا عن المؤسسة، وتطوير الاتصالات المرئية المؤطَّرة.',
  ],
  [
    'EDUCATION', 'high', 'Ministère de l’Éducation nationale, du Préscolaire et des Sports', 'proposed', 'Règles de La Havane r.38',
    'Assurer un enseignement régulier à tous les mineurs de moins de 16 ans, notamment dans les quartiers des mineurs, avec des enseignants détachés.',
    'ضمان تعليم منتظم لجميع القاصرين دون سن السادسة عشرة، ولا سيما في أجنحة الأحداث، بواسطة مدرّسين ملحقين.',
  ],
  [
    'VOCATIONAL', 'medium', 'Office de la formation professionnelle et de la promotion du travail (OFPPT)', 'adopted', 'Règles de La Havane r.42-45',
    'Certifier les modules de formation suivis en détention pour qu’ils soient reconnus après la sortie.',
    'اعتماد الوحدات التكوينية المتابَعة أثناء الاحتجاز بشهادات حتى يُعترف بها بعد الإفراج.',
  ],
  [
    'HEALTH', 'medium', 'Ministère de la Santé et de la Protection sociale', 'proposed', 'Règles de La Havane r.50-51',
    'Systématiser l’examen médical à l’admission et affecter un psychologue à chaque établissement qui accueille des mineurs.',
    'تعميم الفحص الطبي عند الإيداع، وتعيين أخصائي نفسي في كل مؤسسة تستقبل القاصرين.',
  ],
  [
    'RIGHTS', 'medium', 'DGAPR', 'implemented', 'Règles de La Havane r.24-25 et r.75-78',
    'Remettre à chaque mineur, à son arrivée, un livret des droits en arabe, en amazighe et en français, et afficher la procédure de plainte.',
    'تسليم كل قاصر عند وصوله دليلًا لحقوقه بالعربية والأمازيغية والفرنسية، وتعليق مسطرة تقديم الشكايات.',
  ],
  [
    'RIGHTS', 'medium', 'DGAPR', 'proposed', 'Règles de La Havane r.27',
    'Élaborer un projet individuel avec chaque mineur dans le mois qui suit son admission, en y associant sa famille.',
    'إعداد مشروع فردي مع كل قاصر خلال الشهر الموالي لإيداعه، بإشراك أسرته.',
  ],
  [
    'RELEASE', 'high', 'Fondation Mohammed VI pour la réinsertion des détenus', 'in_progress', 'Règles de La Havane r.79-80 ; Règles de Beijing r.24 et r.28',
    'Préparer un plan de sortie avec chaque mineur au moins trois mois avant sa libération et organiser le relais avec un service d’accompagnement post-carcéral.',
    'إعداد خطة للإفراج مع كل قاصر قبل ثلاثة أشهر على الأقل من الإفراج عنه، وتنظيم تسليم تتبعه إلى جهة للرعاية اللاحقة.',
  ],
];

export const recommendations: readonly RecommendationRecord[] = SPECS.map(
  ([dimension, priority, addressee, status, standard, text, text_ar], index) => ({
    wave: 'W1',
    dimension,
    text,
    text_ar,
    standard,
    priority,
    addressee,
    status,
    sort: index + 1,
  }),
);
