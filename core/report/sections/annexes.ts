import type { TextMeasure } from '../arabic.ts';
import { dataTable, heading, keepTogether, note, paragraph } from '../blocks.ts';
import { definitionInWords } from '../definitions.ts';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../format.ts';
import type { ReportIndex } from '../lookup.ts';
import type { Indicator, QualityFigure, ReportModel } from '../model.ts';
import type { Content } from '../pdf-types.ts';
import { COLORS } from '../theme.ts';
import { SECTION_TITLES } from '../titles.ts';
import { arabicParagraph } from './arabic-text.ts';
import { CITATION, GLOSSARY } from './reference.ts';

const TYPE = { proportion: 'Proportion', mean: 'Moyenne' } as const;
const DIRECTION = { higher_is_better: 'Hausse souhaitée', lower_is_better: 'Baisse souhaitée' } as const;
const CHANGE_KIND = { added: 'Ajoutée', removed: 'Supprimée', modified: 'Modifiée' } as const;

const code = (text: string): Content => ({ text, style: 'cell', fontSize: 6.8, color: COLORS.muted });

const QUESTION_WIDTH = 118;

/** Goalposts as printed: the values that score 0 and 100 (a proportion's default is 0 to 100 %). */
function goalposts(indicator: Indicator): string {
  if (!indicator.goalposts) return '0 – 100 %';
  const { low, high } = indicator.goalposts;
  return indicator.type === 'proportion'
    ? `${formatPercent(low, 0)} – ${formatPercent(high, 0)}`
    : `${formatDecimal(low, 0)} – ${formatDecimal(high, 0)}${indicator.unit ? `\u00A0${indicator.unit}` : ''}`;
}

function questionCell(indicator: Indicator, measure: TextMeasure): Content {
  const questions = indicator.questions ?? [];
  if (questions.length === 0) return { text: '—', style: 'cell', color: COLORS.muted };
  return {
    stack: questions.flatMap((question) => [
      { text: question.label, style: 'cell', fontSize: 7 },
      ...(question.labelAr
        ? [
            {
              ...arabicParagraph(question.labelAr, { measure, fontSize: 7.5, width: QUESTION_WIDTH - 8 }),
              margin: [0, 0, 0, 3] as const,
            },
          ]
        : []),
    ]),
  };
}

function definitionsAnnex(model: ReportModel, index: ReportIndex, measure: TextMeasure): Content[] {
  const rows = index.dimensions.flatMap((dimension) => [
    [
      { text: dimension.label, style: 'cell', bold: true, color: COLORS.accent, colSpan: 5, fillColor: '#F4FAF9' },
      '',
      '',
      '',
      '',
    ] as Content[],
    ...index.indicatorsOf(dimension.code).map((indicator): Content[] => {
      const words = definitionInWords(indicator, 'fr');
      return [
        {
          text: [
            { text: `${indicator.label}\n` },
            {
              text: `${indicator.code} · ${TYPE[indicator.type]}, ${DIRECTION[indicator.direction]}`,
              color: COLORS.muted,
              fontSize: 6.5,
            },
          ],
          style: 'cell',
        },
        questionCell(indicator, measure),
        {
          stack: [
            { text: [{ text: 'Numérateur : ', bold: true }, words.numerator], style: 'cell', fontSize: 7 },
            { text: [{ text: 'Dénominateur : ', bold: true }, words.denominator], style: 'cell', fontSize: 7 },
            code(`${indicator.definition.numerator} / ${indicator.definition.denominator || 'true()'}`),
          ],
        },
        { text: goalposts(indicator), style: 'cell', fontSize: 6.8 },
        { text: indicator.standard, style: 'cell', fontSize: 6.8 },
      ];
    }),
  ]);
  return [
    heading(SECTION_TITLES.annexDefinitions, 1, { toc: true, pageBreak: true }),
    paragraph(
      'Chaque indicateur avec la question posée (en français et en arabe), son numérateur et son dénominateur en mots, puis tels que calculés (syntaxe XLSForm : ${CODE} est la réponse à une question). Les bornes sont les valeurs qui valent 0 et 100 dans le score, inversées quand une valeur basse est souhaitable.',
    ),
    dataTable(
      [
        { header: 'Indicateur', width: 92 },
        { header: 'Question posée', width: QUESTION_WIDTH },
        { header: 'Numérateur et dénominateur', width: '*' },
        { header: 'Bornes', width: 42 },
        { header: 'Norme', width: 62 },
      ],
      rows,
    ),
  ];
}

function referenceAnnex(model: ReportModel): Content[] {
  return [
    keepTogether(
      { ...heading(SECTION_TITLES.annexGlossary, 1, { toc: true }), margin: [0, 18, 0, 12] },
      dataTable(
        [
          { header: 'Sigle ou terme', width: 90 },
          { header: 'Sens', width: '*' },
        ],
        GLOSSARY.map((entry) => [{ text: entry.term, style: 'cell', bold: true }, entry.fr]),
      ),
    ),
    keepTogether(
      { ...heading(SECTION_TITLES.annexCitation, 1, { toc: true }), margin: [0, 18, 0, 12] },
      paragraph(`Date de publication : ${formatDate(model.generatedAt.slice(0, 10))}.`),
      paragraph(`Pour citer ce rapport : ${CITATION.fr(model)}`),
      paragraph(CITATION.contactFr(model)),
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
export function annexes(model: ReportModel, index: ReportIndex, measure: TextMeasure): Content[] {
  return [
    ...definitionsAnnex(model, index, measure),
    ...instrumentAnnex(model, index),
    ...qualityAnnex(model),
    ...referenceAnnex(model),
  ];
}
