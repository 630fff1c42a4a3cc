// The interview import at scale: 100,000 interviews of the demo questionnaire in four CSV files of
// 25,000, posted one after the other by the coordinator into a wave of their own.
import type { Api } from '../scripts/lib/api.ts';
import { importWaveCodes, interviewsCsv, openImportWave, type ImportWave } from '../test/fixtures/import-csv.ts';
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

export interface ImportFiles {
  wave: ImportWave;
  files: string[];
}

/** Made before the instance starts (see import-csv.ts on idle connections). */
export function importFiles(): ImportFiles {
  const wave = importWaveCodes('BENCH');
  const prefix = `BI-${Date.now().toString(36)}`;
  return {
    wave,
    files: Array.from({ length: FILES }, (_, file) => interviewsCsv(wave, prefix, file * ROWS_PER_FILE, ROWS_PER_FILE)),
  };
}

export async function importBenchmark(
  admin: Api,
  coordinator: Api,
  { wave, files }: ImportFiles,
): Promise<ImportTiming> {
  // Five establishments of 25,000 minors: the 100,000 interviews fit in the frame.
  await openImportWave(admin, wave, ROWS_PER_FILE);
  const perFile: number[] = [];
  for (const [file, csv] of files.entries()) {
    const started = performance.now();
    const response = await postCsv(coordinator, `/barometer/waves/${wave.code}/interviews/import`, csv);
    if (response.status !== 200)
      throw new Error(`import ${file + 1} refused: ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
    perFile.push((performance.now() - started) / 1000);
  }
  return {
    rows: FILES * ROWS_PER_FILE,
    files: FILES,
    perFile,
    seconds: perFile.reduce((sum, seconds) => sum + seconds, 0),
  };
}
