import { dateFunctions } from './date.ts';
import type { FunctionDefinition } from './definition.ts';
import { logicFunctions } from './logic.ts';
import { numberFunctions } from './number.ts';
import { repeatFunctions } from './repeat.ts';
import { selectFunctions } from './select.ts';
import { textFunctions } from './text.ts';

/** Every function the language knows, keyed by the name written in expressions. */
export const functionRegistry = {
  ...logicFunctions,
  ...selectFunctions,
  ...textFunctions,
  ...numberFunctions,
  ...dateFunctions,
  ...repeatFunctions,
} as const satisfies Record<string, FunctionDefinition>;

export type FunctionName = keyof typeof functionRegistry;

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(functionRegistry, name);
}

export function functionDefinition(name: FunctionName): FunctionDefinition {
  return functionRegistry[name];
}
