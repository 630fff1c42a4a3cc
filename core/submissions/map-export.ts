/** A CSV as read: its header, and each data row by column name with its 1-based line. */
export interface SubmissionTable {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: Readonly<Record<string, string>> }[];
}

/** What the mapping needs of a question: its type, and a select_multiple's choice values. */
export interface SubmissionQuestion {
  readonly type: string;
  readonly choices: readonly string[];
}

export interface SubmissionProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export type MappedTable =
  | { readonly ok: true; readonly source: 'barometer' | 'kobo' | 'odk-central'; readonly table: SubmissionTable }
  | { readonly ok: false; readonly problems: readonly SubmissionProblem[] };

/** Columns of the barometer's own import besides question codes (shared/contract.md). */
const CONTRACT_COLUMNS = new Set([
  'participant_code',
  'establishment_code',
  'consent_guardian',
  'assent_child',
  'enumerator_email',
  'interview_date',
  'status',
  'duration_minutes',
]);

/** Where each tool puts a submission's unique id: it becomes the interview code. */
const ID_COLUMNS = ['_uuid', 'meta/instanceID', 'meta-instanceID', 'instanceID', 'KEY'];
/** Timestamps the interview date and duration come from, in order of preference. */
const START = ['start'];
const END = ['end'];
const DAY = ['today', 'start', '_submission_time', 'SubmissionDate'];

/** Bookkeeping of KoboToolbox and ODK Central exports, and device metadata: read above or dropped. */
const SYSTEM_COLUMNS = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'username',
  'audit',
  'simserial',
  'subscriberid',
  'phonenumber',
  'instanceID',
  'instanceName',
  'deprecatedID',
  'KEY',
  'SubmissionDate',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'Status',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
]);

const TRUE_CELLS = new Set(['1', 'true', 'yes', 'oui']);

/** `group/sub/QUESTION` (Kobo) or `group-sub-QUESTION` (ODK Central): the question's own name last. */
function candidates(header: string): string[] {
  const names = [header];
  const slash = header.split('/');
  if (slash.length > 1) names.push(slash.slice(1).join('/'), slash.at(-1) ?? '');
  for (let index = header.indexOf('-'); index !== -1; index = header.indexOf('-', index + 1)) {
    names.push(header.slice(index + 1));
  }
  return names;
}

function isSystem(header: string): boolean {
  const last = header.split(/[/-]/).at(-1) ?? header;
  return header.startsWith('_') || SYSTEM_COLUMNS.has(header) || (header.includes('meta') && SYSTEM_COLUMNS.has(last));
}

function firstCell(
  cells: Readonly<Record<string, string>>,
  columns: ReadonlyMap<string, string>,
  names: readonly string[],
): string {
  for (const name of names) {
    const value = cells[columns.get(name) ?? ''];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return '';
}

/** `uuid:6b1f…` as ODK writes instance ids: the code keeps the id itself. */
function interviewCode(id: string): string {
  return id.replace(/^uuid:/i, '');
}

function durationMinutes(start: string, end: string): string {
  const from = Date.parse(start);
  const to = Date.parse(end);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return '';
  return String(Math.round((to - from) / 60_000));
}

/**
 * A KoboToolbox or ODK Central CSV export of a form turned into the barometer's import columns, or the
 * table unchanged when it already has `interview_code` or is no such export. Group prefixes are dropped
 * (`group/QUESTION`, `group-QUESTION`), the submission id (`_uuid`, `meta/instanceID`, `KEY`) becomes
 * `interview_code`, `start`/`end` give `duration_minutes`, `today` (else `start`, else the submission
 * time) gives `interview_date`; a select_multiple exported one column per choice (`Q/choice`, 1 or 0) is
 * joined back into space-separated values; the tools' own columns, and those of the form's questions the
 * barometer keeps unasked (`unasked`: a `geopoint`, a photo), are dropped. Any other column is kept
 * as written, for the import's checks to report. Two columns naming the same question are a problem.
 */
export function mapSubmissionExport(
  table: SubmissionTable,
  questions: ReadonlyMap<string, SubmissionQuestion>,
  unasked: ReadonlySet<string> = new Set(),
): MappedTable {
  const idColumn = ID_COLUMNS.find((column) => table.header.includes(column));
  if (table.header.includes('interview_code') || idColumn === undefined) {
    return { ok: true, source: 'barometer', table };
  }
  const source = table.header.some((header) => header.startsWith('_')) ? 'kobo' : 'odk-central';
  const known = (name: string) => questions.has(name) || CONTRACT_COLUMNS.has(name);
  const targets = new Map<string, string>();
  const choiceColumns = new Map<string, Array<{ header: string; choice: string }>>();
  const timestamps = new Map<string, string>();
  const kept: string[] = [];
  const problems: SubmissionProblem[] = [];
  for (const header of table.header) {
    const name = candidates(header).find(known);
    if (name !== undefined) {
      const previous = targets.get(name);
      if (previous !== undefined) {
        problems.push({
          row: 1,
          column: header,
          message: `« ${header} » et « ${previous} » donnent tous deux la question ${name}.`,
        });
      }
      targets.set(name, header);
      continue;
    }
    const slash = header.lastIndexOf('/');
    const owner =
      slash === -1
        ? undefined
        : candidates(header.slice(0, slash)).find((code) => questions.get(code)?.type === 'select_multiple');
    const choice = header.slice(slash + 1);
    if (owner !== undefined && questions.get(owner)?.choices.includes(choice)) {
      choiceColumns.set(owner, [...(choiceColumns.get(owner) ?? []), { header, choice }]);
      continue;
    }
    const last = header.split(/[/-]/).at(-1) ?? header;
    if ([...START, ...END, ...DAY].includes(last) || [...START, ...END, ...DAY].includes(header)) {
      if (!timestamps.has(last)) timestamps.set(last, header);
      continue;
    }
    // A geopoint comes as `gps` or as its parts (`gps-Latitude`, `_gps_latitude`).
    if (isSystem(header) || header.split(/[/-]/).some((part) => unasked.has(part))) continue;
    kept.push(header);
  }
  if (problems.length > 0) return { ok: false, problems };
  for (const code of choiceColumns.keys()) if (targets.has(code)) choiceColumns.delete(code);

  const header = [
    'interview_code',
    ...targets.keys(),
    ...choiceColumns.keys(),
    ...(targets.has('interview_date') ? [] : ['interview_date']),
    ...(targets.has('duration_minutes') ? [] : ['duration_minutes']),
    ...kept,
  ];
  const rows = table.rows.map(({ line, cells }) => {
    const mapped: Record<string, string> = { interview_code: interviewCode((cells[idColumn] ?? '').trim()) };
    for (const [name, column] of targets) mapped[name] = cells[column] ?? '';
    for (const [code, columns] of choiceColumns) {
      mapped[code] = columns
        .filter(({ header: column }) => TRUE_CELLS.has((cells[column] ?? '').trim().toLowerCase()))
        .map(({ choice }) => choice)
        .join(' ');
    }
    if (!targets.has('interview_date')) mapped['interview_date'] = firstCell(cells, timestamps, DAY).slice(0, 10);
    if (!targets.has('duration_minutes')) {
      mapped['duration_minutes'] = durationMinutes(
        firstCell(cells, timestamps, START),
        firstCell(cells, timestamps, END),
      );
    }
    for (const column of kept) mapped[column] = cells[column] ?? '';
    return { line, cells: mapped };
  });
  return { ok: true, source, table: { header, rows } };
}
