import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { apiFailure, type ApiFailure } from './api-failure.ts';
import { lockChecks, type LockChecks, type WaveAction } from '../../../../core/waves/index.ts';
import { useAttempt } from './use-attempt.ts';

export interface TransitionOptions {
  readonly reason?: string;
  readonly excludeUnreviewed?: boolean;
}

export interface UsableWaveAction {
  readonly running: Ref<boolean>;
  readonly failure: ShallowRef<ApiFailure | null>;
  readonly checks: ShallowRef<LockChecks | null>;
  readonly checking: Ref<boolean>;
  /** Reads what would block a lock, for the confirmation dialog. */
  readonly checkLock: (waveId: number) => Promise<void>;
  /** True when the server accepted the transition. */
  readonly run: (wave: string, action: WaveAction, options: TransitionOptions) => Promise<boolean>;
  readonly reset: () => void;
}

interface GroupCount {
  readonly count: number | string;
  readonly status?: string;
  readonly establishment?: number;
}

export function useWaveAction(): UsableWaveAction {
  const api = useApi();
  const { running, failure, attempt } = useAttempt();
  const checking = ref(false);
  const checks = shallowRef<LockChecks | null>(null);

  async function checkLock(waveId: number): Promise<void> {
    checking.value = true;
    checks.value = null;
    try {
      const notExcluded = {
        _and: [{ wave: { _eq: waveId } }, { _or: [{ excluded: { _eq: false } }, { excluded: { _null: true } }] }],
      };
      const [byStatus, byEstablishment, frames] = await Promise.all([
        api.get('/items/interviews', {
          params: { filter: JSON.stringify(notExcluded), 'aggregate[count]': '*', groupBy: 'status' },
        }),
        api.get('/items/interviews', {
          params: {
            filter: JSON.stringify({ wave: { _eq: waveId } }),
            'aggregate[count]': '*',
            groupBy: 'establishment',
          },
        }),
        api.get('/items/population_frames', {
          params: { filter: JSON.stringify({ wave: { _eq: waveId } }), fields: 'establishment', limit: -1 },
        }),
      ]);
      const statusRows: GroupCount[] = byStatus.data.data;
      const establishmentRows: GroupCount[] = byEstablishment.data.data;
      const byKey = lockChecks({
        statusCounts: Object.fromEntries(statusRows.map((row) => [row.status ?? '', Number(row.count)])),
        establishmentsWithInterviews: establishmentRows.flatMap((row) =>
          row.establishment === undefined ? [] : [row.establishment],
        ),
        framedEstablishments: (frames.data.data as Array<{ establishment: number }>).map((row) => row.establishment),
      });
      const unframed =
        byKey.unframed.length === 0
          ? []
          : (
              (
                await api.get('/items/establishments', {
                  params: {
                    filter: JSON.stringify({ id: { _in: byKey.unframed } }),
                    fields: 'code',
                    sort: 'code',
                    limit: -1,
                  },
                })
              ).data.data as Array<{ code: string }>
            ).map((row) => row.code);
      checks.value = { ...byKey, unframed };
    } catch (cause) {
      // Without the checks the dialog still works: the server's refusal will say what blocks.
      failure.value = apiFailure(cause);
    } finally {
      checking.value = false;
    }
  }

  async function run(wave: string, action: WaveAction, options: TransitionOptions): Promise<boolean> {
    const body: Record<string, unknown> = {};
    if (options.reason) body['reason'] = options.reason;
    if (options.excludeUnreviewed) body['exclude_unreviewed'] = true;
    return (await attempt(() => api.post(`/barometer/waves/${encodeURIComponent(wave)}/${action}`, body))) !== null;
  }

  function reset(): void {
    failure.value = null;
    checks.value = null;
  }

  return { running, failure, checks, checking, checkLock, run, reset };
}
