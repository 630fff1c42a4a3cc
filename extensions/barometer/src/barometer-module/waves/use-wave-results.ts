import { useApi } from '@directus/extensions-sdk';
import { computed, type Ref } from 'vue';
import { localized } from '../../shared-app/ui-language.ts';
import { useLoader } from '../../shared-app/use-loader.ts';
import { useUiLanguage } from '../../shared-app/use-ui-language.ts';
import type { IndicatorDefinition, IndicatorResult, WaveScore } from '../../shared-app/types.ts';

export interface IndicatorRow {
  readonly code: string;
  readonly label: string;
  readonly dimension: string;
  readonly type: 'proportion' | 'mean';
  readonly result: IndicatorResult | undefined;
  readonly score: number | null;
}

export interface UsableWaveResults {
  readonly score: Readonly<Ref<WaveScore | null>>;
  readonly rows: Readonly<Ref<readonly IndicatorRow[]>>;
  readonly dimensionLabels: Readonly<Ref<ReadonlyMap<string, string>>>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (wave: string) => Promise<void>;
}

interface WaveResults {
  readonly score: WaveScore | null;
  readonly rows: readonly IndicatorRow[];
  readonly dimensionLabels: ReadonlyMap<string, string>;
}

/** The wave's barometer score and the overall estimate of each indicator (disclosure control on). */
export function useWaveResults(): UsableWaveResults {
  const api = useApi();
  const language = useUiLanguage();
  const { data, loading, error, load } = useLoader<WaveResults, [wave: string]>(
    { score: null, rows: [], dimensionLabels: new Map() },
    async (wave) => {
      const path = `/barometer/waves/${encodeURIComponent(wave)}`;
      const [scoreResponse, resultsResponse, indicatorsResponse] = await Promise.all([
        api.get(`${path}/score`),
        api.get(`${path}/indicators`),
        api.get('/items/indicators', {
          params: {
            fields: 'code,label,label_ar,type,dimension.code,dimension.label,dimension.label_ar',
            sort: 'sort,code',
            limit: -1,
          },
        }),
      ]);
      const waveScore: WaveScore = scoreResponse.data.data;
      const results: IndicatorResult[] = resultsResponse.data.data.results;
      const definitions: IndicatorDefinition[] = indicatorsResponse.data.data;
      const overall = new Map(
        results
          .filter((result) => !result.domain || Object.keys(result.domain).length === 0)
          .map((result) => [result.indicator, result]),
      );
      const scores = new Map(waveScore.indicators.map((entry) => [entry.code, entry.score]));
      const named = (entry: { label: string; label_ar?: string | null }) =>
        localized(entry.label, entry.label_ar, language.value);
      return {
        score: waveScore,
        dimensionLabels: new Map(
          definitions.flatMap((definition) =>
            definition.dimension ? [[definition.dimension.code, named(definition.dimension)] as const] : [],
          ),
        ),
        rows: definitions.map((definition) => ({
          code: definition.code,
          label: named(definition),
          dimension: definition.dimension ? named(definition.dimension) : '—',
          type: definition.type,
          result: overall.get(definition.code),
          score: scores.get(definition.code) ?? null,
        })),
      };
    },
    { language },
  );
  return {
    score: computed(() => data.value.score),
    rows: computed(() => data.value.rows),
    dimensionLabels: computed(() => data.value.dimensionLabels),
    loading,
    error,
    load,
  };
}
