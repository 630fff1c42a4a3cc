import { useApi } from '@directus/extensions-sdk';
import { computed, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { useLoader } from '../../shared-app/use-loader.ts';
import { useUiLanguage } from '../../shared-app/use-ui-language.ts';
import type { ApiFailure } from '../../shared-app/api-failure.ts';
import { assetDownloadUrl, type BuildStatus, type ReportKind, type ReportLang } from './report-helpers.ts';
import { useAttempt } from '../common/use-attempt.ts';
import { useWaveAccess } from '../common/use-wave-access.ts';

export interface ReportRow {
  readonly id: number;
  readonly file: string | null;
  readonly kind: ReportKind;
  readonly lang: ReportLang;
  readonly sha256: string | null;
  readonly created_at: string | null;
}

export interface BuiltReport {
  readonly report: number;
  readonly file: string;
  readonly sha256: string;
}

/** How often the button asks the server how its build stands. */
const STATUS_POLL_MS = 1000;

export interface UsableReports {
  readonly reports: ShallowRef<readonly ReportRow[]>;
  readonly built: ShallowRef<BuiltReport | null>;
  readonly building: Ref<boolean>;
  /** Where the running build stands on the server, polled while `building`. */
  readonly status: ShallowRef<BuildStatus | null>;
  readonly loading: Ref<boolean>;
  /** Why the list did not load. */
  readonly error: Ref<string | null>;
  /** Why the last build was refused, with the problems the server listed. */
  readonly failure: ShallowRef<ApiFailure | null>;
  /** Only coordinators and administrators may build: others are not shown a button the server refuses. */
  readonly mayBuild: ComputedRef<boolean>;
  readonly load: (waveId: number) => Promise<void>;
  readonly build: (wave: { readonly id: number; readonly code: string }, lang?: ReportLang) => Promise<void>;
  readonly downloadUrl: (file: string) => string;
}

/** The wave's reports, and the build of a new one through the barometer endpoint. */
export function useReports(): UsableReports {
  const api = useApi();
  const access = useWaveAccess();
  const built = shallowRef<BuiltReport | null>(null);
  const status = shallowRef<BuildStatus | null>(null);
  const { running: building, failure, attempt } = useAttempt();
  const language = useUiLanguage();
  const {
    data: reports,
    loading,
    error,
    load,
  } = useLoader(
    [],
    async (waveId: number): Promise<readonly ReportRow[]> => {
      const params = {
        filter: JSON.stringify({ wave: { _eq: waveId } }),
        fields: 'id,file,kind,lang,sha256,created_at',
        sort: '-created_at,-id',
        limit: -1,
      };
      return (await api.get('/items/reports', { params })).data.data;
    },
    { language },
  );

  const mayBuild = computed(() => access.value.manage);

  async function build(wave: { readonly id: number; readonly code: string }, lang: ReportLang = 'fr'): Promise<void> {
    built.value = null;
    status.value = null;
    const path = `/barometer/waves/${encodeURIComponent(wave.code)}/report`;
    // The POST answers when the PDF is filed; meanwhile the queue's state is asked for, and a failed
    // poll only leaves the last state shown.
    const poll = setInterval(() => {
      api.get(`${path}/status`).then(
        (answer) => {
          status.value = answer.data.data;
        },
        () => undefined,
      );
    }, STATUS_POLL_MS);
    const response = await attempt(() => api.post(path, lang === 'fr' ? {} : { lang })).finally(() =>
      clearInterval(poll),
    );
    status.value = null;
    if (response !== null) built.value = response.data.data;
    await load(wave.id);
  }

  function downloadUrl(file: string): string {
    // The API's base may be relative (the app's root path): resolved against the page first.
    return assetDownloadUrl(file, new URL(api.defaults.baseURL ?? '/', window.location.href).href);
  }

  return { reports, built, building, status, loading, error, failure, mayBuild, load, build, downloadUrl };
}
