import { localIsoDate } from '../dates.ts';
import type { FunctionDefinition } from './definition.ts';

/** @see https://getodk.github.io/xforms-spec/#fn:today */
export const dateFunctions = {
  today: {
    arity: 0,
    description: "today's date as YYYY-MM-DD, taken from the evaluation context when given",
    evaluate: (_args, context) => context.today ?? localIsoDate(new Date()),
  },
} as const satisfies Record<string, FunctionDefinition>;
