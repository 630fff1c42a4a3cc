import { DEFAULT_SAMPLING_RATE, targetSize } from '../../core/waves/index.ts';
import { BARO_V1 } from './instruments.ts';
import type { PopulationFrameRecord, WaveRecord } from './types.ts';

export const SAMPLING_RATE = DEFAULT_SAMPLING_RATE;

export const waves: readonly WaveRecord[] = [
  {
    code: 'W1',
    label: 'Vague 1 — printemps 2026',
    kind: 'wave',
    status: 'locked',
    reference_date: '2026-03-31',
    fieldwork_start: '2026-04-01',
    fieldwork_end: '2026-05-29',
    sampling_rate: SAMPLING_RATE,
    instrument_versions: [BARO_V1],
  },
  {
    code: 'W2',
    label: 'Vague 2 — automne 2026',
    kind: 'wave',
    status: 'open',
    reference_date: '2026-09-30',
    fieldwork_start: '2026-10-01',
    fieldwork_end: '2026-11-27',
    sampling_rate: SAMPLING_RATE,
    instrument_versions: [BARO_V1],
  },
];

export function waveByCode(code: string): WaveRecord {
  const found = waves.find((wave) => wave.code === code);
  if (!found) throw new Error(`Unknown demo wave ${code}`);
  return found;
}

/**
 * Minors detained on each wave's reference date (invented). E12 is deliberately tiny so that its
 * stratum has one or two interviews: the statistics must cope with it.
 */
const POPULATIONS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  W1: { E01: 180, E02: 60, E03: 45, E04: 140, E05: 75, E06: 100, E07: 65, E08: 120, E09: 40, E10: 95, E11: 55, E12: 5 },
  W2: { E01: 186, E02: 63, E03: 42, E04: 146, E05: 71, E06: 104, E07: 68, E08: 126, E09: 38, E10: 99, E11: 58, E12: 4 },
};

export const frames: readonly PopulationFrameRecord[] = Object.entries(POPULATIONS).flatMap(([wave, byEstablishment]) =>
  Object.entries(byEstablishment).map(([establishment, population]) => ({
    wave,
    establishment,
    population,
    target: targetSize(SAMPLING_RATE, population),
  })),
);

export function frameOf(wave: string, establishment: string): PopulationFrameRecord {
  const found = frames.find((frame) => frame.wave === wave && frame.establishment === establishment);
  if (!found) throw new Error(`No demo frame for ${wave} ${establishment}`);
  return found;
}
