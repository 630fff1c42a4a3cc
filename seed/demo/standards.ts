// The normative framework the barometer follows: instruments, their rules or articles (short
// paraphrases, not quotations) and the links from the demo indicators to the rules. The rule texts
// are summaries to be read with the linked official text; where an article number of a Moroccan law
// is not given here, the row stands for the whole law ("texte entier").
import type { IndicatorStandardRecord, StandardInstrumentRecord, StandardRuleRecord } from './types.ts';

const OHCHR = 'https://www.ohchr.org/fr/instruments-mechanisms/instruments';

export const standardInstruments: readonly StandardInstrumentRecord[] = [
  {
    code: 'CRC',
    title: 'Convention relative aux droits de l’enfant',
    title_ar: 'اتفاقية حقوق الطفل',
    scope: 'international',
    year: 1989,
    url: `${OHCHR}/convention-rights-child`,
    sort: 1,
  },
  {
    code: 'CRC-GC24',
    title:
      'Comité des droits de l’enfant, Observation générale n° 24 (2019) sur les droits de l’enfant dans le système de justice pour enfants',
    title_ar: 'لجنة حقوق الطفل، التعليق العام رقم 24 (2019) بشأن حقوق الطفل في نظام قضاء الأطفال',
    scope: 'international',
    year: 2019,
    url: 'https://docs.un.org/fr/CRC/C/GC/24',
    sort: 2,
  },
  {
    code: 'BEIJING',
    title:
      'Ensemble de règles minima des Nations unies concernant l’administration de la justice pour mineurs (Règles de Beijing)',
    title_ar: 'قواعد الأمم المتحدة النموذجية الدنيا لإدارة شؤون قضاء الأحداث (قواعد بكين)',
    scope: 'international',
    year: 1985,
    url: `${OHCHR}/united-nations-standard-minimum-rules-administration-juvenile`,
    sort: 3,
  },
  {
    code: 'HAVANA',
    title: 'Règles des Nations unies pour la protection des mineurs privés de liberté (Règles de La Havane)',
    title_ar: 'قواعد الأمم المتحدة بشأن حماية الأحداث المجردين من حريتهم (قواعد هافانا)',
    scope: 'international',
    year: 1990,
    url: `${OHCHR}/united-nations-rules-protection-juveniles-deprived-their-liberty`,
    sort: 4,
  },
  {
    code: 'RIYADH',
    title:
      'Principes directeurs des Nations unies pour la prévention de la délinquance juvénile (Principes directeurs de Riyad)',
    title_ar: 'مبادئ الأمم المتحدة التوجيهية لمنع جنوح الأحداث (مبادئ الرياض التوجيهية)',
    scope: 'international',
    year: 1990,
    url: `${OHCHR}/united-nations-guidelines-prevention-juvenile-delinquency-riyadh`,
    sort: 5,
  },
  {
    code: 'MANDELA',
    title: 'Ensemble de règles minima des Nations unies pour le traitement des détenus (Règles Nelson Mandela)',
    title_ar: 'قواعد الأمم المتحدة النموذجية الدنيا لمعاملة السجناء (قواعد نيلسون مانديلا)',
    scope: 'international',
    year: 2015,
    url: `${OHCHR}/united-nations-standard-minimum-rules-treatment-prisoners`,
    sort: 6,
  },
  {
    code: 'BANGKOK',
    title:
      'Règles des Nations unies concernant le traitement des détenues et les mesures non privatives de liberté pour les délinquantes (Règles de Bangkok)',
    title_ar: 'قواعد الأمم المتحدة لمعاملة السجينات والتدابير غير الاحتجازية للمجرمات (قواعد بانكوك)',
    scope: 'international',
    year: 2010,
    url: `${OHCHR}/united-nations-rules-treatment-women-prisoners-and-non-custodial`,
    sort: 7,
  },
  {
    code: 'UNODC-UNICEF',
    title: 'ONUDC/UNICEF, Manuel pour la mesure des indicateurs de la justice pour mineurs (15 indicateurs)',
    title_ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة واليونيسف، دليل قياس مؤشرات قضاء الأحداث (15 مؤشرًا)',
    scope: 'international',
    year: 2006,
    url: 'https://www.unodc.org/pdf/criminal_justice/06-55616_ebook.pdf',
    sort: 8,
  },
  {
    code: 'MA-CONST',
    title: 'Constitution du Royaume du Maroc',
    title_ar: 'دستور المملكة المغربية',
    scope: 'national',
    year: 2011,
    url: 'https://www.sgg.gov.ma/Portals/0/constitution/constitution_2011_Fr.pdf',
    sort: 9,
  },
  {
    code: 'MA-LOI-10-23',
    title:
      'Loi n° 10.23 relative à l’organisation et au fonctionnement des établissements pénitentiaires (remplace la loi n° 23-98)',
    title_ar: 'القانون رقم 10.23 المتعلق بتنظيم وتدبير المؤسسات السجنية (يعوض القانون رقم 23.98)',
    scope: 'national',
    year: 2024,
    url: 'https://www.sgg.gov.ma',
    sort: 10,
  },
  {
    code: 'MA-CPP',
    title: 'Code de procédure pénale (loi n° 22-01), livre III : dispositions relatives aux mineurs',
    title_ar: 'قانون المسطرة الجنائية (القانون رقم 22.01)، الكتاب الثالث: القواعد الخاصة بالأحداث',
    scope: 'national',
    year: 2002,
    url: 'https://adala.justice.gov.ma',
    sort: 11,
  },
  {
    code: 'MA-LOI-43-22',
    title: 'Loi n° 43.22 relative aux peines alternatives',
    title_ar: 'القانون رقم 43.22 المتعلق بالعقوبات البديلة',
    scope: 'national',
    year: 2024,
    url: 'https://www.sgg.gov.ma',
    sort: 12,
  },
  {
    code: 'MA-LOI-09-08',
    title:
      'Loi n° 09-08 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel',
    title_ar: 'القانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي',
    scope: 'national',
    year: 2009,
    url: 'https://www.cndp.ma',
    sort: 13,
  },
];

