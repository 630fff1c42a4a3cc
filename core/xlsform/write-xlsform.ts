import ExcelJS, { type Worksheet } from 'exceljs';
import type { Choice, Question } from '../questionnaire/index.ts';
import { cleanText, keepTextInert } from './inert-cells.ts';
import { ARABIC, FRENCH } from './kept-cells.ts';
import type { KeptRow, XlsForm, XlsFormCells } from './types.ts';
import { surveyLayout, type SurveyItem } from './write-layout.ts';

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

/** Adds a row of plain text cells, inert (see keepTextInert). */
function addTextRow(sheet: Worksheet, values: readonly Text[]): void {
  keepTextInert(sheet.addRow(values.map((value) => cleanText(value) || null)));
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
    if (question.xlsform?.type === 'acknowledge') continue;
    const content = JSON.stringify(
      question.choices.map((choice) => [
        choice.value,
        choice.label,
        choice.label_ar ?? '',
        choice.xlsform?.cells ?? {},
      ]),
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

/** The headers the kept cells add after the barometer's own, in the order they first appear. */
function keptHeaders(own: readonly string[], cells: readonly (XlsFormCells | undefined)[]): string[] {
  const headers = new Set<string>();
  for (const row of cells) for (const header of Object.keys(row ?? {})) if (!own.includes(header)) headers.add(header);
  return [...headers];
}

function keptValues(headers: readonly string[], cells: XlsFormCells | undefined): Text[] {
  return headers.map((header) => cells?.[header]);
}

function typeCell(question: Question, list: ChoiceList | undefined): string {
  if (question.type === 'repeat') return 'begin_repeat';
  const xlsformType = question.xlsform?.type;
  if (xlsformType === 'acknowledge' || xlsformType === 'range') return xlsformType;
  const type = list === undefined ? question.type : `${question.type} ${list.name}`;
  return xlsformType === 'or_other' ? `${type} or_other` : type;
}

type SurveyLine = SurveyItem | { readonly kind: 'kept'; readonly row: KeptRow };

/** The layout with each kept row (metadata, unsupported question) before the question it preceded. */
function withKeptRows(items: readonly SurveyItem[], kept: readonly KeptRow[]): SurveyLine[] {
  const lines: SurveyLine[] = [];
  let index = 0;
  const flush = (upTo: number): void => {
    for (const row of kept) if (row.before === upTo) lines.push({ kind: 'kept', row });
  };
  for (const item of items) {
    if (item.kind === 'question') {
      flush(index);
      index += 1;
    }
    lines.push(item);
  }
  for (const row of kept) if (row.before >= index) lines.push({ kind: 'kept', row });
  return lines;
}

function surveyRow(
  line: SurveyLine,
  lists: ReadonlyMap<Question, ChoiceList>,
  extra: readonly string[],
): readonly Text[] {
  if (line.kind === 'kept') return [...SURVEY_HEADERS, ...extra].map((header) => line.row.cells[header]);
  if (line.kind === 'end_group') return ['end_group'];
  if (line.kind === 'end_repeat') return ['end_repeat'];
  if (line.kind === 'begin_group') return ['begin_group', line.section.code, line.section.label, line.section.label_ar];
  const { question } = line;
  const list = lists.get(question);
  return [
    typeCell(question, list),
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
    ...keptValues(extra, {
      ...question.xlsform?.cells,
      ...(question.repeat_count ? { repeat_count: question.repeat_count } : {}),
    }),
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

  const kept = form.keptRows ?? [];
  // `repeat_count` only where a repeat has one, so that forms without repeats keep their columns.
  const surveyExtra = keptHeaders(SURVEY_HEADERS, [
    ...questions.map((question) => (question.repeat_count ? { repeat_count: question.repeat_count } : undefined)),
    ...questions.map((question) => question.xlsform?.cells ?? undefined),
    ...kept.map((row) => row.cells),
  ]);
  const survey = addSheet(workbook, 'survey', [...SURVEY_HEADERS, ...surveyExtra]);
  for (const line of withKeptRows(surveyLayout(form.questionnaire), kept)) {
    addTextRow(survey, surveyRow(line, lists, surveyExtra));
  }

  const written = [...new Set(lists.values())];
  const choiceExtra = keptHeaders(
    CHOICES_HEADERS,
    written.flatMap((list) => list.choices.map((choice) => choice.xlsform?.cells ?? undefined)),
  );
  const choices = addSheet(workbook, 'choices', [...CHOICES_HEADERS, ...choiceExtra]);
  for (const list of written) {
    for (const choice of list.choices) {
      const cells = choice.xlsform?.cells ?? undefined;
      addTextRow(choices, [list.name, choice.value, choice.label, choice.label_ar, ...keptValues(choiceExtra, cells)]);
    }
  }

  const settingsHeaders = ['form_id', 'form_title', 'version', 'default_language'];
  const settingsValues: Text[] = [form.formId, form.title, form.version, FRENCH];
  // pyxform ignores a translated form title; the barometer keeps it so the Arabic title survives a round trip.
  if (form.titleAr !== undefined && form.titleAr !== '') {
    settingsHeaders.push(`form_title::${ARABIC}`);
    settingsValues.push(form.titleAr);
  }
  const settingsExtra = keptHeaders(settingsHeaders, [form.settings]);
  settingsHeaders.push(...settingsExtra);
  settingsValues.push(...keptValues(settingsExtra, form.settings));
  const settings = addSheet(workbook, 'settings', settingsHeaders);
  addTextRow(settings, settingsValues);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
