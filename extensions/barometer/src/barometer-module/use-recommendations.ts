import { useApi } from '@directus/extensions-sdk';
import type { Ref, ShallowRef } from 'vue';
import { useLoader } from '../shared-app/use-loader.ts';
import { useUiLanguage } from '../shared-app/use-ui-language.ts';

export interface Recommendation {
  readonly id: number;
  readonly text: string | null;
  readonly standard: string | null;
  readonly priority: string | null;
  readonly addressee: string | null;
  readonly institution: { readonly name: string } | null;
  readonly status: string | null;
  readonly wave: number | null;
  readonly dimension: { readonly code: string; readonly label: string; readonly sort: number | null } | null;
}

export interface UsableRecommendations {
  readonly recommendations: ShallowRef<readonly Recommendation[]>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (waveId: number) => Promise<void>;
}

/** The wave's recommendations and the standing ones (no wave), as the report prints them. */
export function useRecommendations(): UsableRecommendations {
  const api = useApi();
  const language = useUiLanguage();
  const { data, loading, error, load } = useLoader(
    [],
    async (waveId: number): Promise<readonly Recommendation[]> => {
      const filter = JSON.stringify({ _or: [{ wave: { _eq: waveId } }, { wave: { _null: true } }] });
      const fields =
        'id,text,standard,priority,addressee,institution.name,status,wave,dimension.code,dimension.label,dimension.sort';
      return (await api.get('/items/recommendations', { params: { filter, fields, sort: 'sort,id', limit: -1 } })).data
        .data;
    },
    { language },
  );
  return { recommendations: data, loading, error, load };
}
