import { useStores } from '@directus/extensions-sdk';
import { computed, type ComputedRef } from 'vue';
import { useAppRole } from '../../shared-app/use-app-role.ts';
import { waveAccess, type WaveAccess } from './wave-access.ts';

interface PermissionsStore {
  readonly hasPermission: (collection: string, action: 'read') => boolean;
}

/** The signed-in user's view of a wave page (wave-access.ts), from the app's user and permissions stores. */
export function useWaveAccess(): ComputedRef<WaveAccess> {
  const permissionsStore: PermissionsStore = useStores()['usePermissionsStore']();
  const role = useAppRole();
  return computed(() => waveAccess(role.value, (collection) => permissionsStore.hasPermission(collection, 'read')));
}
