import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { IndicatorResult, WaveScore } from '../barometer-module/types.ts';
import { requestErrorMessage } from '../shared-app/request-error.ts';
import { dimensionGauges, indicatorRows, toGauge, type DimensionLabel, type Gauge, type IndicatorCells, type IndicatorLabel, type ScoreSource } from './results.ts';

export interface WaveScoreView {
  readonly source: ScoreSource;
  readonly overall: Gauge | null;
  readonly dimensions: readonly Gauge[];
  readonly indicators: readonly IndicatorCells[];
}

export interface UsableWaveScore {
  readonly view: ShallowRef<WaveScoreView | null>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly load: (wave: string, parts: { gauges: boolean; table: boolean }) => Promise<void>;
}

/** The score and the overall indicator estimates of a wave, with their labels; only the parts the panel shows are fetched. */
export function useWaveScore(): UsableWaveScore {
  const api = useApi();
  const view = shallowRef<WaveScoreView | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  // A dashboard re-renders panels as options change: a slow earlier answer must not overwrite a newer one.
  let latest = 0;

  async function load(wave: string, parts: { gauges: boolean; table: boolean }): Promise<void> {
    const call = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const path = `/barometer/waves/${encodeURIComponent(wave)}`;
      const [score, dimensions, results, indicators] = await Promise.all([
        parts.gauges ? api.get(`${path}/score`).then((response): WaveScore => response.data.data) : null,
        parts.gauges
          ? api.get('/items/dimensions', { params: { fields: 'code,label,sort', limit: -1 } }).then((response): DimensionLabel[] => response.data.data)
          : [],
        parts.table ? api.get(`${path}/indicators`).then((response): { source: ScoreSource; results: IndicatorResult[] } => response.data.data) : null,
        parts.table
          ? api.get('/items/indicators', { params: { fields: 'code,label,type', sort: 'sort,code', limit: -1 } }).then((response): IndicatorLabel[] => response.data.data)
          : [],
      ]);
      if (call !== latest) return;
      view.value = {
        source: score?.source ?? results?.source ?? 'live',
        overall: score?.overall ? toGauge(score.overall, 'Score du baromètre') : null,
        dimensions: score ? dimensionGauges(score.dimensions, dimensions) : [],
        indicators: results ? indicatorRows(results.results, indicators) : [],
      };
    } catch (cause) {
      if (call !== latest) return;
      view.value = null;
      error.value = requestErrorMessage(cause);
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  return { view, loading, error, load };
}
