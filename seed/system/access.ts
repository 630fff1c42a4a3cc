// The roles of the contract and what each may do, as Directus roles, policies and permissions.
// This table is the documentation of access: the permission matrix test (test/integration) checks it.
import { ROLE_IDS, UNPROTECTED_DATA_POLICY_ID } from '../../extensions/barometer/src/shared/ids.ts';

export type Action = 'create' | 'read' | 'update' | 'delete';
export type Filter = Record<string, unknown>;

export interface PermissionRule {
  collection: string;
  action: Action;
  /** Item filter: which items the rule reaches (Directus `permissions`). */
  filter?: Filter;
  /** What a written payload must satisfy (Directus `validation`). */
  validation?: Filter;
  fields?: string[];
  presets?: Record<string, unknown>;
}

export interface RoleDefinition {
  key: 'coordinator' | 'supervisor' | 'enumerator' | 'analyst' | 'followup';
  roleId: string;
  policyId: string;
  name: string;
  icon: string;
  description: string;
  rules: PermissionRule[];
}

const CRUD: Action[] = ['create', 'read', 'update', 'delete'];
const crud = (collection: string): PermissionRule[] => CRUD.map((action) => ({ collection, action }));
const readAll = (...collections: string[]): PermissionRule[] =>
  collections.map((collection) => ({ collection, action: 'read' as const }));

const ME = '$CURRENT_USER';
/**
 * A supervisor's scope: the (wave, establishment) pairs of its own assignments, compared through the
 * pair key the database keeps on both sides (model.ts `scope_key`). Directus reads the list through
 * the `assignments` alias of directus_users at each request; no assignment gives `_in: [null]`, which
 * matches nothing.
 */
const inMyPairs: Filter = { scope_key: { _in: `${ME}.assignments.scope_key` } };
/**
 * What a supervisor reviews: the interviews of its pairs, and the follow-up interviews (no
 * establishment, so no pair) of the waves it is assigned to.
 */
const inMyReview: Filter = {
  _or: [inMyPairs, { _and: [{ followup: { _nnull: true } }, { wave: { _in: `${ME}.assignments.wave` } }] }],
};

const INSTRUMENT_COLLECTIONS = ['instruments', 'instrument_versions', 'sections', 'questions', 'choices'];
/** The normative framework: whoever reads the indicators reads the rules they follow. */
const STANDARD_COLLECTIONS = ['standard_instruments', 'standard_rules', 'indicator_standards'];
/** The recommendations, their addressees, links and follow-up: the coordinator's, read by analysts. */
const RECOMMENDATION_COLLECTIONS = [
  'recommendations',
  'institutions',
  'recommendation_followups',
  'recommendations_indicators',
  'recommendations_standard_rules',
];
const REFERENCE_COLLECTIONS = [
  'establishments',
  'waves',
  'waves_instrument_versions',
  'population_frames',
  'dimensions',
  'indicators',
  ...STANDARD_COLLECTIONS,
];

/**
 * The product's staff (the five roles of the contract), whom coordination and supervision assign and
 * contact; the administrators' accounts, whose e-mails are their login, stay out of every other role's
 * reach.
 */
const staffOnly: Filter = { role: { _in: Object.values(ROLE_IDS) } };
const userDirectory: PermissionRule = {
  collection: 'directus_users',
  action: 'read',
  fields: ['id', 'first_name', 'last_name', 'email', 'role', 'status'],
  filter: staffOnly,
};
/** The tracer assigns follow-ups to enumerators by name: it needs no one's e-mail. */
const staffNames: PermissionRule = { ...userDirectory, fields: ['id', 'first_name', 'last_name', 'role'] };
/**
 * The names of the people who review interviews, so that an enumerator's rejected interview shows who
 * rejected it (the app reads `reviewed_by`) without opening the rest of the user directory.
 */
const reviewerNames: PermissionRule = {
  collection: 'directus_users',
  action: 'read',
  fields: ['id', 'first_name', 'last_name'],
  filter: { role: { _in: [ROLE_IDS.coordinator, ROLE_IDS.supervisor] } },
};
const publishedVersion: Filter = { status: { _in: ['published', 'retired'] } };

/** Interview fields an enumerator or an import may write; review fields are the supervisor's. */
export const INTERVIEW_ENTRY_FIELDS = [
  'code',
  'wave',
  'participant',
  'establishment',
  'followup',
  'instrument_version',
  'answers',
  'status',
  'consent_guardian',
  'assent_child',
  'interview_date',
  'duration_minutes',
  'consent_contact',
  'device_id',
];

/**
 * What an analyst may not see: who entered or reviewed an interview, free review text, device ids, and
 * the answers themselves, whose free text (and identifying questions) may name a child: the analyst's
 * data path is the export, which leaves those out.
 */
