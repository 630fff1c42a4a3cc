import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { FrameRow, InterviewTally } from '../../../../../core/interview-counts/index.ts';
import { apiFailure, type ApiFailure } from '../../shared-app/api-failure.ts';
import { lockChecks, type LockChecks, type WaveAction } from '../../../../../core/waves/index.ts';
import { useAttempt } from '../common/use-attempt.ts';

export interface TransitionOptions {
  readonly reason?: string;
  readonly excludeUnreviewed?: boolean;
}

export interface UsableWaveAction {
  readonly running: Ref<boolean>;
  readonly failure: ShallowRef<ApiFailure | null>;
  readonly checks: ShallowRef<LockChecks | null>;
  /** The wave's interviews and frame by establishment code, for the coverage a lock leaves. */
  readonly coverage: ShallowRef<CoverageInput | null>;
  readonly checking: Ref<boolean>;
  /** Reads what would block a lock, for the confirmation dialog. */
  readonly checkLock: (waveId: number) => Promise<void>;
  /** True when the server accepted the transition. */
  readonly run: (wave: string, action: WaveAction, options: TransitionOptions) => Promise<boolean>;
  readonly reset: () => void;
}

export interface CoverageInput {
  readonly tallies: readonly InterviewTally<string>[];
  readonly frame: readonly FrameRow<string>[];
}

interface GroupCount {
  readonly count: number | string;
  readonly status: string;
  readonly establishment: number;
  /** 0/1 on SQLite, a boolean on PostgreSQL, null on rows from before the column. */
  readonly excluded: boolean | number | null;
}

interface FrameAnswer {
  readonly population: number | string;
  readonly establishment: { readonly id: number; readonly code: string };
}

export function useWaveAction(): UsableWaveAction {
  const api = useApi();
  const { running, failure, attempt } = useAttempt();
  const checking = ref(false);
  const checks = shallowRef<LockChecks | null>(null);
  const coverage = shallowRef<CoverageInput | null>(null);

  async function checkLock(waveId: number): Promise<void> {
    checking.value = true;
    checks.value = null;
    coverage.value = null;
    try {
      const [grouped, frames] = await Promise.all([
        api.get('/items/interviews', {
          params: {
            // Follow-up interviews are not units of the detention sample the lock checks.
            filter: JSON.stringify({ wave: { _eq: waveId }, followup: { _null: true } }),
            'aggregate[count]': '*',
            groupBy: 'establishment,status,excluded',
          },
        }),
        api.get('/items/population_frames', {
          params: {
            filter: JSON.stringify({ wave: { _eq: waveId } }),
            fields: 'population,establishment.id,establishment.code',
            limit: -1,
          },
        }),
      ]);
      const rows = (grouped.data.data as GroupCount[]).map((row) => ({
        ...row,
        count: Number(row.count),
        excluded: Boolean(Number(row.excluded ?? 0)),
      }));
      const framed = frames.data.data as FrameAnswer[];
      const statusCounts: Record<string, number> = {};
      for (const row of rows.filter((found) => !found.excluded))
        statusCounts[row.status] = (statusCounts[row.status] ?? 0) + row.count;
      const byKey = lockChecks({
        statusCounts,
        establishmentsWithInterviews: rows.map((row) => row.establishment),
        framedEstablishments: framed.map((row) => row.establishment.id),
      });
      const codeOf = new Map(framed.map((row) => [row.establishment.id, row.establishment.code]));
      coverage.value = {
        tallies: rows.map((row) => ({
          ...row,
          establishment: codeOf.get(row.establishment) ?? String(row.establishment),
        })),
        frame: framed.map((row) => ({ establishment: row.establishment.code, population: Number(row.population) })),
      };
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
    coverage.value = null;
  }

  return { running, failure, checks, coverage, checking, checkLock, run, reset };
}
