// A transition's reason, kept in the wave's history: optional for every move, required to unlock
// (reopening frozen data must say why), and then held to the product's rule for reasons.
import { checkText, REASON, type TextCheck } from '../text/index.ts';
import type { WaveAction } from './lifecycle.ts';

/** Visible characters an unlock reason needs at the least (the app says so before sending). */
export const MIN_UNLOCK_REASON = REASON.minVisible;

export type ReasonCheck =
  | { readonly ok: true; readonly text: string | null }
  | { readonly ok: false; readonly missing: boolean; readonly fr: string; readonly ar: string };

export function checkTransitionReason(action: WaveAction, reason: string | undefined): ReasonCheck {
  if (reason === undefined) {
    return action === 'unlock'
      ? {
          ok: false,
          missing: true,
          fr: `Indiquez pourquoi la vague est déverrouillée (${MIN_UNLOCK_REASON} caractères visibles au moins).`,
          ar: `اذكر سبب فتح الموجة (${MIN_UNLOCK_REASON} أحرف مرئية على الأقل).`,
        }
      : { ok: true, text: null };
  }
  const checked: TextCheck = checkText(reason, REASON);
  return checked.ok
    ? { ok: true, text: checked.text }
    : { ok: false, missing: false, fr: `Le motif ${checked.fr}.`, ar: `السبب ${checked.ar}.` };
}
