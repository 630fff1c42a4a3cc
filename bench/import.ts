// The interview import at scale: 100,000 interviews of the demo questionnaire in four CSV files of
// 25,000, posted one after the other by the coordinator into a wave of their own.
import type { Api } from '../scripts/lib/api.ts';
import { interviewsCsv, openImportWave } from '../test/fixtures/import-csv.ts';
import { postCsv } from '../test/fixtures/world.ts';

const FILES = 4;
const ROWS_PER_FILE = 25_000;

export interface ImportTiming {
  rows: number;
  files: number;
  /** Seconds for each file, upload to answer. */
  perFile: number[];
  seconds: number;
}

export async function importBenchmark(admin: Api, coordinator: Api): Promise<ImportTiming> {
  // Five establishments of 25,000 minors: the 100,000 interviews fit in the frame.
  const wave = await openImportWave(admin, 'BENCH', ROWS_PER_FILE);
  const prefix = `BI-${Date.now().toString(36)}`;
  // Made first: seconds of generation between two uploads would let the server close the idle
  // keep-alive connection just as the next upload starts on it.
  const files = Array.from({ length: FILES }, (_, file) => interviewsCsv(wave, prefix, file * ROWS_PER_FILE, ROWS_PER_FILE));
  const perFile: number[] = [];
  for (const [file, csv] of files.entries()) {
    const started = performance.now();
    const response = await postCsv(coordinator, `/barometer/waves/${wave.code}/interviews/import`, csv);
    if (response.status !== 200) throw new Error(`import ${file + 1} refused: ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
    perFile.push((performance.now() - started) / 1000);
  }
  return { rows: FILES * ROWS_PER_FILE, files: FILES, perFile, seconds: perFile.reduce((sum, seconds) => sum + seconds, 0) };
}
