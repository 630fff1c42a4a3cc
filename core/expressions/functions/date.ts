import { isIsoDate, localIsoDate } from '../dates.ts';
import { toNumber, toText } from '../values.ts';
import { argument, type FunctionDefinition } from './definition.ts';

const MILLISECONDS_PER_DAY = 86_400_000;

/** @see https://getodk.github.io/xforms-spec/#fn:today */
export const dateFunctions = {
  today: {
    arity: 0,
    description: "today's date as YYYY-MM-DD, taken from the evaluation context when given",
    evaluate: (_args, context) => context.today ?? localIsoDate(new Date()),
  },
  /**
   * A date from a day count since 1970-01-01 (what date arithmetic gives: `date(today() + 7)`), or from an
   * ISO date text; empty for anything else.
   * @see https://getodk.github.io/xforms-spec/#fn:date
   */
  date: {
    arity: 1,
    description: 'the date (YYYY-MM-DD) of a day count since 1970-01-01 or of an ISO date, empty otherwise',
    evaluate: (args) => {
      const value = argument(args, 0);
      const text = toText(value).trim();
      if (typeof value === 'string' && isIsoDate(text)) return text;
      const days = toNumber(value);
      if (!Number.isFinite(days)) return '';
      const date = new Date(Math.floor(days) * MILLISECONDS_PER_DAY);
      return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
    },
  },
} as const satisfies Record<string, FunctionDefinition>;
