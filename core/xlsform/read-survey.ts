import type { Choice, Question, Section } from '../questionnaire/index.ts';
import { missingColumns, resolveColumns, type Columns, type Header } from './columns.ts';
import type { Language } from './languages.ts';
import { cellKeeper } from './kept-cells.ts';
import type { XlsFormProblem, XlsFormWarning } from './problems.ts';
import { rangeParameters } from './range-parameters.ts';
import { cell, columnName, translation, type SheetTable, type TableRow } from './sheet-table.ts';
import { classifyType, normalizeType, type SurveyRowKind } from './survey-types.ts';
import type { KeptRow, Mutable } from './types.ts';

export const SURVEY_SHEET = 'survey';

const SPEC = {
  single: ['type', 'name', 'required', 'identifying', 'relevant', 'constraint', 'calculation'],
  translated: ['label', 'hint', 'constraint_message'],
};

const TRUE = new Set(['yes', 'y', 'true', 'true()', '1', 'oui']);
const FALSE = new Set(['', 'no', 'n', 'false', 'false()', '0', 'non']);

export interface SurveyQuestion {
  readonly question: Question;
  readonly row: number;
  /** The row's own `relevant`, before its groups' conditions are added to it. */
  readonly ownRelevant: string;
}

/** A group's `relevant`, kept where it was written so that its problems are reported once, there. */
export interface GroupCondition {
  readonly code: string;
  readonly row: number;
  readonly relevant: string;
}

export interface Survey {
  readonly sheet: string;
  readonly columns: Columns;
  readonly sections: readonly Section[];
  readonly questions: readonly SurveyQuestion[];
  readonly groupConditions: readonly GroupCondition[];
  readonly keptRows: readonly KeptRow[];
}

interface OpenGroup {
  readonly code: string | undefined;
  readonly row: number;
  readonly relevant: string;
}

/** ODK shows a question only when it and every enclosing group are relevant. */
function combinedRelevance(groups: readonly OpenGroup[], own: string): string {
  const conditions = [...groups.map((group) => group.relevant), own].filter((condition) => condition !== '');
  return conditions.length === 1
    ? (conditions[0] ?? '')
    : conditions.map((condition) => `(${condition})`).join(' and ');
}

function addOptionalFields(question: Mutable<Question>, row: TableRow, columns: Columns): void {
  const hint = translation(row, columns, 'hint');
  if (hint.text !== '') question.hint = hint.text;
  if (hint.arabic !== '') question.hint_ar = hint.arabic;
  for (const field of ['constraint', 'calculation'] as const) {
    const source = cell(row, columns.single.get(field));
    if (source !== '') question[field] = source;
  }
  const message = translation(row, columns, 'constraint_message');
  if (message.text !== '') question.constraint_message = message.text;
  if (message.arabic !== '') question.constraint_message_ar = message.arabic;
}

/**
 * The questions and sections of the `survey` sheet, in order. Rows with neither type nor name are
 * skipped, and so are device metadata (`start`, `end`, `today`, `deviceid`, `username`).
 *
 * Groups become sections; nested groups are flattened: every group is a section, in the order the groups
 * begin, and a question belongs to its innermost group. A question outside any group has no section.
 * A group without a label takes its name as label. A group's `relevant` is added (with `and`) to the
 * `relevant` of every question inside it, since a section has no condition of its own; the group's other
 * columns are ignored.
 */
