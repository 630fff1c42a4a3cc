import { useStores } from '@directus/extensions-sdk';
import { onUnmounted, type Ref } from 'vue';
import { apiFailure } from './api-failure.ts';
import { presentError } from './error-presenter.ts';
import type { UiLanguage } from './ui-language.ts';

interface AppNotification {
  title: string;
  text?: string;
  type?: string;
  error?: unknown;
}

interface NotificationsStore {
  $onAction: (listener: (context: { name: string; args: unknown[] }) => void) => () => void;
}

/**
 * While a barometer interface is on the page, the app's own error dialogs (a refused save of the item)
 * say what the server said, in the user's language: Directus would title them with a translation key it
 * lacks (`errors.VALIDATION_FAILED`) over "[CODE] summary", hiding the reasons.
 */
export function useWordedErrors(language: Ref<UiLanguage>): void {
  const store: NotificationsStore = useStores()['useNotificationsStore']();
  const stop = store.$onAction(({ name, args }) => {
    const notification = args[0] as AppNotification | undefined;
    if (name !== 'add' || notification?.type !== 'error' || notification.error === undefined) return;
    const { title, reasons } = presentError(apiFailure(notification.error), language.value);
    notification.title = title;
    notification.text = reasons.join('\n');
    delete notification.error;
  });
  onUnmounted(stop);
}
