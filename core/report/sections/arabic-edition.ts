/**
 * The Arabic edition: every section right to left, from the same model and the same rules as the
 * French one (words.ts, definitions.ts, provisional.ts). Figures keep Western digits and the decimal
 * comma, as Moroccan administrations print them and as the analysts write the Arabic summary; they
 * are set in the Latin font, which has the narrow spaces French number formatting uses.
 * Charts are not drawn: their labels are French; the tables carry the same figures.
 */
import { OUTCOME_INDICATORS, TRACING_CELL_LABELS } from '../../followup/index.ts';
import { withArrow } from '../blocks.ts';
import { isImprovement } from '../change.ts';
import { definitionInWords } from '../definitions.ts';
import {
  formatDecimal,
  formatEstimate,
  formatInteger,
  formatInterval,
  formatPercent,
  formatScoreChange,
} from '../format.ts';
import type { TextMeasure } from '../arabic.ts';
import type { ReportIndex } from '../lookup.ts';
import type { Indicator, Priority, ReportModel, ScoreChange, TrendChange, WaveStatus } from '../model.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { coverageOf, coverageSentence, isProvisional } from '../provisional.ts';
import { COLORS, CONTENT_WIDTH, FONTS, PAGE } from '../theme.ts';
import { arabicDate, arabicWaveName } from '../words.ts';
import { outcomeCells, tracingCells } from './after-release.ts';
import { arabicParagraph } from './arabic-text.ts';
import { arabicComplianceAnnex, arabicFollowUpChapter } from './arabic-framework.ts';
import { COVER_BAND } from './cover.ts';
import { CITATION, GLOSSARY } from './reference.ts';

/** Section titles of the Arabic edition, in print order. */
export const ARABIC_TITLES = {
  summary: 'الملخص التنفيذي',
  methodology: 'المنهجية',
  recommendations: 'التوصيات',
  afterRelease: 'بعد الإفراج',
  followUp: 'تتبع التوصيات',
  definitions: 'الملحق أ. تعريف المؤشرات',
  glossary: 'الملحق ب. مسرد المصطلحات',
  citation: 'طريقة الاستشهاد والاتصال',
  compliance: 'الملحق ج. مصفوفة المطابقة مع الإطار المعياري',
} as const;

const PRIORITY_AR: Readonly<Record<Priority, string>> = { high: 'عالية', medium: 'متوسطة', low: 'منخفضة' };
const STATUS_AR: Readonly<Record<WaveStatus, string | undefined>> = {
  planned: 'وثيقة عمل: موجة مبرمجة',
  open: 'وثيقة مؤقتة: البحث الميداني جارٍ',
  locked: 'وثيقة مؤقتة: الموجة مغلقة، والنتائج لم تُنشر بعد',
  published: undefined,
};
const DIRECTION_AR = {
  higher_is_better: 'يُستحسن ارتفاع القيمة',
  lower_is_better: 'يُستحسن انخفاض القيمة',
} as const;
const TYPE_AR = { proportion: 'نسبة', mean: 'متوسط' } as const;

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const CELL_PADDING = 8;

/** What Arabic text needs to be laid out: the measure of the font (the strategy document has no report model). */
export interface ArabicMeasure {
  readonly measure: TextMeasure;
}

export interface Writer extends ArabicMeasure {
  readonly model: ReportModel;
  readonly index: ReportIndex;
}

/** Arabic text, right aligned, broken and ordered for its width. */
export function ar(
  writer: ArabicMeasure,
  text: string,
  options: {
    fontSize?: number;
    width?: number;
    bold?: boolean;
    color?: string;
    outline?: boolean;
    headlineLevel?: number;
  } = {},
): ContentNode {
  return arabicParagraph(text, {
    measure: writer.measure,
    fontSize: options.fontSize ?? 10,
    width: options.width ?? CONTENT_WIDTH,
    lineHeight: 1.3,
    ...(options.bold ? { bold: true } : {}),
    ...(options.color ? { color: options.color } : {}),
    ...(options.outline ? { outline: true } : {}),
    ...(options.headlineLevel === undefined ? {} : { headlineLevel: options.headlineLevel }),
  });
}

