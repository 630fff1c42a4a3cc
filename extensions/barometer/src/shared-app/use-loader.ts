import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { apiFailure, type ApiFailure } from './api-failure.ts';
import { failureSentence } from './error-presenter.ts';
import type { UiLanguage } from './ui-language.ts';

export interface Loader<T, A extends unknown[]> {
  /** The last answer, `initial` until one arrives; kept when a later load fails unless `clearOnError`. */
  readonly data: ShallowRef<T>;
  readonly loading: Ref<boolean>;
  /** Why the last load failed, null while loading and after a success. */
  readonly failure: ShallowRef<ApiFailure | null>;
  /** The same in one sentence by the error presenter, in the reader's language. */
  readonly error: ComputedRef<string | null>;
  readonly load: (...args: A) => Promise<void>;
}

export interface LoaderOptions {
  /** Back to `initial` on a failure, for views that must not go on showing the figures of another request. */
  readonly clearOnError?: boolean;
  /** The reader's language (useUiLanguage); French when not given. */
  readonly language?: Readonly<Ref<UiLanguage>>;
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
  const failure = shallowRef<ApiFailure | null>(null);
  const error = computed(() =>
    failure.value ? failureSentence(failure.value, options.language?.value ?? 'fr') : null,
  );
  let latest = 0;

  async function load(...args: A): Promise<void> {
    const call = ++latest;
    loading.value = true;
    failure.value = null;
    try {
      const answer = await fetch(...args);
      if (call === latest) data.value = answer;
    } catch (cause) {
      if (call !== latest) return;
      if (options.clearOnError) data.value = initial;
      failure.value = apiFailure(cause);
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  return { data, loading, failure, error, load };
}
