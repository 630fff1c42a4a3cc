import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { requestErrorMessage } from './request-error.ts';

export interface Loader<T, A extends unknown[]> {
  /** The last answer, `initial` until one arrives; kept when a later load fails unless `clearOnError`. */
  readonly data: ShallowRef<T>;
  readonly loading: Ref<boolean>;
  /** Why the last load failed (requestErrorMessage), null while loading and after a success. */
  readonly error: Ref<string | null>;
  readonly load: (...args: A) => Promise<void>;
}

export interface LoaderOptions {
  /** Back to `initial` on a failure, for views that must not go on showing the figures of another request. */
  readonly clearOnError?: boolean;
}

/**
 * What the module's pages and panels do to show data from the API: a loading flag, a readable error, and
 * only the latest request's answer, since a page or a dashboard option can change while an earlier,
 * slower request is still on its way.
 */
export function useLoader<T, A extends unknown[] = []>(
  initial: T,
  fetch: (...args: A) => Promise<T>,
  options: LoaderOptions = {},
): Loader<T, A> {
  const data = shallowRef<T>(initial);
  const loading = ref(false);
  const error = ref<string | null>(null);
  let latest = 0;

  async function load(...args: A): Promise<void> {
    const call = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const answer = await fetch(...args);
      if (call === latest) data.value = answer;
    } catch (cause) {
      if (call !== latest) return;
      if (options.clearOnError) data.value = initial;
      error.value = requestErrorMessage(cause);
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  return { data, loading, error, load };
}