export const body = (writer: Writer, text: string): ContentNode => ({ ...ar(writer, text), margin: [0, 0, 0, 6] });

export function h1(writer: ArabicMeasure, text: string, pageBreak: boolean, width = CONTENT_WIDTH): ContentNode {
  return {
    ...ar(writer, text, { fontSize: 17, bold: true, color: COLORS.ink, outline: true, headlineLevel: 1, width }),
    margin: [0, 0, 0, 10],
    ...(pageBreak ? { pageBreak: 'before' } : {}),
  };
}

export const h2 = (writer: Writer, text: string): ContentNode => ({
  ...ar(writer, text, { fontSize: 12.5, bold: true, color: COLORS.ink, headlineLevel: 2 }),
  margin: [0, 12, 0, 4],
});

/** A figure in the Latin font: French number formatting needs its narrow spaces. */
export const figure = (text: string, extra: Partial<ContentNode> = {}): ContentNode => ({
  text,
  font: FONTS.latin,
  style: 'cell',
  alignment: 'right',
  ...extra,
});

export interface ArabicColumn {
  readonly header: string;
  /** Points; absent for the one column that takes the rest of the width. */
  readonly width?: number;
}

export type Cell = string | ContentNode;

/**
 * A data table read right to left: columns and cells are given in reading order and laid out
 * mirrored; a string with Arabic letters becomes an Arabic paragraph of its column's width (known
 * in points, as Arabic lines are broken before layout).
 */
export function table(
  writer: ArabicMeasure,
  columns: readonly ArabicColumn[],
  rows: readonly (readonly Cell[] | string)[],
  /** The table's width: the page's content width, unless the page is turned. */
  tableWidth = CONTENT_WIDTH,
): ContentNode {
  const fixed = columns.reduce((sum, column) => sum + (column.width ?? 0), 0);
  const rest = tableWidth - fixed - columns.length * CELL_PADDING;
  const widths = columns.map((column) => column.width ?? rest);
  const cell = (content: Cell, width: number, header = false): ContentNode => {
    if (typeof content !== 'string') return content;
    if (!ARABIC_LETTER.test(content)) return figure(content, header ? { bold: true, color: COLORS.ink } : {});
    return ar(writer, content, {
      fontSize: 7.8,
      width,
      ...(header ? { bold: true, color: COLORS.ink } : {}),
    });
  };
  const header = columns.map((column, position) => cell(column.header, widths[position] ?? rest, true));
  const bodyRows = rows.map((row): ContentNode[] => {
    if (typeof row === 'string') {
      // A group row across the table: pdfmake wants the spanning cell first, then placeholders.
      const spanning: ContentNode = {
        ...ar(writer, row, { fontSize: 8, bold: true, color: COLORS.accent, width: tableWidth - CELL_PADDING }),
        colSpan: columns.length,
        fillColor: '#F4FAF9',
      };
      return [spanning, ...columns.slice(1).map(() => ({ text: '' }))];
    }
    return row.map((content, position) => cell(content, widths[position] ?? rest)).reverse();
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [...widths].reverse(),
      body: [[...header].reverse(), ...bodyRows],
    },
    layout: 'data',
    margin: [0, 2, 0, 8],
  };
}

function waveNameOf(writer: Writer, code: string): string {
  if (code === writer.model.wave.code) return arabicWaveName(writer.model.wave);
  const point = writer.model.trends.flatMap((trend) => trend.series).find((entry) => entry.wave === code);
  return point ? arabicWaveName({ code: point.wave, label: point.label, kind: point.kind }) : code;
}

