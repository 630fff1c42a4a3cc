import { dataTable, heading, keepTogether, note, paragraph } from '../blocks.ts';
import { formatDecimal, formatInteger, formatPercent } from '../format.ts';
import type { ReportIndex } from '../lookup.ts';
import type { QualityFigure, ReportModel } from '../model.ts';
import type { Content } from '../pdf-types.ts';
import { COLORS } from '../theme.ts';
import { SECTION_TITLES } from '../titles.ts';

const TYPE = { proportion: 'Proportion', mean: 'Moyenne' } as const;
const DIRECTION = { higher_is_better: 'Hausse souhaitée', lower_is_better: 'Baisse souhaitée' } as const;
const CHANGE_KIND = { added: 'Ajoutée', removed: 'Supprimée', modified: 'Modifiée' } as const;

const code = (text: string): Content => ({ text, style: 'cell', fontSize: 6.8, color: COLORS.muted });

function definitionsAnnex(model: ReportModel, index: ReportIndex): Content[] {
  const rows = index.dimensions.flatMap((dimension) => [
    [
      { text: dimension.label, style: 'cell', bold: true, color: COLORS.accent, colSpan: 5, fillColor: '#F4FAF9' },
      '',
      '',
      '',
      '',
    ] as Content[],
    ...index.indicatorsOf(dimension.code).map((indicator): Content[] => [
      {
        text: [{ text: `${indicator.label}\n` }, { text: indicator.code, color: COLORS.muted, fontSize: 6.5 }],
        style: 'cell',
      },
      `${TYPE[indicator.type]}\n${DIRECTION[indicator.direction]}`,
      code(indicator.definition.numerator),
      code(indicator.definition.denominator),
      { text: indicator.standard, style: 'cell', fontSize: 6.8 },
    ]),
  ]);
  return [
    heading(SECTION_TITLES.annexDefinitions, 1, { toc: true, pageBreak: true }),
    paragraph(
      'Les expressions suivent la syntaxe XLSForm : ${CODE} désigne la réponse à une question ; le dénominateur délimite la population concernée. Pour une moyenne, le numérateur est la valeur moyennée.',
    ),
    dataTable(
      [
        { header: 'Indicateur', width: '*' },
        { header: 'Type et sens', width: 62 },
        { header: 'Numérateur', width: 105 },
        { header: 'Dénominateur', width: 90 },
        { header: 'Norme', width: 70 },
      ],
      rows,
    ),
  ];
}

function instrumentAnnex(model: ReportModel, index: ReportIndex): Content[] {
  const { instrument } = model.methodology;
  const intro =
    instrument.previousVersion === undefined
      ? `Version ${instrument.version} du questionnaire « ${instrument.title} » (${instrument.code}), première version utilisée.`
      : `Version ${instrument.version} du questionnaire « ${instrument.title} » (${instrument.code}), comparée à la version ${instrument.previousVersion}.`;
  const rows = instrument.changes.map((change): Content[] => [
    { text: change.question, style: 'cell', bold: true },
    CHANGE_KIND[change.kind],
    change.description,
    change.indicators.length === 0
      ? '—'
      : change.indicators.map((entry) => index.indicator(entry)?.label ?? entry).join(' ; '),
  ]);
  return [
    keepTogether(
      { ...heading(SECTION_TITLES.annexInstrument, 1, { toc: true }), margin: [0, 18, 0, 12] },
      paragraph(intro),
      rows.length === 0
        ? paragraph('Aucune question n’a changé.')
        : dataTable(
            [
              { header: 'Question', width: 70 },
              { header: 'Changement', width: 55 },
              { header: 'Description', width: '*' },
              { header: 'Tendance rompue pour', width: 130 },
            ],
            rows,
          ),
    ),
  ];
}

function qualityValue(figure: QualityFigure): string {
  switch (figure.unit) {
    case 'count':
      return formatInteger(figure.value);
    case 'percent':
      return formatPercent(figure.value);
    case 'minutes':
      return `${formatDecimal(figure.value, 0)}\u00A0min`;
  }
}

function qualityAnnex(model: ReportModel): Content[] {
  const { figures, itemNonResponse } = model.dataQuality;
  return [
    keepTogether(
      { ...heading(SECTION_TITLES.annexQuality, 1, { toc: true }), margin: [0, 18, 0, 12] },
      dataTable(
        [
          { header: 'Indicateur de qualité', width: '*' },
          { header: 'Valeur', width: 60, align: 'right' },
          { header: 'Remarque', width: 200 },
        ],
        figures.map((figure) => [
          figure.label,
          qualityValue(figure),
          { text: figure.note ?? '', style: 'cell', color: COLORS.muted },
        ]),
      ),
    ),
    heading('Non-réponse partielle par question', 2),
    dataTable(
      [
        { header: 'Question', width: 70 },
        { header: 'Libellé', width: '*' },
        { header: 'Entretiens concernés', width: 70, align: 'right' },
        { header: 'Sans réponse', width: 60, align: 'right' },
      ],
      itemNonResponse.map((item) => [
        { text: item.question, style: 'cell', bold: true },
        item.label,
        formatInteger(item.n),
        formatPercent(item.rate),
      ]),
    ),
    note('Sans réponse : part des entretiens où la question était posée et n’a pas reçu de réponse.'),
  ];
}

/** The annexes in print order. */
export function annexes(model: ReportModel, index: ReportIndex): Content[] {
  return [...definitionsAnnex(model, index), ...instrumentAnnex(model, index), ...qualityAnnex(model)];
}
