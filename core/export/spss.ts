// SPSS syntax that reads the interviews CSV: GET DATA, then select_one values coded as numbers,
// variable and value labels, missing values. IBM SPSS Statistics Command Syntax Reference: GET DATA,
// RECODE, VARIABLE LABELS, VALUE LABELS, MISSING VALUES.
import { dataFileName, repeatTableComments } from './file-names.ts';
import { SPSS_NAMES, safeNames } from './names.ts';
import type { Cell, Column, ExportDataset } from './types.ts';
import { DUMMY_LABELS, oneLine, valueCodes } from './value-codes.ts';

const MAX_STRING_BYTES = 32_767;
const encoder = new TextEncoder();

function quote(text: string): string {
  return `'${oneLine(text).replaceAll("'", "''")}'`;
}

function columnCells(dataset: ExportDataset, index: number): Cell[] {
  return dataset.rows.map((row) => row[index] ?? null);
}

/** String widths are in bytes (Unicode mode): the longest value in the file, at least 1. */
function stringWidth(cells: readonly Cell[]): number {
  const widest = Math.max(1, ...cells.map((cell) => (cell === null ? 0 : encoder.encode(String(cell)).length)));
  return Math.min(widest, MAX_STRING_BYTES);
}

function decimalsOf(cells: readonly Cell[]): number {
  return Math.min(
    16,
    Math.max(0, ...cells.map((cell) => (typeof cell === 'number' ? (String(cell).split('.')[1]?.length ?? 0) : 0))),
  );
}

function numericFormat(cells: readonly Cell[], decimals: number): string {
  const digits = Math.max(8, ...cells.map((cell) => (cell === null ? 0 : String(cell).length)));
  return `F${Math.min(40, digits + (decimals > 0 ? decimals + 1 : 0))}.${decimals}`;
}

/** The format GET DATA reads a column with; select_one columns are read as text first. */
function inputFormat(column: Column, cells: readonly Cell[]): string {
  switch (column.kind) {
    case 'string':
    case 'select_one':
      return `A${stringWidth(cells)}`;
    case 'date':
      return 'SDATE10';
    case 'dummy':
      return 'F1.0';
    case 'integer':
      return numericFormat(cells, 0);
    case 'decimal':
      return numericFormat(cells, decimalsOf(cells));
  }
}

export function spssSyntax(dataset: ExportDataset): string {
  const { columns } = dataset;
  const file = dataFileName(dataset);
  const selectOne = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.kind === 'select_one');
  const allNames = safeNames(
    [...columns.map((column) => column.name), ...selectOne.map(({ column }) => `${column.name}_texte`)],
    SPSS_NAMES,
  );
  const names = allNames.slice(0, columns.length);
  const textNames = new Map(selectOne.map(({ index }, position) => [index, allNames[columns.length + position] ?? '']));
  const nameOf = (index: number) => names[index] ?? '';

  const lines: string[] = [
    '* Encoding: UTF-8.',
    `* Baromètre OMP, vague ${oneLine(dataset.wave)} : lecture de « ${file} » (syntaxe générée avec le fichier, ne modifiez pas le CSV).`,
    '* /FILE est relatif au répertoire de travail de SPSS : placez-vous dans le dossier du CSV (CD) ou donnez le chemin complet.',
    '* Cellule vide = question non posée ou sans réponse : manquant système pour les nombres, valeur déclarée manquante pour les textes.',
    '* Questions à choix unique : lues comme texte puis codées 1, 2, ... dans l’ordre des choix du questionnaire (même codage que le fichier Stata).',
    '* Choix multiples : la réponse brute (valeurs séparées par des espaces) et une variable 0/1 par choix.',
    '* Une cellule texte commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe (protection contre les formules).',
    ...repeatTableComments(dataset).map((comment) => `* ${comment}`),
  ];
  const renamed = columns.flatMap((column, index) =>
    nameOf(index) === column.name ? [] : [`*   ${column.name} -> ${nameOf(index)}`],
  );
  if (renamed.length > 0) lines.push('* Colonnes renommées pour SPSS (colonne du CSV -> variable) :', ...renamed);

  lines.push(
    '',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE=${quote(file)}`,
    "  /ENCODING='UTF8'",
    '  /ARRANGEMENT=DELIMITED',
    '  /DELCASE=LINE',
    '  /FIRSTCASE=2',
    "  /DELIMITERS=','",
    `  /QUALIFIER='"'`,
    '  /VARIABLES=',
  );
  columns.forEach((column, index) => {
    lines.push(`    ${textNames.get(index) ?? nameOf(index)} ${inputFormat(column, columnCells(dataset, index))}`);
  });
  lines.push('.', '');

  if (selectOne.length > 0) {
    for (const { column, index } of selectOne) {
      const pairs = valueCodes(column)
        .map(({ code, value }) => `(${quote(value)}=${code})`)
        .join(' ');
      lines.push(`RECODE ${textNames.get(index) ?? ''} ${pairs} INTO ${nameOf(index)}.`);
    }
    lines.push(`FORMATS ${selectOne.map(({ index }) => nameOf(index)).join(' ')} (F3.0).`);
    // The numbered variables were added last: this puts every variable back in CSV order and drops the text ones.
    lines.push(`MATCH FILES FILE=* /KEEP=${names.join(' ')}.`, 'EXECUTE.', '');
  }

  lines.push(
    'VARIABLE LABELS',
    `  ${columns.map((column, index) => `${nameOf(index)} ${quote(column.label)}`).join('\n  /')}`,
    '.',
    '',
  );

  const valueLabels = selectOne.map(
    ({ column, index }) =>
      `${nameOf(index)} ${valueCodes(column)
        .map(({ code, label }) => `${code} ${quote(label)}`)
        .join(' ')}`,
  );
  const dummies = columns.flatMap((column, index) => (column.kind === 'dummy' ? [nameOf(index)] : []));
  if (dummies.length > 0)
    valueLabels.push(
      `${dummies.join(' ')} ${DUMMY_LABELS.map(({ code, label }) => `${code} ${quote(label)}`).join(' ')}`,
    );
  if (valueLabels.length > 0) lines.push('VALUE LABELS', `  ${valueLabels.join('\n  /')}`, '.', '');

  const strings = columns.flatMap((column, index) => (column.kind === 'string' ? [nameOf(index)] : []));
  if (strings.length > 0) lines.push(`MISSING VALUES ${strings.join(' ')} (' ').`, '');
  lines.push('EXECUTE.', '');
  return lines.join('\n');
}
