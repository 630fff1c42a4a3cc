import { roleKeyOf, type RoleKey } from '../shared/roles.ts';

/** The app's user store gives the role as an id or, once loaded, as an object. */
export function appRole(user: {
  readonly isAdmin: boolean;
  readonly role: string | { readonly id?: string } | null | undefined;
}): RoleKey {
  if (user.isAdmin) return 'admin';
  return roleKeyOf([typeof user.role === 'string' ? user.role : user.role?.id]);
}
