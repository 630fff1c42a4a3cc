import { DEMO_TAG } from './notice.ts';
import {
  AT_LEAST_ONE,
  buildVersionContent,
  scaleConstraint,
  SEVERAL_ANSWERS,
  YES_NO,
  YES_NO_DONT_KNOW,
  YES_NO_REFUSED,
  type SectionSpec,
} from './questionnaire-builder.ts';
import type { InstrumentRecord } from './types.ts';

const profile: SectionSpec = {
  code: 'PROFILE',
  label: 'Profil du mineur',
  label_ar: 'الملف الشخصي للقاصر',
  questions: [
    {
      code: 'NOTE_INTRO',
      type: 'note',
      label:
        'Rappeler à l’enfant que l’entretien est anonyme, qu’il peut refuser de répondre à toute question et arrêter à tout moment. ' +
        'Le consentement du tuteur et l’assentiment de l’enfant sont enregistrés avant le questionnaire.',
      label_ar:
        'ذكّر الطفل بأن المقابلة لا تكشف هويته، وبأنه يمكنه رفض الإجابة عن أي سؤال والتوقف في أي وقت. ' +
        'تُسجَّل موافقة الولي وموافقة الطفل قبل بدء الاستمارة.',
    },
    {
      code: 'SEX',
      type: 'select_one',
      label: 'Sexe',
      label_ar: 'الجنس',
      choices: [
        ['f', 'Fille', 'أنثى'],
        ['m', 'Garçon', 'ذكر'],
      ],
    },
    {
      code: 'AGE',
      type: 'integer',
      label: 'Quel âge avez-vous ?',
      label_ar: 'كم عمرك؟',
      hint: { fr: 'En années révolues.', ar: 'بالسنوات الكاملة.' },
      constraint: {
        expression: '. >= 12 and . <= 20',
        fr: 'L’âge doit être compris entre 12 et 20 ans.',
        ar: 'يجب أن يكون العمر بين 12 و20 سنة.',
      },
    },
    {
      code: 'FAMILY_SAME_REGION',
      type: 'select_one',
      label: 'Votre famille habite-t-elle dans la même région que cet établissement ?',
      label_ar: 'هل تقيم أسرتك في نفس الجهة التي توجد بها هذه المؤسسة؟',
      choices: YES_NO,
    },
    {
      code: 'LEGAL_STATUS',
      type: 'select_one',
      label: 'Quelle est votre situation judiciaire actuelle ?',
      label_ar: 'ما هي وضعيتك القضائية الحالية؟',
      hint: { fr: 'Vérifier avec le dossier si l’enfant ne sait pas.', ar: 'تحقّق من الملف إذا كان الطفل لا يعرف.' },
      choices: [
        ['preventive', 'En détention préventive (pas encore jugé)', 'رهن الاعتقال الاحتياطي (لم يصدر الحكم بعد)'],
        ['convicted', 'Condamné (jugement prononcé)', 'محكوم عليه (صدر الحكم)'],
      ],
    },
    {
      code: 'DETENTION_MONTHS',
      type: 'integer',
      label: 'Depuis combien de mois êtes-vous détenu ?',
      label_ar: 'منذ كم شهرًا وأنت محتجز؟',
      hint: {
        fr: 'En mois révolus depuis l’entrée en détention ; 0 si moins d’un mois.',
        ar: 'بالأشهر الكاملة منذ بداية الاحتجاز؛ 0 إذا كانت المدة أقل من شهر.',
      },
      constraint: {
        expression: '. >= 0 and . <= 60',
        fr: 'La durée doit être comprise entre 0 et 60 mois.',
        ar: 'يجب أن تكون المدة بين 0 و60 شهرًا.',
      },
    },
    {
      code: 'PREVIOUS_DETENTION',
      type: 'select_one',
      label: 'Avez-vous déjà été détenu avant cette détention ?',
      label_ar: 'هل سبق أن احتُجزت قبل هذا الاحتجاز؟',
      choices: YES_NO,
    },
    {
      code: 'EDUCATION_LEVEL',
      type: 'select_one',
      label: 'Quel est le dernier niveau scolaire atteint avant la détention ?',
      label_ar: 'ما هو آخر مستوى دراسي بلغته قبل الاحتجاز؟',
      choices: [
        ['none', 'Jamais scolarisé', 'لم يلتحق بالمدرسة قط'],
        ['primary', 'Primaire', 'الابتدائي'],
        ['lower_secondary', 'Collège', 'الإعدادي'],
        ['upper_secondary', 'Lycée', 'الثانوي التأهيلي'],
      ],
    },
  ],
};

