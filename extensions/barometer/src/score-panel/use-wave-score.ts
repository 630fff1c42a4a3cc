import { useApi } from '@directus/extensions-sdk';
import type { Ref, ShallowRef } from 'vue';
import type { IndicatorResult, WaveScore } from '../shared-app/types.ts';
import { useLoader } from '../shared-app/use-loader.ts';
import { PANEL_TEXTS } from '../shared-app/panel-texts.ts';
import { useUiLanguage } from '../shared-app/use-ui-language.ts';
import {
  dimensionGauges,
  indicatorRows,
  toGauge,
  type DimensionLabel,
  type Gauge,
  type IndicatorCells,
  type IndicatorLabel,
  type ScoreSource,
} from './results.ts';

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
  const language = useUiLanguage();
  const api = useApi();

  async function fetchView(wave: string, parts: { gauges: boolean; table: boolean }): Promise<WaveScoreView | null> {
    const path = `/barometer/waves/${encodeURIComponent(wave)}`;
    const [score, dimensions, results, indicators] = await Promise.all([
      parts.gauges ? api.get(`${path}/score`).then((response): WaveScore => response.data.data) : null,
      parts.gauges
        ? api
            .get('/items/dimensions', { params: { fields: 'code,label,sort', limit: -1 } })
            .then((response): DimensionLabel[] => response.data.data)
        : [],
      parts.table
        ? api
            .get(`${path}/indicators`)
            .then((response): { source: ScoreSource; results: IndicatorResult[] } => response.data.data)
        : null,
      parts.table
        ? api
            .get('/items/indicators', { params: { fields: 'code,label,type', sort: 'sort,code', limit: -1 } })
            .then((response): IndicatorLabel[] => response.data.data)
        : [],
    ]);
    return {
      source: score?.source ?? results?.source ?? 'live',
      overall: score?.overall ? toGauge(score.overall, PANEL_TEXTS[language.value].overall) : null,
      dimensions: score ? dimensionGauges(score.dimensions, dimensions) : [],
      indicators: results ? indicatorRows(results.results, indicators) : [],
    };
  }

  // Cleared on a failure: the panel must not go on showing the figures of the wave asked before.
  const { data, loading, error, load } = useLoader(null, fetchView, { clearOnError: true, language });
  return { view: data, loading, error, load };
}