/** A change cell with the French one's rules (change.ts): an arrow only when significant. */
export function changeCell(
  indicator: Indicator | undefined,
  change: TrendChange | ScoreChange | undefined,
): ContentNode {
  if (!change) return figure('—', { color: COLORS.muted });
  if ('comparable' in change && !change.comparable) return figure('n.c.', { color: COLORS.muted, italics: true });
  const delta = 'delta' in change ? change.delta : change.estimate;
  if (delta === undefined) return figure('s', { color: COLORS.muted });
  const scaled = indicator?.type === 'proportion' ? delta * 100 : delta;
  const text = formatScoreChange(scaled);
  if (change.significant !== true) return withArrow(figure(text, { color: COLORS.muted }), undefined);
  const good = indicator ? isImprovement(indicator.direction, delta) : delta > 0;
  const color = good ? COLORS.better : COLORS.worse;
  return withArrow(figure(text, { color, bold: true }), { up: delta > 0, color });
}

function cover(writer: Writer): Content[] {
  const { model } = writer;
  const { wave, organisation } = model;
  const white = COLORS.coverText;
  const status = STATUS_AR[wave.status];
  return [
    {
      text: organisation.acronym,
      fontSize: 12,
      bold: true,
      color: COLORS.coverAccent,
      characterSpacing: 3,
      alignment: 'right',
      margin: [0, 40, 0, 2],
    },
    { ...ar(writer, organisation.nameAr, { fontSize: 11, color: white }), margin: [0, 0, 0, 80] },
    { ...ar(writer, 'البارومتر', { fontSize: 11, bold: true, color: COLORS.coverAccent }), margin: [0, 0, 0, 4] },
    { ...ar(writer, model.title.ar, { fontSize: 26, bold: true, color: white }), margin: [0, 0, 0, 10] },
    { text: model.title.fr, fontSize: 12, color: white, alignment: 'right', margin: [0, 0, 0, 30] },
    ar(writer, arabicWaveName(wave), { fontSize: 16, bold: true, color: white }),
    {
      canvas: [{ type: 'rect', x: CONTENT_WIDTH - 60, y: 0, w: 60, h: 4, color: COLORS.coverAccent }],
      margin: [0, 6, 0, 12],
    },
    ar(writer, `البحث الميداني من ${arabicDate(wave.fieldwork.start)} إلى ${arabicDate(wave.fieldwork.end)}`, {
      color: white,
    }),
    ar(
      writer,
      `الأحداث المحتجزون في ${arabicDate(wave.referenceDate)}، عينة بنسبة ${formatDecimal(wave.samplingRate * 100, 0)}%`,
      { color: white },
    ),
    {
      absolutePosition: { x: PAGE.marginX, y: PAGE.height * COVER_BAND + 36 },
      stack: [
        ar(writer, organisation.nameAr, { fontSize: 12, bold: true, color: COLORS.ink }),
        { text: organisation.name, fontSize: 9, color: COLORS.ink, alignment: 'right', width: CONTENT_WIDTH },
        ...(status ? [{ ...ar(writer, status, { bold: true, color: COLORS.worse }), margin: [0, 18, 0, 0] }] : []),
        ...(isProvisional(wave)
          ? [ar(writer, coverageSentence(coverageOf(model.methodology)).ar, { fontSize: 9, color: COLORS.worse })]
          : []),
        ...(organisation.website
          ? [
              {
                text: organisation.website,
                fontSize: 8,
                color: COLORS.muted,
                alignment: 'right',
                margin: [0, 18, 0, 0],
              },
            ]
          : []),
      ],
    } as ContentNode,
  ];
}

