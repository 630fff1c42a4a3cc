/**
 * The report's words, written from the figures by rules a reader can check, in French and Arabic from
 * the same facts: what rose or fell significantly since the previous wave, which red lines are crossed,
 * what stays short of its target, what could not be measured. Pure: a model in, sentences out.
 */
import { meetsTarget } from '../compliance/index.ts';
import { isImprovement } from './change.ts';
import { formatChange, formatEstimate } from './format.ts';
import { indexReport, type ReportIndex } from './lookup.ts';
import type { Indicator, ReportModel } from './model.ts';
import { isProvisional } from './provisional.ts';

export interface Sentences {
  readonly fr: readonly string[];
  readonly ar: readonly string[];
}

const arabicFormats = new Map<number, Intl.NumberFormat>();

/** Western digits and a decimal comma, as the French pages print them. */
export function arabicNumber(value: number, digits = 1): string {
  let format = arabicFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    arabicFormats.set(digits, format);
  }
  return format.format(value).replace('.', ',');
}

const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'ماي',
  'يونيو',
  'يوليوز',
  'غشت',
  'شتنبر',
  'أكتوبر',
  'نونبر',
  'دجنبر',
];

/** "1 مارس 2026": the month names used in Morocco, Western digits. */
export function arabicDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

export function arabicWaveName(wave: { code: string; label: string; kind: string }): string {
  if (wave.kind === 'baseline') return 'الدراسة المرجعية';
  // "Vague 1 — printemps 2026" is wave 1, not 2026: the number that follows the word, else the code's.
  const number = /(?:vague|wave)\s*(\d+)/i.exec(wave.label)?.[1] ?? /^W(\d+)$/i.exec(wave.code)?.[1];
  return `الموجة ${number ?? wave.code}`;
}

export function arabicEstimate(indicator: Indicator, value: number): string {
  return indicator.type === 'proportion' ? `${arabicNumber(value * 100)}%` : arabicNumber(value);
}

const labelAr = (indicator: Indicator) => `«${indicator.labelAr || indicator.label}»`;
const labelFr = (indicator: Indicator) => `« ${indicator.label} »`;

/** A target is missed when the estimate is on the wrong side of it, given the indicator's direction. */
function missesTarget(indicator: Indicator, estimate: number): boolean {
  return indicator.target !== undefined && !meetsTarget(indicator.direction, indicator.target, estimate);
}

export interface Facts {
  readonly provisional: boolean;
  readonly rises: readonly Indicator[];
  readonly falls: readonly Indicator[];
  readonly redLines: readonly { indicator: Indicator; estimate: number }[];
  readonly belowTarget: readonly { indicator: Indicator; estimate: number; target: number }[];
  readonly unmeasured: readonly { indicator: Indicator; why: 'suppressed' | 'not_applicable' }[];
  readonly previous?: string;
}

/** The checkable facts behind the words, in the indicators' print order. */
export function reportFacts(model: ReportModel, index: ReportIndex = indexReport(model)): Facts {
  const provisional = isProvisional(model.wave);
  const rises: Indicator[] = [];
  const falls: Indicator[] = [];
  const redLines: Array<{ indicator: Indicator; estimate: number }> = [];
  const belowTarget: Array<{ indicator: Indicator; estimate: number; target: number }> = [];
  const unmeasured: Array<{ indicator: Indicator; why: 'suppressed' | 'not_applicable' }> = [];
  let previous: string | undefined;
  for (const indicator of model.indicators) {
    const result = model.results.find(
      (entry) => entry.indicator === indicator.code && (!('domain' in entry) || Object.keys(entry.domain).length === 0),
    );
    if (!result || 'applicable' in result) {
      unmeasured.push({ indicator, why: 'not_applicable' });
      continue;
    }
    if (result.suppressed || result.estimate === undefined) {
      unmeasured.push({ indicator, why: 'suppressed' });
      continue;
    }
    const estimate = result.estimate;
    if (indicator.redLine && estimate > 0) redLines.push({ indicator, estimate });
    else if (indicator.target !== undefined && missesTarget(indicator, estimate))
      belowTarget.push({ indicator, estimate, target: indicator.target });
    const change = index.trend(indicator.code)?.changeFromPrevious;
    if (change?.comparable && change.significant === true && change.estimate !== undefined && change.estimate !== 0) {
      previous ??= change.from;
      (isImprovement(indicator.direction, change.estimate) ? rises : falls).push(indicator);
    }
  }
  return {
    provisional,
    rises,
    falls,
    redLines,
    belowTarget,
    unmeasured,
    ...(previous === undefined ? {} : { previous }),
  };
}

