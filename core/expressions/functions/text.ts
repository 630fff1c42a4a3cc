import { fromAnswer, toBoolean, toText, type Value } from '../values.ts';
import { argument, type FunctionDefinition } from './definition.ts';

/** `concat` takes any number of arguments in ODK; a bound keeps a hostile expression's cost known. */
export const MAX_CONCAT_ARGUMENTS = 64;
/** Longest pattern `regex()` compiles, and longest text it matches: what a field answer needs. */
export const MAX_REGEX_PATTERN = 200;
export const MAX_REGEX_SUBJECT = 2_000;

/** A group repeated that itself repeats (`(a+)+`, `(a|aa)*`): the shape of catastrophic backtracking. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*?]|\{\d+,?\d*\}|\|)(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;

const patterns = new Map<string, RegExp | null>();

/** The pattern compiled once, or null when it is not valid or could backtrack without bound. */
function compiled(pattern: string): RegExp | null {
  const known = patterns.get(pattern);
  if (known !== undefined) return known;
  let regex: RegExp | null = null;
  if (pattern.length <= MAX_REGEX_PATTERN && !NESTED_QUANTIFIER.test(pattern)) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = null;
    }
  }
  if (patterns.size > 1_000) patterns.clear();
  patterns.set(pattern, regex);
  return regex;
}

function codePoints(value: Value): string[] {
  return [...toText(value)];
}

/**
 * @see https://www.w3.org/TR/1999/REC-xpath-19991116/#section-String-Functions
 * @see https://getodk.github.io/xforms-spec/#xpath-functions
 */
export const textFunctions = {
  'string-length': {
    arity: 1,
    description: 'the number of characters (Unicode code points) of its argument as text',
    evaluate: (args) => codePoints(argument(args, 0)).length,
  },
  string: { arity: 1, description: 'its argument as text', evaluate: (args) => toText(argument(args, 0)) },
  concat: {
    arity: 1,
    maxArity: MAX_CONCAT_ARGUMENTS,
    description: 'its arguments as text, joined',
    evaluate: (args) => args.map(toText).join(''),
  },
  contains: {
    arity: 2,
    description: 'true when the first text contains the second',
    evaluate: (args) => toText(argument(args, 0)).includes(toText(argument(args, 1))),
  },
  'starts-with': {
    arity: 2,
    description: 'true when the first text starts with the second',
    evaluate: (args) => toText(argument(args, 0)).startsWith(toText(argument(args, 1))),
  },
  'ends-with': {
    arity: 2,
    description: 'true when the first text ends with the second',
    evaluate: (args) => toText(argument(args, 0)).endsWith(toText(argument(args, 1))),
  },
  /** ODK's `substr(text, start, end?)`: 0-based start, end excluded, in code points. */
  substr: {
    arity: 2,
    maxArity: 3,
    description: 'the characters of the text from start (0-based) to end (excluded, the end of the text when absent)',
    evaluate: (args) => {
      const characters = codePoints(argument(args, 0));
      const start = Math.trunc(Number(argument(args, 1)));
      const end = args.length > 2 ? Math.trunc(Number(argument(args, 2))) : characters.length;
      if (Number.isNaN(start) || Number.isNaN(end)) return '';
      return characters.slice(Math.max(0, start), Math.max(0, end)).join('');
    },
  },
  coalesce: {
    arity: 2,
    description: 'its first argument unless it is empty, else its second',
    evaluate: (args) => (toText(argument(args, 0)) !== '' ? argument(args, 0) : argument(args, 1)),
  },
  /**
   * True when the text matches the pattern anywhere, as ODK's `regex()` (anchor with `^...$`). A pattern
   * that is not valid, longer than 200 characters or shaped for catastrophic backtracking never matches.
   */
  regex: {
    arity: 2,
    description: 'true when the text matches the regular expression (second argument)',
    evaluate: (args) => {
      const subject = toText(argument(args, 0));
      const regex = compiled(toText(argument(args, 1)));
      return regex !== null && subject.length <= MAX_REGEX_SUBJECT && regex.test(subject);
    },
  },
  /**
   * ODK's `once(x)`: the value the calculation already holds when it has one, else `x`, so that a value
   * computed when the form was first filled (a start date, a draw) no longer moves.
   * @see https://getodk.github.io/xforms-spec/#fn:once
   */
  once: {
    arity: 1,
    description: 'the value already held by the calculation when it has one, else its argument',
    evaluate: (args, context) => {
      const previous = fromAnswer(context.previous);
      return previous === '' ? argument(args, 0) : previous;
    },
  },
  'boolean-from-string': {
    arity: 1,
    description: "true for 'true' or '1', false otherwise",
    evaluate: (args) => ['true', '1'].includes(toText(argument(args, 0))),
  },
  boolean: { arity: 1, description: 'its argument as a boolean', evaluate: (args) => toBoolean(argument(args, 0)) },
} as const satisfies Record<string, FunctionDefinition>;