const legal: SectionSpec = {
  code: 'LEGAL',
  label: 'Situation juridique',
  label_ar: 'الوضعية القانونية',
  questions: [
    {
      code: 'LAWYER_SEEN',
      type: 'select_one',
      label: 'Depuis votre arrestation, avez-vous pu rencontrer un avocat ?',
      label_ar: 'منذ توقيفك، هل تمكنت من لقاء محامٍ؟',
      choices: YES_NO,
    },
    {
      code: 'PARENTS_INFORMED',
      type: 'select_one',
      label: 'Vos parents ou votre tuteur ont-ils été informés de votre arrestation ?',
      label_ar: 'هل تم إخبار والديك أو وليّك بتوقيفك؟',
      choices: YES_NO_DONT_KNOW,
    },
    {
      code: 'PRETRIAL_OVER_6M',
      type: 'select_one',
      label: 'Êtes-vous en détention préventive depuis plus de 6 mois ?',
      label_ar: 'هل أنت رهن الاعتقال الاحتياطي منذ أكثر من 6 أشهر؟',
      relevant: "${LEGAL_STATUS} = 'preventive'",
      constraint: {
        expression: ". = 'no' or ${DETENTION_MONTHS} >= 6",
        fr: 'Incohérent avec la durée de détention déclarée (moins de 6 mois).',
        ar: 'غير منسجم مع مدة الاحتجاز المصرَّح بها (أقل من 6 أشهر).',
      },
      choices: YES_NO,
    },
  ],
};

const safety: SectionSpec = {
  code: 'SAFETY',
  label: 'Séparation et sécurité',
  label_ar: 'الفصل عن الراشدين والسلامة',
  questions: [
    {
      code: 'SHARES_WITH_ADULTS',
      type: 'select_one',
      label: 'Partagez-vous un espace (dortoir, cour, atelier, parloir) avec des détenus adultes ?',
      label_ar: 'هل تتقاسم فضاءً (مرقدًا أو ساحة أو ورشة أو قاعة زيارة) مع سجناء راشدين؟',
      hint: {
        fr: 'Compter les contacts réguliers, pas les croisements occasionnels.',
        ar: 'احتسب الاختلاط المنتظم، لا اللقاءات العابرة.',
      },
      choices: YES_NO,
    },
    {
      code: 'VIOLENCE_3M',
      type: 'select_one',
      label: 'Au cours des 3 derniers mois, avez-vous subi des violences physiques dans l’établissement ?',
      label_ar: 'خلال الأشهر الثلاثة الأخيرة، هل تعرضت لعنف جسدي داخل المؤسسة؟',
      hint: {
        fr: 'Question sensible : rappeler la confidentialité ; en cas de danger, suivre le protocole de signalement.',
        ar: 'سؤال حساس: ذكّر بالسرية؛ وفي حالة الخطر، اتبع بروتوكول التبليغ.',
      },
      choices: YES_NO_REFUSED,
    },
    {
      code: 'VIOLENCE_BY',
      type: 'select_multiple',
      label: 'Par qui ?',
      label_ar: 'من قِبَل مَن؟',
      hint: SEVERAL_ANSWERS,
      relevant: "${VIOLENCE_3M} = 'yes'",
      constraint: AT_LEAST_ONE,
      choices: [
        ['staff', 'Personnel de l’établissement', 'موظفو المؤسسة'],
        ['other_minors', 'Autres mineurs', 'قاصرون آخرون'],
        ['adult_detainees', 'Détenus adultes', 'سجناء راشدون'],
      ],
    },
    {
      code: 'ISOLATION_3M',
      type: 'select_one',
      label: 'Au cours des 3 derniers mois, avez-vous été placé à l’isolement (cellule disciplinaire) ?',
      label_ar: 'خلال الأشهر الثلاثة الأخيرة، هل وُضعت في العزل (زنزانة تأديبية)؟',
      choices: YES_NO,
    },
    {
      code: 'FEELS_SAFE',
      type: 'integer',
      label: 'De 1 (pas du tout) à 5 (tout à fait), vous sentez-vous en sécurité dans l’établissement ?',
      label_ar: 'من 1 (إطلاقًا) إلى 5 (تمامًا)، هل تشعر بالأمان داخل المؤسسة؟',
      constraint: scaleConstraint(1, 5),
    },
  ],
};

