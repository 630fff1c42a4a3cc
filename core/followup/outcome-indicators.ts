import { disclosesAttribute } from '../disclosure/tables.ts';
import { compile, type CompiledExpression } from '../expressions/index.ts';
import { DEFAULT_DISCLOSURE_THRESHOLD, type Estimate, type EstimateOptions } from '../stats/index.ts';
import { estimateCohortProportion, type CohortUnit } from './nonresponse.ts';

/**
 * The outcome indicators of the released minors (issue 16, point 5), read from the answers of the
 * follow-up questionnaire (`SUIVI`). They describe the cohort, not the detained: they are no dimension
 * of the barometer score and never enter the detention engine. Each names the rules of the normative
 * catalogue (`standard_rules` codes) it measures or approximates, and what a reader must know of it.
 */
export interface OutcomeIndicator {
  readonly code: string;
  readonly label: { readonly fr: string; readonly ar: string };
  /** A condition on the answers: the member counts in the numerator when it holds. */
  readonly numerator: string;
  /** A condition; absent means every respondent who answered the numerator's questions. */
  readonly denominator?: string;
  readonly direction: 'higher_is_better' | 'lower_is_better';
  readonly standards: readonly string[];
  readonly limit: { readonly fr: string; readonly ar: string };
  /**
   * A new offence or the child's wellbeing: published only where it does not tell every respondent's
   * answer (`disclosesAttribute`), like the detention indicators of the sensitive dimensions.
   */
  readonly sensitive?: true;
}

export const OUTCOME_INDICATORS: readonly OutcomeIndicator[] = [
  {
    code: 'FU_AFTERCARE',
    label: { fr: 'Accompagnement reçu depuis la sortie', ar: 'الاستفادة من المواكبة منذ الإفراج' },
    numerator: "${AFTERCARE_RECEIVED} = 'yes'",
    direction: 'higher_is_better',
    standards: ['UNODC-UNICEF-indicateur11', 'HAVANA-r.80', 'BEIJING-r.24.1'],
    limit: {
      fr: 'Déclaré par le jeune : un accompagnement ponctuel compte comme un suivi régulier.',
      ar: 'تصريح الشاب: المواكبة العرضية تُحتسب كالمواكبة المنتظمة.',
    },
  },
  {
    code: 'FU_NOT_NEET',
    label: { fr: 'En études, en formation ou au travail', ar: 'في الدراسة أو التكوين أو العمل' },
    numerator: "${ACTIVITY_NOW} != 'none'",
    direction: 'higher_is_better',
    standards: ['BEIJING-r.24.1', 'HAVANA-r.80', 'CRC-art.40(1)'],
    limit: {
      fr: 'Situation au jour de l’entretien, sans durée minimale.',
      ar: 'الوضعية يوم المقابلة، دون مدة دنيا.',
    },
  },
  {
    code: 'FU_STABLE_HOUSING',
    label: { fr: 'Vit en famille ou dans un logement stable', ar: 'يعيش مع العائلة أو في سكن مستقر' },
    numerator: "${HOUSING_NOW} = 'parents' or ${HOUSING_NOW} = 'other_family' or ${HOUSING_NOW} = 'institution'",
    direction: 'higher_is_better',
    standards: ['HAVANA-r.79', 'HAVANA-r.80', 'BEIJING-r.24.1'],
    limit: {
      fr: 'Un hébergement chez des amis n’est pas compté comme stable.',
      ar: 'الإقامة عند الأصدقاء لا تُحتسب سكنًا مستقرًا.',
    },
  },
  {
    code: 'FU_NEW_JUSTICE_CONTACT',
    label: {
      fr: 'Nouvelle affaire avec la police ou la justice (déclarée)',
      ar: 'تعامل جديد مع الشرطة أو القضاء (مصرَّح به)',
    },
    numerator: "${NEW_JUSTICE_CONTACT} = 'yes'",
    denominator: "${NEW_JUSTICE_CONTACT} != 'refused'",
    direction: 'lower_is_better',
    standards: ['CRC-art.40(1)', 'HAVANA-r.79'],
    sensitive: true,
    limit: {
      fr: 'Déclaré, hors refus de répondre ; les mineurs de nouveau détenus au moment du suivi figurent dans le tableau de la recherche, pas ici.',
      ar: 'مصرَّح به، دون حالات رفض الجواب؛ المعتقلون من جديد يظهرون في جدول البحث لا هنا.',
    },
  },
  {
    code: 'FU_WELLBEING',
    label: { fr: 'Se sent bien ou très bien (4 ou 5 sur 5)', ar: 'يشعر بحال جيدة أو جيدة جدًا (4 أو 5 من 5)' },
    numerator: '${FU_WELLBEING} >= 4',
    direction: 'higher_is_better',
    standards: ['CRC-art.40(1)', 'HAVANA-r.79'],
    sensitive: true,
    limit: {
      fr: 'Une seule question, sur les derniers jours : un indice d’humeur, pas une mesure de santé mentale.',
      ar: 'سؤال واحد عن الأيام الأخيرة: مؤشر على المزاج لا قياس للصحة النفسية.',
    },
  },
];

