import { useApi } from '@directus/extensions-sdk';
import { computed, type Ref } from 'vue';
import { useLoader } from '../shared-app/use-loader.ts';
import type { IndicatorDefinition, IndicatorResult, WaveScore } from './types.ts';

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
  const { data, loading, error, load } = useLoader<WaveResults, [wave: string]>(
    { score: null, rows: [], dimensionLabels: new Map() },
    async (wave) => {
      const path = `/barometer/waves/${encodeURIComponent(wave)}`;
      const [scoreResponse, resultsResponse, indicatorsResponse] = await Promise.all([
        api.get(`${path}/score`),
        api.get(`${path}/indicators`),
        api.get('/items/indicators', {
          params: { fields: 'code,label,type,dimension.code,dimension.label', sort: 'sort,code', limit: -1 },
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
      return {
        score: waveScore,
        dimensionLabels: new Map(
          definitions.flatMap((definition) =>
            definition.dimension ? [[definition.dimension.code, definition.dimension.label] as const] : [],
          ),
        ),
        rows: definitions.map((definition) => ({
          code: definition.code,
          label: definition.label,
          dimension: definition.dimension?.label ?? '—',
          type: definition.type,
          result: overall.get(definition.code),
          score: scores.get(definition.code) ?? null,
        })),
      };
    },
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
