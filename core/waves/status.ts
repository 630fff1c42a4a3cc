/** A wave's statuses, in lifecycle order (docs/api.md, Waves). */
export const WAVE_STATUSES = ['planned', 'open', 'locked', 'published'] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

/** A baseline holds external estimates (the 2020 study); a wave has fieldwork. */
export const WAVE_KINDS = ['baseline', 'wave'] as const;
export type WaveKind = (typeof WAVE_KINDS)[number];

/** Statuses in which a wave's data, frame and versions are frozen and its figures final. */
export const CLOSED_STATUSES: readonly WaveStatus[] = ['locked', 'published'];

export function isClosed(status: WaveStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** The statuses' names, as the app, the data model and the server's messages say them. */
export const WAVE_STATUS_LABELS: Readonly<Record<WaveStatus, { readonly fr: string; readonly ar: string }>> = {
  planned: { fr: 'Planifiée', ar: 'مبرمجة' },
  open: { fr: 'Ouverte', ar: 'مفتوحة' },
  locked: { fr: 'Verrouillée', ar: 'مقفلة' },
  published: { fr: 'Publiée', ar: 'منشورة' },
};
