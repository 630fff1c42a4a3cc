// The texts of a wave's page and of its sections that have no texts module of their own, French and Arabic.
import type { ExportFormat } from '../../../../../core/export/index.ts';
import type { WaveAction } from '../../../../../core/waves/index.ts';
import type { UiLanguage } from '../../shared-app/ui-language.ts';

export type WaveSectionId =
  | 'report'
  | 'exports'
  | 'coverage'
  | 'imports'
  | 'draws'
  | 'quality'
  | 'results'
  | 'cohort'
  | 'compliance'
  | 'recommendations'
  | 'history';

export interface ActionText {
  readonly button: string;
  readonly icon: string;
  readonly title: (wave: string) => string;
  readonly explanation: string;
  readonly done: (wave: string) => string;
}

export interface WaveTexts {
  reload: string;
  contents: string;
  /** The table of contents' short names. */
  toc: Readonly<Record<WaveSectionId, string>>;
  /** The sections' headings, where the page gives one. */
  headings: { report: string; exports: string; coverage: string; imports: string; results: string };
  headingRecommendations: string;
  headingHistory: string;
  imports: {
    chooseCsv: string;
    frameTitle: string;
    frameLead: string;
    frameClosed: string;
    frameImported: (
      fileName: string,
      result: { created: number; establishments_created: number; removed: number },
    ) => string;
    interviewsTitle: string;
    interviewsLead: string;
    interviewsClosed: string;
    interviewsImported: (fileName: string, created: number) => string;
    formatsTitle: string;
    /** One paragraph a file: its name, then what it holds, column names between backquotes. */
    formats: ReadonlyArray<{ name: string; text: string }>;
  };
  summary: {
    status: string;
    kind: string;
    baseline: string;
    survey: string;
    referenceDate: string;
    fieldwork: string;
    fieldworkRange: (start: string, end: string) => string;
    samplingRate: string;
    lockedAt: string;
    publishedAt: string;
    instruments: string;
    noVersion: string;
    interviewsAndRecord: string;
  };
  actions: Readonly<Record<WaveAction, ActionText>>;
  /** The transition dialog: what blocks a lock, what an exclusion leaves, the unlock's reason. */
  dialog: {
    unframed: (establishments: readonly string[]) => string;
    unreviewed: (count: number, drafts: number, submitted: number) => string;
    exclude: string;
    remaining: (analysed: number, excluded: number, covered: string, total: string, rate: string) => string;
    uncovered: (uncovered: readonly string[], establishments: number) => string;
    confirmCoverage: string;
    nothingBlocks: string;
    unlockReason: string;
    unlockPlaceholder: string;
    unlockHint: (minimum: number) => string;
    cancel: string;
  };
  report: {
    language: string;
    /** The report's editions, by the language they are written in. */
    editions: Readonly<Record<UiLanguage, string>>;
    build: string;
    download: (sha: string) => string;
    none: string;
    downloadShort: string;
    columns: { when: string; kind: string; lang: string; sha: string; link: string };
    kinds: { draft: string; final: string };
    queued: (ahead: number) => string;
    building: (percent: number | null) => string;
  };
  exports: Readonly<Record<ExportFormat, { title: string; contains: string }>>;
  coverage: {
    noFrame: string;
    wholeWave: string;
    population: (count: number) => string;
    interviews: (counts: { done: number; analysed: number; excluded: number }) => string;
    underTarget: string;
    byEnumerator: string;
    noInterview: string;
    noEnumerator: string;
    establishments: { name: string; population: string; target: string; achieved: string; rate: string };
    enumerators: { name: string; achieved: string };
  };
  recommendations: {
    unavailable: string;
    none: string;
    priority: Readonly<Record<'high' | 'medium' | 'low', string>>;
    allWaves: string;
    edit: string;
    all: string;
  };
  history: {
    none: string;
    columns: { when: string; change: string; who: string; reason: string; excluded: string };
  };
  results: {
    unavailable: string;
    score: string;
    interval: string;
    frozen: string;
    provisional: string;
    footnote: string;
    notApplicable: string;
    suppressed: string;
    columns: { label: string; dimension: string; estimate: string; interval: string; n: string; score: string };
  };
}

