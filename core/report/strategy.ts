// The strategy guidelines as a PDF (issue 17, item 5), from the same builder as the report: the plan
// of core/strategy, one objective per dimension with its indicators' baseline, wave values, target,
// responsible institutions and the rules they serve. French, each objective also stated in Arabic.
import { estimateArabicWidth, type TextMeasure } from './arabic.ts';
import { dataTable, heading, note, paragraph, type Column } from './blocks.ts';
import type { StrategyLine, StrategyObjective, StrategyPlan } from '../strategy/index.ts';
import { formatDate, formatEstimate } from './format.ts';
import type { Content, DocDefinition } from './pdf-types.ts';
import { arabicParagraph } from './sections/arabic-text.ts';
import { COLORS, FONTS, PAGE, STYLES } from './theme.ts';
import { keepHeadingsWithNext } from './document.ts';

export interface StrategyDocumentOptions {
  /** ISO timestamp: the document's dates, so the same plan gives the same bytes. */
  readonly generatedAt: string;
  readonly organisation: string;
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

export function buildStrategyDocument(plan: StrategyPlan, options: StrategyDocumentOptions): DocDefinition {
  const measure = options.measureArabic ?? estimateArabicWidth;
  const date = new Date(options.generatedAt);
  const series = [plan.baseline, ...plan.waves].flatMap((wave) => (wave ? [wave.code] : [])).join(', ');
  const { summary } = plan;
  return {
    info: {
      title: STRATEGY_TITLE,
      author: options.organisation,
      subject: 'Plan de suivi d’une stratégie nationale',
      keywords: 'mineurs détenus, réinsertion, stratégie nationale, cadre normatif, Maroc',
      creator: 'OMP barometer',
      producer: 'OMP barometer (pdfmake)',
      creationDate: date,
      modDate: date,
    },
    language: 'fr-FR',
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    defaultStyle: { font: FONTS.latin, fontSize: 8.5, color: COLORS.text, lineHeight: 1.2 },
    styles: STYLES,
    pageBreakBefore: keepHeadingsWithNext,
    footer: (page, pages) => ({
      columns: [
        { text: `${options.organisation} · ${STRATEGY_TITLE}`, width: '*' },
        { text: `${page} / ${pages}`, width: 'auto', alignment: 'right' },
      ],
      fontSize: 7,
      color: COLORS.muted,
      margin: [PAGE.marginX, 20, PAGE.marginX, 0],
    }),
    content: [
      { text: STRATEGY_TITLE, style: 'h1', fontSize: 18 },
      { ...arabicParagraph(STRATEGY_TITLE_AR, { measure, fontSize: 13, width: LANDSCAPE_WIDTH, bold: true }) },
      paragraph(
        `Plan de suivi établi le ${formatDate(options.generatedAt.slice(0, 10))} à partir du cadre normatif du baromètre et de ses mesures (${series}). Chaque objectif reprend une dimension du baromètre ; pour chaque indicateur : sa valeur de référence, ses valeurs vague après vague, la cible que fixent les règles qu’il sert (la plus exigeante quand plusieurs en fixent une), les institutions auxquelles s’adressent les recommandations qui le citent, et ces règles.`,
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
    ],
  };
}
