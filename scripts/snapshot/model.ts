// The barometer's data model, designed once for the whole product. See README "Data model".
import { DEFAULT_SAMPLING_RATE, WAVE_STATUS_LABELS } from '../../core/waves/index.ts';
import {
  auditFields,
  collection,
  dropdown,
  field,
  folder,
  manyToOne,
  oneToMany,
  relation,
  type CollectionDefinition,
  type FieldDefinition,
  type RelationDefinition,
} from './fields.ts';

const CODE = { required: true, unique: true, width: 'half' as const, maxLength: 64 };

export const QUESTION_TYPES: Array<[string, string]> = [
  ['select_one', 'Choix unique'],
  ['select_multiple', 'Choix multiple'],
  ['integer', 'Nombre entier'],
  ['decimal', 'Nombre décimal'],
  ['text', 'Texte'],
  ['date', 'Date'],
  ['note', 'Note (texte affiché)'],
  ['calculate', 'Calcul'],
  ['repeat', 'Répétition (ses questions sont posées par instance)'],
];

export const INTERVIEW_STATUSES: Array<[string, string]> = [
  ['draft', 'Brouillon'],
  ['submitted', 'Soumis'],
  ['validated', 'Validé'],
  ['rejected', 'Rejeté'],
];

export const WAVE_STATUSES: Array<[string, string]> = Object.entries(WAVE_STATUS_LABELS).map(([status, label]) => [
  status,
  label.fr,
]);

/** The tracing outcomes of core/followup/outcomes.ts, labelled. */
export const FOLLOWUP_OUTCOMES: Array<[string, string]> = [
  ['interviewed', 'Interviewé'],
  ['refused', 'Refus'],
  ['unreachable', 'Injoignable'],
  ['re_detained', 'De nouveau détenu'],
  ['moved_abroad', 'Parti à l’étranger'],
  ['deceased', 'Décédé'],
  ['consent_withdrawn', 'Consentement retiré'],
];

const expression = (
  name: string,
  fr: string,
  note: string,
  options: { allowCurrent?: boolean } = {},
  conditions?: unknown[],
) =>
  field(name, 'text', fr, {
    interface: 'barometer-expression',
    options,
    note,
    width: 'full',
    ...(conditions ? { conditions } : {}),
  });

/** Question fields shown only for the types they apply to (Directus field conditions on `type`). */
const hiddenUnlessType = (types: string[], label: string) => [
  { name: label, rule: { _and: [{ type: { _nin: types } }] }, hidden: true },
];
const ANSWERED_TYPES = ['select_one', 'select_multiple', 'integer', 'decimal', 'text', 'date'];

/** What an imported XLSForm held that the barometer keeps only to give it back on export (core/xlsform). */
const xlsformField = () =>
  field('xlsform', 'json', 'Colonnes XLSForm conservées', {
    interface: 'input-code',
    options: { language: 'JSON' },
    readonly: true,
    ar: 'أعمدة XLSForm المحفوظة',
    note: 'Gardées pour l’export sans être appliquées (autres langues, appearance, default…). / محفوظة للتصدير دون تطبيقها.',
  });

/**
 * `<wave id>:<establishment id>`, kept by database triggers (database-guards.ts) whatever is written: a
 * supervisor's permissions compare it with the keys of its own assignments, so that its scope is the
 * assigned pairs and not every wave crossed with every establishment it is assigned to.
 */
const scopeKey = () =>
  field('scope_key', 'string', 'Paire vague:établissement', {
    hidden: true,
    readonly: true,
    maxLength: 64,
    note: 'Calculée par la base de données, jamais saisie.',
  });

/**
 * No activity row and no revision for the collection: Directus would otherwise keep a copy of each
 * write (the ciphertext, and the payload) where the roles that read activity could find it.
 */
function withoutAccountability(definition: CollectionDefinition): CollectionDefinition {
  return { ...definition, meta: { ...definition.meta, accountability: null } };
}

export const folders: CollectionDefinition[] = [
  folder('instruments_group', 'Instruments', 'الاستمارات', 'assignment', 1),
  folder('fieldwork_group', 'Terrain', 'العمل الميداني', 'travel_explore', 2),
  folder('analysis_group', 'Analyse', 'التحليل', 'insights', 3),
  folder('reports_group', 'Rapports', 'التقارير', 'picture_as_pdf', 4),
];

