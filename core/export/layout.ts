// From the wave's questionnaire versions and interviews to the table every format writes: the columns
// (names, labels, how SPSS and Stata read them) and one row of cells per interview.
import type { Choice, Question, QuestionnaireVersion } from '../questionnaire/index.ts';
import { neutralise } from './neutralise.ts';
import type { Cell, Column, ExportDataset, ExportInterview, ExportOptions, ExportQuestion } from './types.ts';

/** The interview's own fields, before the questions. Never the participant: see README, "Respondent id". */
const INTERVIEW_COLUMNS: readonly Column[] = [
  { name: 'wave', label: 'Vague', kind: 'string' },
  { name: 'interview_code', label: 'Code de l’entretien', kind: 'string' },
  {
    name: 'respondent_id',
    label: 'Numéro de répondant (rang dans cet export, sans lien avec le participant)',
    kind: 'integer',
  },
  { name: 'establishment_code', label: 'Code de l’établissement', kind: 'string' },
  { name: 'establishment_type', label: 'Type d’établissement', kind: 'string' },
  { name: 'region', label: 'Région', kind: 'string' },
  { name: 'interview_date', label: 'Date de l’entretien', kind: 'date' },
  { name: 'status', label: 'Statut de l’entretien', kind: 'string' },
  { name: 'instrument_version', label: 'Version du questionnaire', kind: 'string' },
];

/**
 * The first columns of a repeat's table: which interview (the same respondent_id as its row), the instance
 * of each enclosing repeat for a nested one, and which instance.
 */
const INTERVIEW_KEY_COLUMNS: readonly Column[] = [
  { name: 'wave', label: 'Vague', kind: 'string' },
  { name: 'interview_code', label: 'Code de l’entretien', kind: 'string' },
  { name: 'respondent_id', label: 'Numéro de répondant (celui de la ligne de l’entretien)', kind: 'integer' },
];
const INSTANCE_COLUMN: Column = {
  name: 'instance',
  label: 'Numéro de l’instance dans l’entretien, ou dans l’instance qui la contient (à partir de 1)',
  kind: 'integer',
};

/** Separates a select_multiple question's code from the choice value in its 0/1 columns. */
export const CHOICE_SEPARATOR = '__';

interface MergedQuestion {
  readonly question: Question;
  readonly choices: Choice[];
  /** Marked identifying in any of the wave's versions: one marking is enough to keep its answers in. */
  identifying: boolean;
}

/** Union of the versions' codes in order of first appearance; a choice any version offers is kept. */
function mergeQuestions(versions: readonly QuestionnaireVersion[]): MergedQuestion[] {
  const merged = new Map<string, MergedQuestion>();
  for (const version of versions) {
    for (const question of version.questions) {
      const known = merged.get(question.code);
      if (!known) {
        merged.set(question.code, {
          question,
          choices: [...question.choices],
          identifying: question.identifying === true,
        });
        continue;
      }
      if (question.identifying === true) known.identifying = true;
      for (const choice of question.choices) {
        if (!known.choices.some((existing) => existing.value === choice.value)) known.choices.push(choice);
      }
    }
  }
  return [...merged.values()];
}

/** `null`, `''` and `[]` are no answer, as in `validateAnswers`. */
function answerOf(interview: ExportInterview, code: string): unknown {
  const answers = interview.answers;
  if (!answers || !Object.hasOwn(answers, code)) return null;
  const value = answers[code];
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  return value;
}

function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return neutralise(value);
  if (Array.isArray(value)) return neutralise(value.map(String).join(' '));
  return neutralise(JSON.stringify(value));
}

/** A select_multiple answer as a set of values; a legacy space-separated string is read as one too. */
function selectedValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(' ').filter((part) => part !== '');
  return [];
}