const family: SectionSpec = {
  code: 'FAMILY',
  label: 'Contacts familiaux',
  label_ar: 'الروابط الأسرية',
  questions: [
    {
      code: 'FAMILY_VISIT_3M',
      type: 'select_one',
      label:
        'Au cours des 3 derniers mois, avez-vous reçu la visite de vos parents, de votre tuteur ou d’un membre adulte de votre famille, ' +
        'ou leur avez-vous rendu visite ?',
      label_ar: 'خلال الأشهر الثلاثة الأخيرة، هل زارك والداك أو وليّك أو أحد أفراد أسرتك الراشدين، أو قمت أنت بزيارتهم؟',
      hint: {
        fr: 'Indicateur 8 ONUDC/UNICEF : visite reçue ou rendue (permission de sortie comprise).',
        ar: 'المؤشر 8 لمكتب الأمم المتحدة المعني بالمخدرات والجريمة واليونيسف: زيارة يتلقاها الطفل أو يقوم بها (بما في ذلك رخص الخروج).',
      },
      choices: YES_NO,
    },
    {
      code: 'VISITS_FREQUENCY',
      type: 'select_one',
      label: 'À quelle fréquence recevez-vous ces visites ?',
      label_ar: 'ما مدى تواتر هذه الزيارات؟',
      relevant: "${FAMILY_VISIT_3M} = 'yes'",
      choices: [
        ['weekly', 'Au moins une fois par semaine', 'مرة في الأسبوع على الأقل'],
        ['monthly', 'Au moins une fois par mois', 'مرة في الشهر على الأقل'],
        ['less_than_monthly', 'Moins d’une fois par mois', 'أقل من مرة في الشهر'],
      ],
    },
    {
      code: 'CONTACT_WEEKLY',
      type: 'select_one',
      label: 'Combien de fois par semaine pouvez-vous téléphoner à votre famille ou lui écrire ?',
      label_ar: 'كم مرة في الأسبوع يمكنك الاتصال بأسرتك هاتفيًا أو مراسلتها؟',
      choices: [
        ['none', 'Jamais', 'أبدًا'],
        ['once', 'Une fois', 'مرة واحدة'],
        ['twice_or_more', 'Deux fois ou plus', 'مرتين أو أكثر'],
      ],
    },
  ],
};

