import { toNumber } from '../values.ts';
import { argument, type FunctionDefinition } from './definition.ts';

/** XPath's round: halves go toward positive infinity, as `Math.round`; ODK adds a number of decimals. */
function round(value: number, places: number): number {
  if (!Number.isFinite(value) || places === 0) return Math.round(value);
  const factor = 10 ** Math.trunc(places);
  return Math.round(value * factor) / factor;
}

/**
 * @see https://www.w3.org/TR/1999/REC-xpath-19991116/#section-Number-Functions
 * @see https://getodk.github.io/xforms-spec/#fn:int
 */
export const numberFunctions = {
  number: {
    arity: 1,
    description: 'its argument as a number (NaN when not numeric)',
    evaluate: (args) => toNumber(argument(args, 0)),
  },
  int: {
    arity: 1,
    description: 'its argument as a number, truncated toward zero',
    evaluate: (args) => Math.trunc(toNumber(argument(args, 0))),
  },
  round: {
    arity: 1,
    maxArity: 2,
    description: 'the number rounded, to the given number of decimals when a second argument is given',
    evaluate: (args) => round(toNumber(argument(args, 0)), args.length > 1 ? toNumber(argument(args, 1)) : 0),
  },
  floor: {
    arity: 1,
    description: 'the largest integer not above the number',
    evaluate: (args) => Math.floor(toNumber(argument(args, 0))),
  },
  ceiling: {
    arity: 1,
    description: 'the smallest integer not below the number',
    evaluate: (args) => Math.ceil(toNumber(argument(args, 0))),
  },
  abs: { arity: 1, description: 'the absolute value', evaluate: (args) => Math.abs(toNumber(argument(args, 0))) },
} as const satisfies Record<string, FunctionDefinition>;
