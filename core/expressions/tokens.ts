import { assertNever } from './assert-never.ts';
import type { SourceSpan } from './span.ts';

export type SymbolText = '(' | ')' | ',' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '.';

export type Token =
  | (SourceSpan & { readonly kind: 'number'; readonly value: number })
  | (SourceSpan & { readonly kind: 'string'; readonly value: string })
  | (SourceSpan & { readonly kind: 'reference'; readonly code: string })
  | (SourceSpan & { readonly kind: 'name'; readonly name: string })
  | (SourceSpan & { readonly kind: 'symbol'; readonly symbol: SymbolText })
  | (SourceSpan & { readonly kind: 'end' });

export function tokenText(token: Token): string {
  switch (token.kind) {
    case 'number':
      return String(token.value);
    case 'string':
      return `'${token.value}'`;
    case 'reference':
      return `\${${token.code}}`;
    case 'name':
      return token.name;
    case 'symbol':
      return token.symbol;
    case 'end':
      return '';
    default:
      return assertNever(token);
  }
}