function summary(writer: Writer, number: number): Content[] {
  const { model, index } = writer;
  const { overall } = model.score;
  const previous = model.score.dimensions.find((entry) => entry.change)?.change?.from ?? overall.change?.from;
  const rows = index.dimensions.map((dimension): Cell[] => {
    const score = model.score.dimensions.find((entry) => entry.dimension === dimension.code);
    return score
      ? [
          dimension.labelAr || dimension.label,
          formatDecimal(score.score),
          `${formatDecimal(score.ci_low)}\u00A0–\u00A0${formatDecimal(score.ci_high)}`,
          changeCell(undefined, score.change),
        ]
      : [dimension.labelAr || dimension.label, '—', '—', '—'];
  });
  return [
    h1(writer, `${number}. ${ARABIC_TITLES.summary}`, true),
    ...(isProvisional(model.wave)
      ? [
          {
            ...ar(writer, coverageSentence(coverageOf(model.methodology)).ar, { bold: true, color: COLORS.worse }),
            margin: [0, 0, 0, 8] as const,
          },
        ]
      : []),
    {
      columns: [
        {
          width: '*',
          text: [
            { text: formatDecimal(overall.score), fontSize: 28, bold: true, color: COLORS.ink },
            { text: ' / 100', fontSize: 12, color: COLORS.muted },
          ],
          font: FONTS.latin,
        },
        {
          width: 260,
          stack: [
            ar(writer, 'المؤشر العام للبارومتر', { width: 260, fontSize: 12, bold: true, color: COLORS.accent }),
            ar(
              writer,
              `مجال الثقة 95%: ${formatDecimal(overall.ci_low)} – ${formatDecimal(overall.ci_high)}، على سلم من 0 إلى 100`,
              { width: 260, fontSize: 9 },
            ),
          ],
        },
      ],
      margin: [0, 0, 0, 8],
    },
    h2(writer, 'النتيجة حسب البعد'),
    table(
      writer,
      [
        { header: 'البعد' },
        { header: 'النتيجة', width: 45 },
        { header: 'مجال الثقة 95%', width: 70 },
        { header: previous ? `التغير منذ ${waveNameOf(writer, previous)}` : 'التغير', width: 80 },
      ],
      rows,
    ),
    h2(writer, 'أهم النتائج'),
    ...model.summaryAr.map((text) => body(writer, text)),
    ...redLines(writer),
  ];
}

function redLines(writer: Writer): Content[] {
  const { model, index } = writer;
  const indicators = model.indicators.filter((indicator) => indicator.redLine);
  if (indicators.length === 0) return [];
  const rows = indicators.map((indicator): Cell[] => {
    const result = index.result(indicator.code);
    const label = indicator.labelAr || indicator.label;
    if (result?.estimate === undefined) return [label, result?.suppressed ? 's' : '—', '—', 'غير مقيس'];
    const crossed = result.estimate > 0;
    return [
      label,
      formatEstimate(indicator, result.estimate),
      result.ci_low === undefined || result.ci_high === undefined
        ? '—'
        : formatInterval(indicator, result.ci_low, result.ci_high),
      {
        ...ar(writer, crossed ? 'تم تجاوزه' : 'محترم', {
          fontSize: 7.8,
          width: 60,
          bold: true,
          color: crossed ? COLORS.worse : COLORS.better,
        }),
      },
    ];
  });
  return [
    h2(writer, 'الخطوط الحمراء: المحظورات المطلقة'),
    table(
      writer,
      [
        { header: 'المؤشر' },
        { header: 'القيمة', width: 50 },
        { header: 'مجال الثقة 95%', width: 80 },
        { header: 'الخط الأحمر', width: 70 },
      ],
      rows,
    ),
    {
      ...ar(
        writer,
        'تحظر القواعد (قواعد هافانا واتفاقية حقوق الطفل) هذه الأوضاع دون استثناء: كل قيمة غير الصفر خط أحمر تم تجاوزه، مهما كانت نتيجة البعد.',
        { fontSize: 8, color: COLORS.muted },
      ),
    },
  ];
}

