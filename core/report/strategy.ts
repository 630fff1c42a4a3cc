// The strategy guidelines as a PDF (issue 17, item 5), from the same builder as the report: the plan
// of core/strategy, one objective per dimension with its indicators' baseline, wave values, target,
// responsible institutions and the rules they serve. French (each objective also stated in Arabic), or
// Arabic, right to left, with the Arabic edition's tables (sections/arabic-edition.ts).
import { estimateArabicWidth, type TextMeasure } from './arabic.ts';
import { dataTable, heading, note, paragraph, type Column } from './blocks.ts';
import type { StrategyLine, StrategyObjective, StrategyPlan } from '../strategy/index.ts';
import { formatDate, formatEstimate } from './format.ts';
import { arabicDate } from './words.ts';
import type { Content, DocDefinition } from './pdf-types.ts';
import { ar, h1, table, type ArabicColumn, type ArabicMeasure, type Cell } from './sections/arabic-edition.ts';
import { arabicParagraph } from './sections/arabic-text.ts';
import { COLORS, FONTS, PAGE, STYLES } from './theme.ts';
import { keepHeadingsWithNext } from './document.ts';

export type StrategyLang = 'fr' | 'ar';

export interface StrategyDocumentOptions {
  /** ISO timestamp: the document's dates, so the same plan gives the same bytes. */
  readonly generatedAt: string;
  readonly organisation: string;
  readonly organisationAr: string;
  /** French (default) or Arabic, right to left. */
  readonly lang?: StrategyLang | undefined;
  readonly measureArabic?: TextMeasure | undefined;
}

export const STRATEGY_TITLE = 'Lignes directrices pour une stratégie nationale de réinsertion des mineurs détenus';
export const STRATEGY_TITLE_AR = 'توجيهات لاستراتيجية وطنية لإعادة إدماج الأحداث المحتجزين';

const LANDSCAPE_WIDTH = PAGE.height - 2 * PAGE.marginX;

function value(line: StrategyLine, estimate: number | null): string {
  return estimate === null ? '—' : formatEstimate({ type: line.type }, estimate);
}

function targetCell(line: StrategyLine): Content {
  if (line.target === null)
    return { text: 'à fixer', style: 'cell', alignment: 'right', italics: true, color: COLORS.muted };
  const text = value(line, line.target);
  if (line.target_met === null) return text;
  return {
    text: `${text}\n${line.target_met ? 'atteinte' : 'non atteinte'}`,
    style: 'cell',
    alignment: 'right',
    ...(line.target_met ? {} : { color: COLORS.worse }),
  };
}

function columns(plan: StrategyPlan): Column[] {
  return [
    { header: 'Indicateur', width: '*' },
    { header: `Réf. ${plan.baseline?.code ?? ''}`.trim(), width: 42, align: 'right' },
    ...plan.waves.map((wave): Column => ({
      header: wave.provisional ? `${wave.code} (p)` : wave.code,
      width: 42,
      align: 'right',
    })),
    { header: 'Cible', width: 52, align: 'right' },
    { header: 'Institutions responsables', width: 120 },
    { header: 'Règles servies', width: 150 },
  ];
}

function rows(plan: StrategyPlan, objective: StrategyObjective): Content[][] {
  return objective.lines.map((line) => [
    {
      text: [{ text: `${line.label}\n` }, { text: line.indicator, color: COLORS.muted, fontSize: 6.5 }],
      style: 'cell',
    },
    value(line, line.baseline),
    ...plan.waves.map((_, position) => value(line, line.values[position] ?? null)),
    targetCell(line),
    line.institutions.map((institution) => institution.name).join(', ') || {
      text: 'à désigner',
      style: 'cell',
      italics: true,
      color: COLORS.muted,
    },
    line.rules.map((rule) => `${rule.reference}${rule.nature === 'approximates' ? ' (approché)' : ''}`).join(' ; '),
  ]);
}

function objectiveSection(plan: StrategyPlan, objective: StrategyObjective, measure: TextMeasure): Content[] {
  return [
    // An objective a page: the plan is read, and handed to each institution, objective by objective.
    heading(`Objectif ${objective.number}. ${objective.title}`, 1, { toc: true, pageBreak: true }),
    { ...arabicParagraph(objective.title_ar, { measure, fontSize: 10, width: LANDSCAPE_WIDTH, bold: true }) },
    paragraph(objective.objective),
    {
      ...arabicParagraph(objective.objective_ar, { measure, fontSize: 9, width: LANDSCAPE_WIDTH }),
      margin: [0, 0, 0, 6],
    },
    ...(objective.standard ? [note(`Normes de la dimension : ${objective.standard}`)] : []),
    dataTable(columns(plan), rows(plan, objective)),
  ];
}