export const collections: CollectionDefinition[] = [
  collection(
    'instruments',
    ['Instrument', 'استمارة'],
    ['Instruments', 'الاستمارات'],
    { icon: 'assignment', group: 'instruments_group', displayTemplate: '{{code}} — {{title}}', sort: 1 },
    [
      field('code', 'string', 'Code', {
        ...CODE,
        ar: 'الرمز',
        note: 'Identifiant du formulaire (form_id XLSForm), stable entre versions.',
      }),
      field('title', 'string', 'Titre', { required: true, width: 'half', ar: 'العنوان' }),
      field('title_ar', 'string', 'Titre (arabe)', { width: 'half', ar: 'العنوان بالعربية' }),
      field('description', 'text', 'Description', { ar: 'الوصف' }),
      oneToMany('versions', 'Versions', 'v{{version}} — {{status}}', { ar: 'الإصدارات' }),
      ...auditFields(),
    ],
  ),
  collection(
    'instrument_versions',
    ['Version d’instrument', 'إصدار الاستمارة'],
    ['Versions d’instrument', 'إصدارات الاستمارات'],
    {
      icon: 'history_edu',
      group: 'instruments_group',
      displayTemplate: '{{instrument.code}} v{{version}} ({{status}})',
      sort: 2,
    },
    [
      manyToOne('instrument', 'Instrument', '{{code}} — {{title}}', { required: true, width: 'half', ar: 'الاستمارة' }),
      field('version', 'integer', 'Version', { required: true, width: 'half', ar: 'الإصدار' }),
      dropdown(
        'status',
        'Statut',
        [
          ['draft', 'Brouillon'],
          ['published', 'Publiée'],
          ['retired', 'Retirée'],
        ],
        { required: true, defaultValue: 'draft', width: 'half', ar: 'الحالة' },
      ),
      field('published_at', 'timestamp', 'Publiée le', { readonly: true, width: 'half', ar: 'تاريخ النشر' }),
      field('notes', 'text', 'Notes de version', { ar: 'ملاحظات' }),
      xlsformField(),
      oneToMany('sections', 'Sections', '{{code}} — {{label}}', { ar: 'الأقسام' }),
      oneToMany('questions', 'Questions', '{{code}} — {{label}}', { ar: 'الأسئلة' }),
      ...auditFields(),
    ],
  ),
  collection(
    'sections',
    ['Section', 'قسم'],
    ['Sections', 'الأقسام'],
    {
      icon: 'segment',
      group: 'instruments_group',
      displayTemplate: '{{code}} — {{label}}',
      sortField: 'sort',
      sort: 3,
    },
    [
      manyToOne('instrument_version', 'Version', '{{instrument.code}} v{{version}}', {
        required: true,
        width: 'half',
        ar: 'الإصدار',
      }),
      field('code', 'string', 'Code', { required: true, width: 'half', maxLength: 64, ar: 'الرمز' }),
      field('label', 'string', 'Libellé', { required: true, width: 'half', ar: 'التسمية' }),
      field('label_ar', 'string', 'Libellé (arabe)', { width: 'half', ar: 'التسمية بالعربية' }),
      field('relevant', 'text', 'Condition d’affichage', {
        interface: 'input-code',
        note: 'Expression XLSForm : la section est affichée si elle est vraie.',
      }),
      field('sort', 'integer', 'Ordre', { hidden: true }),
    ],
  ),
  collection(
    'questions',
    ['Question', 'سؤال'],
    ['Questions', 'الأسئلة'],
    { icon: 'quiz', group: 'instruments_group', displayTemplate: '{{code}} — {{label}}', sortField: 'sort', sort: 4 },
    [
      manyToOne('instrument_version', 'Version', '{{instrument.code}} v{{version}}', {
        required: true,
        width: 'half',
        ar: 'الإصدار',
      }),
      manyToOne('section', 'Section', '{{code}} — {{label}}', { width: 'half', ar: 'القسم' }),
      field('code', 'string', 'Code', {
        required: true,
        width: 'half',
        maxLength: 64,
        ar: 'الرمز',
        note: 'Nom XLSForm, stable d’une version à l’autre.',
      }),
      dropdown('type', 'Type', QUESTION_TYPES, { required: true, width: 'half', ar: 'النوع' }),
      field('label', 'text', 'Libellé', {
        required: true,
        interface: 'input-multiline',
        width: 'half',
        ar: 'نص السؤال',
      }),
      field('label_ar', 'text', 'Libellé (arabe)', {
        interface: 'input-multiline',
        width: 'half',
        ar: 'نص السؤال بالعربية',
      }),
      field('hint', 'text', 'Aide', { width: 'half', ar: 'مساعدة' }),
      field('hint_ar', 'text', 'Aide (arabe)', { width: 'half', ar: 'مساعدة بالعربية' }),
      field('required', 'boolean', 'Obligatoire', {
        defaultValue: false,
        nullable: false,
        width: 'half',
        ar: 'إجباري',
        conditions: hiddenUnlessType(ANSWERED_TYPES, 'Sans réponse à saisir'),
      }),
      field('identifying', 'boolean', 'Identifiante', {
        defaultValue: false,
        nullable: false,
        width: 'half',
        ar: 'تكشف الهوية',
        note: 'Réponse qui peut identifier un mineur : jamais montrée aux analystes. / جواب قد يكشف هوية القاصر: لا يُعرض أبدا على المحللين.',
        conditions: hiddenUnlessType(ANSWERED_TYPES, 'Sans réponse à saisir'),
      }),
      expression(
        'relevant',
        'Condition d’affichage (relevant)',
        'Expression : la question est posée si elle est vraie. Ex. ${AGE} >= 15',
      ),
      expression(
        'constraint',
        'Contrainte',
        'Expression sur la réponse « . ». Ex. . >= 12 and . <= 18',
        { allowCurrent: true },
        hiddenUnlessType(ANSWERED_TYPES, 'Sans réponse à contrôler'),
      ),
      field('constraint_message', 'string', 'Message de contrainte', {
        width: 'half',
        ar: 'رسالة القيد',
        conditions: hiddenUnlessType(ANSWERED_TYPES, 'Sans contrainte'),
      }),
      field('constraint_message_ar', 'string', 'Message de contrainte (arabe)', {
        width: 'half',
        ar: 'رسالة القيد بالعربية',
        conditions: hiddenUnlessType(ANSWERED_TYPES, 'Sans contrainte'),
      }),
      expression(
        'calculation',
        'Calcul',
        'Expression calculée (questions de type calcul).',
        {},
        hiddenUnlessType(['calculate'], 'Pas un calcul'),
      ),
      field('repeat', 'string', 'Répétition', {
        width: 'half',
        maxLength: 64,
        ar: 'التكرار',
        note: 'Code de la répétition (question de type répétition, juste avant) où la question est posée, une fois par instance.',
      }),
      expression(
        'repeat_count',
        'Nombre de répétitions (repeat_count)',
        'Expression : le nombre d’instances. Vide : l’enquêteur ajoute les instances. Ex. ${NB_ENFANTS}',
        {},
        hiddenUnlessType(['repeat'], 'Pas une répétition'),
      ),
      oneToMany('choices', 'Choix', '{{value}} — {{label}}', {
        ar: 'الاختيارات',
        conditions: hiddenUnlessType(['select_one', 'select_multiple'], 'Pas une question à choix'),
      }),
      xlsformField(),
      field('sort', 'integer', 'Ordre', { hidden: true }),
    ],
  ),
  collection(
    'choices',
    ['Choix', 'اختيار'],
    ['Choix', 'الاختيارات'],
    {
      icon: 'checklist',
      group: 'instruments_group',
      displayTemplate: '{{value}} — {{label}}',
      sortField: 'sort',
      sort: 5,
      hidden: true,
    },
    [
      manyToOne('question', 'Question', '{{code}}', { required: true, width: 'half', ar: 'السؤال' }),
      field('value', 'string', 'Valeur', { required: true, width: 'half', maxLength: 64, ar: 'القيمة' }),
      field('label', 'string', 'Libellé', { required: true, width: 'half', ar: 'التسمية' }),
      field('label_ar', 'string', 'Libellé (arabe)', { width: 'half', ar: 'التسمية بالعربية' }),
      xlsformField(),
      field('sort', 'integer', 'Ordre', { hidden: true }),
    ],
  ),

  collection(
    'establishments',
    ['Établissement', 'مؤسسة'],
    ['Établissements', 'المؤسسات'],
    { icon: 'domain', group: 'fieldwork_group', displayTemplate: '{{code}} — {{name}}', sort: 1 },
    [
      field('code', 'string', 'Code', { ...CODE, ar: 'الرمز' }),
      field('name', 'string', 'Nom', { required: true, width: 'half', ar: 'الاسم' }),
      dropdown(
        'type',
        'Type',
        [
          ['cre', 'Centre de réforme et d’éducation'],
          ['quartier_mineurs', 'Quartier des mineurs'],
          ['centre_sauvegarde', 'Centre de sauvegarde de l’enfance'],
        ],
        {
          required: true,
          width: 'half',
          ar: 'النوع',
          options: {
            allowOther: true,
            choices: [
              { text: 'Centre de réforme et d’éducation', value: 'cre' },
              { text: 'Quartier des mineurs', value: 'quartier_mineurs' },
              { text: 'Centre de sauvegarde de l’enfance', value: 'centre_sauvegarde' },
            ],
          },
        },
      ),
      field('region', 'string', 'Région', { width: 'half', ar: 'الجهة' }),
      oneToMany('frames', 'Bases de sondage', '{{wave.code}} : {{population}}', { ar: 'قواعد المعاينة' }),
      oneToMany('assignments', 'Affectations', '{{wave.code}} · {{user.email}}', { ar: 'التكليفات' }),
    ],
  ),
  collection(
    'waves',
    ['Vague', 'موجة'],
    ['Vagues', 'الموجات'],
    { icon: 'waves', group: 'fieldwork_group', displayTemplate: '{{code}} — {{label}}', sort: 2 },
    [
      field('code', 'string', 'Code', { ...CODE, ar: 'الرمز' }),
      field('label', 'string', 'Libellé', { required: true, width: 'half', ar: 'التسمية' }),
      dropdown(
        'kind',
        'Nature',
        [
          ['baseline', 'Référence (2020)'],
          ['wave', 'Vague du baromètre'],
        ],
        { required: true, defaultValue: 'wave', width: 'half', ar: 'النوع' },
      ),
      dropdown('status', 'Statut', WAVE_STATUSES, {
        required: true,
        defaultValue: 'planned',
        width: 'half',
        readonly: true,
        ar: 'الحالة',
        note: 'Change par les boutons Ouvrir / Verrouiller / Publier du module Baromètre.',
      }),
      field('reference_date', 'date', 'Date de référence', { width: 'half', ar: 'التاريخ المرجعي' }),
      field('fieldwork_start', 'date', 'Début du terrain', { width: 'half', ar: 'بداية العمل الميداني' }),
      field('fieldwork_end', 'date', 'Fin du terrain', { width: 'half', ar: 'نهاية العمل الميداني' }),
      field('sampling_rate', 'decimal', 'Taux de sondage', {
        defaultValue: DEFAULT_SAMPLING_RATE,
        precision: 6,
        scale: 4,
        width: 'half',
        ar: 'نسبة المعاينة',
      }),
      field('instrument_versions', 'alias', 'Versions d’instrument', {
        interface: 'list-m2m',
        special: ['m2m'],
        ar: 'إصدارات الاستمارة',
        options: {
          template: '{{instrument_versions_id.instrument.code}} v{{instrument_versions_id.version}}',
          enableCreate: false,
        },
        display: 'related-values',
        displayOptions: { template: '{{instrument_versions_id.instrument.code}} v{{instrument_versions_id.version}}' },
      }),
      field('followup_windows', 'json', 'Suivi après la sortie (mois)', {
        interface: 'tags',
        defaultValue: [6, 12],
        width: 'half',
        ar: 'المتابعة بعد الإفراج (بالأشهر)',
        note: 'Mois après la libération où le suivi est dû : la fenêtre va du premier au dernier. / الأشهر بعد الإفراج التي تجب فيها المتابعة.',
      }),
      manyToOne('followup_instrument_version', 'Questionnaire de suivi', '{{instrument.code}} v{{version}}', {
        width: 'half',
        ar: 'استمارة المتابعة',
        note: 'Version publiée (SUIVI) des entretiens de suivi des mineurs libérés.',
      }),
      oneToMany('frames', 'Base de sondage', '{{establishment.code}} : {{population}}', { ar: 'قاعدة المعاينة' }),
      oneToMany('interviews', 'Entretiens', '{{code}} · {{establishment.code}} · {{status}}', {
        ar: 'المقابلات',
        options: {
          template: '{{code}} · {{establishment.code}} · {{status}}',
          enableCreate: false,
          enableSelect: false,
        },
      }),
      oneToMany('assignments', 'Affectations', '{{establishment.code}} · {{user.email}}', { ar: 'التكليفات' }),
      oneToMany('events', 'Historique', '{{from_status}} → {{to_status}} {{reason}}', { ar: 'السجل', readonly: true }),
      field('locked_at', 'timestamp', 'Verrouillée le', { readonly: true, width: 'half', ar: 'تاريخ الإقفال' }),
      field('published_at', 'timestamp', 'Publiée le', { readonly: true, width: 'half', ar: 'تاريخ النشر' }),
      ...auditFields(),
    ],
  ),
  collection(
    'waves_instrument_versions',
    ['Version de la vague', 'إصدار الموجة'],
    ['Versions des vagues', 'إصدارات الموجات'],
    { icon: 'import_export', group: 'fieldwork_group', sort: 9, hidden: true },
    [
      field('waves_id', 'integer', 'Vague', { hidden: true }),
      field('instrument_versions_id', 'integer', 'Version', { hidden: true }),
    ],
  ),
  collection(
    'population_frames',
    ['Ligne de base de sondage', 'سطر قاعدة المعاينة'],
    ['Bases de sondage', 'قواعد المعاينة'],
    {
      icon: 'groups',
      group: 'fieldwork_group',
      displayTemplate: '{{wave.code}} · {{establishment.code}} : {{population}}',
      sort: 3,
    },
    [
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      manyToOne('establishment', 'Établissement', '{{code}} — {{name}}', {
        required: true,
        width: 'half',
        ar: 'المؤسسة',
      }),
      field('population', 'integer', 'Mineurs détenus (N_h)', {
        required: true,
        width: 'half',
        ar: 'عدد القاصرين المعتقلين',
        note: 'Nombre de mineurs présents à la date de référence.',
      }),
      field('target', 'integer', 'Cible d’entretiens', {
        readonly: true,
        width: 'half',
        ar: 'العدد المستهدف',
        note: 'arrondi supérieur (taux × N_h)',
      }),
    ],
  ),
  collection(
    'participants',
    ['Participant', 'مشارك'],
    ['Participants', 'المشاركون'],
    {
      icon: 'badge',
      group: 'fieldwork_group',
      displayTemplate: '{{code}}',
      sort: 4,
      note: 'Codes pseudonymes uniquement : aucun nom ni numéro d’identité.',
    },
    [
      field('code', 'string', 'Code pseudonyme', { ...CODE, ar: 'الرمز المستعار' }),
      dropdown(
        'current_status',
        'Situation actuelle',
        [
          ['detained', 'Détenu'],
          ['released', 'Libéré'],
          ['transferred', 'Transféré'],
          ['lost', 'Perdu de vue'],
        ],
        { defaultValue: 'detained', width: 'half', ar: 'الوضعية الحالية' },
      ),
      oneToMany('interviews', 'Entretiens', '{{code}} ({{wave.code}})', { ar: 'المقابلات' }),
      oneToMany('history', 'Parcours', '{{date}} {{status}} {{establishment.code}}', { ar: 'المسار' }),
      ...auditFields(),
    ],
  ),
  collection(
    'participant_statuses',
    ['Étape du parcours', 'مرحلة المسار'],
    ['Parcours des participants', 'مسارات المشاركين'],
    {
      icon: 'timeline',
      group: 'fieldwork_group',
      displayTemplate: '{{participant.code}} {{date}} {{status}}',
      sort: 5,
    },
    [
      manyToOne('participant', 'Participant', '{{code}}', { required: true, width: 'half', ar: 'المشارك' }),
      dropdown(
        'status',
        'Situation',
        [
          ['detained', 'Détenu'],
          ['released', 'Libéré'],
          ['transferred', 'Transféré'],
          ['lost', 'Perdu de vue'],
        ],
        { required: true, width: 'half', ar: 'الوضعية' },
      ),
      field('date', 'date', 'Date', { required: true, width: 'half', ar: 'التاريخ' }),
      manyToOne('establishment', 'Établissement', '{{code}}', { width: 'half', ar: 'المؤسسة' }),
      field('note', 'text', 'Note', { ar: 'ملاحظة' }),
      ...auditFields(),
    ],
  ),
  collection(
    'interviews',
    ['Entretien', 'مقابلة'],
    ['Entretiens', 'المقابلات'],
    {
      icon: 'record_voice_over',
      group: 'fieldwork_group',
      displayTemplate: '{{code}} · {{wave.code}} · {{establishment.code}}',
      sort: 6,
    },
    [
      // The questionnaire comes first: a rejected interview's comment and the consent step lead it.
      field('answers', 'json', 'Réponses', { interface: 'barometer-questionnaire', ar: 'الأجوبة' }),
      field('code', 'string', 'Code', { ...CODE, ar: 'الرمز' }),
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      manyToOne('participant', 'Participant', '{{code}}', { required: true, width: 'half', ar: 'المشارك' }),
      // Required of a detention interview only: a follow-up interview has a cohort member instead
      // (core/followup `placementProblem`, checked by the interview hooks on every write path).
      manyToOne('establishment', 'Établissement', '{{code}} — {{name}}', {
        width: 'half',
        ar: 'المؤسسة',
        note: 'Obligatoire en détention ; vide pour un entretien de suivi. / إجبارية داخل المؤسسة؛ فارغة في مقابلة المتابعة.',
      }),
      manyToOne('followup', 'Suivi après la sortie', '{{participant.code}} ({{wave.code}})', {
        unique: true,
        width: 'half',
        ar: 'المتابعة بعد الإفراج',
        note: 'Entretien de suivi d’un mineur libéré (questionnaire de suivi de la vague), sans établissement. / مقابلة متابعة قاصر مفرج عنه.',
      }),
      manyToOne('instrument_version', 'Version du questionnaire', '{{instrument.code}} v{{version}}', {
        required: true,
        width: 'half',
        ar: 'إصدار الاستمارة',
      }),
      field('consent_guardian', 'boolean', 'Consentement du tuteur', {
        // Set by the questionnaire's consent step.
        hidden: true,
        defaultValue: false,
        nullable: false,
        width: 'half',
        ar: 'موافقة الولي',
      }),
      field('assent_child', 'boolean', 'Assentiment de l’enfant', {
        // Set by the questionnaire's consent step.
        hidden: true,
        defaultValue: false,
        nullable: false,
        width: 'half',
        ar: 'موافقة الطفل',
      }),
      field('consent_contact', 'boolean', 'Accord pour être recontacté après la sortie', {
        defaultValue: false,
        nullable: false,
        width: 'half',
        ar: 'الموافقة على الاتصال بعد الإفراج',
        note: 'Tuteur et enfant acceptent d’être recontactés après la libération. / موافقة الولي والطفل على الاتصال بهما بعد الإفراج.',
      }),
      field('interview_date', 'date', 'Date de l’entretien', { width: 'half', ar: 'تاريخ المقابلة' }),
      field('duration_minutes', 'integer', 'Durée (minutes)', { width: 'half', ar: 'المدة بالدقائق' }),
      dropdown('status', 'Statut', INTERVIEW_STATUSES, {
        required: true,
        defaultValue: 'draft',
        width: 'half',
        ar: 'الحالة',
      }),
      field('excluded', 'boolean', 'Exclu de l’analyse', {
        defaultValue: false,
        nullable: false,
        width: 'half',
        ar: 'مستبعد',
        note: 'Entretien écarté au verrouillage de la vague.',
      }),
      field('review_comment', 'text', 'Commentaire de révision', { ar: 'تعليق المراجعة' }),
      field('reviewed_by', 'uuid', 'Révisé par', {
        interface: 'select-dropdown-m2o',
        options: { template: '{{first_name}} {{last_name}}' },
        display: 'user',
        readonly: true,
        // An enumerator may not read other users: the dropdown would greet it with "[FORBIDDEN]".
        hidden: true,
        width: 'half',
        ar: 'راجعه',
      }),
      field('reviewed_at', 'timestamp', 'Révisé le', { readonly: true, width: 'half', ar: 'تاريخ المراجعة' }),
      field('device_id', 'string', 'Identifiant de saisie hors ligne', { hidden: true, readonly: true, maxLength: 64 }),
      scopeKey(),
      ...auditFields(),
    ],
  ),
  collection(
    'assignments',
    ['Affectation', 'تكليف'],
    ['Affectations', 'التكليفات'],
    {
      icon: 'assignment_ind',
      group: 'fieldwork_group',
      displayTemplate: '{{user.first_name}} {{user.last_name}} · {{wave.code}} · {{establishment.code}}',
      sort: 7,
    },
    [
      field('user', 'uuid', 'Utilisateur', {
        required: true,
        interface: 'select-dropdown-m2o',
        options: { template: '{{first_name}} {{last_name}} ({{email}})' },
        display: 'user',
        width: 'half',
        ar: 'المستخدم',
      }),
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      manyToOne('establishment', 'Établissement', '{{code}} — {{name}}', {
        required: true,
        width: 'half',
        ar: 'المؤسسة',
      }),
      scopeKey(),
    ],
  ),
  collection(
    'wave_events',
    ['Événement de vague', 'حدث الموجة'],
    ['Journal des vagues', 'سجل الموجات'],
    {
      icon: 'history',
      group: 'fieldwork_group',
      displayTemplate: '{{wave.code}} {{from_status}} → {{to_status}}',
      sort: 8,
    },
    [
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      field('from_status', 'string', 'De', { width: 'half', ar: 'من' }),
      field('to_status', 'string', 'Vers', { width: 'half', ar: 'إلى' }),
      field('reason', 'text', 'Motif', { ar: 'السبب' }),
      field('details', 'json', 'Détails', { interface: 'input-code', options: { language: 'JSON' } }),
      ...auditFields(),
    ],
  ),
  collection(
    'sample_draws',
    ['Tirage', 'سحب'],
    ['Tirages de l’échantillon', 'سحوبات العينة'],
    {
      icon: 'casino',
      group: 'fieldwork_group',
      displayTemplate: '{{wave.code}} · {{establishment.code}} (graine {{seed}})',
      sort: 10,
    },
    [
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      manyToOne('establishment', 'Établissement', '{{code}}', { required: true, width: 'half', ar: 'المؤسسة' }),
      field('seed', 'string', 'Graine', { required: true, width: 'half', ar: 'البذرة' }),
      field('list_sha256', 'string', 'Empreinte de la liste (SHA-256)', { width: 'half', maxLength: 64 }),
      field('selected', 'json', 'Sélectionnés', { interface: 'input-code', options: { language: 'JSON' } }),
      field('replacements', 'json', 'Remplaçants (ordre)', { interface: 'input-code', options: { language: 'JSON' } }),
      ...auditFields(),
    ],
  ),

  collection(
    'followups',
    ['Suivi après la sortie', 'متابعة بعد الإفراج'],
    ['Suivis après la sortie', 'المتابعات بعد الإفراج'],
    {
      icon: 'directions_walk',
      group: 'fieldwork_group',
      displayTemplate: '{{wave.code}} · {{participant.code}} · {{outcome}}',
      sort: 11,
      note: 'Cohorte des mineurs libérés suivis dans la vague suivante. / فوج القاصرين المفرج عنهم.',
    },
    [
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      manyToOne('participant', 'Participant', '{{code}}', { required: true, width: 'half', ar: 'المشارك' }),
      field('released_on', 'date', 'Libéré le', { required: true, width: 'half', ar: 'تاريخ الإفراج' }),
      manyToOne('from_establishment', 'Libéré de', '{{code}} — {{name}}', { width: 'half', ar: 'أفرج عنه من' }),
      field('window_start', 'date', 'Début de la fenêtre de suivi', {
        readonly: true,
        width: 'half',
        ar: 'بداية فترة المتابعة',
      }),
      field('window_end', 'date', 'Fin de la fenêtre de suivi', {
        readonly: true,
        width: 'half',
        ar: 'نهاية فترة المتابعة',
      }),
      field('enumerator', 'uuid', 'Enquêteur chargé du suivi', {
        interface: 'select-dropdown-m2o',
        options: { template: '{{first_name}} {{last_name}}' },
        display: 'user',
        width: 'half',
        ar: 'الباحث المكلف بالمتابعة',
      }),
      field('place_region', 'string', 'Région du suivi', { width: 'half', ar: 'جهة المتابعة' }),
      field('partner_organisation', 'string', 'Organisation partenaire', {
        width: 'half',
        ar: 'المنظمة الشريكة',
        note: 'Ex. Fondation Mohammed VI, Entraide Nationale',
      }),
      dropdown('outcome', 'Résultat de la recherche', FOLLOWUP_OUTCOMES, { width: 'half', ar: 'نتيجة البحث' }),
      field('outcome_date', 'date', 'Date du résultat', { width: 'half', ar: 'تاريخ النتيجة' }),
      field('outcome_by', 'uuid', 'Résultat noté par', {
        interface: 'select-dropdown-m2o',
        options: { template: '{{first_name}} {{last_name}}' },
        display: 'user',
        readonly: true,
        width: 'half',
        ar: 'سجله',
      }),
      ...auditFields(),
    ],
  ),
  withoutAccountability(
    collection(
      'followup_contacts',
      ['Coordonnées de suivi', 'بيانات الاتصال للمتابعة'],
      ['Coordonnées de suivi (chiffrées)', 'بيانات الاتصال للمتابعة (مشفرة)'],
      {
        icon: 'lock',
        group: 'fieldwork_group',
        sort: 12,
        hidden: true,
        note: 'Chiffrées (AES-256-GCM), lisibles seulement par /barometer/followups/:id/contact.',
      },
      [
        manyToOne('participant', 'Participant', '{{code}}', { required: true, unique: true, width: 'half' }),
        field('ciphertext', 'text', 'Coordonnées chiffrées', { required: true, readonly: true }),
        field('key_id', 'string', 'Clé', { required: true, readonly: true, maxLength: 16 }),
        field('date_updated', 'timestamp', 'Modifié le', { special: ['date-updated'], readonly: true }),
      ],
    ),
  ),
  collection(
    'contact_reveals',
    ['Accès aux coordonnées', 'الاطلاع على بيانات الاتصال'],
    ['Journal des accès aux coordonnées', 'سجل الاطلاع على بيانات الاتصال'],
    {
      icon: 'visibility',
      group: 'fieldwork_group',
      displayTemplate: '{{followup}} · {{action}} · {{date_created}}',
      sort: 13,
      note: 'Chaque lecture, écriture, effacement ou refus de coordonnées de suivi.',
    },
    [
      manyToOne('followup', 'Suivi', '{{participant.code}}', { width: 'half', ar: 'المتابعة' }),
      manyToOne('participant', 'Participant', '{{code}}', { width: 'half', ar: 'المشارك' }),
      dropdown(
        'action',
        'Action',
        [
          ['reveal', 'Lecture'],
          ['write', 'Écriture'],
          ['delete', 'Effacement'],
          ['refused', 'Refusée'],
        ],
        { required: true, width: 'half', ar: 'الإجراء' },
      ),
      field('reason', 'string', 'Motif', { width: 'half', ar: 'السبب' }),
      ...auditFields(),
    ],
  ),

  collection(
    'dimensions',
    ['Dimension', 'بعد'],
    ['Dimensions', 'الأبعاد'],
    { icon: 'category', group: 'analysis_group', displayTemplate: '{{code}} — {{label}}', sortField: 'sort', sort: 1 },
    [
      field('code', 'string', 'Code', { ...CODE, ar: 'الرمز' }),
      field('label', 'string', 'Libellé', { required: true, width: 'half', ar: 'التسمية' }),
      field('label_ar', 'string', 'Libellé (arabe)', { width: 'half', ar: 'التسمية بالعربية' }),
      field('standard', 'string', 'Normes internationales', { width: 'full', ar: 'المعايير الدولية' }),
      oneToMany('indicators', 'Indicateurs', '{{code}} — {{label}}', { ar: 'المؤشرات' }),
      field('sort', 'integer', 'Ordre', { hidden: true }),
    ],
  ),
  collection(
    'indicators',
    ['Indicateur', 'مؤشر'],
    ['Indicateurs', 'المؤشرات'],
    { icon: 'speed', group: 'analysis_group', displayTemplate: '{{code}} — {{label}}', sortField: 'sort', sort: 2 },
    [
      field('code', 'string', 'Code', { ...CODE, ar: 'الرمز' }),
      field('label', 'string', 'Libellé', { required: true, width: 'half', ar: 'التسمية' }),
      field('label_ar', 'string', 'Libellé (arabe)', { width: 'half', ar: 'التسمية بالعربية' }),
      manyToOne('dimension', 'Dimension', '{{code}} — {{label}}', { width: 'half', ar: 'البعد' }),
      dropdown(
        'type',
        'Type',
        [
          ['proportion', 'Proportion'],
          ['mean', 'Moyenne'],
        ],
        { required: true, width: 'half', ar: 'النوع' },
      ),
      expression(
        'numerator',
        'Numérateur',
        'Proportion : condition vraie au numérateur. Moyenne : la valeur à moyenner.',
      ),
      expression(
        'denominator',
        'Dénominateur',
        'Condition qui définit la population de l’indicateur (vide : tous les entretiens).',
      ),
      dropdown(
        'direction',
        'Sens',
        [
          ['higher_is_better', 'Plus c’est élevé, mieux c’est'],
          ['lower_is_better', 'Plus c’est bas, mieux c’est'],
        ],
        { required: true, defaultValue: 'higher_is_better', width: 'half', ar: 'الاتجاه' },
      ),
      field('standard', 'string', 'Norme suivie', {
        width: 'half',
        ar: 'المعيار',
        note: 'Ex. Règles de La Havane r.59',
      }),
      field('goalpost_low', 'decimal', 'Borne basse (score 0)', {
        precision: 12,
        scale: 4,
        width: 'half',
        ar: 'الحد الأدنى',
      }),
      field('goalpost_high', 'decimal', 'Borne haute (score 100)', {
        precision: 12,
        scale: 4,
        width: 'half',
        ar: 'الحد الأعلى',
      }),
      field('description', 'text', 'Définition', { ar: 'التعريف' }),
      oneToMany('standards', 'Règles suivies', '{{rule.code}} ({{nature}})', { ar: 'القواعد المتبعة' }),
      oneToMany(
        'external_estimates',
        'Valeurs externes (référence 2020, données administratives)',
        '{{wave.code}} : {{estimate}}',
        {
          ar: 'القيم المرجعية',
        },
      ),
      field('sort', 'integer', 'Ordre', { hidden: true }),
      ...auditFields(),
    ],
  ),
  collection(
    'external_estimates',
    ['Estimation externe', 'تقدير خارجي'],
    ['Estimations externes', 'التقديرات الخارجية'],
    {
      icon: 'history_toggle_off',
      group: 'analysis_group',
      displayTemplate: '{{wave.code}} · {{indicator.code}} : {{estimate}}',
      sort: 3,
      note: 'Valeurs de l’étude de référence 2020 et chiffres administratifs de chaque vague, avec leur source.',
    },
    [
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      manyToOne('indicator', 'Indicateur', '{{code}}', { required: true, width: 'half', ar: 'المؤشر' }),
      field('estimate', 'decimal', 'Estimation', {
        required: true,
        precision: 14,
        scale: 6,
        width: 'half',
        ar: 'التقدير',
      }),
      field('se', 'decimal', 'Erreur type', { precision: 14, scale: 6, width: 'half', ar: 'الخطأ المعياري' }),
      field('n', 'integer', 'Effectif', { width: 'half', ar: 'العدد' }),
      field('source', 'string', 'Source', { width: 'half', ar: 'المصدر' }),
      dropdown(
        'origin',
        'Nature de la donnée',
        [
          ['administrative', 'Donnée administrative (DGAPR, ministère)'],
          ['study', 'Étude ou enquête'],
        ],
        {
          required: true,
          defaultValue: 'administrative',
          width: 'half',
          ar: 'طبيعة المعطى',
          note: 'Un chiffre administratif (taux de détention, décès, alternatives) ne vient pas des entretiens.',
        },
      ),
    ],
  ),
  collection(
    'indicator_snapshots',
    ['Résultats figés', 'نتائج مجمدة'],
    ['Résultats figés', 'النتائج المجمدة'],
    {
      icon: 'lock_clock',
      group: 'analysis_group',
      displayTemplate: '{{wave.code}} · {{date_created}}',
      sort: 4,
      note: 'Résultats enregistrés au verrouillage d’une vague : ils ne bougent plus.',
    },
    [
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      field('results', 'json', 'Résultats', { interface: 'input-code', options: { language: 'JSON' }, readonly: true }),
      field('score', 'json', 'Score du baromètre', {
        interface: 'input-code',
        options: { language: 'JSON' },
        readonly: true,
      }),
      field('definitions', 'json', 'Définitions au moment du verrouillage', {
        interface: 'input-code',
        options: { language: 'JSON' },
        readonly: true,
      }),
      ...auditFields(),
    ],
  ),

  collection(
    'standard_instruments',
    ['Instrument normatif', 'صك معياري'],
    ['Cadre normatif : instruments', 'الإطار المعياري: الصكوك'],
    {
      icon: 'gavel',
      group: 'analysis_group',
      displayTemplate: '{{code}} — {{title}}',
      sortField: 'sort',
      sort: 5,
      note: 'Conventions, règles des Nations unies et lois marocaines que le baromètre suit.',
    },
    [
      field('code', 'string', 'Code', { ...CODE, ar: 'الرمز' }),
      field('title', 'string', 'Titre', { required: true, width: 'half', ar: 'العنوان' }),
      field('title_ar', 'string', 'Titre (arabe)', { required: true, width: 'half', ar: 'العنوان بالعربية' }),
      dropdown(
        'scope',
        'Portée',
        [
          ['international', 'International'],
          ['national', 'Droit marocain'],
        ],
        { required: true, width: 'half', ar: 'النطاق' },
      ),
      field('year', 'integer', 'Année', { width: 'half', ar: 'السنة' }),
      field('url', 'string', 'Lien', { width: 'full', ar: 'الرابط', maxLength: 500 }),
      oneToMany('rules', 'Règles et articles', '{{number}} — {{text}}', { ar: 'القواعد والمواد' }),
      field('sort', 'integer', 'Ordre', { hidden: true }),
    ],
  ),
  collection(
    'standard_rules',
    ['Règle ou article', 'قاعدة أو مادة'],
    ['Cadre normatif : règles', 'الإطار المعياري: القواعد'],
    {
      icon: 'rule',
      group: 'analysis_group',
      displayTemplate: '{{instrument.code}} {{number}}',
      sortField: 'sort',
      sort: 6,
    },
    [
      field('code', 'string', 'Code', { ...CODE, ar: 'الرمز' }),
      manyToOne('instrument', 'Instrument', '{{code}} — {{title}}', { required: true, width: 'half', ar: 'الصك' }),
      field('number', 'string', 'Numéro', {
        required: true,
        width: 'half',
        ar: 'الرقم',
        maxLength: 64,
        note: 'Ex. r.29, art. 37(c)',
      }),
      field('text', 'text', 'Texte (résumé)', {
        required: true,
        ar: 'النص (ملخص)',
        note: 'Court résumé fidèle, pas une citation.',
      }),
      field('text_ar', 'text', 'Texte (arabe)', { required: true, ar: 'النص بالعربية' }),
      field('url', 'string', 'Lien', { width: 'full', ar: 'الرابط', maxLength: 500 }),
      field('absolute_prohibition', 'boolean', 'Interdiction absolue (ligne rouge)', {
        defaultValue: false,
        nullable: false,
        width: 'half',
        ar: 'منع مطلق (خط أحمر)',
        note: 'Toute valeur non nulle d’un indicateur lié est signalée, jamais moyennée dans le score.',
      }),
      oneToMany('indicators', 'Indicateurs', '{{indicator.code}} ({{nature}})', { ar: 'المؤشرات' }),
      field('sort', 'integer', 'Ordre', { hidden: true }),
    ],
  ),
  collection(
    'indicator_standards',
    ['Lien indicateur–règle', 'ربط المؤشر بالقاعدة'],
    ['Indicateurs et règles', 'المؤشرات والقواعد'],
    {
      icon: 'link',
      group: 'analysis_group',
      displayTemplate: '{{indicator.code}} → {{rule.code}} ({{nature}})',
      sort: 7,
    },
    [
      manyToOne('indicator', 'Indicateur', '{{code}} — {{label}}', { required: true, width: 'half', ar: 'المؤشر' }),
      manyToOne('rule', 'Règle', '{{code}}', { required: true, width: 'half', ar: 'القاعدة' }),
      dropdown(
        'nature',
        'Nature du lien',
        [
          ['measures', 'Mesure la règle'],
          ['approximates', 'S’en approche'],
        ],
        { required: true, defaultValue: 'measures', width: 'half', ar: 'طبيعة الربط' },
      ),
      field('target', 'decimal', 'Cible fixée par la règle', {
        precision: 12,
        scale: 4,
        width: 'half',
        ar: 'الهدف',
        note: 'Proportion entre 0 et 1 (0 : interdiction absolue). Vide si la règle ne fixe pas de cible.',
      }),
    ],
  ),

  collection(
    'recommendations',
    ['Recommandation', 'توصية'],
    ['Recommandations', 'التوصيات'],
    { icon: 'tips_and_updates', group: 'reports_group', displayTemplate: '{{text}}', sortField: 'sort', sort: 1 },
    [
      manyToOne('wave', 'Vague', '{{code}}', { width: 'half', ar: 'الموجة' }),
      manyToOne('dimension', 'Dimension', '{{code}} — {{label}}', { width: 'half', ar: 'البعد' }),
      field('text', 'text', 'Recommandation', { required: true, ar: 'التوصية' }),
      field('text_ar', 'text', 'Recommandation (arabe)', { ar: 'التوصية بالعربية' }),
      field('standard', 'string', 'Norme', { width: 'half', ar: 'المعيار' }),
      dropdown(
        'priority',
        'Priorité',
        [
          ['high', 'Haute'],
          ['medium', 'Moyenne'],
          ['low', 'Basse'],
        ],
        { defaultValue: 'medium', width: 'half', ar: 'الأولوية' },
      ),
      manyToOne('institution', 'Destinataire', '{{name}}', { width: 'half', ar: 'الجهة المعنية' }),
      field('addressee', 'string', 'Autres destinataires', {
        width: 'half',
        ar: 'جهات أخرى',
        note: 'Ex. Barreaux ; Ministère de la Santé (en plus de l’institution choisie)',
      }),
      field('deadline', 'date', 'Échéance', { width: 'half', ar: 'الأجل' }),
      field('indicators', 'alias', 'Indicateurs qui en montrent l’effet', {
        interface: 'list-m2m',
        special: ['m2m'],
        ar: 'المؤشرات المرتبطة',
        options: { template: '{{indicators_id.code}} — {{indicators_id.label}}', enableCreate: false },
        display: 'related-values',
        displayOptions: { template: '{{indicators_id.code}}' },
      }),
      field('rules', 'alias', 'Règles invoquées', {
        interface: 'list-m2m',
        special: ['m2m'],
        ar: 'القواعد المستند إليها',
        options: { template: '{{standard_rules_id.code}}', enableCreate: false },
        display: 'related-values',
        displayOptions: { template: '{{standard_rules_id.code}}' },
      }),
      oneToMany('followups', 'Suivi par vague', '{{wave.code}} : {{status}}', { ar: 'التتبع حسب الموجة' }),
      dropdown(
        'status',
        'Suivi',
        [
          ['proposed', 'Proposée'],
          ['adopted', 'Adoptée'],
          ['in_progress', 'En cours'],
          ['implemented', 'Mise en œuvre'],
        ],
        { defaultValue: 'proposed', width: 'half', ar: 'المتابعة' },
      ),
      field('sort', 'integer', 'Ordre', { hidden: true }),
      ...auditFields(),
    ],
  ),
  collection(
    'institutions',
    ['Institution', 'مؤسسة'],
    ['Institutions destinataires', 'المؤسسات المعنية'],
    {
      icon: 'account_balance',
      group: 'reports_group',
      displayTemplate: '{{name}}',
      sortField: 'sort',
      sort: 3,
      note: 'Les institutions auxquelles s’adressent les recommandations.',
    },
    [
      field('code', 'string', 'Code', { ...CODE, ar: 'الرمز' }),
      field('name', 'string', 'Nom', { required: true, width: 'half', ar: 'الاسم' }),
      field('name_ar', 'string', 'Nom (arabe)', { required: true, width: 'half', ar: 'الاسم بالعربية' }),
      field('url', 'string', 'Site', { width: 'full', ar: 'الموقع', maxLength: 500 }),
      field('sort', 'integer', 'Ordre', { hidden: true }),
    ],
  ),
  collection(
    'recommendation_followups',
    ['Suivi de recommandation', 'تتبع توصية'],
    ['Suivi des recommandations', 'تتبع التوصيات'],
    {
      icon: 'fact_check',
      group: 'reports_group',
      displayTemplate: '{{wave.code}} · {{status}}',
      sort: 4,
      note: 'Une ligne par recommandation et par vague ultérieure ; figée quand la vague est verrouillée ou publiée.',
    },
    [
      manyToOne('recommendation', 'Recommandation', '{{text}}', { required: true, width: 'full', ar: 'التوصية' }),
      manyToOne('wave', 'Vague du suivi', '{{code}}', { required: true, width: 'half', ar: 'موجة التتبع' }),
      dropdown(
        'status',
        'État de mise en œuvre',
        [
          ['not_started', 'Non engagée'],
          ['in_progress', 'En cours'],
          ['partly_implemented', 'Partiellement mise en œuvre'],
          ['implemented', 'Mise en œuvre'],
          ['rejected', 'Rejetée'],
        ],
        { required: true, defaultValue: 'not_started', width: 'half', ar: 'حالة التنفيذ' },
      ),
      field('evidence', 'text', 'Éléments constatés', { ar: 'العناصر المثبتة' }),
      field('source', 'string', 'Source', { width: 'half', ar: 'المصدر', maxLength: 500 }),
      field('date', 'date', 'Date du constat', { width: 'half', ar: 'تاريخ المعاينة' }),
      ...auditFields(),
    ],
  ),
  collection(
    'recommendations_indicators',
    ['Indicateur de la recommandation', 'مؤشر التوصية'],
    ['Indicateurs des recommandations', 'مؤشرات التوصيات'],
    { icon: 'link', group: 'reports_group', sort: 5, hidden: true },
    [
      field('recommendations_id', 'integer', 'Recommandation', { hidden: true }),
      field('indicators_id', 'integer', 'Indicateur', { hidden: true }),
    ],
  ),
  collection(
    'recommendations_standard_rules',
    ['Règle de la recommandation', 'قاعدة التوصية'],
    ['Règles des recommandations', 'قواعد التوصيات'],
    { icon: 'link', group: 'reports_group', sort: 6, hidden: true },
    [
      field('recommendations_id', 'integer', 'Recommandation', { hidden: true }),
      field('standard_rules_id', 'integer', 'Règle', { hidden: true }),
    ],
  ),
  collection(
    'reports',
    ['Rapport', 'تقرير'],
    ['Rapports', 'التقارير'],
    { icon: 'picture_as_pdf', group: 'reports_group', displayTemplate: '{{wave.code}} · {{created_at}}', sort: 2 },
    [
      manyToOne('wave', 'Vague', '{{code}}', { required: true, width: 'half', ar: 'الموجة' }),
      field('file', 'uuid', 'Fichier PDF', {
        interface: 'file',
        display: 'file',
        special: ['file'],
        width: 'half',
        ar: 'الملف',
      }),
      field('created_at', 'timestamp', 'Créé le', {
        special: ['date-created'],
        readonly: true,
        width: 'half',
        ar: 'تاريخ الإنشاء',
      }),
      field('sha256', 'string', 'Empreinte SHA-256', { readonly: true, width: 'half', maxLength: 64 }),
      dropdown(
        'kind',
        'Nature',
        [
          ['draft', 'Provisoire'],
          ['final', 'Définitif'],
        ],
        { defaultValue: 'draft', width: 'half', ar: 'النوع' },
      ),
      dropdown(
        'lang',
        'Édition',
        [
          ['fr', 'Française'],
          ['ar', 'Arabe'],
        ],
        { defaultValue: 'fr', width: 'half', ar: 'النسخة' },
      ),
      // An edition built after the answer (the Arabic one at publication) that failed: no file, the reason.
      field('failure', 'text', 'Échec de la production', { readonly: true, ar: 'سبب تعذر الإنتاج' }),
      field('user_created', 'uuid', 'Créé par', {
        special: ['user-created'],
        interface: 'select-dropdown-m2o',
        display: 'user',
        readonly: true,
        width: 'half',
      }),
    ],
  ),
];