const education: SectionSpec = {
  code: 'EDUCATION',
  label: 'Éducation et activités',
  label_ar: 'التعليم والأنشطة',
  questions: [
    {
      code: 'SCHOOLING',
      type: 'select_one',
      label: 'Suivez-vous actuellement des cours scolaires réguliers dans l’établissement ?',
      label_ar: 'هل تتابع حاليًا دروسًا دراسية منتظمة داخل المؤسسة؟',
      hint: {
        fr: 'Posée aux enfants d’âge de scolarité obligatoire (moins de 16 ans).',
        ar: 'يُطرح على الأطفال في سن التمدرس الإلزامي (أقل من 16 سنة).',
      },
      relevant: '${AGE} < 16',
      choices: YES_NO,
    },
    {
      code: 'SCHOOL_HOURS_WEEK',
      type: 'integer',
      label: 'Combien d’heures de cours avez-vous par semaine ?',
      label_ar: 'كم ساعة دراسية لديك في الأسبوع؟',
      required: false,
      relevant: "${SCHOOLING} = 'yes'",
      constraint: { expression: '. >= 1 and . <= 40', fr: 'Entre 1 et 40 heures.', ar: 'بين 1 و40 ساعة.' },
    },
    {
      code: 'CERTIFICATE_OBTAINED',
      type: 'select_one',
      label: 'Pendant votre détention, avez-vous obtenu un diplôme ou un certificat scolaire ?',
      label_ar: 'خلال فترة احتجازك، هل حصلت على شهادة أو دبلوم دراسي؟',
      hint: {
        fr: 'Posée aux enfants détenus depuis au moins 6 mois.',
        ar: 'يُطرح على الأطفال المحتجزين منذ 6 أشهر على الأقل.',
      },
      relevant: '${DETENTION_MONTHS} >= 6',
      choices: YES_NO,
    },
    {
      code: 'ACTIVITIES',
      type: 'select_multiple',
      label: 'Quelles activités avez-vous pratiquées le mois dernier ?',
      label_ar: 'ما الأنشطة التي مارستها خلال الشهر الماضي؟',
      hint: SEVERAL_ANSWERS,
      constraint: {
        expression: "not(selected(., 'none')) or count-selected(.) = 1",
        fr: '« Aucune » ne peut pas être combinée avec une autre activité.',
        ar: 'لا يمكن الجمع بين «لا شيء» ونشاط آخر.',
      },
      choices: [
        ['sport', 'Sport', 'الرياضة'],
        ['library', 'Lecture, bibliothèque', 'المطالعة والمكتبة'],
        ['arts', 'Arts, musique', 'الفنون والموسيقى'],
        ['religious', 'Éducation religieuse', 'التربية الدينية'],
        ['cultural', 'Théâtre, sorties culturelles', 'المسرح والخرجات الثقافية'],
        ['none', 'Aucune', 'لا شيء'],
      ],
    },
    {
      code: 'N_ACTIVITIES',
      type: 'calculate',
      label: 'Nombre d’activités pratiquées (calculé)',
      label_ar: 'عدد الأنشطة الممارسة (محسوب)',
      calculation: "if(selected(${ACTIVITIES}, 'none'), 0, count-selected(${ACTIVITIES}))",
    },
  ],
};

const OVER_15 = '${AGE} >= 15';

const vocational: SectionSpec = {
  code: 'VOCATIONAL',
  label: 'Formation professionnelle',
  label_ar: 'التكوين المهني',
  relevant: OVER_15,
  questions: [
    {
      code: 'VOC_TRAINING',
      type: 'select_one',
      label: 'Suivez-vous actuellement une formation professionnelle ?',
      label_ar: 'هل تتابع حاليًا تكوينًا مهنيًا؟',
      hint: { fr: 'Posée aux jeunes de 15 ans et plus.', ar: 'يُطرح على الشباب البالغين 15 سنة فما فوق.' },
      relevant: OVER_15,
      choices: YES_NO,
    },
    {
      code: 'VOC_FIELD',
      type: 'select_one',
      label: 'Dans quel domaine ?',
      label_ar: 'في أي مجال؟',
      relevant: "${VOC_TRAINING} = 'yes'",
      choices: [
        ['carpentry', 'Menuiserie', 'النجارة'],
        ['electricity', 'Électricité', 'الكهرباء'],
        ['plumbing', 'Plomberie', 'الترصيص الصحي'],
        ['hairdressing', 'Coiffure', 'الحلاقة والتجميل'],
        ['cooking', 'Cuisine, pâtisserie', 'الطبخ والحلويات'],
        ['sewing', 'Couture', 'الخياطة'],
        ['computing', 'Informatique', 'المعلوميات'],
        ['agriculture', 'Agriculture', 'الفلاحة'],
        ['other', 'Autre', 'مجال آخر'],
      ],
    },
    {
      code: 'VOC_CERTIFIED',
      type: 'select_one',
      label: 'Avez-vous validé au moins un module de formation certifié ?',
      label_ar: 'هل أتممت بنجاح وحدة تكوينية واحدة على الأقل مُعتمَدة بشهادة؟',
      relevant: "${VOC_TRAINING} = 'yes'",
      choices: YES_NO,
    },
  ],
};

