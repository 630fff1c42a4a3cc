import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { requestErrorMessage } from '../shared-app/request-error.ts';
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
  readonly score: ShallowRef<WaveScore | null>;
  readonly rows: ShallowRef<readonly IndicatorRow[]>;
  readonly dimensionLabels: ShallowRef<ReadonlyMap<string, string>>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (wave: string) => Promise<void>;
}

/** The wave's barometer score and the overall estimate of each indicator (disclosure control on). */
export function useWaveResults(): UsableWaveResults {
  const api = useApi();
  const score = shallowRef<WaveScore | null>(null);
  const rows = shallowRef<readonly IndicatorRow[]>([]);
  const dimensionLabels = shallowRef<ReadonlyMap<string, string>>(new Map());
  const loading = ref(false);
  const error = ref<string | null>(null);

  async function load(wave: string): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const path = `/barometer/waves/${encodeURIComponent(wave)}`;
      const [scoreResponse, resultsResponse, indicatorsResponse] = await Promise.all([
        api.get(`${path}/score`),
        api.get(`${path}/indicators`),
        api.get('/items/indicators', { params: { fields: 'code,label,type,dimension.code,dimension.label', sort: 'sort,code', limit: -1 } }),
      ]);
      const waveScore: WaveScore = scoreResponse.data.data;
      const results: IndicatorResult[] = resultsResponse.data.data.results;
      const definitions: IndicatorDefinition[] = indicatorsResponse.data.data;
      const overall = new Map(results.filter((result) => !result.domain || Object.keys(result.domain).length === 0).map((result) => [result.indicator, result]));
      const scores = new Map(waveScore.indicators.map((entry) => [entry.code, entry.score]));
      score.value = waveScore;
      dimensionLabels.value = new Map(definitions.flatMap((definition) => (definition.dimension ? [[definition.dimension.code, definition.dimension.label] as const] : [])));
      rows.value = definitions.map((definition) => ({
        code: definition.code,
        label: definition.label,
        dimension: definition.dimension?.label ?? '—',
        type: definition.type,
        result: overall.get(definition.code),
        score: scores.get(definition.code) ?? null,
      }));
    } catch (cause) {
      error.value = requestErrorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  return { score, rows, dimensionLabels, loading, error, load };
}
