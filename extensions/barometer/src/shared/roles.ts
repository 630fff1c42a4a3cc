// The contract's roles as Directus role ids (fixed by the seed), read from a request's accountability.
import type { Accountability } from '@directus/types';

export const ROLE_IDS = {
  coordinator: '0b3a6d1e-1c5f-4a57-9a0e-000000000001',
  supervisor: '0b3a6d1e-1c5f-4a57-9a0e-000000000002',
  enumerator: '0b3a6d1e-1c5f-4a57-9a0e-000000000003',
  analyst: '0b3a6d1e-1c5f-4a57-9a0e-000000000004',
} as const;

export type RoleKey = keyof typeof ROLE_IDS | 'admin' | 'other';

export function roleOf(accountability: Accountability | null | undefined): RoleKey {
  if (!accountability || accountability.admin) return 'admin';
  const entry = Object.entries(ROLE_IDS).find(([, id]) => id === accountability.role || accountability.roles?.includes(id));
  return (entry?.[0] as RoleKey | undefined) ?? 'other';
}
