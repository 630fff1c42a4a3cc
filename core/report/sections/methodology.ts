import { dataTable, heading, keepTogether, note, paragraph } from '../blocks.ts';
import { formatDate, formatEstimate, formatInteger, formatPercent } from '../format.ts';
import type { ReportModel } from '../model.ts';
import type { Content } from '../pdf-types.ts';
import { coverageOf, coverageSentence, isProvisional } from '../provisional.ts';
import { SECTION_TITLES } from '../titles.ts';

const share = (part: number, whole: number): string => (whole > 0 ? formatPercent(part / whole) : '—');

const CHANGE_KIND = { added: 'ajoutée', removed: 'supprimée', modified: 'modifiée' } as const;

export function methodology(model: ReportModel, typeLabel: (type: string) => string, number: number): Content[] {
  const { methodology: m, wave } = model;
  const { response, attrition, instrument } = m;
  const level = formatPercent(m.confidenceLevel, 0);
  const threshold = m.suppressionThreshold;
  // Under the threshold the count is printed "< 10" and its shares not at all: with the public target
  // and N_h they would give it back (core/disclosure reads "< 10" as 1 to 9).
  const frameRows = m.frame.map((row) => {
    const small = row.achieved > 0 && row.achieved < threshold;
    return [
      row.name,
      typeLabel(row.type),
      row.region,
      formatInteger(row.population),
      formatInteger(row.target),
      small ? `<\u00A0${threshold}` : formatInteger(row.achieved),
      small ? '—' : share(row.achieved, row.target),
      small ? '—' : share(row.achieved, row.population),
    ];
  });
  const totals = m.totals;
  const drawn = response.drawn;
  // A share of the drawn only when every establishment's list is recorded: otherwise the interviews of
  // the other establishments would be counted against lists that do not include them.
  const allListed = drawn !== null && response.drawEstablishments === m.frame.length;
  const ofDrawn = (count: number) => (allListed && drawn !== null ? share(count, drawn) : '—');
  const recorded = (count: number | null) => (count === null ? 'non enregistré' : formatInteger(count));
  const responseRows = [
    [
      'Établissements dont la liste tirée est enregistrée',
      `${formatInteger(response.drawEstablishments)} / ${formatInteger(m.frame.length)}`,
      '',
    ],
    ['Mineurs tirés au sort', recorded(drawn), allListed ? '100,0\u00A0%' : '—'],
    [
      'Remplaçants appelés',
      recorded(response.replacementsUsed),
      response.replacementsUsed === null ? '—' : ofDrawn(response.replacementsUsed),
    ],
    ['Refus du représentant légal', formatInteger(response.refusedGuardian), ofDrawn(response.refusedGuardian)],
    ["Refus de l'enfant (assentiment)", formatInteger(response.refusedChild), ofDrawn(response.refusedChild)],
    [
      'Libérés avant l’entretien',
      recorded(response.released),
      response.released === null ? '—' : ofDrawn(response.released),
    ],
    [
      'Transférés avant l’entretien',
      recorded(response.transferred),
      response.transferred === null ? '—' : ofDrawn(response.transferred),
    ],
    [
      isProvisional(wave) ? 'Pas encore rencontrés (collecte en cours)' : 'Non rencontrés, motif non enregistré',
      recorded(response.notMet),
      response.notMet === null ? '—' : ofDrawn(response.notMet),
    ],
    ['Entretiens réalisés', formatInteger(response.completed), ofDrawn(response.completed)],
    ['Rejetés au contrôle', formatInteger(response.rejectedBySupervisor), ofDrawn(response.rejectedBySupervisor)],
    ['Entretiens validés (analysés)', formatInteger(response.validated), ofDrawn(response.validated)],
  ];
  const responseNote =
    drawn === null
      ? 'Les listes tirées de cette vague ne sont pas enregistrées dans le système : refus et entretiens sont ceux qui ont été saisis, et aucun taux de réponse n’est calculé.'
      : `Chiffres enregistrés : listes tirées de ${formatInteger(response.drawEstablishments)} établissement(s) sur ${formatInteger(m.frame.length)}, refus saisis comme entretiens sans consentement, libérations et transferts inscrits au parcours des mineurs. ` +
        (allListed
          ? 'Parts rapportées aux mineurs tirés.'
          : 'Les listes des autres établissements ne sont pas enregistrées : aucun taux n’est calculé.');
  return [
    heading(`${number}. ${SECTION_TITLES.methodology}`, 1, { toc: true, pageBreak: true }),
    ...(isProvisional(wave) ? [paragraph(coverageSentence(coverageOf(m)).fr, { bold: true })] : []),
    heading('Plan de sondage', 2),
    paragraph(
      `L'enquête est stratifiée par établissement. La base de sondage est la liste des mineurs détenus dans chaque établissement au ${formatDate(wave.referenceDate)} (effectif N_h). ` +
        `Un échantillon aléatoire de ${formatPercent(wave.samplingRate, 0)} est tiré dans chaque strate. Chaque entretien validé reçoit le poids N_h / n_h ; ` +
        `les erreurs types tiennent compte de la stratification et de la correction pour population finie, qui réduit sensiblement la marge d'erreur à ce taux de sondage.`,
    ),
    heading('Échantillon visé et réalisé par établissement', 3),
    dataTable(
      [
        { header: 'Établissement', width: '*' },
        { header: 'Type', width: 84 },
        { header: 'Région', width: 78 },
        { header: 'N_h', width: 22, align: 'right' },
        { header: 'Visé', width: 22, align: 'right' },
        { header: 'Réalisé', width: 30, align: 'right' },
        { header: '% visé', width: 32, align: 'right' },
        { header: 'Fraction', width: 34, align: 'right' },
      ],
      frameRows,
      [
        'Ensemble',
        '',
        '',
        formatInteger(totals.population),
        formatInteger(totals.target),
        formatInteger(totals.achieved),
        share(totals.achieved, totals.target),
        share(totals.achieved, totals.population),
      ],
    ),
    note(
      'N_h : mineurs détenus dans l’établissement à la date de référence. Fraction : part des mineurs de l’établissement interrogés.',
    ),
    keepTogether(
      heading('Réponse', 3),
      dataTable(
        [
          { header: 'Participation', width: '*' },
          { header: 'Effectif', width: 70, align: 'right' },
          { header: 'Part des tirés', width: 60, align: 'right' },
        ],
        responseRows,
      ),
      note(responseNote),
    ),
    ...(attrition
      ? [
          keepTogether(
            heading('Suivi du panel de la vague précédente (attrition)', 3),
            dataTable(
              [
                { header: 'Situation', width: '*' },
                { header: 'Effectif', width: 70, align: 'right' },
                { header: 'Part', width: 60, align: 'right' },
              ],
              [
                ['Répondants de la vague précédente', formatInteger(attrition.previousRespondents), '100,0\u00A0%'],
                [
                  'Réinterrogés en détention',
                  formatInteger(attrition.reinterviewed),
                  share(attrition.reinterviewed, attrition.previousRespondents),
                ],
                [
                  'Libérés (suivi post-libération)',
                  formatInteger(attrition.released),
                  share(attrition.released, attrition.previousRespondents),
                ],
                [
                  'Transférés',
                  formatInteger(attrition.transferred),
                  share(attrition.transferred, attrition.previousRespondents),
                ],
                ['Perdus de vue', formatInteger(attrition.lost), share(attrition.lost, attrition.previousRespondents)],
                ...(attrition.notReinterviewed === undefined
                  ? []
                  : [
                      [
                        'Toujours détenus, non réinterrogés',
                        formatInteger(attrition.notReinterviewed),
                        share(attrition.notReinterviewed, attrition.previousRespondents),
                      ],
                    ]),
              ],
            ),
          ),
        ]
      : []),
    keepTogether(
      heading('Estimations, intervalles et comparaisons', 3),
      paragraph(
        `Les proportions et moyennes sont pondérées. Les intervalles de confiance à ${level} sont calculés sur l'échelle logit pour les proportions et par la loi de Student avec les degrés de liberté du plan pour les moyennes. ` +
          `Les scores du baromètre ramènent chaque indicateur sur une échelle de 0 à 100 à l'aide de bornes fixes ; leurs erreurs types sont estimées par jackknife stratifié. ` +
          (isProvisional(wave)
            ? "Cette vague est encore sur le terrain : aucun écart avec les vagues précédentes n'est testé, et aucun n'est fléché dans les tableaux. "
            : `Une évolution est dite significative lorsque l'intervalle à ${level} de la différence exclut zéro (flèche dans les tableaux : vers le haut pour une hausse, vers le bas pour une baisse). `) +
          "Une évolution n'est présentée que si la question n'a pas changé de définition entre les versions de l'instrument ; sinon elle est signalée « non comparable ».",
      ),
    ),
    keepTogether(
      heading('Protection des enfants : règle de suppression', 3),
      paragraph(
        `Aucune case publiée ne doit permettre de reconnaître un enfant. Une estimation reposant sur moins de ${m.suppressionThreshold} entretiens n'est pas publiée et est remplacée par « s » ; ` +
          "une suppression secondaire empêche de la recalculer à partir des totaux. Les données individuelles ne quittent jamais le système, sauf par un export d'analyse dépourvu d'identifiants directs.",
      ),
    ),
    keepTogether(
      heading("Ce qui a changé dans l'instrument", 3),
      paragraph(
        instrument.previousVersion === undefined
          ? `Questionnaire « ${instrument.title} », version ${instrument.version} : première version utilisée.`
          : instrument.changes.length === 0
            ? `Questionnaire « ${instrument.title} », version ${instrument.version} : aucune question n’a changé depuis la version ${instrument.previousVersion}.`
            : `Questionnaire « ${instrument.title} », version ${instrument.version} (version ${instrument.previousVersion} à la vague précédente). ` +
              `${instrument.changes.length === 1 ? 'Une question a changé' : `${instrument.changes.length} questions ont changé`} : ` +
              `${instrument.changes.map((change) => `${change.question} (${CHANGE_KIND[change.kind]})`).join(', ')}. Le détail figure en annexe B.`,
      ),
    ),
    ...goalposts(model),
    ...limitations(model),
  ];
}

