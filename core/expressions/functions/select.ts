import { toNumber, toText, type Value } from '../values.ts';
import { argument, type FunctionDefinition } from './definition.ts';

/** A select_multiple answer is a space-separated list of choice values. */
function selectedValues(value: Value): readonly string[] {
  return toText(value)
    .split(/[ \t\r\n]+/)
    .filter((item) => item.length > 0);
}

/** @see https://getodk.github.io/xforms-spec/#select-functions */
export const selectFunctions = {
  selected: {
    arity: 2,
    description: 'true when the choice value (second argument) is among the selected values (first argument)',
    evaluate: (args) => selectedValues(argument(args, 0)).includes(toText(argument(args, 1)).trim()),
  },
  /** 0-based, as ODK: the empty string past the last value. */
  'selected-at': {
    arity: 2,
    description: 'the selected value at the 0-based position (second argument), empty when there is none',
    evaluate: (args) => {
      const position = toNumber(argument(args, 1));
      return Number.isInteger(position) ? (selectedValues(argument(args, 0))[position] ?? '') : '';
    },
  },
  /**
   * `jr:choice-name(${q}, '${q}')`: the label of the choice; the second argument names the question as
   * text, the way pyxform writes it. The value itself when the caller gives no labels or knows no such choice.
   */
  'jr:choice-name': {
    arity: 2,
    description: "the label of the choice value (first argument) of the question named by the second ('${code}')",
    evaluate: (args, context) => {
      const value = toText(argument(args, 0));
      const code = /^\s*\$\{([^}]+)\}\s*$/.exec(toText(argument(args, 1)))?.[1] ?? toText(argument(args, 1)).trim();
      return context.choiceName?.(code, value) ?? value;
    },
  },
  'count-selected': {
    arity: 1,
    description: 'the number of selected values',
    evaluate: (args) => selectedValues(argument(args, 0)).length,
  },
} as const satisfies Record<string, FunctionDefinition>;
