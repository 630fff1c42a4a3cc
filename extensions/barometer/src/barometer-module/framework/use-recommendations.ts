import { useApi } from '@directus/extensions-sdk';
import type { Ref, ShallowRef } from 'vue';
import type { ApiFailure } from '../../shared-app/api-failure.ts';
import { localizedName } from '../../shared-app/ui-language.ts';
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
  /** Why the last load failed, for the error presenter (failure-notice.vue). */
  readonly failure: ShallowRef<ApiFailure | null>;
  readonly load: (waveId: number) => Promise<void>;
}

/** The wave's recommendations and the standing ones (no wave), as the report prints them. */
export function useRecommendations(): UsableRecommendations {
  const api = useApi();
  const language = useUiLanguage();
  const { data, loading, failure, load } = useLoader(
    [],
    async (waveId: number): Promise<readonly Recommendation[]> => {
      const filter = JSON.stringify({ _or: [{ wave: { _eq: waveId } }, { wave: { _null: true } }] });
      const fields =
        'id,text,standard,priority,addressee,institution.name,institution.name_ar,status,wave,dimension.code,dimension.label,dimension.label_ar,dimension.sort,text_ar';
      const rows: Array<
        Recommendation & {
          text_ar: string | null;
          institution: { name: string; name_ar: string | null } | null;
          dimension: (Dimension & { label_ar: string | null }) | null;
        }
      > = (await api.get('/items/recommendations', { params: { filter, fields, sort: 'sort,id', limit: -1 } })).data
        .data;
      // The text, the addressee and the dimension in the reader's language; an Arabic reader is told when
      // the French stands in for an Arabic text nobody wrote.
      return rows.map(({ text_ar, ...row }) => ({
        ...row,
        text: row.text === null ? null : localizedName(row.text, text_ar, language.value),
        institution: row.institution && {
          name: localizedName(row.institution.name, row.institution.name_ar, language.value),
        },
        dimension: row.dimension && {
          code: row.dimension.code,
          label: localizedName(row.dimension.label, row.dimension.label_ar, language.value),
          sort: row.dimension.sort,
        },
      }));
    },
    { language },
  );
  return { recommendations: data, loading, failure, load };
}
