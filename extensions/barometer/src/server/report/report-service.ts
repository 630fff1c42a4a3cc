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
import { fileReportRow } from './report-files.ts';
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

/**
 * The caller's role was checked before; the writes carry its user (uploaded_by, user_created, activity)
 * without needing create rights on `reports`, which no role has directly.
 */
function actingAs(accountability: Accountability | null): Accountability | null {
  return accountability ? { ...accountability, admin: true } : null;
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
  const acting = actingAs(accountability);
  // The same bytes under another kind (a draft, then the final of the same published wave): one file.
  const upload = async (): Promise<string> => {
    const folder = await database('directus_folders').where('id', REPORTS_FOLDER_ID).first('id');
    const files = new context.FilesService({ schema, accountability: acting });
    return String(
      await files.uploadOne(Readable.from([pdf]), {
        title: `Baromètre OMP · ${wave.label} (${wave.code})${lang === 'ar' ? ' · édition arabe' : ''}${kind === 'final' ? '' : ' · provisoire'}`,
        filename_download: `barometre-omp-${wave.code}${lang === 'ar' ? '-ar' : ''}-${sha256.slice(0, 8)}.pdf`,
        type: 'application/pdf',
        ...(folder ? { folder: REPORTS_FOLDER_ID } : {}),
      }),
    );
  };
  const file = stored[0]?.file ?? (await upload());
  const reports = new context.ItemsService('reports', { schema, accountability: acting });
  // A failed build of this edition recorded earlier is the row its retry fills.
  const failed: { id: number } | undefined = await database('reports')
    .where({ wave: wave.id, kind, lang })
    .whereNull('file')
    .whereNotNull('failure')
    .orderBy('id')
    .first('id');
  const report = await fileReportRow({ file, sha256 }, () =>
    failed
      ? reports.updateOne(failed.id, { file, sha256, failure: null })
      : reports.createOne({ wave: wave.id, file, sha256, kind, lang }),
  );
  return outcome(Number(report), file, false);
}

/** The final reports of a publication: the French edition filed, the Arabic one queued behind it. */
export interface FinalReports {
  report: ReportOutcome | null;
  /** `queued`: the Arabic edition is built and filed after the answer (null: no report for this wave). */
  report_ar: 'queued' | null;
}

/**
 * The final reports of a wave that was just published. Called after the publication has committed and
 * never undoes it. The French edition is filed before the answer (null, and logged, if its build
 * failed: the coordinator rebuilds from the button or the endpoint); the Arabic one is queued in the
 * report lane and filed after the answer, its failure recorded as a `reports` row with no file and its
 * reason, which a build of that edition (`{ final: true, lang: 'ar' }`) fills. A baseline holds external
 * estimates only: no report.
 */
export async function finalReportsAfterPublish(
  context: BarometerContext,
  waveId: number,
  accountability: Accountability | null,
): Promise<FinalReports> {
  const wave = await resolveWave(context.database, String(waveId));
  if (wave.kind !== 'wave' || wave.status !== 'published') return { report: null, report_ar: null };
  const french = await generateReport(context, wave, { final: true, accountability, lang: 'fr' }).catch(
    (error: unknown) => {
      context.logger.error(error, `Rapport définitif (fr) de la vague ${wave.code} non produit après publication`);
      return null;
    },
  );
  void Promise.resolve()
    .then(() => failOnceForTests(wave))
    .then(() => generateReport(context, wave, { final: true, accountability, lang: 'ar' }))
    .catch((error: unknown) => recordFailure(context, wave, 'ar', accountability, error));
  return { report: french, report_ar: 'queued' };
}

const failedForTests = new Set<number>();

/**
 * The integration tests' fault: the queued edition of a wave whose code starts with
 * BAROMETER_FAIL_QUEUED_REPORT (set by test/setup/instance.ts only) fails once, so that its recorded
 * failure and its retry are tested on a real publication.
 */
function failOnceForTests(wave: WaveRecord): void {
  const prefix = process.env['BAROMETER_FAIL_QUEUED_REPORT'];
  if (!prefix || !wave.code.startsWith(prefix) || failedForTests.has(wave.id)) return;
  failedForTests.add(wave.id);
  throw new Error(`Échec provoqué pour les tests (BAROMETER_FAIL_QUEUED_REPORT) : vague ${wave.code}`);
}

/** A final edition built after the answer that failed, kept as a row of the wave's reports. */
async function recordFailure(
  context: BarometerContext,
  wave: WaveRecord,
  lang: ReportLang,
  accountability: Accountability | null,
  error: unknown,
): Promise<void> {
  context.logger.error(error, `Rapport définitif (${lang}) de la vague ${wave.code} non produit après publication`);
  try {
    const reports = new context.ItemsService('reports', {
      schema: await context.getSchema(),
      accountability: actingAs(accountability),
    });
    await fileReportRow({ file: null, sha256: null }, () =>
      reports.createOne({
        wave: wave.id,
        kind: 'final',
        lang,
        failure: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
      }),
    );
  } catch (recording) {
    context.logger.error(recording, `Échec du rapport (${lang}) de la vague ${wave.code} non enregistré`);
  }
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
