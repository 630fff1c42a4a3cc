import { baro } from './baro.ts';
import { suivi } from './suivi.ts';
import type { InstrumentRecord, InstrumentVersionRecord, VersionRef } from './types.ts';

export const instruments: readonly InstrumentRecord[] = [baro, suivi];

export const BARO_V1: VersionRef = { instrument: 'BARO', version: 1 };
export const SUIVI_V1: VersionRef = { instrument: 'SUIVI', version: 1 };

export function versionOf(ref: VersionRef): InstrumentVersionRecord {
  const version = instruments
    .find((instrument) => instrument.code === ref.instrument)
    ?.versions.find((v) => v.version === ref.version);
  if (!version) throw new Error(`Unknown demo instrument version ${ref.instrument} v${ref.version}`);
  return version;
}