/** Columns of one question and how to fill them from an interview. */
interface QuestionColumns {
  readonly columns: Column[];
  readonly cells: (interview: ExportInterview) => Cell[];
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function selectMultipleColumns(
  { question, choices }: MergedQuestion,
  name: (wanted: string) => string,
): QuestionColumns {
  const raw: Column = { name: name(question.code), label: question.label, kind: 'string', question: question.code };
  const dummies = choices.map((choice): Column => ({
    name: name(`${question.code}${CHOICE_SEPARATOR}${choice.value}`),
    label: `${question.label} : ${choice.label}`,
    kind: 'dummy',
    question: question.code,
  }));
  const order = new Map(choices.map((choice, index) => [choice.value, index]));
  return {
    columns: [raw, ...dummies],
    cells: (interview) => {
      const answer = answerOf(interview, question.code);
      if (answer === null) return [null, ...choices.map(() => null)];
      // Choice order, not click order: the same answer gives the same cell in every export.
      const selected = [...new Set(selectedValues(answer))].sort(
        (a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || byCodeUnit(a, b),
      );
      return [neutralise(selected.join(' ')), ...choices.map((choice) => (selected.includes(choice.value) ? 1 : 0))];
    },
  };
}

/** A calculation's type is what it computed: numeric when every value is a number. */
function calculatedKind(code: string, interviews: readonly ExportInterview[]): Column['kind'] {
  const values = interviews.map((interview) => answerOf(interview, code)).filter((value) => value !== null);
  if (!values.every((value) => typeof value === 'number')) return 'string';
  return values.every((value) => Number.isInteger(value)) ? 'integer' : 'decimal';
}

function singleColumn(
  merged: MergedQuestion,
  name: (wanted: string) => string,
  interviews: readonly ExportInterview[],
): QuestionColumns {
  const { question, choices } = merged;
  const base = { name: name(question.code), label: question.label, question: question.code };
  const column: Column =
    question.type === 'select_one'
      ? { ...base, kind: 'select_one', choices }
      : question.type === 'integer'
        ? { ...base, kind: 'integer' }
        : question.type === 'decimal'
          ? { ...base, kind: 'decimal' }
          : question.type === 'date'
            ? { ...base, kind: 'date' }
            : question.type === 'calculate'
              ? { ...base, kind: calculatedKind(question.code, interviews) }
              : { ...base, kind: 'string' };
  return { columns: [column], cells: (interview) => [cellOf(answerOf(interview, question.code))] };
}

function questionColumns(
  merged: MergedQuestion,
  options: ExportOptions,
  name: (wanted: string) => string,
  interviews: readonly ExportInterview[],
): QuestionColumns {
  if (merged.identifying && !options.includeText) return { columns: [], cells: () => [] };
  switch (merged.question.type) {
    case 'note':
    case 'repeat':
      return { columns: [], cells: () => [] };
    case 'text':
      return options.includeText ? singleColumn(merged, name, interviews) : { columns: [], cells: () => [] };
    case 'select_multiple':
      return selectMultipleColumns(merged, name);
    case 'select_one':
    case 'integer':
    case 'decimal':
    case 'date':
    case 'calculate':
      return singleColumn(merged, name, interviews);
    default: {
      const unknown: never = merged.question.type;
      throw new TypeError(`type de question inconnu : ${String(unknown)}`);
    }
  }
}

/**
 * Headers must be unique: a question coded like an interview field (`status`) or like another
 * question's 0/1 column gets `_2`, `_3`... The codebook gives each question its columns.
 */
function uniqueNamer(own: readonly Column[]): (wanted: string) => string {
  const used = new Set(own.map((column) => column.name));
  return (wanted) => {
    let name = wanted;
    for (let suffix = 2; used.has(name); suffix += 1) name = `${wanted}_${suffix}`;
    used.add(name);
    return name;
  };
}

function versionLabels(versions: readonly QuestionnaireVersion[]): Map<string, string> {
  return new Map(
    versions.flatMap((version) =>
      version.id === undefined
        ? []
        : [[String(version.id), `${version.instrument ?? ''} v${version.version ?? ''}`.trim()] as const],
    ),
  );
}

export function buildDataset(
  wave: string,
  versions: readonly QuestionnaireVersion[],
  interviews: readonly ExportInterview[],
  options: ExportOptions,
): ExportDataset {
  const name = uniqueNamer(INTERVIEW_COLUMNS);
  const merged = mergeQuestions(versions);
  const sorted = [...interviews].sort((a, b) => byCodeUnit(a.code, b.code));
  const repeatTables = new Map(
    merged
      .filter((entry) => entry.question.type === 'repeat')
      .map((entry) => [entry.question.code, repeatTable(wave, merged, entry.question.code, sorted, options)] as const),
  );
  // A repeat's questions have their columns in the repeat's own table, not in the interviews' row.
  const perQuestion = merged.map((entry) => {
    const repeat = repeatOfEntry(entry);
    const table = repeat === undefined ? undefined : repeatTables.get(repeat);
    return table === undefined
      ? { ...questionColumns(entry, options, name, interviews), table: null }
      : { columns: table.columnsOf.get(entry.question.code) ?? [], cells: () => [], table: repeat ?? null };
  });
  const labels = versionLabels(versions);
  const rows = sorted.map((interview, index): Cell[] => [
    ...[
      wave,
      interview.code,
      index + 1,
      interview.establishment_code,
      interview.establishment_type,
      interview.region,
      interview.interview_date,
      interview.status,
      interview.instrument_version === null ? null : (labels.get(String(interview.instrument_version)) ?? null),
    ].map(neutralise),
    ...perQuestion.flatMap((entry) => (entry.table === null ? entry.cells(interview) : [])),
  ]);
  const questions = merged.map(({ question, choices, identifying }, index): ExportQuestion => ({
    code: question.code,
    type: question.type,
    identifying,
    section: question.section ?? null,
    label: question.label,
    label_ar: question.label_ar ?? null,
    relevant: question.relevant ?? null,
    constraint: question.constraint ?? null,
    choices,
    columns: (perQuestion[index]?.columns ?? []).map((column) => column.name),
    repeat: perQuestion[index]?.table ?? null,
  }));
  return {
    wave,
    includeText: options.includeText,
    questions,
    columns: [...INTERVIEW_COLUMNS, ...perQuestion.flatMap((entry) => (entry.table === null ? entry.columns : []))],
    rows,
    protection: null,
  };
}

function repeatOfEntry(entry: MergedQuestion): string | undefined {
  return entry.question.repeat === null || entry.question.repeat === undefined || entry.question.repeat === ''
    ? undefined
    : entry.question.repeat;
}

/** The instances given for a repeat: objects only, anything else is no instance. */
function instancesIn(value: unknown): readonly Readonly<Record<string, unknown>>[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item),
      )
    : [];
}

