import { useStores } from '@directus/extensions-sdk';

interface NotificationsStore {
  add: (notification: { title: string; text?: string; type?: 'info' | 'success' | 'warning' | 'error' }) => void;
}

/** The app's own toast in the corner, so the module confirms actions the way the rest of Directus does. */
export function useNotify(): (title: string) => void {
  const store: NotificationsStore = useStores()['useNotificationsStore']();
  return (title) => store.add({ title, type: 'success' });
}
