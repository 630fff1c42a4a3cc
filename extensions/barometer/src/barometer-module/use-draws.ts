import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { requestErrorMessage } from '../shared-app/request-error.ts';
import type { LatestDraw } from './draw-helpers.ts';

export interface UsableDraws {
  /** The latest draw of each establishment the user may see (the endpoint filters an enumerator's). */
  readonly draws: ShallowRef<readonly LatestDraw[]>;
  readonly names: ShallowRef<ReadonlyMap<string, string>>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (waveCode: string) => Promise<void>;
}

export function useDraws(): UsableDraws {
  const api = useApi();
  const draws = shallowRef<readonly LatestDraw[]>([]);
  const names = shallowRef<ReadonlyMap<string, string>>(new Map());
  const loading = ref(false);
  const error = ref<string | null>(null);

  async function load(waveCode: string): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      // Every role that reads draws reads the establishments too: their names head the lists.
      const [drawsResponse, establishmentsResponse] = await Promise.all([
        api.get(`/barometer/waves/${encodeURIComponent(waveCode)}/draws`),
        api.get('/items/establishments', { params: { fields: 'code,name', limit: -1 } }),
      ]);
      draws.value = drawsResponse.data.data.draws;
      const rows: Array<{ code: string; name: string }> = establishmentsResponse.data.data;
      names.value = new Map(rows.map((row) => [row.code, row.name]));
    } catch (cause) {
      error.value = requestErrorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  return { draws, names, loading, error, load };
}
