import { DEFAULT_SAMPLING_RATE, targetSize } from '../../core/waves/index.ts';
import { BARO_V1 } from './instruments.ts';
import type { DemoScenario, PopulationFrameRecord, WaveRecord } from './types.ts';

export const SAMPLING_RATE = DEFAULT_SAMPLING_RATE;

const W1: WaveRecord = {
  code: 'W1',
  label: 'Vague 1 — printemps 2026',
  kind: 'wave',
  status: 'locked',
  reference_date: '2026-03-31',
  fieldwork_start: '2026-04-01',
  fieldwork_end: '2026-05-29',
  sampling_rate: SAMPLING_RATE,
  instrument_versions: [BARO_V1],
};

const W2: WaveRecord = {
  code: 'W2',
  label: 'Vague 2 — automne 2026',
  kind: 'wave',
  status: 'open',
  reference_date: '2026-09-30',
  fieldwork_start: '2026-10-01',
  fieldwork_end: '2026-11-27',
  sampling_rate: SAMPLING_RATE,
  instrument_versions: [BARO_V1],
};

/** The third barometer of the mandate, only in the `mandate` scenario. */
const W3: WaveRecord = {
  code: 'W3',
  label: 'Vague 3 — printemps 2027',
  kind: 'wave',
  status: 'locked',
  reference_date: '2027-03-31',
  fieldwork_start: '2027-04-01',
  fieldwork_end: '2027-05-28',
  sampling_rate: SAMPLING_RATE,
  instrument_versions: [BARO_V1],
};

/** The default demo: W1 locked, W2 under way (the contract). */
export const waves: readonly WaveRecord[] = [W1, W2];

/** The mandate's three barometers, all locked: W2's fieldwork finished, then W3's. */
const MANDATE_WAVES: readonly WaveRecord[] = [W1, { ...W2, status: 'locked' }, W3];

export function wavesOf(scenario: DemoScenario): readonly WaveRecord[] {
  return scenario === 'mandate' ? MANDATE_WAVES : waves;
}

/** A wave's dates, the same in every scenario. */
export function waveByCode(code: string): WaveRecord {
  const found = MANDATE_WAVES.find((wave) => wave.code === code);
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
  W3: { E01: 178, E02: 61, E03: 44, E04: 139, E05: 70, E06: 101, E07: 66, E08: 122, E09: 39, E10: 96, E11: 57, E12: 5 },
};

const allFrames: readonly PopulationFrameRecord[] = Object.entries(POPULATIONS).flatMap(([wave, byEstablishment]) =>
  Object.entries(byEstablishment).map(([establishment, population]) => ({
    wave,
    establishment,
    population,
    target: targetSize(SAMPLING_RATE, population),
  })),
);

/** The frames of a scenario's waves. */
export function framesOf(scenario: DemoScenario): readonly PopulationFrameRecord[] {
  const codes = new Set(wavesOf(scenario).map((wave) => wave.code));
  return allFrames.filter((frame) => codes.has(frame.wave));
}

export const frames: readonly PopulationFrameRecord[] = framesOf('default');

export function frameOf(wave: string, establishment: string): PopulationFrameRecord {
  const found = allFrames.find((frame) => frame.wave === wave && frame.establishment === establishment);
  if (!found) throw new Error(`No demo frame for ${wave} ${establishment}`);
  return found;
}
