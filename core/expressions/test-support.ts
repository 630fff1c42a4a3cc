import type { EvaluationContext } from './context.ts';
import { compile } from './compile.ts';
import type { Value } from './values.ts';

/** Evaluates source that the test expects to parse; a parse error fails the test with its message. */
export function evaluateSource(source: string, context: Partial<EvaluationContext> = {}): Value {
  const compiled = compile(source);
  if (!compiled.ok) throw new Error(`${source}: ${compiled.error.message} at ${compiled.error.position}`);
  return compiled.expression.evaluate({ answers: {}, ...context });
}
