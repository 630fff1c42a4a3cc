import { compile, type CompiledExpression, type ExpressionNode } from '../expressions/index.ts';
import { nodesOf } from '../expressions/walk.ts';
import type { IndicatorDefinition, NotApplicableResult } from './types.ts';

/** An indicator whose expressions are parsed once, to be evaluated on every interview of the wave. */
export interface CompiledIndicator {
  readonly definition: IndicatorDefinition;
  readonly numerator: CompiledExpression;
  /** null: every interview is in the denominator. */
  readonly denominator: CompiledExpression | null;
  /** The numerator's question codes: an interview missing any of them is outside the denominator. */
  readonly numeratorCodes: readonly string[];
  /**
   * The denominator's question codes that it does not test for emptiness: an interview missing any of
   * them is outside the denominator, as R's NA (a missing `${RELEASED} = 1` is unknown, not false).
   */
  readonly denominatorCodes: readonly string[];
}

export type Compilation =
  | { readonly ok: true; readonly indicator: CompiledIndicator }
  | { readonly ok: false; readonly result: NotApplicableResult };

type Checked =
  | { readonly ok: true; readonly expression: CompiledExpression }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Functions that read an empty answer as a value (0) rather than as a missing one. */
const EMPTINESS_TESTS: ReadonlySet<string> = new Set(['string-length', 'count-selected']);

const isEmptyText = (node: ExpressionNode): boolean => node.kind === 'string' && node.value === '';

/**
 * Codes the expression tests for emptiness explicitly: `${X} = ''`, `${X} != ''`,
 * `string-length(${X})`, `count-selected(${X})`. For those the author decided what a missing answer
 * means, so it stays in the denominator.
 */
function emptinessTestedCodes(ast: ExpressionNode): Set<string> {
  const tested = new Set<string>();
  for (const node of nodesOf(ast)) {
    if (node.kind === 'comparison' && (node.operator === '=' || node.operator === '!=')) {
      if (node.left.kind === 'reference' && isEmptyText(node.right)) tested.add(node.left.code);
      if (node.right.kind === 'reference' && isEmptyText(node.left)) tested.add(node.right.code);
    }
    if (node.kind === 'call' && EMPTINESS_TESTS.has(node.name)) {
      for (const arg of node.args) if (arg.kind === 'reference') tested.add(arg.code);
    }
  }
  return tested;
}

function isBlank(source: string | null | undefined): source is null | undefined | '' {
  return source === null || source === undefined || source.trim() === '';
}

function compileChecked(field: string, source: string, knownCodes: ReadonlySet<string>): Checked {
  const compiled = compile(source);
  if (!compiled.ok) {
    return { ok: false, problems: [`${field}: ${compiled.error.message} at position ${compiled.error.position}`] };
  }
  const { codes, usesCurrent } = compiled.expression.references;
  const unknown = codes.filter((code) => !knownCodes.has(code));
  const problems = [
    ...(unknown.length > 0
      ? [
          `${field}: no instrument version of the wave has ${unknown.length > 1 ? 'questions' : 'question'} ${unknown.join(', ')}`,
        ]
      : []),
    ...(usesCurrent ? [`${field}: '.' (the current answer) is only allowed in a constraint`] : []),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, expression: compiled.expression };
}

function denominatorCodesOf(denominator: CompiledExpression | null): readonly string[] {
  if (denominator === null) return [];
  const tested = emptinessTestedCodes(denominator.ast);
  return denominator.references.codes.filter((code) => !tested.has(code));
}

/**
 * Parses and checks both expressions against the question codes of the wave's instrument versions.
 * Every problem of both fields goes into the reason, so the coordinator fixes them in one go.
 */
export function compileIndicator(definition: IndicatorDefinition, knownCodes: ReadonlySet<string>): Compilation {
  const numerator: Checked = isBlank(definition.numerator)
    ? { ok: false, problems: ['numerator: empty expression'] }
    : compileChecked('numerator', definition.numerator, knownCodes);
  const denominator: Checked | null = isBlank(definition.denominator)
    ? null
    : compileChecked('denominator', definition.denominator, knownCodes);
  if (!numerator.ok || (denominator !== null && !denominator.ok)) {
    const problems = [
      ...(numerator.ok ? [] : numerator.problems),
      ...(denominator?.ok === false ? denominator.problems : []),
    ];
    return { ok: false, result: { indicator: definition.code, applicable: false, reason: problems.join('; ') } };
  }
  return {
    ok: true,
    indicator: {
      definition,
      numerator: numerator.expression,
      denominator: denominator?.expression ?? null,
      numeratorCodes: numerator.expression.references.codes,
      denominatorCodes: denominatorCodesOf(denominator?.expression ?? null),
    },
  };
}
