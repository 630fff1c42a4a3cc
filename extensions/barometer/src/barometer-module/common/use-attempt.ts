import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { apiFailure, type ApiFailure } from '../../shared-app/api-failure.ts';

export interface Attempt {
  readonly running: Ref<boolean>;
  /** The last refusal, with every problem the server listed, for the notice next to the button that asked. */
  readonly failure: ShallowRef<ApiFailure | null>;
  /** The request's answer, or null when it failed (the reason is then in `failure`). */
  readonly attempt: <T>(request: () => Promise<T>) => Promise<T | null>;
}

/** What the module's buttons do with a call to the API: a spinner while it runs, the refusal kept to be shown. */
export function useAttempt(): Attempt {
  const running = ref(false);
  const failure = shallowRef<ApiFailure | null>(null);

  async function attempt<T>(request: () => Promise<T>): Promise<T | null> {
    running.value = true;
    failure.value = null;
    try {
      return await request();
    } catch (cause) {
      failure.value = apiFailure(cause);
      return null;
    } finally {
      running.value = false;
    }
  }

  return { running, failure, attempt };
}
