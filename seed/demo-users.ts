// Demo accounts, one per role (README "Demo accounts"). Their passwords are public: `npm start`
// refuses them when NODE_ENV=production. The Arabic-speaking enumerator uses ar-SA: the Directus 11.17
// app switches to right to left for ar-SA, not for ar-MA.
import type { Api } from '../scripts/lib/api.ts';
import { LANDING_PAGES } from '../extensions/barometer/src/server/access/landing.ts';
import { ROLES, UNPROTECTED_DATA_POLICY, type RoleDefinition } from './system/access.ts';

export interface DemoUser {
  key: 'coordinator' | 'supervisor1' | 'enumerator1' | 'enumerator2' | 'analyst' | 'followup';
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  role: RoleDefinition['key'];
  language: 'fr-FR' | 'ar-SA';
}

export const DEMO_USERS: DemoUser[] = [
  {
    key: 'coordinator',
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000c1',
    email: 'coordinateur@example.com',
    password: 'demo-coordinator',
    firstName: 'Salma',
    lastName: 'Coordinatrice',
    role: 'coordinator',
    language: 'fr-FR',
  },
  {
    key: 'supervisor1',
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000c2',
    email: 'superviseur@example.com',
    password: 'demo-supervisor',
    firstName: 'Youssef',
    lastName: 'Superviseur',
    role: 'supervisor',
    language: 'fr-FR',
  },
  {
    key: 'enumerator1',
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000c3',
    email: 'enqueteur1@example.com',
    password: 'demo-enumerator',
    firstName: 'Nadia',
    lastName: 'Enquêtrice',
    role: 'enumerator',
    language: 'fr-FR',
  },
  {
    key: 'enumerator2',
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000c4',
    email: 'enqueteur2@example.com',
    password: 'demo-enumerator',
    firstName: 'Karim',
    lastName: 'Enquêteur',
    role: 'enumerator',
    language: 'ar-SA',
  },
  {
    key: 'analyst',
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000c5',
    email: 'analyste@example.com',
    password: 'demo-analyst',
    firstName: 'Leila',
    lastName: 'Analyste',
    role: 'analyst',
    language: 'fr-FR',
  },
  {
    key: 'followup',
    id: '0b3a6d1e-1c5f-4a57-9a0e-0000000000c6',
    email: 'suivi@example.com',
    password: 'demo-followup',
    firstName: 'Hind',
    lastName: 'Suivi',
    role: 'followup',
    language: 'fr-FR',
  },
];

export function demoUser(key: DemoUser['key']): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`Unknown demo user ${key}`);
  return user;
}

export async function seedDemoUsers(api: Api): Promise<void> {
  const existing = await api.get<Array<{ id: string }>>(
    `/users?filter[id][_in]=${DEMO_USERS.map((user) => user.id).join(',')}&fields=id`,
  );
  const known = new Set(existing.map((user) => user.id));
  const missing = DEMO_USERS.filter((user) => !known.has(user.id));
  if (missing.length > 0)
    await api.post(
      '/users',
      missing.map((user) => ({
        id: user.id,
        email: user.email,
        password: user.password,
        first_name: user.firstName,
        last_name: user.lastName,
        role: roleId(user.role),
        language: user.language,
        last_page: LANDING_PAGES[user.role],
        status: 'active',
      })),
    );
  await grantUnprotectedData(api, demoUser('coordinator').id);
}

/** The demo gives the unprotected-data policy to the coordinator's account only, not to its role. */
async function grantUnprotectedData(api: Api, user: string): Promise<void> {
  const links = await api.get<Array<{ id: string }>>(
    `/access?filter[user][_eq]=${user}&filter[policy][_eq]=${UNPROTECTED_DATA_POLICY.id}&fields=id`,
  );
  if (links.length === 0) await api.post('/access', { user, policy: UNPROTECTED_DATA_POLICY.id });
}

function roleId(key: RoleDefinition['key']): string {
  const role = ROLES.find((candidate) => candidate.key === key);
  if (!role) throw new Error(`Unknown role ${key}`);
  return role.roleId;
}