const health: SectionSpec = {
  code: 'HEALTH',
  label: 'Santé et prise en charge psychosociale',
  label_ar: 'الصحة والرعاية النفسية والاجتماعية',
  questions: [
    {
      code: 'MEDICAL_EXAM_ADMISSION',
      type: 'select_one',
      label: 'À votre arrivée dans l’établissement, avez-vous été examiné par un médecin ?',
      label_ar: 'عند وصولك إلى المؤسسة، هل فحصك طبيب؟',
      choices: YES_NO_DONT_KNOW,
    },
    {
      code: 'PSY_SOCIAL_SEEN',
      type: 'select_one',
      label: 'Au cours des 3 derniers mois, avez-vous rencontré un psychologue ou un assistant social ?',
      label_ar: 'خلال الأشهر الثلاثة الأخيرة، هل التقيت بأخصائي نفسي أو مساعد اجتماعي؟',
      choices: YES_NO,
    },
    {
      code: 'HEALTH_CARE_UNMET',
      type: 'select_one',
      label: 'Au cours des 3 derniers mois, avez-vous eu besoin de soins sans pouvoir les obtenir ?',
      label_ar: 'خلال الأشهر الثلاثة الأخيرة، هل احتجت إلى علاج دون أن تتمكن من الحصول عليه؟',
      choices: YES_NO,
    },
    {
      code: 'WELLBEING',
      type: 'integer',
      label: 'De 1 (très mal) à 5 (très bien), comment vous sentez-vous ces derniers jours ?',
      label_ar: 'من 1 (سيئ جدًا) إلى 5 (جيد جدًا)، كيف تشعر في الأيام الأخيرة؟',
      constraint: scaleConstraint(1, 5),
    },
  ],
};

const rights: SectionSpec = {
  code: 'RIGHTS',
  label: 'Droits, projet et participation',
  label_ar: 'الحقوق والمشروع الفردي والمشاركة',
  questions: [
    {
      code: 'INFORMED_RIGHTS',
      type: 'select_one',
      label:
        'À votre arrivée, vous a-t-on expliqué vos droits et le règlement intérieur dans une langue que vous comprenez ?',
      label_ar: 'عند وصولك، هل شُرحت لك حقوقك والنظام الداخلي بلغة تفهمها؟',
      choices: YES_NO,
    },
    {
      code: 'INDIVIDUAL_PLAN',
      type: 'select_one',
      label: 'Avez-vous un projet individuel (projet de vie) préparé avec l’équipe éducative ?',
      label_ar: 'هل لديك مشروع فردي (مشروع حياة) أُعِدّ بمشاركة الفريق التربوي؟',
      choices: YES_NO_DONT_KNOW,
    },
    {
      code: 'KNOWS_COMPLAINT',
      type: 'select_one',
      label: 'Savez-vous comment déposer une plainte ou une réclamation ?',
      label_ar: 'هل تعرف كيف تقدّم شكاية أو تظلّمًا؟',
      choices: YES_NO,
    },
    {
      code: 'COMPLAINT_FILED',
      type: 'select_one',
      label: 'Avez-vous déjà déposé une plainte ou une réclamation dans cet établissement ?',
      label_ar: 'هل سبق أن قدّمت شكاية أو تظلّمًا داخل هذه المؤسسة؟',
      choices: YES_NO,
    },
    {
      code: 'COMPLAINT_OUTCOME',
      type: 'select_one',
      label: 'Quelle suite a été donnée à votre dernière plainte ?',
      label_ar: 'ما مآل آخر شكاية قدّمتها؟',
      relevant: "${COMPLAINT_FILED} = 'yes'",
      choices: [
        ['resolved', 'Problème résolu', 'حُلّت المشكلة'],
        ['answered', 'Réponse reçue, problème non résolu', 'تلقيت ردًا دون حل المشكلة'],
        ['no_response', 'Aucune réponse', 'لم أتلقَّ أي رد'],
        ['pending', 'En attente', 'قيد الانتظار'],
      ],
    },
  ],
};

