import type { SourceSpan } from './span.ts';

/** What each kind of error needs to explain itself. */
interface ErrorDetails {
  'too-long': { readonly limit: number };
  'too-deep': { readonly limit: number };
  empty: Record<never, never>;
  'unexpected-character': { readonly character: string };
  'unsupported-operator': { readonly operator: string; readonly replacement: string };
  'unterminated-string': Record<never, never>;
  'invalid-reference': { readonly text: string };
  'unexpected-token': { readonly text: string };
  'unexpected-end': Record<never, never>;
  'bare-name': { readonly name: string };
  'unknown-function': { readonly name: string };
  'wrong-arity': {
    readonly name: string;
    readonly expected: number;
    readonly maxExpected: number;
    readonly actual: number;
  };
  'unknown-code': { readonly code: string };
  'current-outside-constraint': Record<never, never>;
}

export type ExpressionErrorCode = keyof ErrorDetails;

/**
 * A problem in an expression, located in its source. `message` is for developers and logs, `messageFr`
 * for the coordinator who wrote the expression.
 */
export interface ExpressionError extends SourceSpan {
  readonly code: ExpressionErrorCode;
  readonly message: string;
  readonly messageFr: string;
}

interface Texts {
  readonly en: string;
  readonly fr: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}

const texts: { readonly [C in ExpressionErrorCode]: (details: ErrorDetails[C]) => Texts } = {
  'too-long': ({ limit }) => ({
    en: `Expression longer than ${limit} characters`,
    fr: `L'expression dépasse ${limit} caractères`,
  }),
  'too-deep': ({ limit }) => ({
    en: `Expression nested deeper than ${limit} levels`,
    fr: `L'expression imbrique plus de ${limit} niveaux de parenthèses ou de fonctions`,
  }),
  empty: () => ({ en: 'Empty expression', fr: "L'expression est vide" }),
  'unexpected-character': ({ character }) => ({
    en: `Unexpected character '${character}'`,
    fr: `Caractère « ${character} » inattendu`,
  }),
  'unsupported-operator': ({ operator, replacement }) => ({
    en: `Operator '${operator}' is not supported, use '${replacement}'`,
    fr: `L'opérateur « ${operator} » n'existe pas ici, écrivez « ${replacement} »`,
  }),
  'unterminated-string': () => ({
    en: 'Unterminated string literal',
    fr: "Texte entre apostrophes non refermé : il manque l'apostrophe (ou le guillemet) de fin",
  }),
  'invalid-reference': ({ text }) => ({
    en: `Invalid reference '${text}', expected \${CODE}`,
    fr: `Référence « ${text} » invalide : une réponse s'écrit \${CODE}, sans espace, le code commençant par une lettre ou _`,
  }),
  'unexpected-token': ({ text }) => ({
    en: `Unexpected '${text}'`,
    fr: `« ${text} » inattendu à cet endroit`,
  }),
  'unexpected-end': () => ({
    en: 'Unexpected end of expression',
    fr: "L'expression est incomplète (parenthèse non fermée ou opérande manquant ?)",
  }),
  'bare-name': ({ name }) => ({
    en: `Bare name '${name}': quote a text value ('${name}') or reference an answer (\${${name}})`,
    fr: `« ${name} » n'est pas compris : écrivez une valeur texte entre apostrophes ('${name}') ou une réponse sous la forme \${${name}}`,
  }),
  'unknown-function': ({ name }) => ({
    en: `Unknown function '${name}()'`,
    fr: `Fonction « ${name}() » inconnue`,
  }),
  'wrong-arity': ({ name, expected, maxExpected, actual }) =>
    maxExpected === expected
      ? {
          en: `${name}() takes ${plural(expected, 'argument')}, got ${actual}`,
          fr: `${name}() attend ${plural(expected, 'argument')}, elle en reçoit ${actual}`,
        }
      : {
          en: `${name}() takes ${expected} to ${plural(maxExpected, 'argument')}, got ${actual}`,
          fr: `${name}() attend de ${expected} à ${plural(maxExpected, 'argument')}, elle en reçoit ${actual}`,
        },
  'unknown-code': ({ code }) => ({
    en: `Unknown question code '${code}'`,
    fr: `La question « ${code} » n'existe pas dans cette version`,
  }),
  'current-outside-constraint': () => ({
    en: "'.' (the current answer) is only allowed in a constraint",
    fr: "« . » (la réponse en cours) n'est permis que dans une contrainte",
  }),
};

export function expressionError<C extends ExpressionErrorCode>(
  code: C,
  details: ErrorDetails[C],
  span: SourceSpan,
): ExpressionError {
  const { en, fr } = texts[code](details);
  return { code, message: en, messageFr: fr, position: span.position, length: span.length };
}
