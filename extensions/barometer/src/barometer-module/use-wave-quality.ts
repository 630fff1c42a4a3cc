import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { requestErrorMessage } from '../shared-app/request-error.ts';
import type { WaveAttrition, WaveQuality } from './quality-helpers.ts';

export interface UsableWaveQuality {
  readonly quality: ShallowRef<WaveQuality | null>;
  readonly attrition: ShallowRef<WaveAttrition | null>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (wave: string) => Promise<void>;
}

/** The wave's data quality checks and the attrition of the previous wave's respondents, as the server scopes them to the user. */
export function useWaveQuality(): UsableWaveQuality {
  const api = useApi();
  const quality = shallowRef<WaveQuality | null>(null);
  const attrition = shallowRef<WaveAttrition | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  async function load(wave: string): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const path = `/barometer/waves/${encodeURIComponent(wave)}`;
      const [qualityResponse, attritionResponse] = await Promise.all([api.get(`${path}/quality`), api.get(`${path}/attrition`)]);
      quality.value = qualityResponse.data.data;
      attrition.value = attritionResponse.data.data;
    } catch (cause) {
      error.value = requestErrorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  return { quality, attrition, loading, error, load };
}