type RuleSpec = readonly [
  instrument: string,
  number: string,
  text: string,
  text_ar: string,
  absoluteProhibition?: boolean,
];

const WHOLE_LAW = 'texte entier';

const RULES: readonly RuleSpec[] = [
  [
    'CRC',
    'art. 3',
    'L’intérêt supérieur de l’enfant est une considération primordiale dans toute décision qui le concerne.',
    'تولى مصالح الطفل الفضلى الاعتبار الأول في جميع الإجراءات التي تتعلق به.',
  ],
  [
    'CRC',
    'art. 37(b)',
    'L’arrestation, la détention ou l’emprisonnement d’un enfant n’est qu’une mesure de dernier ressort, d’une durée aussi brève que possible.',
    'لا يجوز اعتقال الطفل أو احتجازه أو سجنه إلا كملجأ أخير ولأقصر فترة زمنية مناسبة.',
  ],
  [
    'CRC',
    'art. 37(c)',
    'Tout enfant privé de liberté est traité avec humanité, séparé des adultes sauf si son intérêt commande le contraire, et garde le contact avec sa famille par la correspondance et les visites.',
    'يعامل كل طفل محروم من حريته بإنسانية، ويفصل عن البالغين ما لم تقتض مصلحته الفضلى خلاف ذلك، ويحتفظ بالاتصال بأسرته عن طريق المراسلة والزيارات.',
  ],
  [
    'CRC',
    'art. 37(d)',
    'L’enfant privé de liberté a droit à un accès rapide à l’assistance juridique et à contester la légalité de sa privation de liberté.',
    'للطفل المحروم من حريته الحق في الحصول بسرعة على مساعدة قانونية وفي الطعن في شرعية حرمانه من الحرية.',
  ],
  [
    'CRC',
    'art. 40(1)',
    'L’enfant en conflit avec la loi est traité d’une manière qui favorise sa réintégration et l’assomption d’un rôle constructif dans la société.',
    'يعامل الطفل المخالف للقانون بطريقة تشجع إعادة اندماجه وقيامه بدور بناء في المجتمع.',
  ],
  [
    'CRC',
    'art. 40(4)',
    'Des mesures variées (soins, orientation, probation, éducation, formation professionnelle) doivent exister en dehors du placement en institution.',
    'يجب توفير تدابير متنوعة (الرعاية والتوجيه والاختبار القضائي والتعليم والتدريب المهني) بديلة عن الإيداع في المؤسسات.',
  ],
  [
    'CRC-GC24',
    'par. 22',
    'Le Comité encourage les États à porter l’âge minimum de la responsabilité pénale à au moins 14 ans.',
    'تشجع اللجنة الدول على رفع السن الدنيا للمسؤولية الجنائية إلى 14 سنة على الأقل.',
  ],
  [
    'CRC-GC24',
    'par. 90',
    'Tout enfant arrêté et privé de liberté est présenté dans les 24 heures à une autorité compétente qui examine la légalité de sa détention.',
    'يقدم كل طفل موقوف ومحروم من حريته في غضون 24 ساعة إلى سلطة مختصة تنظر في شرعية احتجازه.',
  ],
  [
    'BEIJING',
    'r.7.1',
    'Les garanties de procédure (présomption d’innocence, droit d’être informé des accusations, droit à un conseil) sont assurées à tous les stades.',
    'تكفل الضمانات الإجرائية الأساسية (افتراض البراءة، والحق في الإبلاغ بالتهم، والحق في الاستعانة بمحام) في جميع مراحل الإجراءات.',
  ],
  [
    'BEIJING',
    'r.8',
    'La vie privée du mineur est respectée à tous les stades ; aucune information permettant de l’identifier n’est publiée.',
    'يحترم حق الحدث في حماية خصوصيته في جميع المراحل، ولا تنشر أي معلومات يمكن أن تؤدي إلى التعرف عليه.',
  ],
  [
    'BEIJING',
    'r.10.1',
    'Les parents ou le tuteur sont avisés immédiatement de l’arrestation du mineur, ou dans les plus brefs délais.',
    'يخطر والدا الحدث أو الوصي عليه فورًا بالقبض عليه، أو في أقرب وقت ممكن.',
  ],
  [
    'BEIJING',
    'r.11',
    'On envisage de traiter le cas des mineurs sans recourir à un procès formel (déjudiciarisation).',
    'ينظر في إمكانية معالجة قضايا الأحداث دون اللجوء إلى محاكمة رسمية.',
  ],
  [
    'BEIJING',
    'r.13.1',
    'La détention préventive n’est qu’une mesure de dernier ressort, d’une durée aussi courte que possible.',
    'لا يستخدم الاحتجاز رهن المحاكمة إلا كملاذ أخير ولأقصر فترة زمنية ممكنة.',
  ],
  [
    'BEIJING',
    'r.15.1',
    'Le mineur a le droit de se faire représenter par un conseil ou de demander l’assistance judiciaire gratuite.',
    'للحدث الحق في أن يمثله مستشار قانوني أو أن يطلب المساعدة القانونية المجانية.',
  ],
  [
    'BEIJING',
    'r.19.1',
    'Le placement en institution est une mesure de dernier ressort, pour la durée minimale nécessaire.',
    'يكون إيداع الحدث في مؤسسة إصلاحية تصرفًا يلجأ إليه كملاذ أخير ولأقصر فترة تقضي بها الضرورة.',
  ],
  [
    'BEIJING',
    'r.24.1',
    'Le mineur reçoit l’assistance (logement, éducation, formation professionnelle, emploi) qui facilite sa réinsertion.',
    'تقدم للحدث المساعدة (المأوى والتعليم والتدريب المهني والعمل) التي تيسر إعادة تأهيله.',
  ],
  [
    'BEIJING',
    'r.26.3',
    'Les mineurs placés en institution sont séparés des adultes.',
    'يفصل الأحداث المودعون في المؤسسات عن البالغين.',
  ],
  [
    'BEIJING',
    'r.26.5',
    'Dans l’intérêt du mineur placé, ses parents ou son tuteur ont un droit de visite.',
    'لمصلحة الحدث المودع وخيره، يحق لوالديه أو للوصي عليه زيارته.',
  ],
  [
    'BEIJING',
    'r.28.1',
    'La libération conditionnelle est utilisée le plus largement et le plus tôt possible.',
    'تلجأ السلطة المختصة إلى الإفراج المشروط بأكبر قدر ممكن وفي أقرب وقت ممكن.',
  ],
  [
    'HAVANA',
    'r.2',
    'La privation de liberté d’un mineur est une mesure de dernier recours, pour le minimum de temps nécessaire et limitée à des cas exceptionnels.',
    'لا يجرد الحدث من حريته إلا كملجأ أخير ولأقصر فترة لازمة، ويقتصر ذلك على الحالات الاستثنائية.',
  ],
  [
    'HAVANA',
    'r.17',
    'La détention avant jugement est évitée autant que possible ; si elle a lieu, l’affaire est traitée en priorité pour que la détention soit la plus brève possible.',
    'يتفادى الاحتجاز قبل المحاكمة قدر الإمكان، وإذا وقع تعطى القضية أولوية قصوى لتكون مدة الاحتجاز أقصر ما يمكن.',
  ],
  [
    'HAVANA',
    'r.24',
    'À l’admission, le mineur reçoit le règlement et une information écrite sur ses droits et obligations, dans une langue qu’il comprend, avec l’adresse des autorités compétentes pour recevoir ses plaintes.',
    'يسلم الحدث عند قبوله نسخة من النظام الداخلي ومعلومات مكتوبة عن حقوقه وواجباته بلغة يفهمها، مع عنوان السلطات المختصة بتلقي الشكاوى.',
  ],
  [
    'HAVANA',
    'r.27',
    'Après l’admission, chaque mineur est entendu et fait l’objet d’un rapport psychologique et social qui fonde un programme de traitement individuel.',
    'بعد القبول، تجرى مقابلة مع كل حدث ويعد تقرير نفسي واجتماعي عنه يقوم عليه برنامج معاملة فردي.',
  ],
  [
    'HAVANA',
    'r.29',
    'Dans tous les lieux de détention, les mineurs sont séparés des adultes, sauf s’ils sont membres d’une même famille.',
    'يفصل الأحداث عن البالغين في جميع مؤسسات الاحتجاز، إلا إذا كانوا من أفراد أسرة واحدة.',
    true,
  ],
  [
    'HAVANA',
    'r.38',
    'Tout mineur d’âge scolaire a droit à une éducation adaptée à ses besoins, si possible hors de l’établissement.',
    'لكل حدث في سن التعليم الإلزامي الحق في تعليم يلائم احتياجاته، خارج المؤسسة كلما أمكن ذلك.',
  ],
  [
    'HAVANA',
    'r.39',
    'Les mineurs qui ont dépassé l’âge scolaire et souhaitent poursuivre leurs études y sont autorisés et encouragés.',
    'يسمح للأحداث الذين تجاوزوا سن التعليم الإلزامي ويرغبون في مواصلة دراستهم بذلك ويشجعون عليه.',
  ],
  [
    'HAVANA',
    'r.40',
    'Les diplômes obtenus en détention n’indiquent pas que le mineur a été détenu.',
    'لا يشار في الشهادات التي يحصل عليها الحدث أثناء الاحتجاز إلى أنه كان محتجزًا.',
  ],
  [
    'HAVANA',
    'r.42',
    'Tout mineur a droit à une formation professionnelle dans des métiers qui le préparent à un emploi.',
    'لكل حدث الحق في تلقي تدريب مهني في حرف تعده لعمل في المستقبل.',
  ],
  [
    'HAVANA',
    'r.47',
    'Tout mineur a droit chaque jour à un temps d’exercice en plein air et à des activités récréatives.',
    'لكل حدث الحق في وقت مناسب يوميًا لممارسة التمارين في الهواء الطلق وللأنشطة الترفيهية.',
  ],
  [
    'HAVANA',
    'r.49',
    'Tout mineur a droit à des soins médicaux, préventifs et curatifs.',
    'لكل حدث الحق في الرعاية الطبية الوقائية والعلاجية.',
  ],
  [
    'HAVANA',
    'r.50',
    'Tout mineur est examiné par un médecin dès son admission.',
    'لكل حدث الحق في أن يفحصه طبيب فور إيداعه.',
  ],
  [
    'HAVANA',
    'r.59',
    'Tout est fait pour que les mineurs communiquent avec le monde extérieur, ce qui fait partie de leur préparation au retour dans la société.',
    'تتخذ كل الوسائل لضمان اتصال الأحداث بالعالم الخارجي، وهو جزء من إعدادهم للعودة إلى المجتمع.',
  ],
  [
    'HAVANA',
    'r.60',
    'Tout mineur a droit à des visites régulières et fréquentes, en principe une fois par semaine et au moins une fois par mois.',
    'لكل حدث الحق في تلقي زيارات منتظمة ومتكررة، مرة في الأسبوع مبدئيًا ومرة في الشهر على الأقل.',
  ],
  [
    'HAVANA',
    'r.61',
    'Tout mineur a le droit de communiquer par écrit ou par téléphone au moins deux fois par semaine.',
    'لكل حدث الحق في الاتصال كتابة أو هاتفيًا مرتين في الأسبوع على الأقل.',
  ],
  [
    'HAVANA',
    'r.67',
    'Sont interdites les mesures disciplinaires cruelles, inhumaines ou dégradantes, dont les châtiments corporels, la réclusion en cellule obscure et l’isolement.',
    'تحظر التدابير التأديبية القاسية أو اللاإنسانية أو المهينة، ومنها العقوبة البدنية والإيداع في زنزانة مظلمة والحبس الانفرادي.',
    true,
  ],
  [
    'HAVANA',
    'r.75',
    'Tout mineur peut adresser des requêtes ou des plaintes au directeur de l’établissement.',
    'لكل حدث أن يقدم طلبات أو شكاوى إلى مدير المؤسسة.',
  ],
  [
    'HAVANA',
    'r.79',
    'Tous les mineurs bénéficient de dispositions qui les aident à retrouver leur place dans la société, la famille, l’éducation ou l’emploi après leur libération.',
    'يستفيد جميع الأحداث من ترتيبات تساعدهم على العودة إلى المجتمع والحياة الأسرية والتعليم أو العمل بعد الإفراج عنهم.',
  ],
  [
    'HAVANA',
    'r.80',
    'Les autorités assurent des services qui aident les mineurs libérés à se réinsérer (logement, emploi, moyens de subsistance).',
    'تقدم السلطات المختصة خدمات تساعد الأحداث المفرج عنهم على الاندماج في المجتمع (السكن والعمل ووسائل العيش).',
  ],
  [
    'HAVANA',
    'r.87(a)',
    'Aucun membre du personnel ne peut infliger, provoquer ou tolérer un acte de torture ou un traitement cruel, inhumain ou dégradant.',
    'لا يجوز لأي موظف أن يمارس أو يحرض على أو يتسامح مع أي عمل من أعمال التعذيب أو المعاملة القاسية أو اللاإنسانية أو المهينة.',
  ],
  [
    'RIYADH',
    'par. 46',
    'Le placement des jeunes en institution n’est qu’une mesure de dernier ressort, pour la durée minimale nécessaire.',
    'لا يلجأ إلى إيداع الأحداث في مؤسسات إلا كملاذ أخير ولأقصر فترة لازمة.',
  ],
  ['MANDELA', 'r.11(d)', 'Les jeunes détenus sont séparés des adultes.', 'يفصل المحتجزون الأحداث عن البالغين.'],
  [
    'MANDELA',
    'r.45(2)',
    'L’interdiction de l’isolement cellulaire et des mesures analogues pour les femmes et les enfants, prévue par d’autres normes des Nations unies, continue de s’appliquer.',
    'يظل حظر استخدام الحبس الانفرادي والتدابير المماثلة في حالة النساء والأطفال، المنصوص عليه في معايير أخرى للأمم المتحدة، ساريًا.',
    true,
  ],
  [
    'BANGKOK',
    'r.37',
    'Les détenues mineures ont accès à l’éducation et à la formation professionnelle au même titre que les détenus mineurs.',
    'تتاح للسجينات القاصرات فرص التعليم والتدريب المهني على قدم المساواة مع السجناء القاصرين.',
  ],
  [
    'UNODC-UNICEF',
    'indicateur 2',
    'Enfants privés de liberté, pour 100 000 enfants.',
    'الأطفال المحرومون من الحرية، لكل 100000 طفل.',
  ],
  [
    'UNODC-UNICEF',
    'indicateur 3',
    'Enfants en détention avant jugement, pour 100 000 enfants.',
    'الأطفال المحتجزون قبل صدور الحكم، لكل 100000 طفل.',
  ],
  ['UNODC-UNICEF', 'indicateur 4', 'Durée de la détention avant jugement.', 'مدة الاحتجاز قبل صدور الحكم.'],
  [
    'UNODC-UNICEF',
    'indicateur 6',
    'Décès d’enfants en détention sur 12 mois, pour 1 000 enfants détenus.',
    'وفيات الأطفال أثناء الاحتجاز خلال 12 شهرا، لكل 1000 طفل محتجز.',
  ],
  [
    'UNODC-UNICEF',
    'indicateur 7',
    'Part des enfants détenus qui ne sont pas entièrement séparés des adultes.',
    'نسبة الأطفال المحتجزين غير المفصولين كليًا عن البالغين.',
  ],
  [
    'UNODC-UNICEF',
    'indicateur 8',
    'Part des enfants détenus qui ont reçu la visite de leurs parents, de leur tuteur ou d’un membre adulte de leur famille, ou leur ont rendu visite, au cours des 3 derniers mois.',
    'نسبة الأطفال المحتجزين الذين زارهم والداهم أو الوصي عليهم أو فرد بالغ من أسرهم، أو زاروهم، خلال الأشهر الثلاثة الأخيرة.',
  ],
  [
    'UNODC-UNICEF',
    'indicateur 9',
    'Part des enfants condamnés qui reçoivent une peine privative de liberté.',
    'نسبة الأطفال المحكوم عليهم الذين صدرت في حقهم عقوبة سالبة للحرية.',
  ],
  [
    'UNODC-UNICEF',
    'indicateur 10',
    'Part des enfants orientés, avant jugement, vers une mesure qui évite la procédure judiciaire.',
    'نسبة الأطفال الذين وُجِّهوا، قبل الحكم، إلى تدبير يجنبهم المتابعة القضائية.',
  ],
  [
    'UNODC-UNICEF',
    'indicateur 11',
    'Part des enfants libérés qui bénéficient d’un accompagnement après leur sortie.',
    'نسبة الأطفال المفرج عنهم الذين يتلقون رعاية لاحقة.',
  ],
  [
    'UNODC-UNICEF',
    'indicateur 13',
    'Part des lieux de détention dotés d’un système de plaintes pour les enfants.',
    'نسبة أماكن الاحتجاز التي تتوفر على نظام للشكاوى خاص بالأطفال.',
  ],
  [
    'MA-CONST',
    'art. 23',
    'Nul ne peut être arrêté ou détenu hors des cas prévus par la loi ; la personne détenue est informée de ses droits, a droit à l’assistance juridique, jouit de droits fondamentaux et de conditions de détention humaines, et peut bénéficier de programmes de formation et de réinsertion.',
    'لا يجوز إلقاء القبض على أي شخص أو اعتقاله إلا في الحالات التي ينص عليها القانون؛ ويخبر المعتقل بحقوقه، وله الحق في المساعدة القانونية، ويتمتع بحقوق أساسية وبظروف اعتقال إنسانية، ويمكنه أن يستفيد من برامج للتكوين وإعادة الإدماج.',
  ],
  [
    'MA-LOI-10-23',
    WHOLE_LAW,
    'Organise le fonctionnement des établissements pénitentiaires et les droits des détenus, dont les mineurs ; remplace la loi n° 23-98.',
    'ينظم تدبير المؤسسات السجنية وحقوق المعتقلين، ومنهم الأحداث؛ ويعوض القانون رقم 23.98.',
  ],
  [
    'MA-CPP',
    'art. 458',
    'La majorité pénale est fixée à 18 ans révolus.',
    'تحدد سن الرشد الجنائي في ثماني عشرة سنة ميلادية كاملة.',
  ],
  [
    'MA-CPP',
    'art. 473',
    'Un mineur de 12 à 18 ans ne peut être placé dans un établissement pénitentiaire que si la mesure est indispensable ; il y est alors retenu dans un quartier séparé.',
    'لا يمكن إيداع الحدث الذي يتراوح سنه بين 12 و18 سنة في مؤسسة سجنية إلا إذا ظهر أن هذا التدبير ضروري، ويوضع حينئذ في جناح منفصل.',
  ],
  [
    'MA-LOI-43-22',
    WHOLE_LAW,
    'Institue des peines alternatives aux courtes peines privatives de liberté, dont le travail d’intérêt général et la surveillance électronique.',
    'يحدث عقوبات بديلة للعقوبات السالبة للحرية قصيرة المدة، منها العمل لأجل المنفعة العامة والمراقبة الإلكترونية.',
  ],
  [
    'MA-LOI-09-08',
    WHOLE_LAW,
    'Encadre le traitement des données personnelles (finalité, consentement, sécurité) sous le contrôle de la CNDP.',
    'يؤطر معالجة المعطيات ذات الطابع الشخصي (الغاية والموافقة والسلامة) تحت مراقبة اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.',
  ],
];

