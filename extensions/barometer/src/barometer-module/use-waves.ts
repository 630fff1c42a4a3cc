import { useApi } from '@directus/extensions-sdk';
import type { Ref, ShallowRef } from 'vue';
import { useLoader, type Loader } from '../shared-app/use-loader.ts';
import { useUiLanguage } from '../shared-app/use-ui-language.ts';
import type { Coverage, Wave } from '../shared-app/types.ts';

export interface WaveOverview {
  readonly wave: Wave;
  /** Null while loading, or when the wave has no frame yet (a baseline). */
  readonly coverage: Coverage | null;
}

const LIST_FIELDS =
  'id,code,label,kind,status,reference_date,fieldwork_start,fieldwork_end,sampling_rate,locked_at,published_at';

/** Every wave with its coverage totals, for the module's home page. */
export function useWaves(): {
  waves: ShallowRef<readonly WaveOverview[]>;
  loading: Ref<boolean>;
  error: Ref<string | null>;
  reload: () => Promise<void>;
} {
  const api = useApi();
  const language = useUiLanguage();
  const loader: Loader<readonly WaveOverview[], []> = useLoader<readonly WaveOverview[]>(
    [],
    async () => {
      const response = await api.get('/items/waves', {
        params: { fields: LIST_FIELDS, sort: '-reference_date', limit: -1 },
      });
      const rows: Wave[] = response.data.data;
      // The list shows at once; the coverage bars follow.
      loader.data.value = rows.map((wave) => ({ wave, coverage: null }));
      // A wave whose coverage fails (no right, no frame) still shows; its bar stays empty.
      const coverages = await Promise.all(
        rows.map(async (wave) => {
          try {
            return (await api.get(`/barometer/waves/${encodeURIComponent(wave.code)}/coverage`)).data.data as Coverage;
          } catch {
            return null;
          }
        }),
      );
      return rows.map((wave, index) => ({ wave, coverage: coverages[index] ?? null }));
    },
    { language },
  );
  return { waves: loader.data, loading: loader.loading, error: loader.error, reload: loader.load };
}
