// The texts of the wave actions' buttons and dialogs; which actions a status allows is core/waves.
import type { WaveAction } from '../../../../core/waves/index.ts';
import type { VersionStatus } from './types.ts';

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