/** A rule's code: its instrument's code and its number, e.g. HAVANA-r.29, CRC-art.37(c). */
export function ruleCode(instrument: string, number: string): string {
  return `${instrument}-${number.replaceAll(' ', '')}`;
}

export const standardRules: readonly StandardRuleRecord[] = RULES.map(
  ([instrument, number, text, text_ar, absoluteProhibition], index) => ({
    code: ruleCode(instrument, number),
    instrument,
    number,
    text,
    text_ar,
    url: standardInstruments.find((candidate) => candidate.code === instrument)?.url ?? null,
    absolute_prohibition: absoluteProhibition ?? false,
    sort: index + 1,
  }),
);

type LinkSpec = readonly [
  indicator: string,
  instrument: string,
  number: string,
  nature: IndicatorStandardRecord['nature'],
  target?: number,
];

/**
 * The demo indicators' former free-text `standard`, as links to the catalogue. A target only where the
 * rule sets one: 0 for an absolute prohibition, 1 where the rule gives every child a right with a
 * frequency (Havana r.60: a visit a month at least; r.61: twice a week; r.50: a medical exam at admission).
 */
const LINKS: readonly LinkSpec[] = [
  ['LEG_PRETRIAL', 'BEIJING', 'r.13.1', 'approximates'],
  ['LEG_PRETRIAL', 'CRC', 'art. 37(b)', 'approximates'],
  ['LEG_PRETRIAL', 'UNODC-UNICEF', 'indicateur 3', 'approximates'],
  ['LEG_PRETRIAL_6M', 'HAVANA', 'r.17', 'approximates'],
  ['LEG_PRETRIAL_6M', 'UNODC-UNICEF', 'indicateur 4', 'approximates'],
  ['LEG_LAWYER', 'CRC', 'art. 37(d)', 'measures'],
  ['LEG_LAWYER', 'BEIJING', 'r.7.1', 'approximates'],
  ['LEG_LAWYER', 'BEIJING', 'r.15.1', 'measures'],
  ['SAF_ADULTS', 'CRC', 'art. 37(c)', 'approximates'],
  ['SAF_ADULTS', 'HAVANA', 'r.29', 'measures', 0],
  ['SAF_ADULTS', 'UNODC-UNICEF', 'indicateur 7', 'measures'],
  ['SAF_VIOLENCE', 'HAVANA', 'r.67', 'approximates'],
  ['SAF_VIOLENCE', 'HAVANA', 'r.87(a)', 'approximates'],
  ['SAF_ISOLATION', 'HAVANA', 'r.67', 'measures', 0],
  ['SAF_ISOLATION', 'MANDELA', 'r.45(2)', 'measures', 0],
  ['FAM_VISIT_3M', 'HAVANA', 'r.59', 'approximates'],
  ['FAM_VISIT_3M', 'BEIJING', 'r.26.5', 'approximates'],
  ['FAM_VISIT_3M', 'UNODC-UNICEF', 'indicateur 8', 'measures'],
  ['FAM_VISIT_MONTHLY', 'HAVANA', 'r.60', 'measures', 1],
  ['FAM_CONTACT_TWICE_WEEKLY', 'HAVANA', 'r.61', 'measures', 1],
  ['EDU_SCHOOLING', 'HAVANA', 'r.38', 'measures'],
  ['EDU_CERTIFICATE', 'HAVANA', 'r.39', 'approximates'],
  ['EDU_CERTIFICATE', 'HAVANA', 'r.40', 'approximates'],
  ['EDU_ACTIVITIES', 'HAVANA', 'r.47', 'approximates'],
  ['VOC_IN_TRAINING', 'HAVANA', 'r.42', 'measures'],
  ['VOC_CERTIFIED', 'HAVANA', 'r.42', 'approximates'],
  ['HEA_EXAM_ADMISSION', 'HAVANA', 'r.50', 'measures', 1],
  ['HEA_PSYSOCIAL', 'HAVANA', 'r.49', 'approximates'],
  ['HEA_WELLBEING', 'HAVANA', 'r.49', 'approximates'],
  ['RIG_INFORMED', 'HAVANA', 'r.24', 'measures'],
  ['RIG_PLAN', 'HAVANA', 'r.27', 'measures'],
  ['RIG_COMPLAINT', 'HAVANA', 'r.24', 'approximates'],
  ['RIG_COMPLAINT', 'HAVANA', 'r.75', 'approximates'],
  ['RIG_COMPLAINT', 'UNODC-UNICEF', 'indicateur 13', 'approximates'],
  ['REL_PLAN', 'HAVANA', 'r.79', 'measures'],
  ['REL_PLAN', 'BEIJING', 'r.24.1', 'approximates'],
  ['REL_AFTERCARE_CONTACT', 'HAVANA', 'r.80', 'approximates'],
  ['REL_AFTERCARE_CONTACT', 'BEIJING', 'r.28.1', 'approximates'],
  ['REL_AFTERCARE_CONTACT', 'UNODC-UNICEF', 'indicateur 11', 'approximates'],
];

export const indicatorStandards: readonly IndicatorStandardRecord[] = LINKS.map(
  ([indicator, instrument, number, nature, target]) => ({
    indicator,
    rule: ruleCode(instrument, number),
    nature,
    target: target ?? null,
  }),
);
