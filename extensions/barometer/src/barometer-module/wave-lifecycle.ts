// The versions' status names; the wave actions' texts are in wave-texts.ts, which actions a status allows in core/waves.
import type { VersionStatus } from '../shared-app/types.ts';

export const VERSION_STATUS_LABELS: Readonly<Record<VersionStatus, string>> = {
  draft: 'Brouillon',
  published: 'Publiée',
  retired: 'Retirée',
};
