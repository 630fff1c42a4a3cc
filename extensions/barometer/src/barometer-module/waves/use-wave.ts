import { useApi } from '@directus/extensions-sdk';
import { computed, watch, type Ref } from 'vue';
import { useLoader } from '../../shared-app/use-loader.ts';
import { useUiLanguage } from '../../shared-app/use-ui-language.ts';
import type { Coverage, Wave, WaveEvent } from '../../shared-app/types.ts';
import type { WaveAccess } from '../common/wave-access.ts';

export interface UsableWave {
  readonly wave: Readonly<Ref<Wave | null>>;
  readonly coverage: Readonly<Ref<Coverage | null>>;
  readonly events: Readonly<Ref<readonly WaveEvent[]>>;
  readonly loading: Ref<boolean>;
  readonly error: Readonly<Ref<string | null>>;
  readonly reload: () => Promise<void>;
}

interface LoadedWave {
  readonly wave: Wave | null;
  readonly coverage: Coverage | null;
  readonly events: readonly WaveEvent[];
  /** The code asked for when no wave has it: an answer, not a failure, so the page shows no other wave. */
  readonly missing: string | null;
}

const NO_WAVE: LoadedWave = { wave: null, coverage: null, events: [], missing: null };

const WAVE_FIELDS = [
  'id',
  'code',
  'label',
  'kind',
  'status',
  'reference_date',
  'fieldwork_start',
  'fieldwork_end',
  'sampling_rate',
  'locked_at',
  'published_at',
  'instrument_versions.instrument_versions_id.id',
  'instrument_versions.instrument_versions_id.version',
  'instrument_versions.instrument_versions_id.status',
  'instrument_versions.instrument_versions_id.instrument.code',
  'instrument_versions.instrument_versions_id.instrument.title',
].join(',');

/**
 * One wave by code, with its coverage and its history, reloaded after each action on it. Coverage and
 * history are asked for only when `access` allows them: a refusal would otherwise hide the whole wave.
 */
export function useWave(code: Readonly<Ref<string>>, access: Readonly<Ref<WaveAccess>>): UsableWave {
  const api = useApi();
  const language = useUiLanguage();
  const { data, loading, error, load } = useLoader(
    NO_WAVE,
    async (): Promise<LoadedWave> => {
      const filter = JSON.stringify({ code: { _eq: code.value } });
      const found: Wave | undefined = (
        await api.get('/items/waves', { params: { filter, fields: WAVE_FIELDS, limit: 1 } })
      ).data.data[0];
      if (!found) return { ...NO_WAVE, missing: code.value };
      const [coverageResponse, eventsResponse] = await Promise.all([
        access.value.coverage ? api.get(`/barometer/waves/${encodeURIComponent(found.code)}/coverage`) : null,
        access.value.history
          ? api.get('/items/wave_events', {
              params: {
                filter: JSON.stringify({ wave: { _eq: found.id } }),
                fields: `id,from_status,to_status,reason,details,date_created${access.value.historyAuthors ? ',user_created.first_name,user_created.last_name' : ''}`,
                sort: '-date_created,-id',
                limit: -1,
              },
            })
          : null,
      ]);
      return {
        wave: found,
        coverage: coverageResponse?.data.data ?? null,
        events: eventsResponse?.data.data ?? [],
        missing: null,
      };
    },
    { language },
  );

  watch(code, () => void load(), { immediate: true });
  return {
    wave: computed(() => data.value.wave),
    coverage: computed(() => data.value.coverage),
    events: computed(() => data.value.events),
    loading,
    error: computed(
      () => error.value ?? (data.value.missing === null ? null : `Aucune vague n’a le code « ${data.value.missing} ».`),
    ),
    reload: load,
  };
}
