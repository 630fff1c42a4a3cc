// A Stata do-file that reads the interviews CSV: `import delimited` with every column's type given,
// select_one values coded as numbers with their value labels, dates as %td, variable labels.
// Stata 14 [D] import delimited, [D] label, [U] 12.4.2 "Handling Unicode strings".
import { dataFileName, repeatTableComments } from './file-names.ts';
import { safeNames, STATA_NAMES } from './names.ts';
import type { Column, ExportDataset } from './types.ts';
import { DUMMY_LABELS, oneLine, valueCodes } from './value-codes.ts';

/** [D] label: a variable label holds 80 characters; the codebook has them in full. */
const MAX_VARIABLE_LABEL = 80;

/** Characters a Stata string literal cannot hold as such: quotes end it, `$` and backquotes expand macros. */
const UNSAFE = /["`$\\]/;

/** A string expression that is the exact value: unsafe characters as `char()`. */
function stringExpression(value: string): string {
  const parts: string[] = [];
  let literal = '';
  for (const character of value) {
    if (UNSAFE.test(character)) {
      if (literal) parts.push(`"${literal}"`);
      literal = '';
      parts.push(`char(${character.charCodeAt(0)})`);
    } else {
      literal += character;
    }
  }
  if (literal || parts.length === 0) parts.push(`"${literal}"`);
  return parts.join(' + ');
}

/** A label literal: labels are text for the eye, so unsafe characters become look-alikes. */
function labelLiteral(text: string, maxLength?: number): string {
  const safe = oneLine(text).replaceAll('"', '”').replaceAll('`', '‘').replaceAll('$', '＄').replaceAll('\\', '/');
  const cut = maxLength === undefined ? safe : [...safe].slice(0, maxLength).join('');
  return `"${cut}"`;
}

function isNumeric(column: Column): boolean {
  return column.kind === 'integer' || column.kind === 'decimal' || column.kind === 'dummy';
}

function positions(columns: readonly Column[], keep: (column: Column) => boolean): string {
  return columns.flatMap((column, index) => (keep(column) ? [String(index + 1)] : [])).join(' ');
}

export function stataDoFile(dataset: ExportDataset): string {
  const { columns } = dataset;
  const file = dataFileName(dataset);
  const allNames = safeNames([...columns.map((column) => column.name), '__baro_tmp', 'baro_choisi'], STATA_NAMES);
  const names = allNames.slice(0, columns.length);
  const temporary = allNames[columns.length] ?? '__baro_tmp';
  const dummyLabel = allNames[columns.length + 1] ?? 'baro_choisi';
  const nameOf = (index: number) => names[index] ?? '';

  const lines: string[] = [
    `* Baromètre OMP, vague ${oneLine(dataset.wave)} : lecture de « ${file} » dans Stata 14 ou plus récent.`,
    '* Lancez ce fichier depuis le dossier du CSV (cd), sans modifier le CSV : les colonnes sont lues par position.',
    '* Cellule vide = question non posée ou sans réponse (valeur manquante).',
    '* Choix multiples : la réponse brute (valeurs séparées par des espaces) et une variable 0/1 par choix.',
    '* Une cellule texte commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe (protection contre les formules).',
    '* Les libellés de variables sont coupés à 80 caractères : le dictionnaire des variables (codebook) les donne en entier.',
    ...repeatTableComments(dataset).map((comment) => `* ${comment}`),
  ];
  const renamed = columns.flatMap((column, index) =>
    nameOf(index) === column.name ? [] : [`*   ${column.name} -> ${nameOf(index)}`],
  );
  if (renamed.length > 0) lines.push('* Colonnes renommées pour Stata (colonne du CSV -> variable) :', ...renamed);

  const stringColumns = positions(columns, (column) => !isNumeric(column));
  const numericColumns = positions(columns, isNumeric);
  lines.push(
    '',
    'version 14',
    `import delimited using "${file}", clear encoding("utf-8") delimiters(",") bindquote(strict) varnames(nonames) rowrange(2) ///`,
    `  ${stringColumns ? `stringcols(${stringColumns})` : ''} ${numericColumns ? `numericcols(${numericColumns})` : ''}`.trimEnd(),
    // One group rename: a question coded `v3` must not collide with the third column before its turn.
    `rename (${columns.map((_column, index) => `v${index + 1}`).join(' ')}) ///`,
    `  (${names.join(' ')})`,
    '',
  );

  columns.forEach((column, index) => {
    const name = nameOf(index);
    if (column.kind === 'select_one') {
      const codes = valueCodes(column);
      lines.push(`* ${name} : ${codes.map(({ code, value }) => `${value} = ${code}`).join(', ')}`);
      lines.push(`generate ${codes.length > 100 ? 'int' : 'byte'} ${temporary} = ., after(${name})`);
      for (const { code, value } of codes)
        lines.push(`replace ${temporary} = ${code} if ${name} == ${stringExpression(value)}`);
      lines.push(`drop ${name}`, `rename ${temporary} ${name}`);
      lines.push(
        `label define ${name} ${codes.map(({ code, label }) => `${code} ${labelLiteral(label)}`).join(' ')}, replace`,
      );
      lines.push(`label values ${name} ${name}`, '');
    } else if (column.kind === 'date') {
      lines.push(`generate double ${temporary} = date(${name}, "YMD"), after(${name})`);
      lines.push(`format ${temporary} %td`, `drop ${name}`, `rename ${temporary} ${name}`, '');
    }
  });

  const dummies = columns.flatMap((column, index) => (column.kind === 'dummy' ? [nameOf(index)] : []));
  if (dummies.length > 0) {
    lines.push(
      `label define ${dummyLabel} ${DUMMY_LABELS.map(({ code, label }) => `${code} ${labelLiteral(label)}`).join(' ')}, replace`,
    );
    lines.push(`label values ${dummies.join(' ')} ${dummyLabel}`, '');
  }
  columns.forEach((column, index) =>
    lines.push(`label variable ${nameOf(index)} ${labelLiteral(column.label, MAX_VARIABLE_LABEL)}`),
  );
  lines.push('');
  return lines.join('\n');
}
