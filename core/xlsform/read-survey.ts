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
  single: ['type', 'name', 'required', 'identifying', 'relevant', 'constraint', 'calculation', 'repeat_count'],
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
  readonly repeat: boolean;
  /** False for a group inside a repeat: its questions stay in the repeat, in the repeat's section. */
  readonly section: boolean;
}

/** The enclosing groups a question's relevance takes: inside a repeat, those within it (the repeat has the rest). */
function enclosingGroups(groups: readonly OpenGroup[]): readonly OpenGroup[] {
  const repeat = groups.findLastIndex((group) => group.repeat);
  return repeat === -1 ? groups : groups.slice(repeat + 1);
}

/** ODK shows a question only when it and every enclosing group are relevant. */
function combinedRelevance(groups: readonly OpenGroup[], own: string): string {
  const conditions = [...enclosingGroups(groups).map((group) => group.relevant), own].filter(
    (condition) => condition !== '',
  );
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
 *
 * A repeat becomes a question of type `repeat` (its label, relevance with its groups', `repeat_count`),
 * and the questions up to its `end_repeat` carry its code, in its section. A group inside a repeat makes no
 * section (a warning says so): its condition is added to its questions' as for any group. A repeat inside a
 * repeat nests in it: it carries the outer repeat's code, and its own questions its code.
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
    const inRepeat = groups.findLast((group) => group.repeat);
    if (kind.kind === 'end_group' || kind.kind === 'end_repeat') {
      const repeat = kind.kind === 'end_repeat';
      if (groups.at(-1)?.repeat === repeat) groups.pop();
      else
        problems.push({
          ...at(row, 'type'),
          message: repeat ? 'end_repeat sans begin_repeat correspondant.' : 'end_group sans begin_group correspondant.',
        });
      continue;
    }
    const opensGroup = kind.kind === 'begin_group' || kind.kind === 'begin_repeat';
    const opened = { row: row.number, repeat: kind.kind === 'begin_repeat', section: inRepeat === undefined };
    if (name === '') {
      problems.push({ ...at(row, 'name'), message: `Un élément de type « ${typeText} » doit avoir un nom (name).` });
      if (opensGroup) groups.push({ ...opened, code: undefined, relevant: '' });
      continue;
    }
    const label = translation(row, columns, 'label');
    const relevant = cell(row, columns.single.get('relevant'));
    if (kind.kind === 'begin_group' && inRepeat !== undefined) {
      groups.push({ ...opened, code: name, relevant });
      if (relevant !== '') groupConditions.push({ code: name, row: row.number, relevant });
      warnings.push({
        ...at(row, 'type'),
        message: `Groupe « ${name} » dans la répétition « ${inRepeat.code ?? ''} » : ses questions restent dans la répétition, sans section à elles (sa condition d'affichage s'ajoute à la leur).`,
        message_ar: `المجموعة « ${name} » داخل التكرار « ${inRepeat.code ?? ''} »: تبقى أسئلتها في التكرار بدون قسم خاص بها (يضاف شرط عرضها إلى شروطها).`,
      });
      continue;
    }
    if (kind.kind === 'begin_group') {
      groups.push({ ...opened, code: name, relevant });
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

    const section = groups.findLast((group) => group.section && !group.repeat)?.code;
    if (kind.kind === 'begin_repeat') {
      const repeatLabel = label.text === '' ? name : label.text;
      const repeat: Mutable<Question> = {
        code: name,
        type: 'repeat',
        label: repeatLabel,
        required: false,
        choices: [],
      };
      if (label.arabic !== '') repeat.label_ar = label.arabic;
      if (section !== undefined) repeat.section = section;
      if (inRepeat?.code !== undefined) repeat.repeat = inRepeat.code;
      const condition = combinedRelevance(groups, relevant);
      if (condition !== '') repeat.relevant = condition;
      const count = cell(row, columns.single.get('repeat_count'));
      if (count !== '') repeat.repeat_count = count;
      const cells = keeper.extras(row);
      if (cells !== undefined) repeat.xlsform = { cells };
      questions.push({ question: repeat, row: row.number, ownRelevant: relevant });
      groups.push({ ...opened, code: name, relevant: '' });
      continue;
    }
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
    if (section !== undefined) question.section = section;
    if (inRepeat?.code !== undefined) question.repeat = inRepeat.code;
    const condition = combinedRelevance(groups, relevant);
    if (condition !== '') question.relevant = condition;
    addOptionalFields(question, row, columns);
    questions.push({ question, row: row.number, ownRelevant: relevant });
  }
  for (const group of groups) {
    const [begin, end] = group.repeat ? ['begin_repeat', 'end_repeat'] : ['begin_group', 'end_group'];
    problems.push({
      sheet: table.name,
      row: group.row,
      column: columnName(columns, 'type'),
      message: `${begin}${group.code === undefined ? '' : ` « ${group.code} »`} sans ${end} correspondant.`,
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