export function readSurvey(
  table: SheetTable,
  lists: ReadonlyMap<string, readonly Choice[]>,
  language: Language,
  problems: XlsFormProblem[],
  warnings: XlsFormWarning[],
): Survey {
  const columns = resolveColumns(table.name, table.headers, SPEC, language, problems);
  const missing = missingColumns(table.name, columns, ['type', 'name', 'label']);
  problems.push(...missing);
  const survey = { sheet: table.name, columns, sections: [], questions: [], groupConditions: [], keptRows: [] };
  if (missing.length > 0) return survey;
  // range's parameters are read, and kept as written so that the export gives them back.
  const keeper = cellKeeper(table, columns, new Set(['parameters']));
  const parametersHeader = table.headers.find((header) => header.field === 'parameters');
  const keptRows: KeptRow[] = [];

  const at = (row: TableRow, field: string): Omit<XlsFormProblem, 'message'> => ({
    sheet: table.name,
    row: row.number,
    column: columnName(columns, field),
  });
  const sections: Section[] = [];
  const sectionRows = new Map<string, number>();
  const questions: SurveyQuestion[] = [];
  const codeRows = new Map<string, number>();
  const groups: OpenGroup[] = [];
  const groupConditions: GroupCondition[] = [];

  for (const row of table.rows) {
    const typeText = normalizeType(cell(row, columns.single.get('type')));
    const name = cell(row, columns.single.get('name'));
    if (typeText === '' && name === '') continue;
    if (typeText === '') {
      problems.push({ ...at(row, 'type'), message: `La ligne « ${name} » n'a pas de type.` });
      continue;
    }
    const kind = classifyType(typeText);
    if (kind.kind === 'metadata' || kind.kind === 'unsupported') {
      keptRows.push({ before: questions.length, cells: keeper.whole(row) });
      if (kind.kind === 'unsupported') {
        warnings.push({
          ...at(row, 'type'),
          message: `Question « ${name} » de type « ${typeText} » : conservée pour l'export, jamais posée (type sans usage dans le baromètre).`,
          message_ar: `السؤال « ${name} » من نوع « ${typeText} »: محفوظ للتصدير ولا يُطرح أبدا (نوع لا يستعمله المقياس).`,
        });
      }
      continue;
    }
    if (kind.kind === 'refused') {
      problems.push({ ...at(row, 'type'), message: kind.message });
      continue;
    }
    if (kind.kind === 'end_group') {
      if (groups.pop() === undefined)
        problems.push({ ...at(row, 'type'), message: 'end_group sans begin_group correspondant.' });
      continue;
    }
    if (name === '') {
      problems.push({ ...at(row, 'name'), message: `Un élément de type « ${typeText} » doit avoir un nom (name).` });
      if (kind.kind === 'begin_group') groups.push({ code: undefined, row: row.number, relevant: '' });
      continue;
    }
    const label = translation(row, columns, 'label');
    const relevant = cell(row, columns.single.get('relevant'));
    if (kind.kind === 'begin_group') {
      groups.push({ code: name, row: row.number, relevant });
      if (relevant !== '') groupConditions.push({ code: name, row: row.number, relevant });
      const firstRow = sectionRows.get(name);
      if (firstRow !== undefined) {
        problems.push({
          ...at(row, 'name'),
          message: `Le groupe « ${name} » est défini deux fois (déjà ligne ${firstRow}).`,
        });
        continue;
      }
      sectionRows.set(name, row.number);
      const section: Mutable<Section> = { code: name, label: label.text === '' ? name : label.text };
      if (label.arabic !== '') section.label_ar = label.arabic;
      sections.push(section);
      continue;
    }
    const firstRow = codeRows.get(name);
    if (firstRow !== undefined) {
      problems.push({ ...at(row, 'name'), message: `Le nom « ${name} » est déjà utilisé ligne ${firstRow}.` });
      continue;
    }
    codeRows.set(name, row.number);

    const requiredText = cell(row, columns.single.get('required')).toLowerCase();
    if (!TRUE.has(requiredText) && !FALSE.has(requiredText)) {
      problems.push({
        ...at(row, 'required'),
        message: `required « ${requiredText} » : écrivez yes ou laissez vide (pas d'expression).`,
      });
    }
    const identifyingText = cell(row, columns.single.get('identifying')).toLowerCase();
    if (!TRUE.has(identifyingText) && !FALSE.has(identifyingText)) {
      problems.push({
        ...at(row, 'identifying'),
        message: `identifying « ${identifyingText} » : écrivez yes, no ou laissez vide.`,
      });
    }
    const list = kind.list === undefined ? [] : lists.get(kind.list);
    if (list === undefined || (kind.list !== undefined && list.length === 0)) {
      const problem = list === undefined ? "n'existe pas dans la feuille choices" : 'ne contient aucun choix';
      problems.push({ ...at(row, 'type'), message: `La liste de choix « ${kind.list ?? ''} » ${problem}.` });
    }
    const question: Mutable<Question> = {
      code: name,
      type: kind.type,
      label: label.text,
      required: TRUE.has(requiredText),
      choices: list ?? [],
    };
    adaptXlsFormType(question, kind, row, parametersHeader, { at: at(row, 'type'), problems, warnings });
    const cells = keeper.extras(row);
    if (kind.xlsformType !== undefined || cells !== undefined) {
      question.xlsform = {
        ...(kind.xlsformType === undefined ? {} : { type: kind.xlsformType }),
        ...(cells === undefined ? {} : { cells }),
      };
    }
    if (label.arabic !== '') question.label_ar = label.arabic;
    if (TRUE.has(identifyingText)) question.identifying = true;
    const section = groups.at(-1)?.code;
    if (section !== undefined) question.section = section;
    const condition = combinedRelevance(groups, relevant);
    if (condition !== '') question.relevant = condition;
    addOptionalFields(question, row, columns);
    questions.push({ question, row: row.number, ownRelevant: relevant });
  }
  for (const group of groups) {
    problems.push({
      sheet: table.name,
      row: group.row,
      column: columnName(columns, 'type'),
      message: `begin_group${group.code === undefined ? '' : ` « ${group.code} »`} sans end_group correspondant.`,
    });
  }
  warnings.push(...keeper.warnings());
  return { sheet: table.name, columns, sections, questions, groupConditions, keptRows };
}

