import { useStores } from '@directus/extensions-sdk';
import { computed, type ComputedRef } from 'vue';
import type { RoleKey } from '../shared/roles.ts';
import { appRole } from './app-role.ts';

interface UserStore {
  readonly isAdmin: boolean;
  readonly currentUser: { readonly role?: { readonly id?: string } | string | null } | null;
}

/** The signed-in user's contract role, from the app's user store. */
export function useAppRole(): ComputedRef<RoleKey> {
  const userStore: UserStore = useStores()['useUserStore']();
  return computed(() => appRole({ isAdmin: userStore.isAdmin, role: userStore.currentUser?.role }));
}
