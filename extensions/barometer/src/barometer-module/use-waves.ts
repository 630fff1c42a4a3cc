import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { requestErrorMessage } from '../shared-app/request-error.ts';
import type { Coverage, Wave } from './types.ts';

export interface WaveOverview {
  readonly wave: Wave;
  /** Null while loading, or when the wave has no frame yet (a baseline). */
  readonly coverage: Coverage | null;
}

const LIST_FIELDS = 'id,code,label,kind,status,reference_date,fieldwork_start,fieldwork_end,sampling_rate,locked_at,published_at';

/** Every wave with its coverage totals, for the module's home page. */
export function useWaves(): { waves: ShallowRef<readonly WaveOverview[]>; loading: Ref<boolean>; error: Ref<string | null>; reload: () => Promise<void> } {
  const api = useApi();
  const waves = shallowRef<readonly WaveOverview[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);

  async function reload(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const response = await api.get('/items/waves', { params: { fields: LIST_FIELDS, sort: '-reference_date', limit: -1 } });
      const rows: Wave[] = response.data.data;
      waves.value = rows.map((wave) => ({ wave, coverage: null }));
      // A wave whose coverage fails (no right, no frame) still shows; its bar stays empty.
      const coverages = await Promise.all(rows.map(async (wave) => {
        try {
          return (await api.get(`/barometer/waves/${encodeURIComponent(wave.code)}/coverage`)).data.data as Coverage;
        } catch {
          return null;
        }
      }));
      waves.value = rows.map((wave, index) => ({ wave, coverage: coverages[index] ?? null }));
    } catch (cause) {
      error.value = requestErrorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  return { waves, loading, error, reload };
}