function methodology(writer: Writer, number: number): Content[] {
  const { model } = writer;
  const { totals, response, suppressionThreshold, attrition } = model.methodology;
  const count = (value: number | null): string => (value === null ? 'غير مسجل' : formatInteger(value));
  const responseRows: Cell[][] = [
    ['الأحداث المسحوبون في القرعة (قوائم مسجلة)', count(response.drawn)],
    ['البدلاء الذين تم الاتصال بهم', count(response.replacementsUsed)],
    ['رفض الولي', formatInteger(response.refusedGuardian)],
    ['رفض الطفل', formatInteger(response.refusedChild)],
    ['أُفرج عنهم قبل المقابلة', count(response.released)],
    ['نُقلوا قبل المقابلة', count(response.transferred)],
    ['لم يُلتق بهم (دون سبب مسجل)', count(response.notMet)],
    ['مقابلات مكتملة', formatInteger(response.completed)],
    ['مقابلات رفضها المشرف', formatInteger(response.rejectedBySupervisor)],
    ['مقابلات معتمدة', formatInteger(response.validated)],
  ];
  return [
    h1(writer, `${number}. ${ARABIC_TITLES.methodology}`, true),
    body(
      writer,
      `يقيس البارومتر أوضاع الأحداث المحتجزين بواسطة مقابلات فردية مع عينة عشوائية منهم في كل مؤسسة. ` +
        `بلغ عدد الأحداث في قاعدة المعاينة ${formatInteger(totals.population)}، والعدد المستهدف ${formatInteger(totals.target)}، ` +
        `وعدد المقابلات المنجزة ${formatInteger(totals.achieved)} في ${formatInteger(model.methodology.frame.length)} مؤسسة.`,
    ),
    body(
      writer,
      `تُحسب التقديرات بأوزان المعاينة مع مجالات ثقة بنسبة ${formatDecimal(model.methodology.confidenceLevel * 100, 0)}%، ` +
        `ولا تُنشر أي نتيجة تستند إلى أقل من ${suppressionThreshold} مقابلات (الرمز s). ` +
        'يحوّل المؤشر العام كل مؤشر إلى سلم من 0 إلى 100 بين حدين ثابتين (يُقلب السلم حين يُستحسن انخفاض القيمة)، ولكل بعد الوزن نفسه.',
    ),
    h2(writer, 'المشاركة كما سُجلت'),
    table(writer, [{ header: 'البند' }, { header: 'العدد', width: 70 }], responseRows),
    ...(attrition
      ? [
          body(
            writer,
            `تتبع المستجوبين في الموجة السابقة: عددهم ${formatInteger(attrition.previousRespondents)}، أعيدت مقابلة ${formatInteger(attrition.reinterviewed)} منهم، ` +
              `وأُفرج عن ${formatInteger(attrition.released)}، ونُقل ${formatInteger(attrition.transferred)}، وتعذر تتبع ${formatInteger(attrition.lost)}.`,
          ),
        ]
      : []),
    h2(writer, 'حدود الدراسة'),
    body(
      writer,
      'تستند النتائج إلى تصريحات الأحداث أنفسهم، وقد تتأثر بالذاكرة أو بالخشية من الإفصاح، رغم أن المقابلات تجري على انفراد ودون حضور الموظفين.',
    ),
    body(
      writer,
      'لا تصدق الأرقام إلا على المؤسسات التي زيرت والأحداث الموجودين فيها يوم الزيارة؛ ويخرج من العينة من أُفرج عنه أو نُقل قبل المقابلة.',
    ),
    body(
      writer,
      'الدراسة المرجعية لسنة 2020 أُنجزت بأداة وطريقة مختلفتين: المقارنة معها إرشادية، ولا تُعرض إلا للمؤشرات التي لم يتغير تعريفها.',
    ),
  ];
}

function indicatorRows(writer: Writer, indicators: readonly Indicator[], twoChanges: boolean): Cell[][] {
  const { index } = writer;
  return indicators.map((indicator): Cell[] => {
    const label = indicator.labelAr || indicator.label;
    const trend = index.trend(indicator.code);
    const changes = [changeCell(indicator, trend?.changeFromPrevious)];
    if (twoChanges) changes.push(changeCell(indicator, trend?.changeFromBaseline));
    if (!index.applicable(indicator.code))
      return [label, 'غير مقيس في هذه الموجة', '—', '—', ...changes.map(() => '—')];
    const result = index.result(indicator.code);
    if (!result || result.suppressed || result.estimate === undefined || result.n === undefined)
      return [label, figure('s', { color: COLORS.worse }), '—', '—', ...changes];
    return [
      label,
      figure(formatEstimate(indicator, result.estimate), { bold: true }),
      result.ci_low === undefined || result.ci_high === undefined
        ? '—'
        : formatInterval(indicator, result.ci_low, result.ci_high),
      formatInteger(result.n),
      ...changes,
    ];
  });
}

