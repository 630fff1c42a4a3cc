// A stored report PDF is evidence: the figures an analyst downloads must be those the barometer built
// (issue 12, item 8). Directus replaces a file's bytes on `PATCH /files/:id` with an upload and on
// `POST /files/import` naming an existing id, both without item events, so these requests are answered
// before Directus sees them; the `files.*` filters refuse every other change (metadata that would point
// the file elsewhere, GraphQL, deletion). Downloads carry the stored SHA-256 so that a reader can check.
import type { Knex } from 'knex';
import type { NextFunction, Request, Response } from 'express';
import { REPORTS_FOLDER_ID } from '../../shared/ids.ts';
import { ConflictError, ForbiddenReasonError } from '../http/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids among `ids` that are report files: named by a report or filed in the reports folder. */
export async function reportFiles(database: Knex, ids: readonly unknown[]): Promise<string[]> {
  const candidates = [...new Set(ids.filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
  if (candidates.length === 0) return [];
  const rows: Array<{ id: string }> = await database('directus_files')
    .whereIn('id', candidates)
    .andWhere((query) =>
      query.where('folder', REPORTS_FOLDER_ID).orWhereIn('id', database('reports').whereNotNull('file').select('file')),
    )
    .select('id');
  return rows.map((row) => row.id);
}

export async function assertNotReportFiles(database: Knex, ids: readonly unknown[]): Promise<void> {
  const found = await reportFiles(database, ids);
  if (found.length > 0) {
    throw new ConflictError({
      reason:
        `Un rapport déposé ne change plus : le fichier ${found.join(', ')} ne peut être ni remplacé, ni modifié, ni supprimé. ` +
        'التقرير المودع لا يتغير: لا يمكن استبدال الملف أو تعديله أو حذفه.',
    });
  }
}

const REPORT_ROW_REFUSAL =
  'Un rapport est déposé par sa génération (POST /barometer/waves/:wave/report) et ne change plus : sa fiche ne ' +
  'se crée, ne se modifie ni ne se supprime autrement. / يودع التقرير عند إنشائه فقط ولا يمكن إنشاء بطاقته أو ' +
  'تعديلها أو حذفها بطريقة أخرى.';

/**
 * The `reports` rows the build is filing now, as `file:sha256` (a failed edition's row, which has
 * neither, as `:`): the only ones a create may write.
 */
const filing = new Set<string>();

function filingKey(row: { file?: unknown; sha256?: unknown }): string {
  return `${row.file == null ? '' : String(row.file)}:${row.sha256 == null ? '' : String(row.sha256)}`;
}

/**
 * Lets the build file one `reports` row (its file and the digest of the bytes it built, or a failed
 * edition's row with neither) while `write` runs. Anyone else's create, every delete, and every update
 * but the build filling a failed edition's row, are refused by `assertReportRowFiled` and
 * `assertReportRowFilled`: a row pointed at other bytes with their digest would pass every check a
 * reader makes.
 */
export async function fileReportRow<T>(
  row: { file: string | null; sha256: string | null },
  write: () => Promise<T>,
): Promise<T> {
  const key = filingKey(row);
  filing.add(key);
  try {
    return await write();
  } finally {
    filing.delete(key);
  }
}

/**
 * A create the build is not filing is refused: 403 to a role (as Directus answers it, since no policy
 * grants creating a report row), 409 to an administrator, who holds every right but this one.
 */
export function assertReportRowFiled(payload: Record<string, unknown>, requesterIsRole: boolean): void {
  if (filing.has(filingKey(payload))) return;
  throw requesterIsRole
    ? new ForbiddenReasonError({ reason: REPORT_ROW_REFUSAL })
    : new ConflictError({ reason: REPORT_ROW_REFUSAL });
}

/** An update is the build filling the rows of failed editions, which hold no file yet; nothing else. */
export async function assertReportRowFilled(
  database: Knex,
  keys: readonly unknown[],
  payload: Record<string, unknown>,
): Promise<void> {
  if (payload['file'] == null || !filing.has(filingKey(payload)))
    throw new ConflictError({ reason: REPORT_ROW_REFUSAL });
  const filled: Array<{ id: number }> = await database('reports')
    .whereIn('id', keys as Array<string | number>)
    .whereNotNull('file')
    .select('id');
  if (filled.length > 0) throw new ConflictError({ reason: REPORT_ROW_REFUSAL });
}

export function refuseReportRowChange(): never {
  throw new ConflictError({ reason: REPORT_ROW_REFUSAL });
}

/** The file ids a `/files` request would write, from its path and its JSON body (batch, import). */
function writtenFiles(request: Request): unknown[] {
  const body = (request.body ?? {}) as { keys?: unknown; data?: { id?: unknown } } | unknown[];
  const pk = /^\/files\/([^/?]+)$/.exec(request.path)?.[1];
  if ((request.method === 'PATCH' || request.method === 'DELETE') && pk && pk !== 'import')
    return [decodeURIComponent(pk)];
  if (request.method === 'POST' && request.path === '/files/import' && !Array.isArray(body)) return [body.data?.id];
  if ((request.method === 'PATCH' || request.method === 'DELETE') && request.path === '/files') {
    if (Array.isArray(body))
      return body.map((item) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item));
    return Array.isArray(body.keys) ? body.keys : [];
  }
  return [];
}

export function reportFileGuard(database: Knex) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    try {
      const written = writtenFiles(request);
      if (written.length > 0) await assertNotReportFiles(database, written);
      const asset = request.method === 'GET' ? /^\/assets\/([^/?]+)/.exec(request.path)?.[1] : undefined;
      if (asset) {
        const report: { sha256: string | null } | undefined = await database('reports')
          .where('file', decodeURIComponent(asset))
          .whereNotNull('sha256')
          .first('sha256');
        if (report?.sha256) {
          // RFC 9530's digest of the bytes served, and the hex form the `reports` item shows.
          response.setHeader('Repr-Digest', `sha-256=:${Buffer.from(report.sha256, 'hex').toString('base64')}:`);
          response.setHeader('X-Report-SHA256', report.sha256);
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
