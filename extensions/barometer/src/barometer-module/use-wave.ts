import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { requestErrorMessage } from '../shared-app/request-error.ts';
import type { Coverage, Wave, WaveEvent } from './types.ts';
import type { WaveAccess } from './wave-access.ts';

export interface UsableWave {
  readonly wave: ShallowRef<Wave | null>;
  readonly coverage: ShallowRef<Coverage | null>;
  readonly events: ShallowRef<readonly WaveEvent[]>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly reload: () => Promise<void>;
}

const WAVE_FIELDS = [
  'id', 'code', 'label', 'kind', 'status', 'reference_date', 'fieldwork_start', 'fieldwork_end', 'sampling_rate', 'locked_at',
  'published_at', 'instrument_versions.instrument_versions_id.id', 'instrument_versions.instrument_versions_id.version',
  'instrument_versions.instrument_versions_id.status', 'instrument_versions.instrument_versions_id.instrument.code',
  'instrument_versions.instrument_versions_id.instrument.title',
].join(',');

/**
 * One wave by code, with its coverage and its history, reloaded after each action on it. Coverage and
 * history are asked for only when `access` allows them: a refusal would otherwise hide the whole wave.
 */
export function useWave(code: Readonly<Ref<string>>, access: Readonly<Ref<WaveAccess>>): UsableWave {
  const api = useApi();
  const wave = shallowRef<Wave | null>(null);
  const coverage = shallowRef<Coverage | null>(null);
  const events = shallowRef<readonly WaveEvent[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);

  async function reload(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const filter = JSON.stringify({ code: { _eq: code.value } });
      const found: Wave | undefined = (await api.get('/items/waves', { params: { filter, fields: WAVE_FIELDS, limit: 1 } })).data.data[0];
      if (!found) {
        wave.value = null;
        error.value = `Aucune vague n’a le code « ${code.value} ».`;
        return;
      }
      const [coverageResponse, eventsResponse] = await Promise.all([
        access.value.coverage ? api.get(`/barometer/waves/${encodeURIComponent(found.code)}/coverage`) : null,
        access.value.history ? api.get('/items/wave_events', {
          params: {
            filter: JSON.stringify({ wave: { _eq: found.id } }),
            fields: 'id,from_status,to_status,reason,details,date_created,user_created.first_name,user_created.last_name',
            sort: '-date_created,-id',
            limit: -1,
          },
        }) : null,
      ]);
      wave.value = found;
      coverage.value = coverageResponse?.data.data ?? null;
      events.value = eventsResponse?.data.data ?? [];
    } catch (cause) {
      error.value = requestErrorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  watch(code, () => void reload(), { immediate: true });
  return { wave, coverage, events, loading, error, reload };
}