/** Whether the previous wave is the baseline itself: then one change column says it all. */
function previousIsBaseline(writer: Writer, indicators: readonly Indicator[]): boolean {
  const trend = indicators.map((indicator) => writer.index.trend(indicator.code)).find((entry) => entry);
  const previous = trend?.changeFromPrevious?.from;
  return previous !== undefined && previous === trend?.changeFromBaseline?.from;
}

function dimensions(writer: Writer, first: number): Content[] {
  const { model, index } = writer;
  return index.dimensions.map((dimension, position): Content => {
    const indicators = index.indicatorsOf(dimension.code);
    const score = model.score.dimensions.find((entry) => entry.dimension === dimension.code);
    const sample = indicators.map((indicator) => index.trend(indicator.code)).find((entry) => entry);
    const twoChanges = !previousIsBaseline(writer, indicators) && sample?.changeFromBaseline !== undefined;
    const columns: ArabicColumn[] = [
      { header: 'المؤشر' },
      { header: 'التقدير', width: 46 },
      { header: 'مجال الثقة 95%', width: 56 },
      { header: 'n', width: 26 },
      {
        header: sample?.changeFromPrevious
          ? `التغير منذ ${waveNameOf(writer, sample.changeFromPrevious.from)}`
          : 'التغير منذ الموجة السابقة',
        width: 64,
      },
      ...(twoChanges && sample?.changeFromBaseline
        ? [{ header: `التغير منذ ${waveNameOf(writer, sample.changeFromBaseline.from)}`, width: 64 }]
        : []),
    ];
    return {
      // A chapter of one table: kept whole and one after another, not one page each.
      stack: [
        h1(writer, `${first + position}. ${dimension.labelAr || dimension.label}`, false),
        ...(score
          ? [
              ar(
                writer,
                `نتيجة البعد: ${formatDecimal(score.score)} من 100 (مجال الثقة 95%: ${formatDecimal(score.ci_low)} – ${formatDecimal(score.ci_high)}).`,
                { fontSize: 9.5, color: COLORS.muted },
              ),
            ]
          : []),
        table(writer, columns, indicatorRows(writer, indicators, twoChanges)),
      ],
      unbreakable: true,
      margin: [0, position === 0 ? 0 : 10, 0, 0],
      ...(position === 0 ? { pageBreak: 'before' as const } : {}),
    };
  });
}

function changesNote(writer: Writer): ContentNode {
  return {
    ...ar(
      writer,
      isProvisional(writer.model.wave)
        ? 'الفروق بالنقاط المئوية للنسب، وهي غير مختبرة لأن الموجة ما تزال في الميدان. n.c.: غير قابل للمقارنة (تغير تعريف المؤشر).'
        : 'التغيرات بالنقاط المئوية للنسب. السهم: تغير دال إحصائياً (مجال الثقة 95% للفرق لا يشمل الصفر)، أخضر إذا كان في صالح الأحداث وأحمر في غير ذلك. n.c.: غير قابل للمقارنة.',
      { fontSize: 8, color: COLORS.muted },
    ),
    margin: [0, 6, 0, 0],
  };
}

