import { useApi } from '@directus/extensions-sdk';
import { computed, type Ref } from 'vue';
import { useLoader } from '../../shared-app/use-loader.ts';
import { useUiLanguage } from '../../shared-app/use-ui-language.ts';
import type { WaveAttrition, WaveQuality } from './quality-helpers.ts';

export interface UsableWaveQuality {
  readonly quality: Readonly<Ref<WaveQuality | null>>;
  readonly attrition: Readonly<Ref<WaveAttrition | null>>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (wave: string) => Promise<void>;
}

/** The wave's data quality checks and the attrition of the previous wave's respondents, as the server scopes them to the user. */
export function useWaveQuality(): UsableWaveQuality {
  const api = useApi();
  const language = useUiLanguage();
  const { data, loading, error, load } = useLoader(
    null,
    async (wave: string): Promise<{ quality: WaveQuality; attrition: WaveAttrition } | null> => {
      const path = `/barometer/waves/${encodeURIComponent(wave)}`;
      const [qualityResponse, attritionResponse] = await Promise.all([
        api.get(`${path}/quality`),
        api.get(`${path}/attrition`),
      ]);
      return { quality: qualityResponse.data.data, attrition: attritionResponse.data.data };
    },
    { language },
  );
  return {
    quality: computed(() => data.value?.quality ?? null),
    attrition: computed(() => data.value?.attrition ?? null),
    loading,
    error,
    load,
  };
}
