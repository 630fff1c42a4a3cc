// What the coordinator may do to a wave in each status, mirroring the server's rules
// (shared/wave-transitions.ts) so that only the buttons the server would accept are offered.
import type { VersionStatus, WaveKind, WaveStatus } from './types.ts';

export type WaveAction = 'open' | 'lock' | 'unlock' | 'publish';

export const WAVE_STATUS_LABELS: Readonly<Record<WaveStatus, string>> = {
  planned: 'Planifiée',
  open: 'Ouverte',
  locked: 'Verrouillée',
  published: 'Publiée',
};

export const VERSION_STATUS_LABELS: Readonly<Record<VersionStatus, string>> = {
  draft: 'Brouillon',
  published: 'Publiée',
  retired: 'Retirée',
};

export interface ActionText {
  readonly button: string;
  readonly icon: string;
  readonly title: (wave: string) => string;
  readonly explanation: string;
  readonly done: (wave: string) => string;
}

export const ACTION_TEXTS: Readonly<Record<WaveAction, ActionText>> = {
  open: {
    button: 'Ouvrir',
    icon: 'play_arrow',
    title: (wave) => `Ouvrir la vague ${wave} ?`,
    explanation:
      'Les enquêteurs pourront saisir des entretiens dans cette vague. Les versions de questionnaire de la vague doivent être choisies.',
    done: (wave) => `La vague ${wave} est ouverte.`,
  },
  lock: {
    button: 'Verrouiller',
    icon: 'lock',
    title: (wave) => `Verrouiller la vague ${wave} ?`,
    explanation:
      'Le terrain est clos : entretiens, réponses, statuts de relecture, base de sondage et questionnaires de la vague seront figés, et les estimations enregistrées.',
    done: (wave) => `La vague ${wave} est verrouillée.`,
  },
  unlock: {
    button: 'Déverrouiller',
    icon: 'lock_open',
    title: (wave) => `Déverrouiller la vague ${wave} ?`,
    explanation:
      'La vague redevient ouverte et ses données modifiables. Le motif est conservé dans l’historique de la vague.',
    done: (wave) => `La vague ${wave} est de nouveau ouverte.`,
  },
  publish: {
    button: 'Publier',
    icon: 'campaign',
    title: (wave) => `Publier la vague ${wave} ?`,
    explanation: 'La publication est définitive : la vague ne pourra plus être déverrouillée.',
    done: (wave) => `La vague ${wave} est publiée.`,
  },
};

/** The transitions the server accepts from this status; a baseline is published without fieldwork. */
export function availableActions(status: WaveStatus, kind: WaveKind): readonly WaveAction[] {
  switch (status) {
    case 'planned':
      return kind === 'baseline' ? ['open', 'publish'] : ['open'];
    case 'open':
      return ['lock'];
    case 'locked':
      return ['unlock', 'publish'];
    case 'published':
      return [];
  }
}

/** The server asks for five characters at least; the dialog says so before sending. */
export const MIN_UNLOCK_REASON = 5;
