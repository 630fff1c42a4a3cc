import { useApi } from '@directus/extensions-sdk';
import { useLoader, type Loader } from '../../shared-app/use-loader.ts';
import type { WaveCompliance } from './compliance-helpers.ts';

/** The wave's compliance matrix (GET /barometer/waves/:wave/compliance). */
export function useCompliance(): Loader<WaveCompliance | null, [wave: string]> {
  const api = useApi();
  return useLoader<WaveCompliance | null, [wave: string]>(
    null,
    async (wave) => (await api.get(`/barometer/waves/${encodeURIComponent(wave)}/compliance`)).data.data,
    { clearOnError: true },
  );
}
