import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../../seed/system/access.ts';
import { ROLE_IDS } from '../../shared/ids.ts';
import { roleKeyOf, type RoleKey } from '../../shared/roles.ts';
import { appRole } from '../../shared-app/app-role.ts';
import { waveAccess, type WaveAccess } from './wave-access.ts';

/** What the seeded policies let a role read, as the app's permissions store would answer. */
function seededReads(role: RoleKey): (collection: string) => boolean {
  if (role === 'admin') return () => true;
  const rules = ROLES.find((definition) => definition.key === role)?.rules ?? [];
  return (collection) => rules.some((rule) => rule.collection === collection && rule.action === 'read');
}

const visible = (access: WaveAccess) =>
  Object.entries(access)
    .filter(([, shown]) => shown)
    .map(([part]) => part)
    .sort();

describe('waveAccess', () => {
  it.each([
    [
      'admin',
      [
        'cohort',
        'coverage',
        'draws',
        'history',
        'historyAuthors',
        'indicators',
        'manage',
        'quality',
        'recommendations',
        'reports',
        'results',
        'review',
        'runDraws',
        'trace',
      ],
    ],
    [
      'coordinator',
      [
        'cohort',
        'coverage',
        'draws',
        'history',
        'historyAuthors',
        'indicators',
        'manage',
        'quality',
        'recommendations',
        'reports',
        'results',
        'runDraws',
      ],
    ],
    // A supervisor reads the frame, the draws, the quality checks (with the follow-up cohort's tracing) and the indicators' definitions, not the figures, reports, recommendations or the journal.
    ['supervisor', ['cohort', 'coverage', 'draws', 'indicators', 'quality', 'review']],
    // An enumerator reads the draws (of its establishments: the endpoint filters) and nothing else here, not even the indicators.
    ['enumerator', ['draws', 'enter']],
    // An analyst reads the journal without its authors, whose e-mails the user directory would give.
    ['analyst', ['cohort', 'coverage', 'history', 'indicators', 'recommendations', 'reports', 'results']],
    // The tracing role reads the cohort's figures and traces its members, never the interviews' figures.
    ['followup', ['cohort', 'trace']],
    ['other', []],
  ] as const)('shows %s %j', (role, parts) => {
    expect(visible(waveAccess(role, seededReads(role)))).toEqual(parts);
  });
});

describe('appRole', () => {
  it('reads the role as an id or as a loaded object, administrators first', () => {
    expect(appRole({ isAdmin: false, role: ROLE_IDS.enumerator })).toBe('enumerator');
    expect(appRole({ isAdmin: false, role: { id: ROLE_IDS.supervisor } })).toBe('supervisor');
    expect(appRole({ isAdmin: true, role: ROLE_IDS.enumerator })).toBe('admin');
    expect(appRole({ isAdmin: false, role: null })).toBe('other');
    expect(appRole({ isAdmin: false, role: 'a-role-of-another-project' })).toBe('other');
  });

  it('takes the first contract role among several', () => {
    expect(roleKeyOf([undefined, 'x', ROLE_IDS.analyst])).toBe('analyst');
    expect(roleKeyOf([])).toBe('other');
  });
});
