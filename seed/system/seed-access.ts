// Creates or updates the roles, policies and permissions of `access.ts`; running it twice changes nothing.
import type { Api } from '../../scripts/lib/api.ts';
import { ROLES, UNPROTECTED_DATA_POLICY, type PermissionRule } from './access.ts';

interface StoredPermission {
  id: number;
  collection: string;
  action: string;
  permissions: unknown;
  validation: unknown;
  presets: unknown;
  fields: string[] | null;
}

export async function seedAccess(api: Api): Promise<void> {
  for (const role of ROLES) {
    const policy = {
      name: role.name,
      icon: role.icon,
      description: role.description,
      app_access: true,
      admin_access: false,
      enforce_tfa: false,
    };
    await upsert(api, 'policies', role.policyId, policy);
    await upsert(api, 'roles', role.roleId, { name: role.name, icon: role.icon, description: role.description });
    const links = await api.get<Array<{ id: number }>>(
      `/access?filter[role][_eq]=${role.roleId}&filter[policy][_eq]=${role.policyId}&fields=id`,
    );
    if (links.length === 0) await api.post('/access', { role: role.roleId, policy: role.policyId });
    await syncPermissions(api, role.policyId, role.rules);
  }
  const { id, ...unprotected } = UNPROTECTED_DATA_POLICY;
  await upsert(api, 'policies', id, { ...unprotected, app_access: false, admin_access: false, enforce_tfa: false });
  await syncPermissions(api, id, []);
}

async function upsert(
  api: Api,
  collection: 'policies' | 'roles',
  id: string,
  values: Record<string, unknown>,
): Promise<void> {
  const found = await api.get<Array<{ id: string }>>(`/${collection}?filter[id][_eq]=${id}&fields=id`);
  if (found.length > 0) await api.patch(`/${collection}/${id}`, values);
  else await api.post(`/${collection}`, { id, ...values });
}

function desired(policy: string, rule: PermissionRule) {
  return {
    policy,
    collection: rule.collection,
    action: rule.action,
    permissions: rule.filter ?? null,
    validation: rule.validation ?? null,
    presets: rule.presets ?? null,
    fields: rule.fields ?? ['*'],
  };
}

async function syncPermissions(api: Api, policy: string, rules: PermissionRule[]): Promise<void> {
  const stored = await api.get<StoredPermission[]>(`/permissions?filter[policy][_eq]=${policy}&limit=-1`);
  const byKey = new Map(stored.map((permission) => [`${permission.collection}:${permission.action}`, permission]));
  const wanted = new Set<string>();
  for (const rule of rules) {
    const key = `${rule.collection}:${rule.action}`;
    wanted.add(key);
    const target = desired(policy, rule);
    const current = byKey.get(key);
    if (!current) {
      await api.post('/permissions', target);
    } else if (!sameRule(current, target)) {
      await api.patch(`/permissions/${current.id}`, target);
    }
  }
  const extra = stored
    .filter((permission) => !wanted.has(`${permission.collection}:${permission.action}`))
    .map((permission) => permission.id);
  if (extra.length > 0) await api.request('DELETE', '/permissions', extra);
}

function sameRule(current: StoredPermission, target: ReturnType<typeof desired>): boolean {
  return (
    JSON.stringify(current.permissions ?? null) === JSON.stringify(target.permissions) &&
    JSON.stringify(current.validation ?? null) === JSON.stringify(target.validation) &&
    JSON.stringify(current.presets ?? null) === JSON.stringify(target.presets) &&
    JSON.stringify(current.fields ?? null) === JSON.stringify(target.fields)
  );
}
