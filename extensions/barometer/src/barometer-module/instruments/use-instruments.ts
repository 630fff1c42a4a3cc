import { useApi } from '@directus/extensions-sdk';
import type { Ref, ShallowRef } from 'vue';
import { localized } from '../../shared-app/ui-language.ts';
import { useLoader } from '../../shared-app/use-loader.ts';
import { useUiLanguage } from '../../shared-app/use-ui-language.ts';
import type { ApiFailure } from '../../shared-app/api-failure.ts';
import type { Instrument, VersionDiffResult } from '../../shared-app/types.ts';
import { useAttempt } from '../common/use-attempt.ts';

export interface UsableInstruments {
  readonly instruments: ShallowRef<readonly Instrument[]>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly reload: () => Promise<void>;
}

/** Every instrument with its versions, newest version first. */
export function useInstruments(): UsableInstruments {
  const api = useApi();
  const language = useUiLanguage();
  const { data, loading, error, load } = useLoader(
    [],
    async (): Promise<readonly Instrument[]> => {
      const rows: Array<Instrument & { title_ar: string | null }> = (
        await api.get('/items/instruments', {
          params: {
            fields:
              'id,code,title,title_ar,versions.id,versions.version,versions.status,versions.published_at,versions.date_created,versions.notes',
            sort: 'code',
            limit: -1,
            'deep[versions][_sort]': '-version',
          },
        })
      ).data.data;
      return rows.map(({ title_ar, ...instrument }) => ({
        ...instrument,
        title: localized(instrument.title, title_ar, language.value),
      }));
    },
    { language },
  );
  return { instruments: data, loading, error, reload: load };
}

export interface UsableVersionActions {
  readonly running: Ref<boolean>;
  /** The last refusal, with every problem the server listed (a 422 on publish lists them by question). */
  readonly failure: ShallowRef<ApiFailure | null>;
  readonly publish: (id: number) => Promise<boolean>;
  /** The id of the new draft, or null when refused. */
  readonly newDraft: (id: number) => Promise<number | null>;
  /** Against the previous version of the same instrument unless told. */
  readonly diff: (id: number, against?: number) => Promise<VersionDiffResult | null>;
  readonly exportXlsForm: (id: number, fileName: string) => Promise<void>;
  readonly reset: () => void;
}

/** The endpoints acting on one version, each refusal kept for the dialog that asked. */
export function useVersionActions(): UsableVersionActions {
  const api = useApi();
  const { running, failure, attempt } = useAttempt();

  const base = (id: number) => `/barometer/instrument-versions/${id}`;
  return {
    running,
    failure,
    publish: async (id) => (await attempt(() => api.post(`${base(id)}/publish`))) !== null,
    newDraft: async (id) => {
      const response = await attempt(() => api.post(`${base(id)}/draft`));
      return response ? Number(response.data.data.version) : null;
    },
    diff: async (id, against) => {
      const response = await attempt(() =>
        api.get(`${base(id)}/diff`, { params: against === undefined ? {} : { against } }),
      );
      return response ? (response.data.data as VersionDiffResult) : null;
    },
    exportXlsForm: async (id, fileName) => {
      await attempt(() => downloadXlsForm(api, id, fileName));
    },
    reset: () => {
      failure.value = null;
    },
  };
}

/** Downloads the version's XLSForm through the authenticated client, as a file the browser saves. */
async function downloadXlsForm(api: ReturnType<typeof useApi>, id: number, fileName: string): Promise<void> {
  const response = await api.get(`/barometer/instrument-versions/${id}/xlsform`, { responseType: 'blob' });
  const url = URL.createObjectURL(response.data as Blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    // The click has handed the blob to the download by now; keeping the URL would leak it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