function recommendations(writer: Writer, number: number): Content[] {
  const { model, index } = writer;
  const content: Content[] = [h1(writer, `${number}. ${ARABIC_TITLES.recommendations}`, true)];
  if (model.recommendations.length === 0) return [...content, body(writer, 'لا توجد توصيات لهذه الموجة.')];
  const known = new Set(index.dimensions.map((dimension) => dimension.code));
  const groups = [
    ...index.dimensions.map((dimension) => ({ label: dimension.labelAr || dimension.label, code: dimension.code })),
    { label: 'توصيات عامة', code: '' },
  ];
  const rank: Readonly<Record<Priority, number>> = { high: 0, medium: 1, low: 2 };
  for (const group of groups) {
    const mine = model.recommendations
      .filter((entry) => (group.code === '' ? !known.has(entry.dimension) : entry.dimension === group.code))
      .sort((a, b) => rank[a.priority] - rank[b.priority]);
    if (mine.length === 0) continue;
    content.push({
      stack: [
        h2(writer, group.label),
        table(
          writer,
          [{ header: 'الأولوية', width: 48 }, { header: 'التوصية' }, { header: 'الجهة المعنية', width: 90 }],
          mine.map((entry): Cell[] => [
            {
              ...ar(writer, PRIORITY_AR[entry.priority], {
                fontSize: 7.8,
                width: 48,
                bold: true,
                color: entry.priority === 'high' ? COLORS.worse : COLORS.muted,
              }),
            },
            // No Arabic text stored: the French one, said to be so, rather than a translation made here.
            entry.textAr ?? {
              stack: [
                { text: entry.text, style: 'cell', alignment: 'right' },
                ar(writer, 'لا توجد صيغة عربية لهذه التوصية', { fontSize: 7, width: 200, color: COLORS.muted }),
              ],
            },
            entry.addressee,
          ]),
        ),
      ],
      unbreakable: true,
    });
  }
  return content;
}

function definitions(writer: Writer): Content[] {
  const { index } = writer;
  const rows: (Cell[] | string)[] = index.dimensions.flatMap((dimension) => [
    dimension.labelAr || dimension.label,
    ...index.indicatorsOf(dimension.code).map((indicator): Cell[] => {
      const words = definitionInWords(indicator, 'ar');
      const questions = (indicator.questions ?? []).map((question) => question.labelAr || question.label);
      const goalposts = indicator.goalposts
        ? `${formatDecimal(indicator.goalposts.low)} – ${formatDecimal(indicator.goalposts.high)}`
        : '0 – 100%';
      return [
        `${indicator.labelAr || indicator.label} (${TYPE_AR[indicator.type]}، ${DIRECTION_AR[indicator.direction]})`,
        questions.length > 0 ? questions.join(' / ') : '—',
        `البسط: ${words.numerator}. المقام: ${words.denominator}.`,
        goalposts,
        { text: indicator.standard, style: 'cell', fontSize: 6.8, alignment: 'right', font: FONTS.latin },
      ];
    }),
  ]);
  return [
    h1(writer, ARABIC_TITLES.definitions, true),
    table(
      writer,
      [
        { header: 'المؤشر', width: 105 },
        { header: 'السؤال كما طُرح', width: 110 },
        { header: 'البسط والمقام' },
        { header: 'حدا السلم', width: 46 },
        { header: 'المعيار', width: 80 },
      ],
      rows,
    ),
  ];
}

function glossaryAndCitation(writer: Writer): Content[] {
  const { model } = writer;
  return [
    { ...h1(writer, ARABIC_TITLES.glossary, false), margin: [0, 16, 0, 8] },
    table(
      writer,
      [{ header: 'الاختصار', width: 70 }, { header: 'المعنى' }],
      GLOSSARY.map((entry): Cell[] => [entry.term, entry.ar]),
    ),
    { ...h1(writer, ARABIC_TITLES.citation, false), margin: [0, 16, 0, 8] },
    body(writer, `تاريخ الإصدار: ${arabicDate(model.generatedAt.slice(0, 10))}.`),
    body(writer, CITATION.ar(model)),
    body(writer, CITATION.contactAr(model)),
  ];
}

/**
 * "بعد الإفراج": the French chapter's figures (after-release.ts) for the Arabic reader: the cohort, its
 * tracing with the same hidden cells, the response rate, the outcome indicators and their limits.
 */