const ANALYST_INTERVIEW_FIELDS = [
  'id',
  'code',
  'wave',
  'participant',
  'establishment',
  'followup',
  'instrument_version',
  'status',
  'excluded',
  'consent_guardian',
  'assent_child',
  'consent_contact',
  'interview_date',
  'duration_minutes',
  'date_created',
  'date_updated',
];

/**
 * What of a follow-up is edited as an item: who traces it and where. The tracing outcome goes through
 * `POST /barometer/followups/:id/outcome`, which also erases the contact details when the follow-up ends.
 */
const FOLLOWUP_PLANNING_FIELDS = ['enumerator', 'place_region', 'partner_organisation'];

/**
 * Every user changes its own password and turns two-factor authentication on or off (Directus's
 * `/users/me/tfa/*` write `tfa_secret` with the user's own permissions); nothing else of its account.
 */
const ownAccount: PermissionRule = {
  collection: 'directus_users',
  action: 'update',
  filter: { id: { _eq: ME } },
  fields: ['password', 'tfa_secret'],
};

export const ROLES: RoleDefinition[] = (
  [
    {
      key: 'coordinator',
      roleId: ROLE_IDS.coordinator,
      policyId: '0b3a6d1e-1c5f-4a57-9a0e-0000000000a1',
      name: 'Coordinator',
      icon: 'manage_accounts',
      description: 'Coordination OMP : instruments, vagues, bases de sondage, indicateurs, recommandations, rapports.',
      rules: [
        ...INSTRUMENT_COLLECTIONS.flatMap(crud),
        ...[
          'establishments',
          'waves_instrument_versions',
          'population_frames',
          'participant_statuses',
          'assignments',
          'dimensions',
          'indicators',
          ...STANDARD_COLLECTIONS,
          'external_estimates',
          ...RECOMMENDATION_COLLECTIONS,
        ].flatMap(crud),
        { collection: 'waves', action: 'create' },
        { collection: 'waves', action: 'read' },
        { collection: 'waves', action: 'update' },
        { collection: 'waves', action: 'delete', filter: { status: { _eq: 'planned' } } },
        { collection: 'participants', action: 'create' },
        { collection: 'participants', action: 'read' },
        { collection: 'participants', action: 'update' },
        // Creating interviews is how the CSV import of offline data writes; editing stays with the field team.
        { collection: 'interviews', action: 'create', fields: INTERVIEW_ENTRY_FIELDS },
        ...readAll('interviews', 'wave_events', 'sample_draws', 'indicator_snapshots', 'reports', 'contact_reveals'),
        {
          collection: 'followups',
          action: 'create',
          fields: ['wave', 'participant', 'released_on', 'from_establishment', ...FOLLOWUP_PLANNING_FIELDS],
        },
        { collection: 'followups', action: 'read' },
        { collection: 'followups', action: 'update', fields: FOLLOWUP_PLANNING_FIELDS },
        { collection: 'directus_files', action: 'create' },
        { collection: 'directus_files', action: 'read' },
        { collection: 'directus_files', action: 'update' },
        { collection: 'directus_folders', action: 'read' },
        { collection: 'directus_flows', action: 'read', filter: { trigger: { _eq: 'manual' } } },
        ...crud('directus_dashboards'),
        ...crud('directus_panels'),
        userDirectory,
        { collection: 'directus_roles', action: 'read', fields: ['id', 'name', 'icon'] },
      ],
    },
    {
      key: 'supervisor',
      roleId: ROLE_IDS.supervisor,
      policyId: '0b3a6d1e-1c5f-4a57-9a0e-0000000000a2',
      name: 'Supervisor',
      icon: 'fact_check',
      description: 'Superviseur : relit les entretiens des vagues et établissements qui lui sont affectés.',
      rules: [
        ...readAll(...INSTRUMENT_COLLECTIONS, ...REFERENCE_COLLECTIONS, 'participants', 'participant_statuses'),
        { collection: 'assignments', action: 'read', filter: { user: { _eq: ME } } },
        { collection: 'interviews', action: 'read', filter: inMyReview },
        {
          collection: 'interviews',
          action: 'update',
          filter: { _and: [inMyReview, { status: { _in: ['submitted', 'validated', 'rejected'] } }] },
          validation: { status: { _in: ['submitted', 'validated', 'rejected'] } },
          fields: ['status', 'review_comment'],
        },
        userDirectory,
      ],
    },
    {
      key: 'enumerator',
      roleId: ROLE_IDS.enumerator,
      policyId: '0b3a6d1e-1c5f-4a57-9a0e-0000000000a3',
      name: 'Enumerator',
      icon: 'edit_note',
      description: 'Enquêteur : saisit ses entretiens dans une vague ouverte, là où il est affecté.',
      rules: [
        { collection: 'instruments', action: 'read' },
        { collection: 'instrument_versions', action: 'read', filter: publishedVersion },
        { collection: 'sections', action: 'read', filter: { instrument_version: publishedVersion } },
        { collection: 'questions', action: 'read', filter: { instrument_version: publishedVersion } },
        { collection: 'choices', action: 'read', filter: { question: { instrument_version: publishedVersion } } },
        { collection: 'waves', action: 'read', filter: { status: { _in: ['open', 'locked', 'published'] } } },
        { collection: 'waves_instrument_versions', action: 'read' },
        { collection: 'establishments', action: 'read' },
        { collection: 'assignments', action: 'read', filter: { user: { _eq: ME } } },
        { collection: 'participants', action: 'create', fields: ['code'] },
        // `interviews` too: without the relation's field the app cannot link an interview to its participant.
        { collection: 'participants', action: 'read', fields: ['id', 'code', 'current_status', 'interviews'] },
        {
          collection: 'interviews',
          action: 'create',
          fields: INTERVIEW_ENTRY_FIELDS,
          validation: { status: { _in: ['draft', 'submitted'] } },
        },
        { collection: 'interviews', action: 'read', filter: { user_created: { _eq: ME } } },
        {
          collection: 'interviews',
          action: 'update',
          filter: {
            _and: [
              { user_created: { _eq: ME } },
              { status: { _in: ['draft', 'rejected'] } },
              { wave: { status: { _eq: 'open' } } },
            ],
          },
          validation: { status: { _in: ['draft', 'submitted'] } },
          fields: INTERVIEW_ENTRY_FIELDS.filter((name) => name !== 'code'),
        },
        { collection: 'followups', action: 'read', filter: { enumerator: { _eq: ME } } },
        reviewerNames,
      ],
    },
    {
      key: 'analyst',
      roleId: ROLE_IDS.analyst,
      policyId: '0b3a6d1e-1c5f-4a57-9a0e-0000000000a4',
      name: 'Analyst',
      icon: 'query_stats',
      description: 'Analyste : lit les données sans identifiants directs, les indicateurs, exports et rapports.',
      rules: [
        ...readAll(
          ...INSTRUMENT_COLLECTIONS,
          ...REFERENCE_COLLECTIONS,
          'external_estimates',
          'indicator_snapshots',
          ...RECOMMENDATION_COLLECTIONS,
          'reports',
        ),
        // A wave's history without who wrote it: the author is a coordinator or an admin, whose e-mail an
        // analyst must not read out, even by filtering on it.
        {
          collection: 'wave_events',
          action: 'read',
          fields: ['id', 'wave', 'from_status', 'to_status', 'reason', 'details', 'date_created'],
        },
        { collection: 'interviews', action: 'read', fields: ANALYST_INTERVIEW_FIELDS },
        { collection: 'directus_files', action: 'read' },
        // The Files module lists folders first: without them it opens on an error.
        { collection: 'directus_folders', action: 'read' },
        ...readAll('directus_dashboards', 'directus_panels'),
      ],
    },
    {
      key: 'followup',
      roleId: ROLE_IDS.followup,
      policyId: '0b3a6d1e-1c5f-4a57-9a0e-0000000000a6',
      name: 'Suivi post-sortie',
      icon: 'directions_walk',
      description:
        'Suivi post-sortie : retrouve les mineurs libérés, lit leurs coordonnées (chaque lecture journalisée) et note le résultat.',
      rules: [
        ...readAll('establishments', 'waves', 'contact_reveals'),
        { collection: 'participants', action: 'read', fields: ['id', 'code', 'current_status'] },
        { collection: 'participant_statuses', action: 'create' },
        { collection: 'participant_statuses', action: 'read' },
        { collection: 'participant_statuses', action: 'update' },
        { collection: 'followups', action: 'read' },
        { collection: 'followups', action: 'update', fields: FOLLOWUP_PLANNING_FIELDS },
        staffNames,
      ],
    },
  ] satisfies RoleDefinition[]
).map((role) => ({ ...role, rules: [...role.rules, ownAccount] }));

/**
 * "Données non protégées": figures and exports with disclosure=off (issue 13, point 5). No collection
 * rule and no role: it is given to named users (directus_access user↔policy), and the endpoint checks it.
 */
export const UNPROTECTED_DATA_POLICY = {
  id: UNPROTECTED_DATA_POLICY_ID,
  name: 'Données non protégées / بيانات غير محمية',
  icon: 'lock_open',
  description: 'Indicateurs et exports sans contrôle de divulgation (disclosure=off), chaque usage étant journalisé.',
} as const;