/** Fields added to Directus's own collections. */
export const systemFields: Array<{ collection: string; field: FieldDefinition }> = [
  // Lets a permission name `$CURRENT_USER.assignments.scope_key`: Directus resolves it through this alias.
  {
    collection: 'directus_users',
    field: oneToMany('assignments', 'Affectations', '{{wave.code}} · {{establishment.code}}', {
      ar: 'التكليفات',
      hidden: true,
      readonly: true,
    }),
  },
];

/** Builds the model in a bare Directus, as `npm run snapshot` and the no-drift test do. */
export async function postModel(api: { post(path: string, body: unknown): Promise<unknown> }): Promise<void> {
  for (const group of folders) await api.post('/collections', group);
  for (const definition of collections) await api.post('/collections', definition);
  for (const { collection, field: definition } of systemFields) await api.post(`/fields/${collection}`, definition);
  for (const definition of relations) await api.post('/relations', definition);
}

export const relations: RelationDefinition[] = [
  relation('instrument_versions', 'instrument', 'instruments', 'RESTRICT', 'versions'),
  relation('sections', 'instrument_version', 'instrument_versions', 'CASCADE', 'sections', { sort_field: 'sort' }),
  relation('questions', 'instrument_version', 'instrument_versions', 'CASCADE', 'questions', { sort_field: 'sort' }),
  relation('questions', 'section', 'sections', 'SET NULL'),
  relation('choices', 'question', 'questions', 'CASCADE', 'choices', { sort_field: 'sort' }),
  relation('waves_instrument_versions', 'waves_id', 'waves', 'CASCADE', 'instrument_versions', {
    junction_field: 'instrument_versions_id',
  }),
  relation('waves_instrument_versions', 'instrument_versions_id', 'instrument_versions', 'RESTRICT', null, {
    junction_field: 'waves_id',
  }),
  relation('population_frames', 'wave', 'waves', 'RESTRICT', 'frames'),
  relation('population_frames', 'establishment', 'establishments', 'RESTRICT', 'frames'),
  relation('participant_statuses', 'participant', 'participants', 'CASCADE', 'history'),
  relation('participant_statuses', 'establishment', 'establishments', 'RESTRICT'),
  relation('interviews', 'wave', 'waves', 'RESTRICT', 'interviews'),
  relation('interviews', 'participant', 'participants', 'RESTRICT', 'interviews'),
  relation('interviews', 'establishment', 'establishments', 'RESTRICT'),
  relation('interviews', 'followup', 'followups', 'RESTRICT'),
  relation('interviews', 'instrument_version', 'instrument_versions', 'RESTRICT'),
  relation('interviews', 'reviewed_by', 'directus_users', 'SET NULL'),
  relation('assignments', 'user', 'directus_users', 'CASCADE', 'assignments'),
  relation('assignments', 'wave', 'waves', 'CASCADE', 'assignments'),
  relation('assignments', 'establishment', 'establishments', 'CASCADE', 'assignments'),
  relation('wave_events', 'wave', 'waves', 'RESTRICT', 'events'),
  relation('sample_draws', 'wave', 'waves', 'RESTRICT'),
  relation('waves', 'followup_instrument_version', 'instrument_versions', 'RESTRICT'),
  relation('followups', 'wave', 'waves', 'RESTRICT'),
  relation('followups', 'participant', 'participants', 'RESTRICT'),
  relation('followups', 'from_establishment', 'establishments', 'RESTRICT'),
  relation('followups', 'enumerator', 'directus_users', 'SET NULL'),
  relation('followups', 'outcome_by', 'directus_users', 'SET NULL'),
  // No alias on participants: the ciphertext is never one relation away from a readable collection.
  relation('followup_contacts', 'participant', 'participants', 'CASCADE'),
  relation('contact_reveals', 'followup', 'followups', 'SET NULL'),
  relation('contact_reveals', 'participant', 'participants', 'SET NULL'),
  relation('sample_draws', 'establishment', 'establishments', 'RESTRICT'),
  relation('indicators', 'dimension', 'dimensions', 'RESTRICT', 'indicators'),
  relation('external_estimates', 'wave', 'waves', 'RESTRICT'),
  relation('external_estimates', 'indicator', 'indicators', 'CASCADE', 'external_estimates'),
  relation('indicator_snapshots', 'wave', 'waves', 'RESTRICT'),
  relation('standard_rules', 'instrument', 'standard_instruments', 'RESTRICT', 'rules', { sort_field: 'sort' }),
  relation('indicator_standards', 'indicator', 'indicators', 'CASCADE', 'standards'),
  relation('indicator_standards', 'rule', 'standard_rules', 'CASCADE', 'indicators'),
  relation('recommendations', 'wave', 'waves', 'SET NULL'),
  relation('recommendations', 'dimension', 'dimensions', 'SET NULL'),
  relation('recommendations', 'institution', 'institutions', 'RESTRICT'),
  relation('recommendation_followups', 'recommendation', 'recommendations', 'RESTRICT', 'followups'),
  relation('recommendation_followups', 'wave', 'waves', 'RESTRICT'),
  relation('recommendations_indicators', 'recommendations_id', 'recommendations', 'CASCADE', 'indicators', {
    junction_field: 'indicators_id',
  }),
  relation('recommendations_indicators', 'indicators_id', 'indicators', 'CASCADE', null, {
    junction_field: 'recommendations_id',
  }),
  relation('recommendations_standard_rules', 'recommendations_id', 'recommendations', 'CASCADE', 'rules', {
    junction_field: 'standard_rules_id',
  }),
  relation('recommendations_standard_rules', 'standard_rules_id', 'standard_rules', 'CASCADE', null, {
    junction_field: 'recommendations_id',
  }),
  relation('reports', 'wave', 'waves', 'RESTRICT'),
  relation('reports', 'file', 'directus_files', 'RESTRICT'),
  ...[
    'instruments',
    'instrument_versions',
    'waves',
    'participants',
    'participant_statuses',
    'interviews',
    'wave_events',
    'sample_draws',
    'followups',
    'contact_reveals',
    'indicators',
    'indicator_snapshots',
    'recommendations',
    'recommendation_followups',
  ].flatMap((name) => [
    relation(name, 'user_created', 'directus_users', 'SET NULL'),
    relation(name, 'user_updated', 'directus_users', 'SET NULL'),
  ]),
  relation('reports', 'user_created', 'directus_users', 'SET NULL'),
];

/**
 * Ranges that the fields' types do not say (a snapshot cannot hold them): the request guard refuses a
 * value outside them with a 400 naming the field (`extensions/barometer/src/server/rules/field-guard.ts`).
 */
export const FIELD_RANGES: Record<string, Record<string, { min?: number; max?: number }>> = {
  instrument_versions: { version: { min: 1, max: 10_000 } },
  population_frames: { population: { min: 0, max: 100_000 }, target: { min: 0, max: 100_000 } },
  interviews: { duration_minutes: { min: 0, max: 1_440 } },
  waves: { sampling_rate: { min: 0, max: 1 } },
  external_estimates: { n: { min: 0, max: 1_000_000 }, se: { min: 0 } },
  standard_instruments: { year: { min: 1800, max: 2200 } },
  indicator_standards: { target: { min: 0, max: 1 } },
};
