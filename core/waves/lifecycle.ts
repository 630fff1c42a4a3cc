// planned -> open -> locked -> published, with locked -> open (unlock): the one table the server
// enforces and the app reads to offer only the buttons the server accepts.
import type { WaveKind, WaveStatus } from './status.ts';

export const WAVE_ACTIONS = ['open', 'lock', 'unlock', 'publish'] as const;
export type WaveAction = (typeof WAVE_ACTIONS)[number];

interface Move {
  readonly from: readonly WaveStatus[];
  readonly to: WaveStatus;
}

function moves(kind: WaveKind): Readonly<Record<WaveAction, Move>> {
  return {
    open: { from: ['planned'], to: 'open' },
    lock: { from: ['open'], to: 'locked' },
    unlock: { from: ['locked'], to: 'open' },
    // A baseline holds external estimates only: it is published without fieldwork.
    publish: { from: kind === 'baseline' ? ['planned', 'locked'] : ['locked'], to: 'published' },
  };
}

export type Transition =
  { readonly ok: true; readonly to: WaveStatus } | { readonly ok: false; readonly allowedFrom: readonly WaveStatus[] };

export function transition(status: WaveStatus, kind: WaveKind, action: WaveAction): Transition {
  const move = moves(kind)[action];
  return move.from.includes(status) ? { ok: true, to: move.to } : { ok: false, allowedFrom: move.from };
}

export function availableActions(status: WaveStatus, kind: WaveKind): readonly WaveAction[] {
  return WAVE_ACTIONS.filter((action) => transition(status, kind, action).ok);
}
