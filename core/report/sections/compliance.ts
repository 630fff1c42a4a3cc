// Annex: the compliance matrix of the wave (core/compliance), red lines first and apart from the score,
// then every rule of the catalogue, those no indicator of the wave bears on printed "non mesuré".
import type { TextMeasure } from '../arabic.ts';
import { dataTable, heading, note, paragraph } from '../blocks.ts';
import { ORIGIN_NAMES, originText, type ComplianceRow, type MatrixEntry } from '../../compliance/index.ts';
import { formatChange, formatEstimate } from '../format.ts';
import type { ReportModel } from '../model.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { COLORS, CONTENT_WIDTH } from '../theme.ts';
import { SECTION_TITLES } from '../titles.ts';
import { arabicParagraph } from './arabic-text.ts';

const NATURE = { measures: 'mesure', approximates: 's’en approche' } as const;

export const COMPLIANCE_INTRO = {
  fr: 'Pour chaque règle du cadre normatif, les indicateurs qui la mesurent ou s’en approchent, leur valeur dans cette vague, la cible que fixe la règle et l’évolution depuis la vague précédente. Une règle qu’aucun indicateur de la vague ne mesure est signalée « non mesuré » : c’est une lacune du baromètre, pas un constat de conformité. Les interdictions absolues (lignes rouges) sont présentées à part : toute valeur non nulle y est un manquement, jamais compensé dans le score.',
  ar: 'لكل قاعدة من الإطار المعياري: المؤشرات التي تقيسها أو تقاربها، وقيمتها في هذه الموجة، والهدف الذي تحدده القاعدة، وتطورها منذ الموجة السابقة. القاعدة التي لا يقيسها أي مؤشر تُذكر «غير مقيسة»: إنها ثغرة في البارومتر وليست إثباتا للمطابقة. تُعرض المحظورات المطلقة (الخطوط الحمراء) على حدة: كل قيمة غير منعدمة إخلال لا يُعوَّض في المؤشر المركب.',
} as const;

function valueText(entry: MatrixEntry): string {
  const { value } = entry;
  switch (value.kind) {
    case 'survey':
      return formatEstimate(entry, value.estimate);
    case 'external':
      return `${formatEstimate(entry, value.estimate)} (${originText(value.origin, value.source, 'fr')})`;
    case 'suppressed':
      return 's';
    case 'not_applicable':
      return 'non mesuré dans cette vague';
  }
}

function verdict(entry: MatrixEntry): Content {
  if (entry.red_line_crossed) return { text: 'Ligne rouge franchie', style: 'cell', bold: true, color: COLORS.worse };
  if (entry.target === null) return { text: '—', style: 'cell', color: COLORS.muted };
  const target = `cible ${formatEstimate(entry, entry.target)}`;
  if (entry.target_met === null) return { text: target, style: 'cell', color: COLORS.muted };
  return {
    text: `${entry.target_met ? 'Atteinte' : 'Non atteinte'} (${target})`,
    style: 'cell',
    ...(entry.target_met ? {} : { color: COLORS.worse }),
  };
}

function ruleCell(row: ComplianceRow): ContentNode {
  return {
    text: [
      { text: `${row.instrument} ${row.number}\n`, bold: true },
      { text: row.text, color: COLORS.muted, fontSize: 6.8 },
    ],
    style: 'cell',
  };
}

function rowsOf(rows: readonly ComplianceRow[]): Content[][] {
  return rows.flatMap((row): Content[][] => {
    if (row.indicators.length === 0)
      return [[ruleCell(row), { text: 'non mesuré', style: 'cell', italics: true, color: COLORS.muted }, '', '', '']];
    return row.indicators.map((entry, position) => [
      position === 0 ? { ...ruleCell(row), rowSpan: row.indicators.length } : '',
      {
        text: [{ text: `${entry.label}\n` }, { text: NATURE[entry.nature], color: COLORS.muted, fontSize: 6.5 }],
        style: 'cell',
      },
      valueText(entry),
      verdict(entry),
      entry.change ? `${formatChange(entry, entry.change.change)} depuis ${entry.change.from}` : '—',
    ]);
  });
}

/** Each indicator the matrix reads from an outside figure, once, with its origin and source. */
function outsideFigures(rows: readonly ComplianceRow[]): Content[][] {
  const seen = new Map<string, Content[]>();
  for (const entry of rows.flatMap((row) => row.indicators)) {
    const { value } = entry;
    if (value.kind !== 'external' || seen.has(entry.indicator)) continue;
    seen.set(entry.indicator, [
      entry.label,
      formatEstimate(entry, value.estimate),
      ORIGIN_NAMES[value.origin].fr,
      value.source ?? '—',
    ]);
  }
  return [...seen.values()];
}

const OUTSIDE_COLUMNS = [
  { header: 'Indicateur', width: '*' },
  { header: 'Valeur', width: 50 },
  { header: 'Nature', width: 80 },
  { header: 'Source', width: 150 },
] as const;

const COLUMNS = [
  { header: 'Règle', width: '*' },
  { header: 'Indicateur', width: 110 },
  { header: 'Valeur', width: 62 },
  { header: 'Cible', width: 70 },
  { header: 'Évolution', width: 62 },
] as const;

export function complianceAnnex(model: ReportModel, measure: TextMeasure): Content[] {
  const matrix = model.compliance;
  if (!matrix) return [];
  const { summary } = matrix;
  const outside = outsideFigures([...matrix.red_lines, ...matrix.rules]);
  return [
    heading(SECTION_TITLES.annexCompliance, 1, { toc: true, pageBreak: true }),
    paragraph(COMPLIANCE_INTRO.fr),
    { ...arabicParagraph(COMPLIANCE_INTRO.ar, { measure, fontSize: 9, width: CONTENT_WIDTH }), margin: [0, 0, 0, 8] },
    paragraph(
      `${summary.rules} règles : ${summary.measured} mesurées, ${summary.approximated} approchées seulement, ${summary.not_measured} non mesurées ; ${summary.red_lines_crossed} ligne(s) rouge(s) franchie(s).`,
    ),
    heading('Lignes rouges (interdictions absolues)', 2),
    dataTable(COLUMNS, rowsOf(matrix.red_lines)),
    heading('Règles et articles', 2),
    dataTable(COLUMNS, rowsOf(matrix.rules)),
    ...(outside.length > 0
      ? [
          heading('Chiffres qui ne viennent pas des entretiens', 2),
          paragraph(
            'Les administrations (DGAPR, ministère de la Justice) comptent ce qu’aucun entretien ne peut mesurer : taux de détention, décès en détention, peines privatives de liberté, alternatives avant jugement. Ces chiffres sont repris tels que publiés, avec leur source ; ils n’ont pas d’intervalle de confiance.',
          ),
          dataTable(OUTSIDE_COLUMNS, outside),
        ]
      : []),
    note(
      's : valeur non publiée (contrôle de diffusion). Donnée administrative : chiffre de l’administration (DGAPR, ministère) saisi avec sa source, non issu des entretiens ; étude de référence : valeur de l’étude de 2020.',
    ),
  ];
}
