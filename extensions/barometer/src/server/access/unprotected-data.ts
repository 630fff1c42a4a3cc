// `disclosure=off` (issue 13, point 5): figures and microdata without disclosure control are given to
// the holders of one Directus policy, not to a role, and every use is recorded in directus_activity.
import { ForbiddenError } from '@directus/errors';
import type { BarometerContext, DirectusRequest } from '../http/context.ts';
import { UNPROTECTED_DATA_POLICY_ID } from '../../shared/ids.ts';

export const UNPROTECTED_DATA_REFUSAL =
  'disclosure=off est réservé aux titulaires de la politique « Données non protégées ». / ' +
  'خيار disclosure=off مخصص لحاملي سياسة «بيانات غير محمية».';

/** The policy reaches a user directly or through its role (and the role's parents, in `roles`). */
export async function holdsUnprotectedData(context: BarometerContext, request: DirectusRequest): Promise<boolean> {
  const accountability = request.accountability;
  if (!accountability) return false;
  if (accountability.admin) return true;
  const roles = [accountability.role, ...(accountability.roles ?? [])].filter(
    (role): role is string => typeof role === 'string',
  );
  const user = accountability.user ?? null;
  const found = await context
    .database('directus_access')
    .where('policy', UNPROTECTED_DATA_POLICY_ID)
    .andWhere((query) => {
      if (user !== null) query.where('user', user);
      if (roles.length > 0) query.orWhereIn('role', roles);
      if (user === null && roles.length === 0) query.whereRaw('1 = 0');
    })
    .first('id');
  return found !== undefined;
}

/**
 * Refuses with 403 unless the caller holds the policy, then records the use: action `run` on the wave
 * (collection `waves`, item its id, the caller as user), with a revision whose data names the route,
 * since directus_activity has no field of its own for it.
 */
export async function authoriseUnprotectedData(
  context: BarometerContext,
  request: DirectusRequest,
  wave: { id: number; code: string },
): Promise<void> {
  if (!(await holdsUnprotectedData(context, request))) throw new ForbiddenError({ reason: UNPROTECTED_DATA_REFUSAL });
  const accountability = request.accountability ?? null;
  const schema = request.schema ?? (await context.getSchema());
  const system = (collection: string) => new context.ItemsService(collection, { schema, accountability: null });
  const activity = await system('directus_activity').createOne({
    action: 'run',
    user: accountability?.user ?? null,
    collection: 'waves',
    item: String(wave.id),
    ip: accountability?.ip ?? null,
    user_agent: accountability?.userAgent ?? null,
    origin: accountability?.origin ?? null,
  });
  await system('directus_revisions').createOne({
    activity,
    collection: 'waves',
    item: String(wave.id),
    data: { disclosure: 'off', route: `${request.method} ${request.baseUrl}${request.path}`, wave: wave.code },
  });
}