interface CompiledOutcome {
  readonly source: OutcomeIndicator;
  readonly numerator: CompiledExpression;
  readonly denominator: CompiledExpression | null;
  readonly codes: readonly string[];
}

const compiledOutcomes = new Map<string, CompiledOutcome>();

function compileOutcome(indicator: OutcomeIndicator): CompiledOutcome {
  const known = compiledOutcomes.get(indicator.code);
  if (known?.source === indicator) return known;
  const numerator = compile(indicator.numerator);
  const denominator = indicator.denominator === undefined ? null : compile(indicator.denominator);
  if (!numerator.ok) throw new Error(`${indicator.code} numerator: ${numerator.error.message}`);
  if (denominator && !denominator.ok) throw new Error(`${indicator.code} denominator: ${denominator.error.message}`);
  const expressions = [numerator.expression, ...(denominator?.ok ? [denominator.expression] : [])];
  const compiled = {
    source: indicator,
    numerator: numerator.expression,
    denominator: denominator?.ok ? denominator.expression : null,
    codes: [...new Set(expressions.flatMap((expression) => expression.references.codes))],
  };
  compiledOutcomes.set(indicator.code, compiled);
  return compiled;
}

const isMissing = (answer: unknown) => answer === null || answer === undefined || answer === '';

/**
 * A respondent's value: null (outside the denominator) when a question the indicator reads has no
 * answer or its denominator does not hold, as the detention engine reads a missing answer.
 */
export function outcomeValue(indicator: OutcomeIndicator, answers: Readonly<Record<string, unknown>>): 0 | 1 | null {
  const compiled = compileOutcome(indicator);
  if (compiled.codes.some((code) => !Object.hasOwn(answers, code) || isMissing(answers[code]))) return null;
  const context = { answers };
  if (compiled.denominator && !compiled.denominator.evaluateBoolean(context)) return null;
  return compiled.numerator.evaluateBoolean(context) ? 1 : 0;
}

/** A member of the cohort as the estimates read it: its class, its response, and its answers if interviewed. */
export interface CohortRespondentUnit extends CohortUnit {
  readonly answers: Readonly<Record<string, unknown>> | null;
}

export type OutcomeEstimate =
  | (Estimate & { readonly indicator: string; readonly suppressed: false })
  | { readonly indicator: string; readonly suppressed: true; readonly n: number };

/**
 * Each outcome indicator over the cohort's respondents, with the non-response-adjusted weights
 * (`estimateCohortProportion`), under the rule of every published figure: a cell of fewer than
 * `threshold` respondents with a value (10 by default) is not published, its size only said; nor is a
 * sensitive indicator whose respondents all, or all but one or two, share the answer.
 */
export function cohortOutcomeEstimates(
  units: readonly CohortRespondentUnit[],
  options?: EstimateOptions & { readonly threshold?: number },
): OutcomeEstimate[] {
  const threshold = options?.threshold ?? DEFAULT_DISCLOSURE_THRESHOLD;
  return OUTCOME_INDICATORS.map((indicator) => {
    const values = units.map((unit) =>
      unit.status === 'respondent' && unit.answers ? outcomeValue(indicator, unit.answers) : null,
    );
    const n = values.filter((value) => value !== null).length;
    const yes = values.filter((value) => value === 1).length;
    if (n < threshold || n === 0 || (indicator.sensitive && disclosesAttribute(n, yes)))
      return { indicator: indicator.code, suppressed: true, n };
    return { ...estimateCohortProportion(units, values, options), indicator: indicator.code, suppressed: false };
  });
}
