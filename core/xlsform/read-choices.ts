import type { Choice } from '../questionnaire/index.ts';
import { missingColumns, resolveColumns } from './columns.ts';
import { cellKeeper } from './kept-cells.ts';
import type { XlsFormProblem, XlsFormWarning } from './problems.ts';
import type { Settings } from './read-settings.ts';
import { cell, columnName, translation, type SheetTable } from './sheet-table.ts';
import type { Mutable } from './types.ts';

export const CHOICES_SHEET = 'choices';

const SPEC = { single: ['list_name', 'name'], translated: ['label'] };

/**
 * The choice lists by name. A row needs a list name and a value (`name`) without spaces, unique in its
 * list, and a label. A list whose rows all lack a value is kept, empty, so a select using it is told so.
 * @see https://xlsform.org/en/#multiple-choice-questions
 */
export function readChoices(
  table: SheetTable | undefined,
  settings: Pick<Settings, 'language' | 'allowChoiceDuplicates'>,
  problems: XlsFormProblem[],
  warnings: XlsFormWarning[],
): ReadonlyMap<string, readonly Choice[]> {
  const { language } = settings;
  const lists = new Map<string, Choice[]>();
  if (table === undefined) return lists;
  const columns = resolveColumns(table.name, table.headers, SPEC, language, problems);
  const missing = missingColumns(table.name, columns, ['list_name', 'name', 'label']);
  problems.push(...missing);
  if (missing.length > 0) return lists;
  const at = (row: number, field: string): Omit<XlsFormProblem, 'message'> => ({
    sheet: table.name,
    row,
    column: columnName(columns, field),
  });
  const keeper = cellKeeper(table, columns);
  const valueRows = new Map<string, number>();
  for (const row of table.rows) {
    const listName = cell(row, columns.single.get('list_name'));
    const value = cell(row, columns.single.get('name'));
    if (listName === '' && value === '') continue;
    if (listName === '') {
      problems.push({ ...at(row.number, 'list_name'), message: `Le choix « ${value} » n'a pas de list_name.` });
      continue;
    }
    const list = lists.get(listName) ?? [];
    lists.set(listName, list);
    if (value === '') {
      problems.push({
        ...at(row.number, 'name'),
        message: `Un choix de la liste « ${listName} » n'a pas de valeur (name).`,
      });
      continue;
    }
    if (/\s/.test(value)) {
      problems.push({
        ...at(row.number, 'name'),
        message: `Valeur « ${value} » : une valeur de choix ne contient pas d'espace (select_multiple les sépare par des espaces).`,
      });
    }
    const key = JSON.stringify([listName, value]);
    const firstRow = valueRows.get(key);
    if (firstRow !== undefined && settings.allowChoiceDuplicates) {
      // A select stores one value per choice: the first row of a value stands for all of them.
      warnings.push({
        ...at(row.number, 'name'),
        message: `Valeur « ${value} » en double dans la liste « ${listName} » (allow_choice_duplicates) : seule la ligne ${firstRow} est gardée.`,
        message_ar: `القيمة « ${value} » مكررة في القائمة « ${listName} » (allow_choice_duplicates): يُحتفظ بالسطر ${firstRow} فقط.`,
      });
      continue;
    }
    if (firstRow !== undefined) {
      problems.push({
        ...at(row.number, 'name'),
        message: `Valeur « ${value} » en double dans la liste « ${listName} » (déjà ligne ${firstRow}) : permis seulement avec allow_choice_duplicates dans settings.`,
      });
      continue;
    }
    valueRows.set(key, row.number);
    const label = translation(row, columns, 'label');
    if (label.text === '') {
      problems.push({
        ...at(row.number, 'label'),
        message: `Le choix « ${value} » de la liste « ${listName} » n'a pas de libellé.`,
      });
    }
    const choice: Mutable<Choice> = { value, label: label.text };
    if (label.arabic !== '') choice.label_ar = label.arabic;
    const cells = keeper.extras(row);
    if (cells !== undefined) choice.xlsform = { cells };
    list.push(choice);
  }
  warnings.push(...keeper.warnings());
  return lists;
}
