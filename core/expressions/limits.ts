/** Longest expression accepted: far beyond any real relevance or indicator, short enough to bound work. */
export const MAX_SOURCE_LENGTH = 4_000;

/**
 * Deepest nesting of parentheses, function calls and unary minus accepted, so that parsing and evaluation
 * (both recursive) can never exhaust the call stack whatever the input.
 */
export const MAX_NESTING_DEPTH = 64;
