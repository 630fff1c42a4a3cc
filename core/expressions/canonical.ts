import type { ExpressionNode } from './ast.ts';
import { assertNever } from './assert-never.ts';

function quote(text: string): string {
  return text.includes("'") ? `"${text}"` : `'${text}'`;
}

/** Number literals never use exponents, so large and tiny numbers are written out in full. */
function numberText(value: number): string {
  const text = String(value);
  return text.includes('e')
    ? value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 21 })
    : text;
}

/**
 * A fully parenthesised text of the expression that ignores spacing, redundant parentheses and quote
 * style, so two versions of an expression can be compared for meaning-preserving edits. It parses back
 * to the same tree.
 */
export function canonicalText(node: ExpressionNode): string {
  switch (node.kind) {
    case 'string':
      return quote(node.value);
    case 'number':
      return numberText(node.value);
    case 'reference':
      return `\${${node.code}}`;
    case 'current':
      return '.';
    case 'negate':
      return `-(${canonicalText(node.operand)})`;
    case 'arithmetic':
    case 'comparison':
    case 'logical':
      return `(${canonicalText(node.left)} ${node.operator} ${canonicalText(node.right)})`;
    case 'call':
      if (node.name === 'position') return 'position(..)';
      return `${node.name}(${node.args.map(canonicalText).join(', ')})`;
    default:
      return assertNever(node);
  }
}
