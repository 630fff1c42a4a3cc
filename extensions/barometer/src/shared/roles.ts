// The contract's roles as Directus role ids (fixed by the seed), read from a request's accountability
// or from the app's signed-in user.
import type { Accountability } from '@directus/types';
import { ROLE_IDS } from './ids.ts';

export type RoleKey = keyof typeof ROLE_IDS | 'admin' | 'other';

/** The first contract role among a user's role ids; 'other' when it has none of them. */
export function roleKeyOf(roleIds: ReadonlyArray<string | null | undefined>): Exclude<RoleKey, 'admin'> {
  const entry = Object.entries(ROLE_IDS).find(([, id]) => roleIds.includes(id));
  return (entry?.[0] as keyof typeof ROLE_IDS | undefined) ?? 'other';
}

export function roleOf(accountability: Accountability | null | undefined): RoleKey {
  if (!accountability || accountability.admin) return 'admin';
  return roleKeyOf([accountability.role, ...(accountability.roles ?? [])]);
}

/**
 * Who may run the sample draw and who may read it (routes/draws.ts); shared with the module so that it
 * offers each user what the endpoint answers them. An enumerator reads the draws of its own
 * establishments only.
 */
export const DRAW_RUNNERS: ReadonlySet<RoleKey> = new Set(['admin', 'coordinator']);
export const DRAW_READERS: ReadonlySet<RoleKey> = new Set(['admin', 'coordinator', 'supervisor', 'enumerator']);

/**
 * Who enters interviews (the offline package and the app's "Mes entretiens") and who reviews them:
 * validation is a supervisor's act on someone else's interview.
 */
export const INTERVIEWERS: ReadonlySet<RoleKey> = new Set(['enumerator']);
export const REVIEWERS: ReadonlySet<RoleKey> = new Set(['admin', 'supervisor']);

/**
 * Who traces the released minors from the module's follow-up page and may erase a contact on request
 * (routes/followups.ts); reading a contact is `mayRevealContact`'s rule, which also lets in the assigned
 * enumerator.
 */
export const TRACERS: ReadonlySet<RoleKey> = new Set(['admin', 'followup']);

/**
 * Who may read a wave's data quality and panel attrition (routes/quality.ts), a supervisor for the
 * establishments assigned to it; not analysts, since both name enumerators and participants.
 */
export const QUALITY_CHECKERS: ReadonlySet<RoleKey> = new Set(['admin', 'coordinator', 'supervisor']);

/**
 * Who reads a wave's follow-up cohort figures (routes/followups.ts): those who read the detention
 * figures, and the tracing role. Counts and weighted proportions only, never a contact detail.
 */
export const COHORT_READERS: ReadonlySet<RoleKey> = new Set([
  'admin',
  'coordinator',
  'supervisor',
  'analyst',
  'followup',
]);