export const WAVE_TEXTS: Readonly<Record<UiLanguage, WaveTexts>> = {
  fr: {
    reload: 'Actualiser',
    contents: 'Sommaire de la vague',
    toc: {
      report: 'Rapport',
      exports: 'Exports',
      coverage: 'Couverture',
      imports: 'Imports',
      draws: 'Tirages',
      quality: 'Qualité',
      results: 'Résultats',
      cohort: 'Après la sortie',
      compliance: 'Conformité',
      recommendations: 'Recommandations',
      history: 'Historique',
    },
    headings: {
      report: 'Rapport',
      exports: 'Exports pour l’analyse',
      coverage: 'Couverture du terrain',
      imports: 'Imports',
      results: 'Résultats',
    },
    headingRecommendations: 'Recommandations',
    headingHistory: 'Historique',
    imports: {
      chooseCsv: 'Choisir un fichier CSV…',
      frameTitle: 'Base de sondage',
      frameLead: 'Effectif Nₕ de mineurs détenus par établissement à la date de référence. Les cibles en découlent.',
      frameClosed: 'La vague est verrouillée ou publiée : sa base de sondage est figée.',
      frameImported: (fileName, result) => {
        const plural = (count: number, word: string) => `${word}${count > 1 ? 's' : ''}`;
        const parts = [`${result.created} ${plural(result.created, 'établissement')} dans la base de sondage`];
        const made = result.establishments_created;
        if (made > 0)
          parts.push(`${made} ${plural(made, 'nouvel')} ${plural(made, 'établissement')} ${plural(made, 'créé')}`);
        if (result.removed > 0)
          parts.push(`${result.removed} ${plural(result.removed, 'ligne')} ${plural(result.removed, 'retirée')}`);
        return `« ${fileName} » importé : ${parts.join(', ')}.`;
      },
      interviewsTitle: 'Entretiens collectés hors ligne',
      interviewsLead: 'Entretiens saisis dans Kobo, ODK ou Excel, vérifiés comme une saisie dans l’application.',
      interviewsClosed: 'Les entretiens ne s’importent que dans une vague ouverte.',
      interviewsImported: (fileName, created) =>
        `« ${fileName} » importé : ${created} entretien${created > 1 ? 's' : ''} enregistré${created > 1 ? 's' : ''}.`,
      formatsTitle: 'Formats des fichiers CSV',
      formats: [
        {
          name: 'Base de sondage',
          text: '`establishment_code,population`, et pour un établissement nouveau `establishment_type,region`. Une ligne par établissement ; le fichier remplace la base précédente.',
        },
        {
          name: 'Entretiens',
          text: '`interview_code,participant_code,establishment_code` puis une colonne par code de question (choix multiples séparés par des espaces) ; facultatifs `consent_guardian`, `assent_child` (yes/no), `enumerator_email`, `interview_date`, `status`. Tout le fichier est accepté, ou rien.',
        },
        {
          name: 'Liste du tirage',
          text: '`establishment_code,participant_code`, une ligne par mineur présent à la date de référence, codes pseudonymes seulement. Un tirage par établissement de la liste.',
        },
      ],
    },
    summary: {
      status: 'Statut',
      kind: 'Type',
      baseline: 'Étude de référence',
      survey: 'Vague d’enquête',
      referenceDate: 'Date de référence',
      fieldwork: 'Terrain',
      fieldworkRange: (start, end) => `du ${start} au ${end}`,
      samplingRate: 'Taux de sondage',
      lockedAt: 'Verrouillée le',
      publishedAt: 'Publiée le',
      instruments: 'Questionnaires',
      noVersion: 'Aucune version choisie',
      interviewsAndRecord: 'Entretiens et fiche de la vague',
    },
    actions: {
      open: {
        button: 'Ouvrir',
        icon: 'play_arrow',
        title: (wave) => `Ouvrir la vague ${wave} ?`,
        explanation:
          'Les enquêteurs pourront saisir des entretiens dans cette vague. Les versions de questionnaire de la vague doivent être choisies.',
        done: (wave) => `La vague ${wave} est ouverte.`,
      },
      lock: {
        button: 'Verrouiller',
        icon: 'lock',
        title: (wave) => `Verrouiller la vague ${wave} ?`,
        explanation:
          'Le terrain est clos : entretiens, réponses, statuts de relecture, base de sondage et questionnaires de la vague seront figés, et les estimations enregistrées.',
        done: (wave) => `La vague ${wave} est verrouillée.`,
      },
      unlock: {
        button: 'Déverrouiller',
        icon: 'lock_open',
        title: (wave) => `Déverrouiller la vague ${wave} ?`,
        explanation:
          'La vague redevient ouverte et ses données modifiables. Le motif est conservé dans l’historique de la vague.',
        done: (wave) => `La vague ${wave} est de nouveau ouverte.`,
      },
      publish: {
        button: 'Publier',
        icon: 'campaign',
        title: (wave) => `Publier la vague ${wave} ?`,
        explanation: 'La publication est définitive : la vague ne pourra plus être déverrouillée.',
        done: (wave) => `La vague ${wave} est publiée.`,
      },
    },
    dialog: {
      unframed: (list) =>
        `Le verrouillage sera refusé : ${list.join(', ')} ${list.length > 1 ? 'ont' : 'a'} des entretiens mais pas de ligne dans la base de sondage. Importez une base de sondage qui ${list.length > 1 ? 'les' : 'le'} contient.`,
      unreviewed: (count, drafts, submitted) =>
        `${count} entretien${count > 1 ? 's ne sont' : ' n’est'} pas relu${count > 1 ? 's' : ''} (${drafts} brouillon${drafts > 1 ? 's' : ''}, ${submitted} soumis non validé${submitted > 1 ? 's' : ''}). Le verrouillage est refusé tant qu’ils ne sont pas relus, sauf si vous les excluez : ils restent enregistrés mais ne comptent pas dans les estimations.`,
      exclude: 'Exclure les entretiens non relus',
      remaining: (analysed, excluded, covered, total, rate) =>
        `Après le verrouillage, ${analysed} entretien${analysed > 1 ? 's seront analysés' : ' sera analysé'} (${excluded} exclu${excluded > 1 ? 's' : ''}). ${analysed > 1 ? 'Ils couvrent' : 'Il couvre'} ${covered} mineurs sur ${total} (${rate}).`,
      uncovered: (list, establishments) =>
        `${list.length} établissement${list.length > 1 ? 's' : ''} sur ${establishments} n’${list.length > 1 ? 'auront' : 'aura'} aucun entretien analysé : ${list.join(', ')}. Les estimations ne ${list.length > 1 ? 'les' : 'le'} représenteront pas.`,
      confirmCoverage: 'J’ai lu ce qui restera analysé et je confirme le verrouillage avec ces exclusions',
      nothingBlocks:
        'Rien ne bloque : chaque entretien est relu et chaque établissement a sa ligne dans la base de sondage.',
      unlockReason: 'Motif du déverrouillage (obligatoire)',
      unlockPlaceholder: 'Par exemple : correction de 3 entretiens de E04 après contrôle qualité',
      unlockHint: (minimum) => `${minimum} caractères au moins ; le motif reste dans l’historique de la vague.`,
      cancel: 'Annuler',
    },
    report: {
      language: 'Langue du rapport',
      editions: { fr: 'Édition française', ar: 'Édition arabe — النسخة العربية' },
      build: 'Générer le baromètre',
      download: (sha) => `Télécharger le PDF (${sha})`,
      none: 'Aucun rapport pour cette vague.',
      downloadShort: 'Télécharger',
      columns: { when: 'Date', kind: 'Type', lang: 'Édition', sha: 'Empreinte SHA-256', link: 'PDF' },
      kinds: { draft: 'Provisoire', final: 'Définitif' },
      queued: (ahead) => `En file d’attente (${ahead} ${ahead > 1 ? 'rapports' : 'rapport'} avant celui-ci)…`,
      building: (percent) => (percent === null ? 'Construction du rapport…' : `Construction du rapport… ${percent} %`),
    },
    exports: {
      csv: {
        title: 'Données (CSV)',
        contains:
          'Une ligne par entretien analysé, une colonne par question (0/1 par choix d’une question à choix multiples), sans identifiant direct ni texte libre, k-anonyme (k = 3).',
      },
      codebook: {
        title: 'Dictionnaire des variables (CSV)',
        contains:
          'Chaque variable : section, type, libellés français et arabe, choix ; les questions laissées hors des données (texte libre, identifiantes) et les valeurs masquées par la k-anonymité.',
      },
      spss: {
        title: 'Syntaxe SPSS (.sps)',
        contains: 'Lit le CSV des données dans SPSS avec les libellés de variables et de valeurs.',
      },
      stata: {
        title: 'Script Stata (.do)',
        contains: 'Lit le CSV des données dans Stata avec les libellés de variables et de valeurs.',
      },
    },
    coverage: {
      noFrame:
        'Aucune base de sondage pour cette vague : importez-la ci-dessous pour calculer les cibles par établissement.',
      wholeWave: 'Ensemble de la vague',
      population: (count) => `N = ${count} mineurs détenus à la date de référence`,
      interviews: ({ done, analysed, excluded }) =>
        `Entretiens : ${done} menés à leur terme, ${analysed} retenus pour les estimations, ${excluded} exclus au verrouillage.`,
      underTarget: 'Moins de 80 % de la cible',
      byEnumerator: 'Par enquêteur (entretiens soumis ou validés)',
      noInterview: 'Aucun entretien compté pour l’instant.',
      noEnumerator: 'Import sans enquêteur',
      establishments: {
        name: 'Établissement',
        population: 'N_h',
        target: 'Cible',
        achieved: 'Réalisés',
        rate: '% de la cible',
      },
      enumerators: { name: 'Enquêteur', achieved: 'Entretiens' },
    },
    recommendations: {
      unavailable: 'Les recommandations ne sont pas disponibles :',
      none: 'Aucune recommandation pour cette vague.',
      priority: { high: 'Priorité haute', medium: 'Priorité moyenne', low: 'Priorité basse' },
      allWaves: 'Toutes vagues',
      edit: 'Modifier',
      all: 'Toutes les recommandations',
    },
    history: {
      none: 'Aucun changement de statut pour l’instant.',
      columns: { when: 'Quand', change: 'Changement', who: 'Par', reason: 'Motif', excluded: 'Entretiens exclus' },
    },
    results: {
      unavailable: 'Les résultats ne sont pas disponibles :',
      score: 'Score du baromètre',
      interval: 'IC 95 % :',
      frozen: 'Figé au verrouillage',
      provisional: 'Provisoire : calculé sur les entretiens actuels',
      footnote:
        'Estimations sur l’ensemble de la vague, avec le contrôle de diffusion : « masqué » sous le seuil d’effectif, « n. a. » quand les questions de l’indicateur ne figurent pas dans les questionnaires de la vague.',
      notApplicable: 'n. a.',
      suppressed: 'masqué',
      columns: {
        label: 'Indicateur',
        dimension: 'Dimension',
        estimate: 'Estimation',
        interval: 'IC 95 %',
        n: 'Effectif',
        score: 'Score',
      },
    },
  },
  ar: {
    reload: 'تحديث',
    contents: 'فهرس الموجة',
    toc: {
      report: 'التقرير',
      exports: 'التصدير',
      coverage: 'التغطية',
      imports: 'الاستيراد',
      draws: 'السحب',
      quality: 'الجودة',
      results: 'النتائج',
      cohort: 'بعد الإفراج',
      compliance: 'المطابقة',
      recommendations: 'التوصيات',
      history: 'السجل',
    },
    headings: {
      report: 'التقرير',
      exports: 'ملفات التصدير للتحليل',
      coverage: 'تغطية العمل الميداني',
      imports: 'الاستيراد',
      results: 'النتائج',
    },
    headingRecommendations: 'التوصيات',
    headingHistory: 'السجل',
    imports: {
      chooseCsv: 'اختيار ملف CSV…',
      frameTitle: 'قاعدة المعاينة',
      frameLead: 'عدد Nₕ من القاصرين المحتجزين في كل مؤسسة في التاريخ المرجعي. ومنه تُستخرج الأهداف.',
      frameClosed: 'الموجة مقفلة أو منشورة: قاعدة معاينتها مجمَّدة.',
      frameImported: (fileName, result) => {
        const parts = [`${result.created} مؤسسة في قاعدة المعاينة`];
        if (result.establishments_created > 0) parts.push(`${result.establishments_created} مؤسسة جديدة أُنشئت`);
        if (result.removed > 0) parts.push(`${result.removed} سطر حُذف`);
        return `تم استيراد «${fileName}»: ${parts.join('، ')}.`;
      },
      interviewsTitle: 'مقابلات جُمعت دون اتصال',
      interviewsLead: 'مقابلات أُدخلت في Kobo أو ODK أو Excel، تُراجع كما يُراجع الإدخال في التطبيق.',
      interviewsClosed: 'لا تُستورد المقابلات إلا في موجة مفتوحة.',
      interviewsImported: (fileName, created) => `تم استيراد «${fileName}»: سُجّلت ${created} مقابلة.`,
      formatsTitle: 'صيغ ملفات CSV',
      formats: [
        {
          name: 'قاعدة المعاينة',
          text: '`establishment_code,population`، ولمؤسسة جديدة `establishment_type,region`. سطر لكل مؤسسة؛ ويعوّض الملف القاعدة السابقة.',
        },
        {
          name: 'المقابلات',
          text: '`interview_code,participant_code,establishment_code` ثم عمود لكل رمز سؤال (الاختيارات المتعددة مفصولة بمسافات)؛ واختياريًا `consent_guardian` و`assent_child` (yes/no) و`enumerator_email` و`interview_date` و`status`. يُقبل الملف كله أو لا شيء منه.',
        },
        {
          name: 'قائمة السحب',
          text: '`establishment_code,participant_code`، سطر لكل قاصر حاضر في التاريخ المرجعي، برموز مستعارة فقط. سحب واحد لكل مؤسسة في القائمة.',
        },
      ],
    },
    summary: {
      status: 'الحالة',
      kind: 'النوع',
      baseline: 'دراسة مرجعية',
      survey: 'موجة استطلاع',
      referenceDate: 'التاريخ المرجعي',
      fieldwork: 'العمل الميداني',
      fieldworkRange: (start, end) => `من ${start} إلى ${end}`,
      samplingRate: 'نسبة المعاينة',
      lockedAt: 'أُقفلت في',
      publishedAt: 'نُشرت في',
      instruments: 'الاستمارات',
      noVersion: 'لم يُختر أي إصدار',
      interviewsAndRecord: 'مقابلات الموجة وبطاقتها',
    },
    actions: {
      open: {
        button: 'فتح',
        icon: 'play_arrow',
        title: (wave) => `فتح الموجة ${wave}؟`,
        explanation: 'سيتمكن الباحثون من إدخال مقابلات في هذه الموجة. يجب اختيار إصدارات استمارات الموجة.',
        done: (wave) => `الموجة ${wave} مفتوحة.`,
      },
      lock: {
        button: 'إقفال',
        icon: 'lock',
        title: (wave) => `إقفال الموجة ${wave}؟`,
        explanation:
          'ينتهي العمل الميداني: تُجمَّد المقابلات والأجوبة وحالات المراجعة وقاعدة المعاينة واستمارات الموجة، وتُحفظ التقديرات.',
        done: (wave) => `الموجة ${wave} مقفلة.`,
      },
      unlock: {
        button: 'إلغاء الإقفال',
        icon: 'lock_open',
        title: (wave) => `إلغاء إقفال الموجة ${wave}؟`,
        explanation: 'تعود الموجة مفتوحة وتصبح بياناتها قابلة للتعديل. يُحفظ السبب في سجل الموجة.',
        done: (wave) => `الموجة ${wave} مفتوحة من جديد.`,
      },
      publish: {
        button: 'نشر',
        icon: 'campaign',
        title: (wave) => `نشر الموجة ${wave}؟`,
        explanation: 'النشر نهائي: لن يمكن إلغاء إقفال الموجة بعد ذلك.',
        done: (wave) => `الموجة ${wave} منشورة.`,
      },
    },
    dialog: {
      unframed: (list) =>
        `سيُرفض الإقفال: ${list.join('، ')} لديها مقابلات دون سطر في قاعدة المعاينة. استورد قاعدة معاينة تتضمنها.`,
      unreviewed: (count, drafts, submitted) =>
        `مقابلات غير مراجَعة: ${count} (${drafts} مسودة، ${submitted} مقدَّمة غير مصادق عليها). يُرفض الإقفال ما دامت غير مراجَعة، إلا إذا استبعدتها: تبقى محفوظة لكنها لا تُحتسب في التقديرات.`,
      exclude: 'استبعاد المقابلات غير المراجَعة',
      remaining: (analysed, excluded, covered, total, rate) =>
        `بعد الإقفال ستُحلَّل ${analysed} مقابلة (${excluded} مستبعدة). وهي تغطي ${covered} قاصرًا من أصل ${total} (${rate}).`,
      uncovered: (list, establishments) =>
        `${list.length} مؤسسة من أصل ${establishments} لن تكون لها أي مقابلة محلَّلة: ${list.join('، ')}. لن تمثلها التقديرات.`,
      confirmCoverage: 'اطلعت على ما سيبقى محلَّلًا وأؤكد الإقفال مع هذه الاستبعادات',
      nothingBlocks: 'لا شيء يمنع الإقفال: كل مقابلة مراجَعة ولكل مؤسسة سطرها في قاعدة المعاينة.',
      unlockReason: 'سبب إلغاء الإقفال (إجباري)',
      unlockPlaceholder: 'مثلًا: تصحيح 3 مقابلات من E04 بعد مراقبة الجودة',
      unlockHint: (minimum) => `${minimum} حرفًا على الأقل؛ يبقى السبب في سجل الموجة.`,
      cancel: 'إلغاء',
    },
    report: {
      language: 'لغة التقرير',
      editions: { fr: 'النسخة الفرنسية — Édition française', ar: 'النسخة العربية' },
      build: 'إنشاء البارومتر',
      download: (sha) => `تنزيل ملف PDF (${sha})`,
      none: 'لا يوجد تقرير لهذه الموجة.',
      downloadShort: 'تنزيل',
      columns: { when: 'التاريخ', kind: 'النوع', lang: 'النسخة', sha: 'بصمة SHA-256', link: 'PDF' },
      kinds: { draft: 'مؤقت', final: 'نهائي' },
      queued: (ahead) => `في قائمة الانتظار (${ahead} ${ahead > 1 ? 'تقارير' : 'تقرير'} قبله)…`,
      building: (percent) => (percent === null ? 'جارٍ إعداد التقرير…' : `جارٍ إعداد التقرير… ${percent}٪`),
    },
    exports: {
      csv: {
        title: 'البيانات (CSV)',
        contains:
          'سطر لكل مقابلة محلَّلة وعمود لكل سؤال (0/1 لكل اختيار في سؤال متعدد الاختيارات)، دون مُعرِّف مباشر ولا نص حر، مع إخفاء الهوية k (k = 3).',
      },
      codebook: {
        title: 'قاموس المتغيرات (CSV)',
        contains:
          'كل متغير: القسم والنوع والتسميات بالفرنسية والعربية والاختيارات؛ والأسئلة المستبعدة من البيانات (نص حر، معرِّفة) والقيم المخفية حفاظًا على إخفاء الهوية.',
      },
      spss: {
        title: 'أوامر SPSS (.sps)',
        contains: 'يقرأ ملف البيانات CSV في SPSS مع تسميات المتغيرات والقيم.',
      },
      stata: {
        title: 'برنامج Stata (.do)',
        contains: 'يقرأ ملف البيانات CSV في Stata مع تسميات المتغيرات والقيم.',
      },
    },
    coverage: {
      noFrame: 'لا توجد قاعدة معاينة لهذه الموجة: استوردها أدناه لحساب الأهداف حسب المؤسسة.',
      wholeWave: 'مجموع الموجة',
      population: (count) => `N = ${count} قاصرًا محتجزًا في التاريخ المرجعي`,
      interviews: ({ done, analysed, excluded }) =>
        `المقابلات: ${done} أُنجزت حتى النهاية، ${analysed} معتمدة في التقديرات، ${excluded} مستبعدة عند الإقفال.`,
      underTarget: 'أقل من 80٪ من الهدف',
      byEnumerator: 'حسب الباحث (المقابلات المقدَّمة أو المصادق عليها)',
      noInterview: 'لم تُحتسب أي مقابلة حتى الآن.',
      noEnumerator: 'استيراد دون باحث',
      establishments: {
        name: 'المؤسسة',
        population: 'N_h',
        target: 'الهدف',
        achieved: 'المنجزة',
        rate: '٪ من الهدف',
      },
      enumerators: { name: 'الباحث', achieved: 'المقابلات' },
    },
    recommendations: {
      unavailable: 'التوصيات غير متوفرة:',
      none: 'لا توجد توصية لهذه الموجة.',
      priority: { high: 'أولوية عالية', medium: 'أولوية متوسطة', low: 'أولوية منخفضة' },
      allWaves: 'كل الموجات',
      edit: 'تعديل',
      all: 'كل التوصيات',
    },
    history: {
      none: 'لا يوجد أي تغيير في الحالة حتى الآن.',
      columns: { when: 'متى', change: 'التغيير', who: 'من طرف', reason: 'السبب', excluded: 'المقابلات المستبعدة' },
    },
    results: {
      unavailable: 'النتائج غير متوفرة:',
      score: 'نقطة البارومتر',
      interval: 'مجال الثقة 95٪:',
      frozen: 'مجمَّدة عند الإقفال',
      provisional: 'مؤقتة: محسوبة على المقابلات الحالية',
      footnote:
        'تقديرات على مجموع الموجة مع مراقبة النشر: «مخفي» تحت عتبة العدد، و«غ. م.» عندما لا ترد أسئلة المؤشر في استمارات الموجة.',
      notApplicable: 'غ. م.',
      suppressed: 'مخفي',
      columns: {
        label: 'المؤشر',
        dimension: 'البعد',
        estimate: 'التقدير',
        interval: 'مجال الثقة 95٪',
        n: 'العدد',
        score: 'النقطة',
      },
    },
  },
};
