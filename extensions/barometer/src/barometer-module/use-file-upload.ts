import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { apiFailure, type ApiFailure } from './api-failure.ts';

export interface UsableFileUpload<T> {
  readonly uploading: Ref<boolean>;
  readonly result: ShallowRef<T | null>;
  readonly failure: ShallowRef<ApiFailure | null>;
  /** Sends the file as multipart `file`, as every barometer import expects; true when accepted. */
  readonly upload: (file: File) => Promise<boolean>;
}

export function useFileUpload<T>(path: () => string): UsableFileUpload<T> {
  const api = useApi();
  const uploading = ref(false);
  const result = shallowRef<T | null>(null);
  const failure = shallowRef<ApiFailure | null>(null);

  async function upload(file: File): Promise<boolean> {
    uploading.value = true;
    result.value = null;
    failure.value = null;
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      result.value = (await api.post(path(), form)).data.data;
      return true;
    } catch (cause) {
      failure.value = apiFailure(cause);
      return false;
    } finally {
      uploading.value = false;
    }
  }

  return { uploading, result, failure, upload };
}
