import { OUTCOME_INDICATORS, TRACING_CELL_LABELS, TRACING_CELLS } from '../../followup/index.ts';
import { dataTable, heading, note, paragraph } from '../blocks.ts';
import { formatEstimate, formatInteger, formatInterval, formatPercent } from '../format.ts';
import type { FollowupFigures, ReportModel } from '../model.ts';
import type { Content } from '../pdf-types.ts';
import { AFTER_RELEASE_TITLE } from '../titles.ts';

/**
 * "Après la sortie": the wave's follow-up cohort, its tracing and response rate, kept apart from the
 * detention score (issue 16, point 6). Counts of tracing outcomes are cells of the cohort and of the
 * eligible members: under the disclosure threshold they are hidden, with complements so that none can
 * be recomputed from those totals (core/followup `protectTracing`).
 */
export function afterRelease(model: ReportModel, number: number): Content[] {
  const figures = model.followup;
  if (!figures) return [];
  const months = figures.months.join(' et ');
  const content: Content[] = [
    heading(`${number}. ${AFTER_RELEASE_TITLE}`, 1, { toc: true, pageBreak: true }),
    paragraph(
      `Les mineurs libérés depuis la vague précédente forment la cohorte de suivi de cette vague. Ils sont recherchés puis interrogés entre ${months} mois après leur libération, avec le questionnaire de suivi. Ces chiffres décrivent les mineurs libérés, non les détenus : ils ne comptent pas dans le score du baromètre.`,
    ),
    tracingTable(figures, model.methodology.suppressionThreshold),
    paragraph(
      figures.rate === null
        ? 'La cohorte est vide : pas de taux de réponse.'
        : `Taux de réponse du suivi : ${formatPercent(figures.rate)} (${formatInteger(figures.interviewed)} entretiens sur ${formatInteger(figures.eligible)} membres éligibles ; les mineurs décédés ou partis à l’étranger ne sont pas éligibles, ceux qui ne sont pas encore recherchés comptent comme non-répondants).`,
    ),
    ...outcomeTable(figures, model.methodology.suppressionThreshold),
    heading('Méthode et limites', 2),
    paragraph(
      'Les estimations du suivi portent sur les répondants, pondérés pour la non-réponse par classes (type d’établissement de sortie × sexe) : dans chaque classe, le poids des répondants est multiplié par le rapport entre le poids des membres éligibles et celui des répondants. Les erreurs types sont celles d’un plan à poids inégaux (R survey : svydesign(ids = ~1, weights = ~w_adj)), qui ne comptent pas l’incertitude de l’ajustement lui-même.',
    ),
    paragraph(
      'Limites : les réponses sont déclarées par les jeunes eux-mêmes ; les mineurs perdus de vue peuvent différer de ceux qui sont retrouvés (attrition), ce que l’ajustement ne corrige que dans la mesure où la classe l’explique.',
    ),
    ...OUTCOME_INDICATORS.map((indicator) => note(`${indicator.label.fr} : ${indicator.limit.fr}`)),
  ];
  return content;
}

/**
 * The outcome indicators over the respondents (core/followup), with their interval and the rules they
 * measure; an indicator under the threshold of respondents is not published ("s").
 */
function outcomeTable(figures: FollowupFigures, threshold: number): Content[] {
  if (!figures.estimates) return [];
  const rows = outcomeCells(figures).map((row) => [
    row.indicator.label.fr,
    row.estimate,
    row.interval,
    row.n,
    row.indicator.standards.join(', '),
  ]);
  return [
    heading('Ce que deviennent les mineurs libérés', 2),
    dataTable(
      [
        { header: 'Indicateur (répondants du suivi)', width: '*' },
        { header: 'Estimation', width: 52, align: 'right' },
        { header: 'IC 95 %', width: 70, align: 'right' },
        { header: 'n', width: 28, align: 'right' },
        { header: 'Normes', width: 120 },
      ],
      rows,
    ),
    note(
      `Proportions pondérées pour la non-réponse ; s : non publié (moins de ${threshold} répondants). Ces indicateurs ne sont pas une dimension du score.${
        figures.emptyClasses && figures.emptyClasses.length > 0
          ? ` Classes sans répondant, non représentées : ${figures.emptyClasses.join(', ')}.`
          : ''
      }`,
    ),
  ];
}

/** Each outcome indicator's printed cells, the French and the Arabic editions alike ("s" when hidden). */
export function outcomeCells(figures: FollowupFigures) {
  const byCode = new Map((figures.estimates ?? []).map((estimate) => [estimate.indicator, estimate]));
  const proportion = { type: 'proportion' as const };
  return OUTCOME_INDICATORS.map((indicator) => {
    const estimate = byCode.get(indicator.code);
    const n = formatInteger(estimate?.n ?? 0);
    if (!estimate || estimate.suppressed || estimate.estimate === null)
      return { indicator, estimate: 's', interval: '', n };
    const interval =
      estimate.ci_low === null || estimate.ci_high === null
        ? '–'
        : formatInterval(proportion, estimate.ci_low, estimate.ci_high);
    return { indicator, estimate: formatEstimate(proportion, estimate.estimate), interval, n };
  });
}

/** Each tracing cell's printed count: "s" where `protectTracing` hid it (core/followup). */
export function tracingCells(figures: FollowupFigures) {
  const hidden = new Set(figures.hidden);
  return TRACING_CELLS.map((key) => {
    const n = figures.outcomes[key];
    return { key, shown: hidden.has(key) ? 's' : formatInteger(n) };
  });
}

function tracingTable(figures: FollowupFigures, threshold: number): Content {
  const rows = tracingCells(figures).map(({ key, shown }) => [TRACING_CELL_LABELS[key].fr, shown]);
  return {
    stack: [
      dataTable(
        [
          { header: 'Résultat de la recherche', width: '*' },
          { header: 'Mineurs', width: 60, align: 'right' },
        ],
        rows,
        ['Cohorte', figures.cohort < threshold ? 's' : formatInteger(figures.cohort)],
      ),
      note(`s : effectif non publié (moins de ${threshold}, ou masqué pour qu’il ne puisse être recalculé).`),
    ],
  };
}
