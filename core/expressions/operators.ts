import type { ArithmeticOperator, ComparisonOperator } from './ast.ts';
import { toBoolean, toNumber, type Value } from './values.ts';

/**
 * IEEE 754 arithmetic as XPath 1.0 defines it: division by zero gives Infinity, -Infinity or NaN, and
 * `mod` keeps the sign of the dividend (`x mod 0` is NaN). A missing answer is NaN, so is any sum with it.
 * @see https://www.w3.org/TR/1999/REC-xpath-19991116/#numbers
 */
export const arithmetic: { readonly [O in ArithmeticOperator]: (left: number, right: number) => number } = {
  '+': (left, right) => left + right,
  '-': (left, right) => left - right,
  '*': (left, right) => left * right,
  div: (left, right) => left / right,
  mod: (left, right) => left % right,
};

/**
 * XPath 1.0 equality of non-node-set values: as booleans if either side is a boolean, else as numbers if
 * either side is a number, else as strings. So a missing answer ('') equals '' but no number.
 * @see https://www.w3.org/TR/1999/REC-xpath-19991116/#booleans
 */
function equals(left: Value, right: Value): boolean {
  if (typeof left === 'boolean' || typeof right === 'boolean') return toBoolean(left) === toBoolean(right);
  if (typeof left === 'number' || typeof right === 'number') return toNumber(left) === toNumber(right);
  return left === right;
}

/** Relational operators always compare numbers (ISO dates as day counts); NaN makes them false. */
export const comparison: { readonly [O in ComparisonOperator]: (left: Value, right: Value) => boolean } = {
  '=': equals,
  '!=': (left, right) => !equals(left, right),
  '<': (left, right) => toNumber(left) < toNumber(right),
  '<=': (left, right) => toNumber(left) <= toNumber(right),
  '>': (left, right) => toNumber(left) > toNumber(right),
  '>=': (left, right) => toNumber(left) >= toNumber(right),
};
