// Record-level disclosure control of the analyst export (issue 13, point 4), as sdcMicro does it:
// global recoding of the quasi-identifiers, then local suppression until every combination of them
// holds at least k interviews. "Missing" is a value of its own: a reader counts it like any other.
import type { Cell, ExportDataset, ExportProtection } from '../export/types.ts';

/** Every combination of the quasi-identifiers holds at least this many interviews. */
export const K_ANONYMITY = 3;

/**
 * The quasi-identifiers: what a guard, a relative or a journalist may know of a detained child, in the
 * order in which local suppression gives them up when two choices merge the same number of interviews
 * (the first is lost first; SEX last, the barometer's first breakdown). `establishment_code` is not in
 * the list: it is always recoded into `establishment_type`.
 */
export const QUASI_IDENTIFIERS = [
  { column: 'region', label: 'Région' },
  { question: 'AGE', label: 'Âge' },
  { question: 'LEGAL_STATUS', label: 'Situation judiciaire' },
  { column: 'establishment_type', label: 'Type d’établissement' },
  { question: 'SEX', label: 'Sexe' },
] as const;

/** Age bands of the recode: the thresholds of juvenile justice (16, and majority at 18). */
export function ageBand(age: number): string {
  if (age < 16) return '<16';
  return age < 18 ? '16-17' : '18+';
}

export type QiValue = string | number | null;

export interface LocalSuppression {
  /** The records, same order and length; a suppressed value is `null`. */
  readonly records: QiValue[][];
  /** Values set to missing, per variable (same index as the records' values). */
  readonly suppressed: number[];
}

const keyOf = (record: readonly QiValue[]) => JSON.stringify(record);