/** The key column naming, in a nested repeat's table, the instance of an enclosing repeat its row is in. */
export function parentKeyName(repeat: string): string {
  return `instance_${repeat}`;
}

/** The repeats enclosing `repeat`, outermost first, as the wave's questions nest them. */
function enclosingRepeats(merged: readonly MergedQuestion[], repeat: string): readonly string[] {
  const parents = new Map(merged.map((entry) => [entry.question.code, repeatOfEntry(entry)] as const));
  const chain: string[] = [];
  for (
    let parent = parents.get(repeat);
    parent !== undefined && !chain.includes(parent);
    parent = parents.get(parent)
  ) {
    chain.unshift(parent);
  }
  return chain;
}

interface InstanceRow {
  readonly interview: ExportInterview;
  readonly respondent: number;
  /** The number of the instance of each enclosing repeat, outermost first, then its own, each from 1. */
  readonly numbers: readonly number[];
  readonly asInterview: ExportInterview;
}

interface RepeatTable {
  readonly columns: readonly Column[];
  readonly columnsOf: ReadonlyMap<string, readonly Column[]>;
  readonly rows: ReadonlyArray<readonly Cell[]>;
}

/**
 * One row per instance of the repeat, interviews in the order of their rows (so `respondent_id` is the
 * same number), instances in the order given; each instance is read as an interview of its own answers,
 * so that its questions get the columns they would have outside a repeat. A nested repeat's row also
 * names the instance of each repeat enclosing it (`instance_SIBLINGS`: the `instance` of its row there).
 */
function repeatTable(
  wave: string,
  merged: readonly MergedQuestion[],
  repeat: string,
  sorted: readonly ExportInterview[],
  options: ExportOptions,
): RepeatTable {
  const enclosing = enclosingRepeats(merged, repeat);
  const keyColumns: readonly Column[] = [
    ...INTERVIEW_KEY_COLUMNS,
    ...enclosing.map((parent): Column => ({
      name: parentKeyName(parent),
      label: `Numéro de l’instance de « ${parent} » (colonne instance de sa table)`,
      kind: 'integer',
    })),
    INSTANCE_COLUMN,
  ];
  const name = uniqueNamer(keyColumns);
  const instances = sorted.flatMap((interview, index) => {
    let rows: InstanceRow[] = [
      { interview, respondent: index + 1, numbers: [], asInterview: { ...interview, answers: interview.answers } },
    ];
    for (const level of [...enclosing, repeat]) {
      rows = rows.flatMap((row) =>
        instancesIn(answerOf(row.asInterview, level)).map((answers, instance) => ({
          ...row,
          numbers: [...row.numbers, instance + 1],
          asInterview: { ...interview, answers },
        })),
      );
    }
    return rows;
  });
  const readers = instances.map((entry) => entry.asInterview);
  const children = merged.filter((entry) => repeatOfEntry(entry) === repeat);
  const perQuestion = children.map((entry) => questionColumns(entry, options, name, readers));
  return {
    columns: [...keyColumns, ...perQuestion.flatMap((entry) => entry.columns)],
    columnsOf: new Map(children.map((entry, index) => [entry.question.code, perQuestion[index]?.columns ?? []])),
    rows: instances.map((entry) => [
      neutralise(wave),
      neutralise(entry.interview.code),
      entry.respondent,
      ...entry.numbers,
      ...perQuestion.flatMap((columns) => columns.cells(entry.asInterview)),
    ]),
  };
}

/**
 * The table of one repeat of the wave (`repeat` is its code), with the questions it holds; undefined
 * when no version of the wave has such a repeat.
 */
export function buildRepeatDataset(
  wave: string,
  versions: readonly QuestionnaireVersion[],
  interviews: readonly ExportInterview[],
  repeat: string,
  options: ExportOptions,
): ExportDataset | undefined {
  const dataset = buildDataset(wave, versions, interviews, options);
  if (!dataset.questions.some((question) => question.code === repeat && question.type === 'repeat')) return undefined;
  const sorted = [...interviews].sort((a, b) => byCodeUnit(a.code, b.code));
  const merged = mergeQuestions(versions);
  const table = repeatTable(wave, merged, repeat, sorted, options);
  return {
    wave,
    includeText: options.includeText,
    questions: dataset.questions.filter((question) => question.repeat === repeat),
    columns: table.columns,
    rows: table.rows,
    protection: null,
    table: { repeat, enclosing: enclosingRepeats(merged, repeat) },
  };
}
