import ExcelJS, { type Worksheet } from 'exceljs';
import type { Choice, Question } from '../questionnaire/index.ts';
import type { XlsForm } from './types.ts';
import { surveyLayout, type SurveyItem } from './write-layout.ts';

const FRENCH = 'French (fr)';
const ARABIC = 'Arabic (ar)';

const SURVEY_HEADERS = [
  'type',
  'name',
  `label::${FRENCH}`,
  `label::${ARABIC}`,
  `hint::${FRENCH}`,
  `hint::${ARABIC}`,
  'required',
  'relevant',
  'constraint',
  `constraint_message::${FRENCH}`,
  `constraint_message::${ARABIC}`,
  'calculation',
  'identifying',
] as const;

const CHOICES_HEADERS = ['list_name', 'name', `label::${FRENCH}`, `label::${ARABIC}`] as const;

type Text = string | null | undefined;

/** Characters that make a spreadsheet evaluate what is typed into a cell. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** XML 1.0 cannot carry these; exceljs would drop them silently anyway. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function clean(text: Text): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(NOT_XML, '');
}

/**
 * Adds a row of plain text cells. exceljs writes a string value as a shared string, never as a formula
 * (`<f>`), so `=HYPERLINK(...)` in a label stays inert text; cells that start like a formula also get the
 * Text number format (`@`), so that editing them in Excel does not turn them into one either.
 */
function addTextRow(sheet: Worksheet, values: readonly Text[]): void {
  const row = sheet.addRow(values.map((value) => clean(value) || null));
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) cell.numFmt = '@';
  });
}

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  addTextRow(sheet, headers);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return sheet;
}

/** One `choices` list per distinct set of choices, named after the first question using it. */
interface ChoiceList {
  readonly name: string;
  readonly choices: readonly Choice[];
}

function choiceLists(questions: readonly Question[]): ReadonlyMap<Question, ChoiceList> {
  const byContent = new Map<string, ChoiceList>();
  const names = new Set<string>();
  const lists = new Map<Question, ChoiceList>();
  for (const question of questions) {
    if (question.type !== 'select_one' && question.type !== 'select_multiple') continue;
    const content = JSON.stringify(
      question.choices.map((choice) => [choice.value, choice.label, choice.label_ar ?? '']),
    );
    let list = byContent.get(content);
    if (list === undefined) {
      let name = question.code;
      for (let suffix = 2; names.has(name); suffix += 1) name = `${question.code}_${suffix}`;
      names.add(name);
      list = { name, choices: question.choices };
      byContent.set(content, list);
    }
    lists.set(question, list);
  }
  return lists;
}

function surveyRow(item: SurveyItem, lists: ReadonlyMap<Question, ChoiceList>): readonly Text[] {
  if (item.kind === 'end_group') return ['end_group'];
  if (item.kind === 'begin_group') return ['begin_group', item.section.code, item.section.label, item.section.label_ar];
  const { question } = item;
  const list = lists.get(question);
  return [
    list === undefined ? question.type : `${question.type} ${list.name}`,
    question.code,
    question.label,
    question.label_ar,
    question.hint,
    question.hint_ar,
    question.required ? 'yes' : '',
    question.relevant,
    question.constraint,
    question.constraint_message,
    question.constraint_message_ar,
    question.calculation,
    question.identifying === true ? 'yes' : '',
  ];
}

/**
 * The form as an XLSForm workbook that KoboToolbox and `readXlsForm` accept: `survey` with French and
 * Arabic columns and sections as groups (see `surveyLayout`), `choices`, and `settings` with
 * `default_language` French. Text is written as typed, minus characters XML cannot hold (control
 * characters other than tab and line feed); `\r\n` becomes `\n`.
 */
export async function writeXlsForm(form: XlsForm): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const { questions } = form.questionnaire;
  const lists = choiceLists(questions);

  const survey = addSheet(workbook, 'survey', SURVEY_HEADERS);
  for (const item of surveyLayout(form.questionnaire)) addTextRow(survey, surveyRow(item, lists));

  const choices = addSheet(workbook, 'choices', CHOICES_HEADERS);
  for (const list of new Set(lists.values())) {
    for (const choice of list.choices) addTextRow(choices, [list.name, choice.value, choice.label, choice.label_ar]);
  }

  const settingsHeaders = ['form_id', 'form_title', 'version', 'default_language'];
  const settingsValues: Text[] = [form.formId, form.title, form.version, FRENCH];
  // pyxform ignores a translated form title; the barometer keeps it so the Arabic title survives a round trip.
  if (form.titleAr !== undefined && form.titleAr !== '') {
    settingsHeaders.push(`form_title::${ARABIC}`);
    settingsValues.push(form.titleAr);
  }
  const settings = addSheet(workbook, 'settings', settingsHeaders);
  addTextRow(settings, settingsValues);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