function groupsOf(records: readonly (readonly QiValue[])[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  records.forEach((record, index) => {
    const key = keyOf(record);
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}

const bySizeThenKey = (a: [string, number[]], b: [string, number[]]) =>
  a[1].length - b[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Local suppression: the smallest combination under k loses the value whose removal joins it to the
 * largest existing combination (then: leaves it alike to the most records; then: the earlier variable). When a combination has nothing left to
 * lose, the next smallest one is suppressed entirely into it. Every step removes at least one value,
 * so it ends; with at least k records every combination then holds k. No record is dropped.
 */
export function localSuppression(input: readonly (readonly QiValue[])[], k: number): LocalSuppression {
  const records = input.map((record) => [...record]);
  const width = records[0]?.length ?? 0;
  const suppressed = new Array<number>(width).fill(0);
  const suppress = (members: readonly number[], variable: number) => {
    for (const member of members) {
      const record = records[member];
      if (record && record[variable] !== null) {
        record[variable] = null;
        suppressed[variable] = (suppressed[variable] ?? 0) + 1;
      }
    }
  };
  for (;;) {
    const groups = [...groupsOf(records).entries()].sort(bySizeThenKey);
    const smallest = groups[0];
    if (!smallest || smallest[1].length >= k) break;
    const [, members] = smallest;
    const values = records[members[0] ?? 0] ?? [];
    const open = values.flatMap((value, variable) => (value === null ? [] : [variable]));
    if (open.length === 0) {
      const next = groups[1];
      if (!next) break;
      for (let variable = 0; variable < width; variable += 1) suppress(next[1], variable);
      continue;
    }
    const sizes = new Map(groups.map(([key, group]) => [key, group.length]));
    const joined = (variable: number) =>
      sizes.get(keyOf(values.map((value, index) => (index === variable ? null : value)))) ?? 0;
    // Without a combination to join, the value whose loss leaves the most records alike on the others.
    const alike = (variable: number) =>
      records.filter((record) =>
        values.every((value, index) => index === variable || value === null || record[index] === value),
      ).length;
    const score = (variable: number) => joined(variable) * (records.length + 1) + alike(variable);
    const best = open.reduce((chosen, variable) => (score(variable) > score(chosen) ? variable : chosen));
    suppress(members, best);
  }
  return { records, suppressed };
}

function columnIndex(dataset: ExportDataset, entry: { column?: string; question?: string }): number {
  return dataset.columns.findIndex((column) =>
    entry.column !== undefined
      ? column.name === entry.column && column.question === undefined
      : column.question === entry.question,
  );
}

/**
 * The analyst export made k-anonymous: establishment recoded into its type, age into bands, the
 * interview date into its month, the interview code (it names the establishment) removed, then local
 * suppression of the quasi-identifiers; rows reordered by their protected values and renumbered, since
 * the order by interview code would group each establishment's interviews. The codebook says what changed.
 */
export function kAnonymise(dataset: ExportDataset, k: number = K_ANONYMITY): ExportDataset {
  return kAnonymiseWithRespondents(dataset, k).dataset;
}

/**
 * `kAnonymise`, and the new respondent_id of each row of the input (same order): what a repeat's table
 * needs to point at the protected rows rather than at the interviews in code order.
 */
export function kAnonymiseWithRespondents(
  dataset: ExportDataset,
  k: number = K_ANONYMITY,
): { dataset: ExportDataset; respondents: readonly number[] } {
  const at = (name: string) => columnIndex(dataset, { column: name });
  const code = at('interview_code');
  const establishment = at('establishment_code');
  const date = at('interview_date');
  const respondent = at('respondent_id');
  const age = columnIndex(dataset, { question: 'AGE' });
  const present = QUASI_IDENTIFIERS.map((entry) => ({ entry, index: columnIndex(dataset, entry) })).filter(
    ({ index }) => index >= 0,
  );

  const recoded = dataset.rows.map((row) =>
    row.map((cell, index): Cell => {
      if (index === code || index === establishment) return null;
      if (index === date) return typeof cell === 'string' ? cell.slice(0, 7) : cell;
      if (index === age) return typeof cell === 'number' ? ageBand(cell) : cell;
      return cell;
    }),
  );
  const { records, suppressed } = localSuppression(
    recoded.map((row) => present.map(({ index }) => row[index] ?? null)),
    k,
  );
  const protectedRows = recoded.map((row, rowIndex) => {
    const values = records[rowIndex] ?? [];
    return row.map((cell, index) => {
      const position = present.findIndex((quasi) => quasi.index === index);
      return position >= 0 ? (values[position] ?? null) : cell;
    });
  });
  const order = protectedRows.map((row, index) => ({
    row,
    key: keyOf(present.map((quasi) => row[quasi.index] ?? null)),
    index,
  }));
  order.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const rows = order.map(({ row }, rank) => row.map((cell, index) => (index === respondent ? rank + 1 : cell)));
  const respondents = new Array<number>(order.length);
  order.forEach(({ index }, rank) => {
    respondents[index] = rank + 1;
  });

  const columns = dataset.columns.map((column, index) => {
    if (index === age)
      return { ...column, label: `${column.label} (classes : <16, 16-17, 18+)`, kind: 'string' as const };
    if (index === date) return { ...column, label: 'Mois de l’entretien', kind: 'string' as const };
    return column;
  });
  const recodes: string[] = [];
  if (establishment >= 0)
    recodes.push('establishment_code : supprimé, l’établissement est donné par son type (establishment_type)');
  if (code >= 0) recodes.push('interview_code : supprimé (il contient le code de l’établissement)');
  if (date >= 0) recodes.push('interview_date : ramenée au mois (AAAA-MM)');
  if (age >= 0) recodes.push(`${dataset.columns[age]?.name ?? 'AGE'} : regroupé en classes <16, 16-17, 18+`);
  if (respondent >= 0)
    recodes.push('respondent_id : renuméroté après tri des lignes sur les quasi-identifiants protégés');
  const protection: ExportProtection = {
    k,
    quasiIdentifiers: present.map(({ index }) => dataset.columns[index]?.name ?? ''),
    recodes,
    suppressed: present.map(({ index }, position) => ({
      column: dataset.columns[index]?.name ?? '',
      count: suppressed[position] ?? 0,
    })),
  };
  return { dataset: { ...dataset, columns, rows, protection }, respondents };
}

/**
 * A repeat's table beside the k-anonymous interviews' file: without the interview code (it names the
 * establishment, and an analyst reads each interview's code and establishment over REST), and with the
 * protected file's respondent_id, rows in that order. `respondents[i]` is the new id of the interview
 * numbered i + 1 in code order (`kAnonymiseWithRespondents`).
 */
export function relinkRepeatTable(table: ExportDataset, respondents: readonly number[]): ExportDataset {
  const at = (name: string) => columnIndex(table, { column: name });
  const code = at('interview_code');
  const respondent = at('respondent_id');
  const instance = at('instance');
  const number = (cell: Cell | undefined) => (typeof cell === 'number' ? cell : 0);
  const rows = table.rows
    .map((row) =>
      row.map((cell, index): Cell => {
        if (index === code) return null;
        if (index === respondent) return respondents[number(cell) - 1] ?? null;
        return cell;
      }),
    )
    .sort((a, b) => number(a[respondent]) - number(b[respondent]) || number(a[instance]) - number(b[instance]));
  return { ...table, rows };
}
