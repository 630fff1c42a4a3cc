/** Codes become column names in exports (R, SPSS, Stata): keep them short. */
export const MAX_CODE_LENGTH = 64;

/** Names that mean something to JavaScript objects; refused so no answer key can touch a prototype. */
export const RESERVED_CODES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
