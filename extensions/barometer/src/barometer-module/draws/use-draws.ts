import { useApi } from '@directus/extensions-sdk';
import { computed, type Ref } from 'vue';
import { useLoader } from '../../shared-app/use-loader.ts';
import { useUiLanguage } from '../../shared-app/use-ui-language.ts';
import type { LatestDraw } from './draw-helpers.ts';

export interface UsableDraws {
  /** The latest draw of each establishment the user may see (the endpoint filters an enumerator's). */
  readonly draws: Readonly<Ref<readonly LatestDraw[]>>;
  readonly names: Readonly<Ref<ReadonlyMap<string, string>>>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (waveCode: string) => Promise<void>;
}

interface Draws {
  readonly draws: readonly LatestDraw[];
  readonly names: ReadonlyMap<string, string>;
}

export function useDraws(): UsableDraws {
  const api = useApi();
  const language = useUiLanguage();
  const { data, loading, error, load } = useLoader<Draws, [waveCode: string]>(
    { draws: [], names: new Map() },
    async (waveCode) => {
      // Every role that reads draws reads the establishments too: their names head the lists.
      const [drawsResponse, establishmentsResponse] = await Promise.all([
        api.get(`/barometer/waves/${encodeURIComponent(waveCode)}/draws`),
        api.get('/items/establishments', { params: { fields: 'code,name', limit: -1 } }),
      ]);
      const rows: Array<{ code: string; name: string }> = establishmentsResponse.data.data;
      return { draws: drawsResponse.data.data.draws, names: new Map(rows.map((row) => [row.code, row.name])) };
    },
    { language },
  );
  return { draws: computed(() => data.value.draws), names: computed(() => data.value.names), loading, error, load };
}
