import { useApi } from '@directus/extensions-sdk';
import type { Ref, ShallowRef } from 'vue';
import { localized } from '../../shared-app/ui-language.ts';
import { useLoader } from '../../shared-app/use-loader.ts';
import { useUiLanguage } from '../../shared-app/use-ui-language.ts';

export interface Recommendation {
  readonly id: number;
  readonly text: string | null;
  readonly standard: string | null;
  readonly priority: string | null;
  readonly addressee: string | null;
  readonly institution: { readonly name: string } | null;
  readonly status: string | null;
  readonly wave: number | null;
  readonly dimension: Dimension | null;
}

interface Dimension {
  readonly code: string;
  readonly label: string;
  readonly sort: number | null;
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
        'id,text,standard,priority,addressee,institution.name,status,wave,dimension.code,dimension.label,dimension.label_ar,dimension.sort,text_ar';
      const rows: Array<
        Recommendation & { text_ar: string | null; dimension: (Dimension & { label_ar: string | null }) | null }
      > = (await api.get('/items/recommendations', { params: { filter, fields, sort: 'sort,id', limit: -1 } })).data
        .data;
      // The text and the dimension in the reader's language, when the coordinators wrote them in Arabic.
      return rows.map(({ text_ar, ...row }) => ({
        ...row,
        text: row.text === null ? null : localized(row.text, text_ar, language.value),
        dimension: row.dimension && {
          code: row.dimension.code,
          label: localized(row.dimension.label, row.dimension.label_ar, language.value),
          sort: row.dimension.sort,
        },
      }));
    },
    { language },
  );
  return { recommendations: data, loading, error, load };
}