interface Report {
  readonly at: Omit<XlsFormProblem, 'message'>;
  readonly problems: XlsFormProblem[];
  readonly warnings: XlsFormWarning[];
}

/** pyxform's value of an acknowledged note, and the choice `or_other` adds to a list. */
const ACKNOWLEDGED: Choice = { value: 'OK', label: 'OK', label_ar: 'حسنا' };
const OTHER: Choice = { value: 'other', label: 'Autre', label_ar: 'أخرى' };

/**
 * Types the barometer asks as one of its own: `acknowledge` as a select with the single choice `OK`,
 * `range` as a number (integer when its parameters are), `or_other` as the list plus its `other` choice.
 */
function adaptXlsFormType(
  question: Mutable<Question>,
  kind: Extract<SurveyRowKind, { kind: 'question' }>,
  row: TableRow,
  header: Header | undefined,
  report: Report,
): void {
  if (kind.xlsformType === 'acknowledge') question.choices = [ACKNOWLEDGED];
  if (kind.xlsformType === 'or_other' && !question.choices.some((choice) => choice.value === OTHER.value)) {
    question.choices = [...question.choices, OTHER];
  }
  if (kind.xlsformType !== 'range') return;
  const parameters = rangeParameters(cell(row, header));
  if (!parameters.ok) {
    report.problems.push({ ...report.at, column: header?.text ?? 'parameters', message: parameters.message });
    return;
  }
  const { start, end, step } = parameters;
  if ([start, end, step].every(Number.isInteger)) question.type = 'integer';
  report.warnings.push({
    ...report.at,
    message: `Question « ${question.code} » (range ${start} à ${end}, pas ${step}) : saisie comme un nombre, sans curseur.`,
    message_ar: `السؤال « ${question.code} » (range من ${start} إلى ${end}، بخطوة ${step}): يُدخل كعدد، بدون مؤشر.`,
  });
}
