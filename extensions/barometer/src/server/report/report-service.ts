// Builds a wave's barometer PDF and files it: directus_files (the "Rapports" folder) and a `reports`
// row with its sha256. One service for the endpoint, the flow operation and the publish action.
// Builds are reproducible, so a rebuild that gives the same bytes reuses the stored file and row.
import { ForbiddenError, isDirectusError } from '@directus/errors';
import type { Accountability } from '@directus/types';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BarometerContext } from '../http/context.ts';
import type { ReportLang } from '../../../../../core/report/index.ts';
import { ConflictError } from '../http/errors.ts';
import { REPORTS_FOLDER_ID } from '../../shared/ids.ts';
import { buildReportModel } from './report-model.ts';
import { queueBuild } from './report-queue.ts';
import { roleOf } from '../../shared/roles.ts';
import { resolveWave, type WaveRecord } from '../db/wave-data.ts';

export type ReportKind = 'draft' | 'final';

export interface ReportOutcome {
  wave: string;
  report: number;
  file: string;
  sha256: string;
  kind: ReportKind;
  /** True when an identical PDF was already stored for the wave. */
  reused: boolean;
  /** Building and storing, in milliseconds. */
  duration_ms: number;
}

export function assertMayBuildReports(accountability: Accountability | null): void {
  const role = roleOf(accountability);
  if (role !== 'coordinator' && role !== 'admin') throw new ForbiddenError();
}

// One build per wave at a time in this process: two clicks on the button store one file, not two.
const running = new Map<number, Promise<unknown>>();

function serialised<T>(waveId: number, task: () => Promise<T>): Promise<T> {
  const previous = running.get(waveId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(task);
  running.set(waveId, next);
  void next
    .finally(() => {
      if (running.get(waveId) === next) running.delete(waveId);
    })
    .catch(() => undefined);
  return next;
}

export async function generateReport(
  context: BarometerContext,
  wave: WaveRecord,
  options: { final: boolean; accountability: Accountability | null; lang?: ReportLang },
): Promise<ReportOutcome> {
  assertMayBuildReports(options.accountability);
  if (options.final && wave.status !== 'published') {
    throw new ConflictError({
      reason: `La vague ${wave.code} n’est pas publiée : seul un rapport provisoire peut être produit.`,
    });
  }
  return serialised(wave.id, () =>
    buildAndStore(context, wave, options.final ? 'final' : 'draft', options.accountability, options.lang ?? 'fr'),
  );
}

async function buildAndStore(
  context: BarometerContext,
  wave: WaveRecord,
  kind: ReportKind,
  accountability: Accountability | null,
  lang: ReportLang,
): Promise<ReportOutcome> {
  const started = performance.now();
  const { database } = context;
  const pdf = await queueBuild(wave.code, () => buildReportModel(database, wave), lang);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const outcome = (report: number, file: string, reused: boolean): ReportOutcome => ({
    wave: wave.code,
    report,
    file,
    sha256,
    kind,
    reused,
    duration_ms: Math.round(performance.now() - started),
  });
  const stored: Array<{ id: number; file: string; kind: string }> = await database('reports')
    .where({ wave: wave.id, sha256 })
    .orderBy('id')
    .select('id', 'file', 'kind');
  const same = stored.find((row) => row.kind === kind);
  if (same) return outcome(Number(same.id), String(same.file), true);

  const schema = await context.getSchema();
  // The caller's role was checked above; the writes carry its user (uploaded_by, user_created, activity)
  // without needing create rights on `reports`, which no role has directly.
  const acting: Accountability | null = accountability ? { ...accountability, admin: true } : null;
  // The same bytes under another kind (a draft, then the final of the same published wave): one file.
  let file = stored[0]?.file;
  if (!file) {
    const folder = await database('directus_folders').where('id', REPORTS_FOLDER_ID).first('id');
    const files = new context.FilesService({ schema, accountability: acting });
    file = String(
      await files.uploadOne(Readable.from([pdf]), {
        title: `Baromètre OMP · ${wave.label} (${wave.code})${lang === 'ar' ? ' · édition arabe' : ''}${kind === 'final' ? '' : ' · provisoire'}`,
        filename_download: `barometre-omp-${wave.code}${lang === 'ar' ? '-ar' : ''}-${sha256.slice(0, 8)}.pdf`,
        type: 'application/pdf',
        ...(folder ? { folder: REPORTS_FOLDER_ID } : {}),
      }),
    );
  }
  const reports = new context.ItemsService('reports', { schema, accountability: acting });
  const report = await reports.createOne({ wave: wave.id, file, sha256, kind, lang });
  return outcome(Number(report), file, false);
}

/** The final reports filed at a publication: the French edition, and the Arabic one built after it. */
export interface FinalReports {
  report: ReportOutcome | null;
  report_ar: ReportOutcome | null;
}

/**
 * The final reports of a wave that was just published. Called after the publication has committed and
 * never undoes it: a failed build is logged and answered as null, the wave stays published and the
 * coordinator rebuilds from the button or the endpoint. A baseline holds external estimates only: no report.
 */
export async function finalReportsAfterPublish(
  context: BarometerContext,
  waveId: number,
  accountability: Accountability | null,
): Promise<FinalReports> {
  const wave = await resolveWave(context.database, String(waveId));
  if (wave.kind !== 'wave' || wave.status !== 'published') return { report: null, report_ar: null };
  const edition = async (lang: ReportLang): Promise<ReportOutcome | null> => {
    try {
      return await generateReport(context, wave, { final: true, accountability, lang });
    } catch (error) {
      context.logger.error(error, `Rapport définitif (${lang}) de la vague ${wave.code} non produit après publication`);
      return null;
    }
  };
  const report = await edition('fr');
  return { report, report_ar: await edition('ar') };
}

/**
 * Renders a closed wave's French report in the report lane without filing it, right after its lock:
 * the model of a locked wave does not move, so the coordinator's first build (the draft read before
 * publication) finds the bytes rendered and answers in the time of reading the model. A wave whose
 * report cannot be built (no interviews: a 409 the button will give) is left alone; a fault is logged.
 */
export function prerenderReport(context: BarometerContext, waveId: number): void {
  void resolveWave(context.database, String(waveId))
    .then((wave) => queueBuild(wave.code, () => buildReportModel(context.database, wave), 'fr'))
    .catch((error: unknown) => {
      if (!isDirectusError(error))
        context.logger.error(error, `Rapport de la vague ${waveId} non préparé après verrouillage`);
    });
}
