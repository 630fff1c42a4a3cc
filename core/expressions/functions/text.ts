import { toText } from '../values.ts';
import { argument, type FunctionDefinition } from './definition.ts';

/** @see https://www.w3.org/TR/1999/REC-xpath-19991116/#function-string-length */
export const textFunctions = {
  'string-length': {
    arity: 1,
    description: 'the number of characters (Unicode code points) of its argument as text',
    evaluate: (args) => [...toText(argument(args, 0))].length,
  },
} as const satisfies Record<string, FunctionDefinition>;
