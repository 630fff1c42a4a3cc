// What a draw is made from: the CSV list of the minors present on the reference date, checked row by
// row (one bad row and nothing is drawn), grouped by establishment; and the panel, read from the
// previous wave's interviews.
import type { Knex } from 'knex';
import { PARTICIPANT_CODE_PATTERN } from '../../../../../core/draw/index.ts';
import { chunks } from '../db/batches.ts';
import type { CsvTable } from '../http/csv-body.ts';
import type { Problem } from '../http/errors.ts';
import { previousWave } from '../db/wave-order.ts';
import type { WaveRecord } from '../db/wave-data.ts';

const COLUMNS = ['establishment_code', 'participant_code'];

export interface EstablishmentList {
  id: number;
  code: string;
  codes: string[];
}

/** `frame`: the wave's establishments, code -> id; a list for an establishment outside it is refused. */
export function listsFromCsv(
  table: CsvTable,
  frame: ReadonlyMap<string, number>,
  waveCode: string,
): { problems: Problem[]; lists: EstablishmentList[] } {
  const problems: Problem[] = [];
  for (const column of COLUMNS) {
    if (!table.header.includes(column))
      problems.push({ row: 1, column, message: `Colonne obligatoire « ${column} » absente.` });
  }
  // Only codes may come in: a column of names would otherwise pass through this server unnoticed.
  for (const column of table.header.filter((name) => !COLUMNS.includes(name))) {
    problems.push({
      row: 1,
      column,
      message: `Colonne « ${column} » inattendue : la liste ne contient que establishment_code et participant_code, jamais de nom.`,
    });
  }
  if (problems.length > 0) return { problems, lists: [] };
  if (table.rows.length === 0)
    return { problems: [{ row: 2, message: 'La liste ne contient aucun mineur.' }], lists: [] };

  const firstLine = new Map<string, number>();
  const lists = new Map<string, EstablishmentList>();
  for (const { line, cells } of table.rows) {
    const establishment = cells['establishment_code'] ?? '';
    const participant = cells['participant_code'] ?? '';
    const id = frame.get(establishment);
    if (id === undefined) {
      problems.push({
        row: line,
        column: 'establishment_code',
        message: establishment
          ? `L’établissement « ${establishment} » n’est pas dans la base de sondage de la vague ${waveCode}.`
          : 'Code d’établissement manquant.',
      });
    }
    const seen = firstLine.get(participant);
    if (!PARTICIPANT_CODE_PATTERN.test(participant)) {
      problems.push({
        row: line,
        column: 'participant_code',
        message: `Code participant « ${participant} » invalide (lettres, chiffres, _ . -, 64 au plus).`,
      });
    } else if (seen !== undefined) {
      problems.push({
        row: line,
        column: 'participant_code',
        message: `${participant} figure déjà ligne ${seen} : un mineur n’est présent qu’une fois, dans un seul établissement.`,
      });
    } else {
      firstLine.set(participant, line);
    }
    if (id === undefined) continue;
    const list = lists.get(establishment) ?? { id, code: establishment, codes: [] };
    list.codes.push(participant);
    lists.set(establishment, list);
  }
  return { problems, lists: problems.length > 0 ? [] : [...lists.values()].sort((a, b) => (a.code < b.code ? -1 : 1)) };
}

/**
 * The codes among `codes` interviewed in the previous wave (the report's: kind `wave`, by reference
 * date), in any establishment, since a minor may have been transferred. Interviewed means a finished
 * interview with both consents: a refusal is recorded as an interview without consent or assent, and
 * a refuser has no answers to follow up.
 */
export async function panelOf(database: Knex, wave: WaveRecord, codes: readonly string[]): Promise<Set<string>> {
  const previous = await previousWave(database, wave);
  if (!previous) return new Set();
  const found = new Set<string>();
  for (const part of chunks(codes)) {
    const rows: Array<{ code: string }> = await database('interviews as i')
      .join('participants as p', 'p.id', 'i.participant')
      .where('i.wave', previous.id)
      .whereNull('i.followup')
      .whereNot('i.status', 'draft')
      .where('i.consent_guardian', true)
      .where('i.assent_child', true)
      .whereIn('p.code', part)
      .distinct('p.code as code');
    for (const row of rows) found.add(row.code);
  }
  return found;
}

/** The codes among `codes` that `participants` already holds. */
export async function knownParticipants(database: Knex, codes: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const part of chunks(codes)) {
    const rows: Array<{ code: string }> = await database('participants').whereIn('code', part).select('code');
    for (const row of rows) known.add(row.code);
  }
  return known;
}

/**
 * Ids of the draws in force in the given waves: draws are only ever added, never edited, so the highest
 * id per (wave, establishment) is the latest one. A subquery, for `whereIn`.
 */
export function latestDrawIds(database: Knex, waveIds: readonly number[]): Knex.QueryBuilder {
  return database('sample_draws').whereIn('wave', waveIds).groupBy('wave', 'establishment').max('id as id');
}