/** What the figures cannot say, written from the wave's own coverage, attrition and baseline. */
function limitations(model: ReportModel): Content[] {
  const { methodology: m, wave } = model;
  const coverage = coverageOf(m);
  const baseline = model.trends.flatMap((trend) => trend.series).find((point) => point.kind === 'baseline');
  const attrition = m.attrition;
  return [
    heading('Limites', 3),
    paragraph(
      'Auto-déclaration : les indicateurs reposent sur ce que les mineurs déclarent en entretien, en détention. Les faits les plus sensibles (violences, isolement, ' +
        'partage de locaux avec des adultes) peuvent être sous-déclarés ; aucune vérification dans les registres de l’établissement n’est faite.',
    ),
    paragraph(
      isProvisional(wave)
        ? `Couverture : ${coverageSentence(coverage).fr}`
        : `Couverture : ${formatInteger(coverage.establishmentsCovered)} établissements sur ${formatInteger(coverage.establishments)} ont été visités et ${formatInteger(coverage.interviews)} entretiens réalisés ; ` +
            `les estimations valent pour les ${formatInteger(coverage.minorsCovered)} mineurs détenus au ${formatDate(wave.referenceDate)} dans ces établissements, non pour les mineurs libérés avant cette date.`,
    ),
    paragraph(
      attrition
        ? `Attrition : ${formatInteger(attrition.reinterviewed)} des ${formatInteger(attrition.previousRespondents)} répondants de la vague précédente ont été réinterrogés en détention. ` +
            'Les mineurs libérés ou transférés sortent du panel ; si leur situation différait de celle des autres, les évolutions en sont affectées.'
        : 'Attrition : première vague du panel, aucun mineur n’a encore été perdu de vue.',
    ),
    paragraph(
      baseline
        ? `Comparabilité avec ${baseline.label} : ses chiffres sont des estimations publiées par d’autres, avec leurs propres questions et leur propre échantillon. ` +
            'Les écarts avec elle sont indicatifs ; quand son erreur type n’est pas publiée, celle d’un sondage aléatoire simple de même taille est utilisée, ce qui peut la sous-estimer.'
        : 'Comparabilité : aucune étude de référence n’est disponible pour ces indicateurs.',
    ),
  ];
}

/** The bounds that map each indicator to the 0-100 score, so a reader can redo any score. */
function goalposts(model: ReportModel): Content[] {
  const rows = model.indicators.map((indicator) => {
    const { low, high } = indicator.goalposts ?? { low: 0, high: 1 };
    const worst = indicator.direction === 'higher_is_better' ? low : high;
    const best = indicator.direction === 'higher_is_better' ? high : low;
    return [
      indicator.label,
      formatEstimate(indicator, worst),
      formatEstimate(indicator, best),
      indicator.redLine
        ? 'interdiction absolue'
        : indicator.target === undefined
          ? '—'
          : formatEstimate(indicator, indicator.target),
    ];
  });
  return [
    heading('Bornes du score', 3),
    dataTable(
      [
        { header: 'Indicateur', width: '*' },
        { header: 'Score 0', width: 55, align: 'right' },
        { header: 'Score 100', width: 55, align: 'right' },
        { header: 'Cible de la norme', width: 85, align: 'right' },
      ],
      rows,
    ),
    note(
      'Chaque indicateur est ramené sur 0-100 entre ces bornes (0 : la valeur la moins favorable, 100 : la plus favorable) ; au-delà, il est plafonné.',
    ),
  ];
}
