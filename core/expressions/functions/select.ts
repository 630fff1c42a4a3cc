import { toText, type Value } from '../values.ts';
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
  'count-selected': {
    arity: 1,
    description: 'the number of selected values',
    evaluate: (args) => selectedValues(argument(args, 0)).length,
  },
} as const satisfies Record<string, FunctionDefinition>;
