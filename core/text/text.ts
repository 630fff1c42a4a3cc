// Free text that people type (reasons, labels, comments) is stored as Unicode NFC and must show what
// it says: characters that render as nothing or reorder what follows (controls, bidi overrides and
// isolates, zero-width characters) are refused, and a minimum of visible characters is required, so
// that a reason made of five zero-width spaces is not a reason.

export interface TextRule {
  /** Visible characters required (letters, digits, punctuation, symbols; not spaces or marks). */
  minVisible: number;
  maxLength: number;
  /** Line breaks and tabs allowed (a comment), or not (a label). */
  multiline: boolean;
}

export type TextCheck = { ok: true; text: string } | { ok: false; fr: string; ar: string };

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r]/u;
/** Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder the text that follows. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
/** Zero-width space, joiners, word joiner, invisible operators, BOM, Mongolian vowel separator, soft hyphen. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/gu;

export function visibleLength(text: string): number {
  return text.match(VISIBLE)?.length ?? 0;
}

export function checkText(raw: string, rule: TextRule): TextCheck {
  const text = raw.normalize('NFC').trim();
  if (CONTROL.test(text) || (!rule.multiline && LINE_BREAK_OR_TAB.test(text))) {
    return { ok: false, fr: 'contient un caractère de contrôle (invisible)', ar: 'يحتوي على حرف تحكم غير مرئي' };
  }
  if (BIDI_CONTROL.test(text)) {
    return {
      ok: false,
      fr: 'contient un caractère qui inverse le sens du texte (contrôle bidirectionnel)',
      ar: 'يحتوي على حرف يعكس اتجاه النص',
    };
  }
  if (ZERO_WIDTH.test(text)) {
    return {
      ok: false,
      fr: 'contient un caractère de largeur nulle (invisible)',
      ar: 'يحتوي على حرف عديم العرض غير مرئي',
    };
  }
  if (visibleLength(text) < rule.minVisible) {
    return {
      ok: false,
      fr: `doit contenir au moins ${rule.minVisible} caractère(s) visible(s)`,
      ar: `يجب أن يحتوي على ${rule.minVisible} حرف مرئي على الأقل`,
    };
  }
  if (text.length > rule.maxLength) {
    return { ok: false, fr: `dépasse ${rule.maxLength} caractères`, ar: `يتجاوز ${rule.maxLength} حرفًا` };
  }
  return { ok: true, text };
}

/** The rules the product applies: a reason explains a decision, a label names a thing. */
export const REASON: TextRule = { minVisible: 5, maxLength: 2000, multiline: true };
export const LABEL: TextRule = { minVisible: 1, maxLength: 200, multiline: false };
export const COMMENT: TextRule = { minVisible: 1, maxLength: 5000, multiline: true };
