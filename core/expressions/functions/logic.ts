import { toBoolean } from '../values.ts';
import { argument, type FunctionDefinition } from './definition.ts';

/** @see https://www.w3.org/TR/1999/REC-xpath-19991116/#section-Boolean-Functions */
export const logicFunctions = {
  not: {
    arity: 1,
    description: 'true when its argument is false',
    evaluate: (args) => !toBoolean(argument(args, 0)),
  },
  true: { arity: 0, description: 'the boolean true', evaluate: () => true },
  false: { arity: 0, description: 'the boolean false', evaluate: () => false },
  /** @see https://getodk.github.io/xforms-spec/#fn:if */
  if: {
    arity: 3,
    description: 'its second argument when the first is true, else its third',
    evaluate: (args) => (toBoolean(argument(args, 0)) ? argument(args, 1) : argument(args, 2)),
  },
} as const satisfies Record<string, FunctionDefinition>;
