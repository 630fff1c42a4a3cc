import { useStores } from '@directus/extensions-sdk';
import { computed, type ComputedRef } from 'vue';
import { uiLanguage, type UiLanguage } from './ui-language.ts';

interface UserStore {
  readonly language?: string | null;
}

/**
 * The language of the signed-in user, as the app itself resolves it (user setting, else the project's
 * default), so the interface switches with the rest of the app.
 */
export function useUiLanguage(): ComputedRef<UiLanguage> {
  const userStore: UserStore = useStores()['useUserStore']();
  return computed(() => uiLanguage(userStore.language));
}
