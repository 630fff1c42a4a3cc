import { useApi } from '@directus/extensions-sdk';
import type { Ref, ShallowRef } from 'vue';
import type { Coverage } from '../shared-app/types.ts';
import { useLoader } from '../shared-app/use-loader.ts';
import { useUiLanguage } from '../shared-app/use-ui-language.ts';

export interface UsableCoverage {
  readonly coverage: ShallowRef<Coverage | null>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (wave: string) => Promise<void>;
}

/** A wave's coverage; needs read access to the sample frames, so a refusal is an expected answer, shown as such. */
export function useCoverage(): UsableCoverage {
  const api = useApi();
  // Cleared on a refusal: the panel then waits for the next wave's answer instead of showing another wave's bars.
  const language = useUiLanguage();
  const { data, loading, error, load } = useLoader(
    null,
    async (wave: string): Promise<Coverage | null> =>
      (await api.get(`/barometer/waves/${encodeURIComponent(wave)}/coverage`)).data.data,
    { clearOnError: true, language },
  );
  return { coverage: data, loading, error, load };
}
