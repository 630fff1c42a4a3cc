import { useApi } from '@directus/extensions-sdk';
import { shallowRef, type Ref, type ShallowRef } from 'vue';
import type { ApiFailure } from '../../shared-app/api-failure.ts';
import { useAttempt } from './use-attempt.ts';

export interface UsableFileUpload<T> {
  readonly uploading: Ref<boolean>;
  readonly result: ShallowRef<T | null>;
  readonly failure: ShallowRef<ApiFailure | null>;
  /** Sends the file as multipart `file`, as every barometer import expects; true when accepted. */
  readonly upload: (file: File) => Promise<boolean>;
}

export function useFileUpload<T>(path: () => string): UsableFileUpload<T> {
  const api = useApi();
  const { running: uploading, failure, attempt } = useAttempt();
  const result = shallowRef<T | null>(null);

  async function upload(file: File): Promise<boolean> {
    result.value = null;
    const form = new FormData();
    form.append('file', file, file.name);
    const response = await attempt(() => api.post(path(), form));
    if (response === null) return false;
    result.value = response.data.data;
    return true;
  }

  return { uploading, result, failure, upload };
}