function afterRelease(writer: Writer, number: number): Content[] {
  const figures = writer.model.followup;
  if (!figures) return [];
  const threshold = writer.model.methodology.suppressionThreshold;
  const tracing = tracingCells(figures).map(({ key, shown }): Cell[] => [TRACING_CELL_LABELS[key].ar, shown]);
  const outcomes = outcomeCells(figures).map((row): Cell[] => [
    row.indicator.label.ar,
    row.estimate,
    row.interval,
    row.n,
  ]);
  return [
    h1(writer, `${number}. ${ARABIC_TITLES.afterRelease}`, true),
    body(
      writer,
      `يشكّل القاصرون المفرج عنهم منذ الموجة السابقة فوج المتابعة لهذه الموجة، ويُبحث عنهم ثم تُجرى معهم مقابلة بين ${figures.months.join(' و')} شهرًا بعد الإفراج. تصف هذه الأرقام المفرج عنهم لا المحتجزين، ولا تدخل في مؤشر البارومتر.`,
    ),
    table(
      writer,
      [{ header: 'نتيجة البحث' }, { header: 'القاصرون', width: 70 }],
      [...tracing, ['الفوج', figures.cohort < threshold ? 's' : formatInteger(figures.cohort)]],
    ),
    body(
      writer,
      figures.rate === null
        ? 'الفوج فارغ: لا يوجد معدل استجابة.'
        : `معدل الاستجابة للمتابعة: ${formatPercent(figures.rate)} (${formatInteger(figures.interviewed)} مقابلة من أصل ${formatInteger(figures.eligible)} عضوًا مؤهلًا).`,
    ),
    ...(figures.estimates
      ? [
          table(
            writer,
            [
              { header: 'المؤشر (المستجيبون في المتابعة)' },
              { header: 'التقدير', width: 60 },
              { header: 'مجال الثقة 95%', width: 80 },
              { header: 'n', width: 32 },
            ],
            outcomes,
          ),
        ]
      : []),
    body(
      writer,
      `نسب مرجّحة لتصحيح عدم الاستجابة حسب فئات (نوع المؤسسة × الجنس)؛ s: غير منشور (أقل من ${threshold} مستجيبين أو مخفي حتى لا يُعاد حسابه). حدود: الأجوبة مصرَّح بها من طرف الشباب أنفسهم، وقد يختلف من فُقد أثرهم عمّن عُثر عليهم.`,
    ),
    ...OUTCOME_INDICATORS.map((indicator) => body(writer, `${indicator.label.ar}: ${indicator.limit.ar}`)),
  ];
}

/** The Arabic edition's content after its cover, in print order. */
export function arabicEdition(model: ReportModel, index: ReportIndex, measure: TextMeasure): Content[] {
  const writer: Writer = { model, index, measure };
  const firstDimension = 3;
  return [
    ...cover(writer),
    ...summary(writer, 1),
    ...methodology(writer, 2),
    ...dimensions(writer, firstDimension),
    changesNote(writer),
    ...afterRelease(writer, firstDimension + index.dimensions.length),
    ...recommendations(writer, firstDimension + index.dimensions.length + (model.followup ? 1 : 0)),
    ...arabicFollowUpChapter(writer, firstDimension + index.dimensions.length + (model.followup ? 2 : 1)),
    ...definitions(writer),
    ...glossaryAndCitation(writer),
    ...arabicComplianceAnnex(writer),
  ];
}

/** The Arabic edition's page furniture: running title and page number, right to left. */
export function arabicFooter(model: ReportModel, measure: TextMeasure, page: number, pages: number): Content {
  const title = `${model.organisation.acronym} · ${model.title.ar} · ${arabicWaveName(model.wave)}`;
  return {
    columns: [
      { text: `${page} / ${pages}`, width: 'auto', fontSize: 7, color: COLORS.muted, font: FONTS.latin },
      { ...arabicParagraph(title, { measure, fontSize: 7.5, width: 420, color: COLORS.muted }), width: '*' },
    ],
    margin: [PAGE.marginX, 18, PAGE.marginX, 0],
  };
}
