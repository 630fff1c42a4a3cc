// Saved views (Directus bookmarks) per role: the supervisor's review queue, the enumerator's rejected
// interviews to correct. Matched by role and name, so a second run adds nothing.
import type { Api } from '../../scripts/lib/api.ts';
import { ROLES, type RoleDefinition } from './access.ts';

interface Bookmark {
  role: RoleDefinition['key'];
  bookmark: string;
  icon: string;
  filter: Record<string, unknown>;
  fields: string[];
}

const BOOKMARKS: Bookmark[] = [
  {
    role: 'supervisor',
    bookmark: 'Entretiens à relire',
    icon: 'fact_check',
    filter: { status: { _eq: 'submitted' } },
    fields: ['code', 'wave.code', 'establishment.code', 'interview_date', 'duration_minutes', 'user_created'],
  },
  {
    role: 'enumerator',
    bookmark: 'Mes entretiens à corriger',
    icon: 'edit_note',
    filter: { status: { _eq: 'rejected' } },
    fields: ['code', 'wave.code', 'establishment.code', 'review_comment'],
  },
];

export async function seedPresets(api: Api): Promise<void> {
  for (const entry of BOOKMARKS) {
    const role = ROLES.find((candidate) => candidate.key === entry.role)?.roleId;
    const found = await api.get<unknown[]>(
      `/presets?filter[role][_eq]=${role}&filter[bookmark][_eq]=${encodeURIComponent(entry.bookmark)}&fields=id`,
    );
    if (found.length > 0) continue;
    await api.post('/presets', {
      role,
      bookmark: entry.bookmark,
      icon: entry.icon,
      collection: 'interviews',
      layout: 'tabular',
      layout_query: { tabular: { fields: entry.fields, sort: ['-date_created'] } },
      filter: entry.filter,
    });
  }
}
