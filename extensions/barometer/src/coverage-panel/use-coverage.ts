import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { Coverage } from '../barometer-module/types.ts';
import { requestErrorMessage } from '../shared-app/request-error.ts';

export interface UsableCoverage {
  readonly coverage: ShallowRef<Coverage | null>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (wave: string) => Promise<void>;
}

/** A wave's coverage; needs read access to the sample frames, so a refusal is an expected answer, shown as such. */
export function useCoverage(): UsableCoverage {
  const api = useApi();
  const coverage = shallowRef<Coverage | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  // The wave option can change while a request is on its way: only the last answer counts.
  let latest = 0;

  async function load(wave: string): Promise<void> {
    const call = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const response = await api.get(`/barometer/waves/${encodeURIComponent(wave)}/coverage`);
      if (call === latest) coverage.value = response.data.data;
    } catch (cause) {
      if (call !== latest) return;
      coverage.value = null;
      error.value = requestErrorMessage(cause);
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  return { coverage, loading, error, load };
}