/** The words of the Arabic document's tables; figures keep the French formatting, as in the Arabic report. */
const AR = {
  indicator: 'المؤشر',
  code: 'الرمز',
  baseline: 'مرجع',
  provisional: '(م)',
  target: 'القيمة المستهدفة',
  toSet: 'تُحدَّد لاحقًا',
  met: 'متحققة',
  notMet: 'غير متحققة',
  institutions: 'المؤسسات المسؤولة',
  toName: 'لم تُعيَّن بعد',
  rules: 'القواعد التي يخدمها',
  approximates: '(تقريبي)',
  objective: 'الهدف',
  standards: 'معايير البعد',
  contents: 'الأهداف',
} as const;

function arabicTargetCell(writer: ArabicMeasure, line: StrategyLine): Cell {
  if (line.target === null) return AR.toSet;
  const text = value(line, line.target);
  if (line.target_met === null) return text;
  return {
    stack: [
      { text, font: FONTS.latin, style: 'cell', alignment: 'right' },
      ar(writer, line.target_met ? AR.met : AR.notMet, {
        fontSize: 7.5,
        width: 52,
        ...(line.target_met ? {} : { color: COLORS.worse }),
      }),
    ],
  };
}

function arabicColumns(plan: StrategyPlan): ArabicColumn[] {
  return [
    { header: AR.indicator },
    { header: AR.code, width: 70 },
    { header: `${AR.baseline} ${plan.baseline?.code ?? ''}`.trim(), width: 42 },
    ...plan.waves.map((wave) => ({
      header: wave.provisional ? `${wave.code} ${AR.provisional}` : wave.code,
      width: 42,
    })),
    { header: AR.target, width: 52 },
    { header: AR.institutions, width: 110 },
    { header: AR.rules, width: 130 },
  ];
}

function arabicRows(writer: ArabicMeasure, plan: StrategyPlan, objective: StrategyObjective): Cell[][] {
  return objective.lines.map((line) => [
    // A label nobody translated yet is printed in French rather than left blank.
    line.label_ar || line.label,
    line.indicator,
    value(line, line.baseline),
    ...plan.waves.map((_, position) => value(line, line.values[position] ?? null)),
    arabicTargetCell(writer, line),
    line.institutions.map((institution) => institution.name_ar || institution.name).join('، ') || AR.toName,
    line.rules
      .map((rule) => `${rule.reference}${rule.nature === 'approximates' ? ` ${AR.approximates}` : ''}`)
      // Never an empty cell: an empty Latin text node spoils the text layer of the figures after it.
      .join(' ؛ ') || '—',
  ]);
}

function arabicObjectiveSection(writer: ArabicMeasure, plan: StrategyPlan, objective: StrategyObjective): Content[] {
  return [
    h1(writer, `${AR.objective} ${objective.number}. ${objective.title_ar || objective.title}`, true, LANDSCAPE_WIDTH),
    { ...ar(writer, objective.objective_ar, { width: LANDSCAPE_WIDTH }), margin: [0, 0, 0, 6] },
    ...(objective.standard
      ? [
          ar(writer, `${AR.standards}: ${objective.standard}`, {
            fontSize: 8,
            width: LANDSCAPE_WIDTH,
            color: COLORS.muted,
          }),
        ]
      : []),
    table(writer, arabicColumns(plan), arabicRows(writer, plan, objective), LANDSCAPE_WIDTH),
  ];
}

function arabicContent(plan: StrategyPlan, options: StrategyDocumentOptions, measure: TextMeasure): Content[] {
  const writer: ArabicMeasure = { measure };
  const { summary } = plan;
  const paragraph = (text: string, margin: [number, number, number, number] = [0, 0, 0, 6]): Content => ({
    ...ar(writer, text, { width: LANDSCAPE_WIDTH }),
    margin,
  });
  return [
    {
      ...ar(writer, options.organisationAr, { fontSize: 11, width: LANDSCAPE_WIDTH, color: COLORS.accent }),
      margin: [0, 0, 0, 6],
    },
    {
      ...ar(writer, STRATEGY_TITLE_AR, {
        fontSize: 18,
        width: LANDSCAPE_WIDTH,
        bold: true,
        color: COLORS.ink,
        outline: true,
      }),
      margin: [0, 0, 0, 10],
    },
    paragraph(
      `خطة تتبع أُعدت بتاريخ ${arabicDate(options.generatedAt.slice(0, 10))} انطلاقًا من الإطار المعياري للبارومتر ومن قياساته (${seriesOf(plan)}). يتناول كل هدف بعدًا من أبعاد البارومتر؛ ولكل مؤشر: قيمته المرجعية، وقيمه موجة بعد موجة، والقيمة المستهدفة التي تحددها القواعد التي يخدمها (الأكثر صرامة إذا حددتها عدة قواعد)، والمؤسسات التي تتوجه إليها التوصيات التي تستشهد به، وهذه القواعد.`,
      [0, 4, 0, 6],
    ),
    paragraph(
      `${summary.indicators} مؤشرًا، منها ${summary.with_target} بقيمة مستهدفة تحددها قاعدة (${summary.targets_met} متحققة عند آخر قياس)؛ وتنتظر المؤشرات الأخرى قيمة مستهدفة وطنية. ${summary.without_institution} مؤشرًا لم تُعيَّن له بعد أي مؤسسة مسؤولة.`,
    ),
    {
      ...ar(
        writer,
        `${AR.provisional}: موجة مؤقتة، البحث الميداني جارٍ. —: لا قيمة لهذه الموجة. تُدرج الأرقام الإدارية (المندوبية العامة، الوزارة) بمصدرها في الملحق هـ من تقرير كل موجة.`,
        { fontSize: 8, width: LANDSCAPE_WIDTH, color: COLORS.muted },
      ),
      margin: [0, 0, 0, 6],
    },
    ...plan.objectives.flatMap((objective) => arabicObjectiveSection(writer, plan, objective)),
  ];
}