const release: SectionSpec = {
  code: 'RELEASE',
  label: 'Préparation à la sortie',
  label_ar: 'الإعداد للإفراج',
  questions: [
    {
      code: 'RELEASE_PLAN',
      type: 'select_one',
      label: 'Un plan de sortie (logement, école ou travail) a-t-il été préparé avec vous ?',
      label_ar: 'هل أُعدّت معك خطة للإفراج (السكن أو الدراسة أو العمل)؟',
      choices: YES_NO,
    },
    {
      code: 'RELEASE_PLAN_ITEMS',
      type: 'select_multiple',
      label: 'Que prévoit ce plan ?',
      label_ar: 'ماذا تتضمن هذه الخطة؟',
      hint: SEVERAL_ANSWERS,
      relevant: "${RELEASE_PLAN} = 'yes'",
      constraint: AT_LEAST_ONE,
      choices: [
        ['housing', 'Logement', 'السكن'],
        ['school', 'Retour à l’école', 'العودة إلى الدراسة'],
        ['work', 'Emploi', 'الشغل'],
        ['training', 'Formation professionnelle', 'التكوين المهني'],
        ['health', 'Soins de santé', 'الرعاية الصحية'],
        ['family_mediation', 'Médiation familiale', 'الوساطة الأسرية'],
      ],
    },
    {
      code: 'AFTERCARE_CONTACT',
      type: 'select_one',
      label:
        'Avez-vous été mis en contact avec un service d’accompagnement après la sortie ' +
        '(par exemple la Fondation Mohammed VI pour la réinsertion des détenus ou une association) ?',
      label_ar:
        'هل رُبط الاتصال بينك وبين جهة للمواكبة بعد الإفراج (مثل مؤسسة محمد السادس لإعادة إدماج السجناء أو جمعية)؟',
      choices: YES_NO,
    },
    {
      code: 'HOUSING_AFTER_RELEASE',
      type: 'select_one',
      label: 'À votre sortie, où pensez-vous habiter ?',
      label_ar: 'بعد الإفراج عنك، أين تتوقع أن تسكن؟',
      choices: [
        ['parents', 'Chez mes parents', 'عند والديّ'],
        ['other_family', 'Chez d’autres membres de la famille', 'عند أفراد آخرين من العائلة'],
        ['institution', 'Dans une institution ou un foyer', 'في مؤسسة أو دار للرعاية'],
        ['no_solution', 'Je n’ai pas de solution', 'ليس لدي أي حل'],
        ['dont_know', 'Je ne sais pas', 'لا أعرف'],
      ],
    },
    {
      code: 'CONFIDENCE_FUTURE',
      type: 'integer',
      label: 'De 1 (pas du tout) à 5 (tout à fait), avez-vous confiance en votre avenir après la sortie ?',
      label_ar: 'من 1 (إطلاقًا) إلى 5 (تمامًا)، هل أنت واثق من مستقبلك بعد الإفراج؟',
      required: false,
      constraint: scaleConstraint(1, 5),
    },
    {
      code: 'NOTE_END',
      type: 'note',
      label:
        'Remercier l’enfant. Si l’entretien a révélé un danger ou un besoin urgent, appliquer le protocole de signalement de l’OMP.',
      label_ar: 'اشكر الطفل. إذا كشفت المقابلة عن خطر أو حاجة مستعجلة، فطبّق بروتوكول التبليغ الخاص بالمرصد.',
    },
  ],
};

export const BARO_SECTIONS: readonly SectionSpec[] = [
  profile,
  legal,
  safety,
  family,
  education,
  vocational,
  health,
  rights,
  release,
];

export const baro: InstrumentRecord = {
  code: 'BARO',
  title: 'Baromètre de la réinsertion des mineurs détenus',
  title_ar: 'مقياس إعادة إدماج القاصرين المحتجزين',
  description:
    'Questionnaire du baromètre, passé en face à face aux mineurs détenus tirés au sort (25 % par établissement), ' +
    `une section par dimension du cadre de mesure. ${DEMO_TAG}`,
  versions: [
    {
      version: 1,
      status: 'published',
      published_at: '2026-02-20T09:00:00Z',
      notes: `Première version, reprenant les mesures de l’étude de référence 2020. ${DEMO_TAG}`,
      ...buildVersionContent(BARO_SECTIONS),
    },
  ],
};
