import { useStores } from '@directus/extensions-sdk';
import { computed, type ComputedRef } from 'vue';
import { appRole, waveAccess, type WaveAccess } from './wave-access.ts';

interface UserStore {
  readonly isAdmin: boolean;
  readonly currentUser: { readonly role?: { readonly id?: string } | string | null } | null;
}

interface PermissionsStore {
  readonly hasPermission: (collection: string, action: 'read') => boolean;
}

/** The signed-in user's view of a wave page (wave-access.ts), from the app's user and permissions stores. */
export function useWaveAccess(): ComputedRef<WaveAccess> {
  const stores = useStores();
  const userStore: UserStore = stores['useUserStore']();
  const permissionsStore: PermissionsStore = stores['usePermissionsStore']();
  return computed(() => waveAccess(
    appRole({ isAdmin: userStore.isAdmin, role: userStore.currentUser?.role }),
    (collection) => permissionsStore.hasPermission(collection, 'read'),
  ));
}
