// Builders for the Directus collection, field and relation payloads of the data model. The model is
// authored here once and turned into `snapshots/schema.json` by `npm run snapshot` (Directus makes the
// snapshot from a live PostgreSQL database, so that the file is exact for every vendor).

export interface Translation {
  language: string;
  translation: string;
}

/** French first, then Arabic (two Arabic locales the Directus app ships), then English for developers. */
export function labels(fr: string, ar?: string, en?: string): Translation[] {
  const list: Translation[] = [{ language: 'fr-FR', translation: fr }];
  if (ar) list.push({ language: 'ar-MA', translation: ar }, { language: 'ar-SA', translation: ar });
  if (en) list.push({ language: 'en-US', translation: en });
  return list;
}

export interface FieldDefinition {
  field: string;
  type: string;
  meta: Record<string, unknown>;
  schema: Record<string, unknown> | null;
}

export interface FieldOptions {
  required?: boolean;
  unique?: boolean;
  nullable?: boolean;
  defaultValue?: unknown;
  note?: string;
  width?: 'half' | 'full' | 'fill';
  hidden?: boolean;
  readonly?: boolean;
  interface?: string;
  options?: Record<string, unknown>;
  display?: string;
  displayOptions?: Record<string, unknown>;
  special?: string[];
  ar?: string;
  maxLength?: number;
  precision?: number;
  scale?: number;
  group?: string;
  conditions?: unknown[];
}

export function field(name: string, type: string, fr: string, options: FieldOptions = {}): FieldDefinition {
  const meta: Record<string, unknown> = {
    interface: options.interface ?? defaultInterface(type),
    options: options.options ?? null,
    display: options.display ?? null,
    display_options: options.displayOptions ?? null,
    // Without cast-boolean, SQLite hands booleans back as 0 and 1.
    special: options.special ?? (type === 'boolean' ? ['cast-boolean'] : null),
    required: options.required ?? false,
    readonly: options.readonly ?? false,
    hidden: options.hidden ?? false,
    width: options.width ?? 'full',
    note: options.note ?? null,
    group: options.group ?? null,
    conditions: options.conditions ?? null,
    translations: labels(fr, options.ar),
  };
  if (type === 'alias') return { field: name, type, meta, schema: null };
  const schema: Record<string, unknown> = {
    is_nullable: options.nullable ?? !options.required,
    is_unique: options.unique ?? false,
    default_value: options.defaultValue ?? null,
  };
  if (options.maxLength !== undefined) schema['max_length'] = options.maxLength;
  if (options.precision !== undefined) schema['numeric_precision'] = options.precision;
  if (options.scale !== undefined) schema['numeric_scale'] = options.scale;
  return { field: name, type, meta, schema };
}

function defaultInterface(type: string): string | null {
  switch (type) {
    case 'boolean':
      return 'boolean';
    case 'text':
      return 'input-multiline';
    case 'json':
      return 'input-code';
    case 'date':
    case 'timestamp':
    case 'dateTime':
      return 'datetime';
    case 'alias':
      return null;
    default:
      return 'input';
  }
}

export function choices(values: Array<[value: string, fr: string]>): Array<{ text: string; value: string }> {
  return values.map(([value, text]) => ({ text, value }));
}

export function dropdown(
  name: string,
  fr: string,
  values: Array<[string, string]>,
  options: FieldOptions = {},
): FieldDefinition {
  return field(name, 'string', fr, {
    interface: 'select-dropdown',
    options: { choices: choices(values) },
    display: 'labels',
    displayOptions: { choices: choices(values) },
    ...options,
  });
}

export function manyToOne(name: string, fr: string, template: string, options: FieldOptions = {}): FieldDefinition {
  return field(name, 'integer', fr, {
    interface: 'select-dropdown-m2o',
    options: { template },
    display: 'related-values',
    displayOptions: { template },
    ...options,
  });
}