const listFr = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`;
const listAr = (items: readonly string[]) => items.join(' و');

/** The executive summary's sentences, one per rule, in both languages. */
export function executiveSummary(model: ReportModel, index: ReportIndex = indexReport(model)): Sentences {
  const facts = reportFacts(model, index);
  const change = (indicator: Indicator) => index.trend(indicator.code)?.changeFromPrevious?.estimate ?? 0;
  const fr: string[] = [];
  const ar: string[] = [];
  const from = facts.previous === undefined ? '' : index.waveLabel(facts.previous);
  if (facts.provisional) {
    fr.push(
      'La vague est encore sur le terrain : aucune évolution n’est testée, les écarts avec les vagues précédentes ne sont qu’indicatifs.',
    );
    ar.push('لا تزال الموجة في الميدان: لا يُختبر أي تغير، والفروق مع الموجات السابقة إرشادية فقط.');
  } else if (facts.rises.length === 0 && facts.falls.length === 0) {
    fr.push(
      'Aucun indicateur n’a évolué de façon significative depuis la vague précédente (ou aucune comparaison n’est possible).',
    );
    ar.push('لم يتغير أي مؤشر تغيراً دالاً إحصائياً منذ الموجة السابقة (أو لا تتوفر مقارنة).');
  } else {
    const describe = (items: readonly Indicator[]) =>
      listFr(items.map((indicator) => `${labelFr(indicator)} (${formatChange(indicator, change(indicator))})`));
    const describeAr = (items: readonly Indicator[]) =>
      listAr(
        items.map(
          (indicator) =>
            `${labelAr(indicator)} (${arabicNumber(change(indicator) * (indicator.type === 'proportion' ? 100 : 1))})`,
        ),
      );
    if (facts.rises.length > 0) {
      fr.push(
        `Depuis ${from}, ${facts.rises.length} indicateur(s) se sont améliorés de façon significative : ${describe(facts.rises)}.`,
      );
      ar.push(
        `منذ الموجة السابقة، عدد المؤشرات التي تحسنت تحسناً دالاً إحصائياً: ${facts.rises.length}، وهي ${describeAr(facts.rises)}.`,
      );
    }
    if (facts.falls.length > 0) {
      fr.push(
        `${facts.falls.length} indicateur(s) se sont dégradés de façon significative : ${describe(facts.falls)}.`,
      );
      ar.push(`وعدد المؤشرات التي تراجعت تراجعاً دالاً إحصائياً: ${facts.falls.length}، وهي ${describeAr(facts.falls)}.`);
    }
  }
  if (facts.redLines.length > 0) {
    fr.push(
      `Ligne${facts.redLines.length > 1 ? 's' : ''} rouge${facts.redLines.length > 1 ? 's' : ''} franchie${facts.redLines.length > 1 ? 's' : ''} : ` +
        `${listFr(facts.redLines.map(({ indicator, estimate }) => `${labelFr(indicator)} à ${formatEstimate(indicator, estimate)}`))}, là où les règles interdisent toute valeur autre que zéro.`,
    );
    ar.push(
      `خطوط حمراء تم تجاوزها: ${listAr(facts.redLines.map(({ indicator, estimate }) => `${labelAr(indicator)} بنسبة ${arabicEstimate(indicator, estimate)}`))}، في حين تحظر القواعد أي قيمة غير الصفر.`,
    );
  } else {
    fr.push('Aucune ligne rouge (interdiction absolue) n’est franchie dans les chiffres publiables.');
    ar.push('لم يُتجاوز أي خط أحمر (حظر مطلق) في الأرقام القابلة للنشر.');
  }
  if (facts.belowTarget.length > 0) {
    fr.push(
      `Restent en deçà de leur cible : ${listFr(facts.belowTarget.map(({ indicator, estimate, target }) => `${labelFr(indicator)} (${formatEstimate(indicator, estimate)} pour une cible de ${formatEstimate(indicator, target)})`))}.`,
    );
    ar.push(
      `مؤشرات لم تبلغ هدفها: ${listAr(facts.belowTarget.map(({ indicator, estimate, target }) => `${labelAr(indicator)} (${arabicEstimate(indicator, estimate)} مقابل هدف ${arabicEstimate(indicator, target)})`))}.`,
    );
  }
  if (facts.unmeasured.length > 0) {
    const why = (entry: Facts['unmeasured'][number]) =>
      entry.why === 'suppressed' ? 'trop peu d’entretiens pour publier' : 'question absente du questionnaire';
    const whyAr = (entry: Facts['unmeasured'][number]) =>
      entry.why === 'suppressed' ? 'عدد المقابلات غير كاف للنشر' : 'السؤال غير وارد في الاستمارة';
    fr.push(
      `N’ont pas pu être mesurés : ${listFr(facts.unmeasured.map((entry) => `${labelFr(entry.indicator)} (${why(entry)})`))}.`,
    );
    ar.push(
      `مؤشرات تعذر قياسها: ${listAr(facts.unmeasured.map((entry) => `${labelAr(entry.indicator)} (${whyAr(entry)})`))}.`,
    );
  }
  return { fr, ar };
}

/** Two or three sentences under a dimension's heading: its score, its best and worst indicators, its red lines. */
export function dimensionSentences(
  model: ReportModel,
  dimension: string,
  index: ReportIndex = indexReport(model),
): string[] {
  const score = model.score.dimensions.find((entry) => entry.dimension === dimension);
  const facts = reportFacts(model, index);
  const sentences: string[] = [];
  if (score) sentences.push(`La dimension obtient ${formatEstimate({ type: 'mean' }, score.score)} sur 100.`);
  const measured = model.indicators
    .flatMap((indicator) => {
      // A red line is judged against zero, not ranked: it has its own sentence below.
      if (indicator.dimension !== dimension || indicator.redLine) return [];
      const result = index.result(indicator.code);
      if (result?.estimate === undefined) return [];
      const { low, high } = indicator.goalposts ?? { low: 0, high: 1 };
      const raw = (result.estimate - low) / (high - low);
      const oriented = indicator.direction === 'higher_is_better' ? raw : 1 - raw;
      return [{ indicator, estimate: result.estimate, oriented }];
    })
    .sort((a, b) => b.oriented - a.oriented || (a.indicator.code < b.indicator.code ? -1 : 1));
  const best = measured[0];
  const worst = measured.at(-1);
  if (best && worst && best !== worst) {
    sentences.push(
      `Le résultat le plus favorable est ${labelFr(best.indicator)} (${formatEstimate(best.indicator, best.estimate)}), le moins favorable ${labelFr(worst.indicator)} (${formatEstimate(worst.indicator, worst.estimate)}).`,
    );
  }
  const crossed = facts.redLines.filter(({ indicator }) => indicator.dimension === dimension);
  if (crossed.length > 0) {
    sentences.push(
      `${crossed.length > 1 ? 'Lignes rouges franchies' : 'Ligne rouge franchie'} : ${listFr(crossed.map(({ indicator, estimate }) => `${labelFr(indicator)} à ${formatEstimate(indicator, estimate)}`))}, quel que soit le score de la dimension.`,
    );
  }
  return sentences;
}
