// Project settings: name, colour, French by default, the password policy, no permanent suspension, the
// Baromètre module and the offline page in the module bar, and the "Rapports" folder for generated PDFs.
import { PASSWORD_POLICY_REGEX } from '../../core/accounts/index.ts';
import { REPORTS_FOLDER_ID } from '../../extensions/barometer/src/shared/ids.ts';
import type { Api } from '../../scripts/lib/api.ts';

const moduleBar = [
  { type: 'module', id: 'content', enabled: true },
  { type: 'module', id: 'barometer', enabled: true },
  { type: 'module', id: 'insights', enabled: true },
  // The enumerators' offline page lives outside the app (README, "Saisie hors ligne"). A url starting
  // with '/' becomes an app route (/admin/barometer/field/, not found); a relative one is a plain link,
  // resolved against the app's <base href="/admin/">, so it reaches /barometer/field/ under any PUBLIC_URL.
  {
    type: 'link',
    id: 'field',
    name: 'Saisie hors ligne',
    url: '../barometer/field/',
    icon: 'cloud_off',
    enabled: true,
  },
  { type: 'module', id: 'files', enabled: true },
  { type: 'module', id: 'users', enabled: true },
  { type: 'module', id: 'settings', enabled: true },
];

export async function seedSettings(api: Api): Promise<void> {
  await api.patch('/settings', {
    project_name: 'Baromètre OMP',
    project_descriptor: 'Réinsertion des mineurs détenus',
    project_color: '#1D5C63',
    default_language: 'fr-FR',
    module_bar: moduleBar,
    // The length rule, which the app shows too; the hook adds the e-mail rule (core/accounts).
    auth_password_policy: PASSWORD_POLICY_REGEX,
    // Directus suspends an account for good after this many bad passwords, the admin's too, which lets
    // anyone who knows an e-mail lock its owner out; the login throttle's growing delay replaces it.
    auth_login_attempts: null,
  });
  const folders = await api.get<Array<{ id: string }>>(`/folders?filter[id][_eq]=${REPORTS_FOLDER_ID}&fields=id`);
  if (folders.length === 0) await api.post('/folders', { id: REPORTS_FOLDER_ID, name: 'Rapports' });
}