function seriesOf(plan: StrategyPlan): string {
  return [plan.baseline, ...plan.waves].flatMap((wave) => (wave ? [wave.code] : [])).join(', ');
}

function frenchContent(plan: StrategyPlan, measure: TextMeasure, generatedAt: string): Content[] {
  const { summary } = plan;
  return [
    { text: STRATEGY_TITLE, style: 'h1', fontSize: 18 },
    { ...arabicParagraph(STRATEGY_TITLE_AR, { measure, fontSize: 13, width: LANDSCAPE_WIDTH, bold: true }) },
    paragraph(
      `Plan de suivi établi le ${formatDate(generatedAt.slice(0, 10))} à partir du cadre normatif du baromètre et de ses mesures (${seriesOf(plan)}). Chaque objectif reprend une dimension du baromètre ; pour chaque indicateur : sa valeur de référence, ses valeurs vague après vague, la cible que fixent les règles qu’il sert (la plus exigeante quand plusieurs en fixent une), les institutions auxquelles s’adressent les recommandations qui le citent, et ces règles.`,
      { margin: [0, 8, 0, 4] },
    ),
    paragraph(
      `${summary.indicators} indicateurs, dont ${summary.with_target} avec une cible fixée par une règle (${summary.targets_met} atteinte(s) à la dernière mesure) ; les autres attendent une cible nationale. ${summary.without_institution} indicateur(s) n’ont encore aucune institution responsable désignée.`,
    ),
    note(
      '(p) : vague provisoire, collecte en cours. — : pas de valeur pour cette vague. Les chiffres administratifs (DGAPR, ministère) sont repris avec leur source dans l’annexe E du rapport de chaque vague.',
    ),
    { toc: { title: { text: 'Objectifs', style: 'h2' } }, margin: [0, 8, 0, 0] },
    ...plan.objectives.flatMap((objective) => objectiveSection(plan, objective, measure)),
  ];
}

export function buildStrategyDocument(plan: StrategyPlan, options: StrategyDocumentOptions): DocDefinition {
  const measure = options.measureArabic ?? estimateArabicWidth;
  const date = new Date(options.generatedAt);
  const arabic = options.lang === 'ar';
  return {
    info: {
      title: arabic ? STRATEGY_TITLE_AR : STRATEGY_TITLE,
      author: arabic ? options.organisationAr : options.organisation,
      subject: arabic ? 'خطة تتبع استراتيجية وطنية' : 'Plan de suivi d’une stratégie nationale',
      keywords: arabic
        ? 'الأحداث المحتجزون، إعادة الإدماج، استراتيجية وطنية، الإطار المعياري، المغرب'
        : 'mineurs détenus, réinsertion, stratégie nationale, cadre normatif, Maroc',
      creator: 'OMP barometer',
      producer: 'OMP barometer (pdfmake)',
      creationDate: date,
      modDate: date,
    },
    language: arabic ? 'ar-MA' : 'fr-FR',
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    defaultStyle: { font: FONTS.latin, fontSize: 8.5, color: COLORS.text, lineHeight: 1.2 },
    styles: STYLES,
    pageBreakBefore: keepHeadingsWithNext,
    footer: (page, pages) =>
      arabic
        ? {
            columns: [
              { text: `${page} / ${pages}`, width: 'auto', fontSize: 7, color: COLORS.muted },
              {
                ...arabicParagraph(`${options.organisationAr} · ${STRATEGY_TITLE_AR}`, {
                  measure,
                  fontSize: 7.5,
                  width: 600,
                  color: COLORS.muted,
                }),
                width: '*',
              },
            ],
            margin: [PAGE.marginX, 18, PAGE.marginX, 0],
          }
        : {
            columns: [
              { text: `${options.organisation} · ${STRATEGY_TITLE}`, width: '*' },
              { text: `${page} / ${pages}`, width: 'auto', alignment: 'right' },
            ],
            fontSize: 7,
            color: COLORS.muted,
            margin: [PAGE.marginX, 20, PAGE.marginX, 0],
          },
    content: arabic ? arabicContent(plan, options, measure) : frenchContent(plan, measure, options.generatedAt),
  };
}
