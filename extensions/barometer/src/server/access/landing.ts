// Where each role lands after signing in: on its task, not on the first collection of the content module.
// The app opens a user's `last_page` after login, so the login action sets it; the seed sets it for the
// demo accounts too, for their very first sign-in.
import type { Knex } from 'knex';
import { roleKeyOf, type RoleKey } from '../../shared/roles.ts';

export const LANDING_PAGES: Readonly<Record<Exclude<RoleKey, 'admin' | 'other'>, string>> = {
  coordinator: '/barometer',
  supervisor: '/barometer/review',
  enumerator: '/barometer/interviews',
  analyst: '/barometer',
  followup: '/content/followups',
};

/** After a successful login: the user's landing page by its role; an administrator's is left alone. */
export async function setLandingPage(database: Knex, userId: string): Promise<void> {
  const user: { role: string | null } | undefined = await database('directus_users')
    .where({ id: userId })
    .first('role');
  if (!user) return;
  const role = roleKeyOf([user.role]);
  if (role === 'other') return;
  await database('directus_users').where({ id: userId }).update({ last_page: LANDING_PAGES[role] });
}