export function oneToMany(name: string, fr: string, template: string, options: FieldOptions = {}): FieldDefinition {
  return field(name, 'alias', fr, {
    interface: 'list-o2m',
    options: { template, enableCreate: true, enableSelect: false },
    display: 'related-values',
    displayOptions: { template },
    special: ['o2m'],
    ...options,
  });
}

/** Who created or last changed an item: Directus fills it in, the app shows the person. */
function auditUser(name: string, fr: string, special: string): FieldDefinition {
  return field(name, 'uuid', fr, {
    special: [special],
    interface: 'select-dropdown-m2o',
    options: { template: '{{first_name}} {{last_name}}' },
    display: 'user',
    readonly: true,
    hidden: true,
    width: 'half',
  });
}

/** When an item was created or last changed: Directus fills it in, the app shows how long ago. */
function auditDate(name: string, fr: string, special: string): FieldDefinition {
  return field(name, 'timestamp', fr, {
    special: [special],
    readonly: true,
    hidden: true,
    width: 'half',
    display: 'datetime',
    displayOptions: { relative: true },
  });
}

export function auditFields(): FieldDefinition[] {
  return [
    auditUser('user_created', 'Créé par', 'user-created'),
    auditDate('date_created', 'Créé le', 'date-created'),
    auditUser('user_updated', 'Modifié par', 'user-updated'),
    auditDate('date_updated', 'Modifié le', 'date-updated'),
  ];
}

export interface RelationDefinition {
  collection: string;
  field: string;
  related_collection: string | null;
  meta: Record<string, unknown>;
  schema: { on_delete: 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'NO ACTION' } | null;
}

export function relation(
  collection: string,
  fieldName: string,
  related: string,
  onDelete: 'RESTRICT' | 'CASCADE' | 'SET NULL',
  oneField: string | null = null,
  extra: Record<string, unknown> = {},
): RelationDefinition {
  return {
    collection,
    field: fieldName,
    related_collection: related,
    meta: { one_field: oneField, sort_field: null, one_deselect_action: 'nullify', ...extra },
    schema: { on_delete: onDelete },
  };
}

export interface CollectionDefinition {
  collection: string;
  meta: Record<string, unknown>;
  schema: Record<string, unknown> | null;
  fields: FieldDefinition[];
}

export interface CollectionOptions {
  icon: string;
  note?: string;
  group?: string;
  displayTemplate?: string;
  sortField?: string;
  sort: number;
  hidden?: boolean;
  archiveField?: string;
}

export function collection(
  name: string,
  singular: [fr: string, ar: string],
  plural: [fr: string, ar: string],
  options: CollectionOptions,
  fields: FieldDefinition[],
): CollectionDefinition {
  return {
    collection: name,
    meta: {
      icon: options.icon,
      note: options.note ?? null,
      group: options.group ?? null,
      display_template: options.displayTemplate ?? null,
      sort_field: options.sortField ?? null,
      sort: options.sort,
      hidden: options.hidden ?? false,
      singleton: false,
      accountability: 'all',
      collapse: 'open',
      translations: [
        { language: 'fr-FR', translation: plural[0], singular: singular[0], plural: plural[0] },
        { language: 'ar-MA', translation: plural[1], singular: singular[1], plural: plural[1] },
        { language: 'ar-SA', translation: plural[1], singular: singular[1], plural: plural[1] },
      ],
    },
    schema: {},
    fields: [
      {
        field: 'id',
        type: 'integer',
        meta: { hidden: true, readonly: true, interface: 'input', translations: labels('Identifiant') },
        schema: { is_primary_key: true, has_auto_increment: true },
      },
      ...fields,
    ],
  };
}

export function folder(name: string, fr: string, ar: string, icon: string, sort: number): CollectionDefinition {
  return {
    collection: name,
    meta: {
      icon,
      sort,
      hidden: false,
      collapse: 'open',
      translations: [
        { language: 'fr-FR', translation: fr, singular: fr, plural: fr },
        { language: 'ar-MA', translation: ar, singular: ar, plural: ar },
        { language: 'ar-SA', translation: ar, singular: ar, plural: ar },
      ],
    },
    schema: null,
    fields: [],
  };
}
