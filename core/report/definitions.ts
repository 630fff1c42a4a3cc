/**
 * An indicator's numerator and denominator said in words, French and Arabic, from its expressions and
 * the wording of the questions they name: `${LEGAL_STATUS} = 'preventive'` reads « Situation juridique »
 * : « Détention préventive ». Comparisons, `and`, `or`, `not()`, `selected()` and a bare answer (a mean's
 * value) are said; anything else keeps its expression, so a definition is never made up.
 */
import { parse, type ExpressionNode } from '../expressions/index.ts';
import type { Indicator, QuestionWording } from './model.ts';

export type Lang = 'fr' | 'ar';

export interface DefinitionWords {
  readonly numerator: string;
  readonly denominator: string;
}

const OPERATORS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  fr: { '!=': 'différent de', '<': 'inférieur à', '<=': 'au plus', '>': 'supérieur à', '>=': 'au moins' },
  ar: { '!=': 'يختلف عن', '<': 'أقل من', '<=': 'على الأكثر', '>': 'أكثر من', '>=': 'على الأقل' },
};
const JOIN: Readonly<Record<Lang, Readonly<Record<'and' | 'or', string>>>> = {
  fr: { and: ' et ', or: ' ou ' },
  ar: { and: ' و', or: ' أو ' },
};
const quote = (lang: Lang, text: string): string => (lang === 'fr' ? `« ${text} »` : `«${text}»`);

function questionText(lang: Lang, wording: QuestionWording | undefined, code: string): string {
  if (!wording) return code;
  return quote(lang, lang === 'ar' ? wording.labelAr || wording.label : wording.label);
}

function choiceText(lang: Lang, wording: QuestionWording | undefined, value: string): string {
  const choice = wording?.choices?.find((entry) => entry.value === value);
  if (!choice) return quote(lang, value);
  return quote(lang, lang === 'ar' ? choice.labelAr || choice.label : choice.label);
}

/** Words for one node, or undefined when it is not one of the shapes said in words. */
function say(node: ExpressionNode, lang: Lang, questions: ReadonlyMap<string, QuestionWording>): string | undefined {
  switch (node.kind) {
    case 'reference':
      return questionText(lang, questions.get(node.code), node.code);
    case 'logical': {
      const left = say(node.left, lang, questions);
      const right = say(node.right, lang, questions);
      return left && right ? `${left}${JOIN[lang][node.operator]}${right}` : undefined;
    }
    case 'comparison': {
      if (node.left.kind !== 'reference') return undefined;
      const wording = questions.get(node.left.code);
      const question = questionText(lang, wording, node.left.code);
      const value =
        node.right.kind === 'string'
          ? choiceText(lang, wording, node.right.value)
          : node.right.kind === 'number'
            ? String(node.right.value).replace('.', ',')
            : undefined;
      if (value === undefined) return undefined;
      if (node.operator === '=') return `${question} : ${value}`;
      return `${question} ${OPERATORS[lang][node.operator] ?? node.operator} ${value}`;
    }
    case 'call': {
      if (node.name === 'true' && node.args.length === 0) return undefined;
      const [first, second] = node.args;
      if (node.name === 'selected' && first?.kind === 'reference' && second?.kind === 'string') {
        const wording = questions.get(first.code);
        const said = `${questionText(lang, wording, first.code)} : ${choiceText(lang, wording, second.value)}`;
        return lang === 'fr' ? `${said} (parmi les réponses)` : `${said} (ضمن الأجوبة)`;
      }
      if (node.name === 'not' && first) {
        const inner = say(first, lang, questions);
        return inner ? (lang === 'fr' ? `non (${inner})` : `ليس (${inner})`) : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

const ALL: Readonly<Record<Lang, string>> = {
  fr: 'tous les mineurs interrogés',
  ar: 'جميع الأحداث المستجوبين',
};

function isAll(expression: string): boolean {
  const trimmed = expression.trim();
  return trimmed === '' || trimmed === 'true()';
}

/** The definition in words; an expression that cannot be said is printed as written. */
export function definitionInWords(
  indicator: Pick<Indicator, 'type' | 'definition' | 'questions'>,
  lang: Lang,
): DefinitionWords {
  const questions = new Map((indicator.questions ?? []).map((question) => [question.code, question]));
  const words = (expression: string): string => {
    const parsed = parse(expression);
    return (parsed.ok ? say(parsed.ast, lang, questions) : undefined) ?? expression;
  };
  const { numerator, denominator } = indicator.definition;
  const population = isAll(denominator) ? ALL[lang] : words(denominator);
  if (indicator.type === 'mean') {
    return {
      numerator: lang === 'fr' ? `moyenne de ${words(numerator)}` : `متوسط ${words(numerator)}`,
      denominator: population,
    };
  }
  return { numerator: words(numerator), denominator: population };
}
