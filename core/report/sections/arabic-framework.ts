// The Arabic edition's chapter "تتبع التوصيات" and its annex of the compliance matrix: the same lines
// and matrix as the French chapter and annex E (follow-up.ts, compliance.ts), right to left. Free text
// the coordinator typed in French (evidence, source) is printed as typed, not translated here.
import { ORIGIN_NAMES, type ComplianceRow, type MatrixEntry } from '../../compliance/index.ts';
import { FOLLOW_UP_LABELS, type TrackerLine } from '../../recommendations/index.ts';
import { formatChange, formatEstimate } from '../format.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { COLORS } from '../theme.ts';
import { arabicDate } from '../words.ts';
import {
  ar,
  ARABIC_TITLES,
  body,
  changeCell,
  figure,
  h1,
  h2,
  table,
  type Cell,
  type Writer,
} from './arabic-edition.ts';
import { COMPLIANCE_INTRO } from './compliance.ts';
import { arabicSummary, STATUS_COLOR } from './follow-up.ts';

const STATUS_WIDTH = 110;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** A label in Arabic when one is written, else the French one as plain right-aligned text. */
function label(writer: Writer, text: string, width: number, fontSize: number): ContentNode {
  return ARABIC_LETTER.test(text)
    ? ar(writer, text, { fontSize, width })
    : { text, style: 'cell', alignment: 'right', fontSize };
}
const INDICATORS_WIDTH = 130;

function recommendationCell(writer: Writer, line: TrackerLine): Cell {
  return {
    stack: [
      figure(line.wave.code, { bold: true, color: COLORS.accent }),
      line.text_ar
        ? ar(writer, line.text_ar, { fontSize: 7.8, width: 200 })
        : { text: line.text, style: 'cell', alignment: 'right', fontSize: 7.5 },
      ...(line.deadline
        ? [ar(writer, `الأجل: ${arabicDate(line.deadline)}`, { fontSize: 7, width: 200, color: COLORS.muted })]
        : []),
    ],
  };
}

function statusCell(writer: Writer, line: TrackerLine): Cell {
  if (line.status === null)
    return ar(writer, 'لا يوجد تتبع مسجل', { fontSize: 7.8, width: STATUS_WIDTH, color: COLORS.muted });
  return {
    stack: [
      ar(writer, FOLLOW_UP_LABELS[line.status].ar, {
        fontSize: 7.8,
        width: STATUS_WIDTH,
        bold: true,
        color: STATUS_COLOR[line.status] ?? COLORS.text,
      }),
      ...(line.evidence ? [{ text: line.evidence, style: 'cell', alignment: 'right' as const, fontSize: 7 }] : []),
      ...(line.source
        ? [{ text: line.source, style: 'cell', alignment: 'right' as const, fontSize: 6.5, color: COLORS.muted }]
        : []),
    ],
  };
}

/** The linked indicators' change since the recommendation's wave, tested as the French chapter's. */
function indicatorsCell(writer: Writer, line: TrackerLine): Cell {
  const { index, model } = writer;
  const rows = line.indicators.flatMap((code): ContentNode[] => {
    const indicator = index.indicator(code);
    const trend = index.trend(code);
    if (!indicator || !trend) return [];
    const name = label(writer, indicator.labelAr || indicator.label, INDICATORS_WIDTH - 50, 7);
    let change: ContentNode;
    if (trend.changeFromPrevious?.from === line.wave.code) change = changeCell(indicator, trend.changeFromPrevious);
    else {
      const before = trend.series.find((point) => point.wave === line.wave.code)?.estimate;
      const now = trend.series.find((point) => point.wave === model.wave.code)?.estimate;
      change =
        before === undefined || now === undefined
          ? figure('—', { color: COLORS.muted })
          : figure(`${formatChange(indicator, now - before)} (n.t.)`, { color: COLORS.muted });
    }
    return [
      {
        columns: [
          { ...change, width: 50 },
          { ...name, width: '*' },
        ],
      },
    ];
  });
  return rows.length > 0 ? { stack: rows } : figure('—', { color: COLORS.muted });
}

export function arabicFollowUpChapter(writer: Writer, number: number): Content[] {
  const lines = writer.model.followUps ?? [];
  const content: Content[] = [h1(writer, `${number}. ${ARABIC_TITLES.followUp}`, true)];
  if (lines.length === 0) return [...content, body(writer, 'لا توجد توصية من موجة سابقة للتتبع في هذه الموجة.')];
  return [
    ...content,
    body(writer, arabicSummary(lines)),
    body(
      writer,
      'لكل توصية من التقارير السابقة: الجهة المعنية، وحالة تنفيذها كما سُجلت في هذه الموجة، وتطور المؤشرات التي تبين أثرها. يُجمَّد هذا الجدول عند نشر الموجة: يبين الحالة كما كانت حينها. (n.t.): فرق غير مختبر إحصائيا.',
    ),
    table(
      writer,
      [
        { header: 'التوصية' },
        { header: 'الجهة المعنية', width: 80 },
        { header: 'الحالة', width: STATUS_WIDTH },
        { header: 'المؤشرات', width: INDICATORS_WIDTH },
      ],
      lines.map((line): Cell[] => [
        recommendationCell(writer, line),
        line.institution_ar || line.institution,
        statusCell(writer, line),
        indicatorsCell(writer, line),
      ]),
    ),
  ];
}

const NATURE_AR = { measures: 'يقيس', approximates: 'يقارب' } as const;
const RULE_WIDTH = 170;

function valueCell(writer: Writer, entry: MatrixEntry): Cell {
  const { value } = entry;
  switch (value.kind) {
    case 'survey':
      return figure(formatEstimate(entry, value.estimate));
    case 'external':
      return {
        stack: [
          figure(formatEstimate(entry, value.estimate)),
          ar(writer, ORIGIN_NAMES[value.origin].ar, { fontSize: 6.8, width: 62, color: COLORS.muted }),
          ...(value.source
            ? [{ text: value.source, style: 'cell', alignment: 'right' as const, fontSize: 6, color: COLORS.muted }]
            : []),
        ],
      };
    case 'suppressed':
      return figure('s', { color: COLORS.muted });
    case 'not_applicable':
      return ar(writer, 'غير مقيس في هذه الموجة', { fontSize: 7, width: 62, color: COLORS.muted });
  }
}

function verdictCell(writer: Writer, entry: MatrixEntry): Cell {
  if (entry.red_line_crossed)
    return ar(writer, 'خط أحمر متجاوز', { fontSize: 7.8, width: 70, bold: true, color: COLORS.worse });
  if (entry.target === null) return figure('—', { color: COLORS.muted });
  // Words and figure apart: a percentage inside an Arabic line would be reordered by its neighbours.
  const target = [
    ar(writer, 'الهدف', { fontSize: 6.8, width: 70, color: COLORS.muted }),
    figure(formatEstimate(entry, entry.target), { color: COLORS.muted }),
  ];
  if (entry.target_met === null) return { stack: target };
  return {
    stack: [
      ar(writer, entry.target_met ? 'محقق' : 'غير محقق', {
        fontSize: 7.8,
        width: 70,
        bold: true,
        ...(entry.target_met ? {} : { color: COLORS.worse }),
      }),
      ...target,
    ],
  };
}

function ruleCell(writer: Writer, row: ComplianceRow): Cell {
  return {
    stack: [
      figure(`${row.instrument} ${row.number}`, { bold: true }),
      { ...label(writer, row.text_ar || row.text, RULE_WIDTH, 6.8), color: COLORS.muted },
    ],
  };
}

function matrixRows(writer: Writer, rows: readonly ComplianceRow[]): Cell[][] {
  return rows.flatMap((row): Cell[][] => {
    if (row.indicators.length === 0)
      return [
        [
          ruleCell(writer, row),
          ar(writer, 'غير مقيسة', { fontSize: 7.8, width: 110, color: COLORS.muted }),
          '',
          '',
          '',
        ],
      ];
    return row.indicators.map((entry, position): Cell[] => [
      position === 0 ? ruleCell(writer, row) : '',
      {
        stack: [
          label(writer, entry.label_ar || entry.label, 110, 7.8),
          ar(writer, NATURE_AR[entry.nature], { fontSize: 6.5, width: 110, color: COLORS.muted }),
        ],
      },
      valueCell(writer, entry),
      verdictCell(writer, entry),
      entry.change
        ? figure(`${formatChange(entry, entry.change.change)} (${entry.change.from})`)
        : figure('—', { color: COLORS.muted }),
    ]);
  });
}

const MATRIX_COLUMNS = [
  { header: 'القاعدة', width: RULE_WIDTH },
  { header: 'المؤشر' },
  { header: 'القيمة', width: 62 },
  { header: 'الهدف', width: 70 },
  { header: 'التطور', width: 62 },
] as const;

export function arabicComplianceAnnex(writer: Writer): Content[] {
  const matrix = writer.model.compliance;
  if (!matrix) return [];
  const { summary } = matrix;
  return [
    h1(writer, ARABIC_TITLES.compliance, true),
    body(writer, COMPLIANCE_INTRO.ar),
    body(
      writer,
      `${summary.rules} قاعدة: ${summary.measured} مقيسة، و${summary.approximated} مقاربة فقط، و${summary.not_measured} غير مقيسة؛ عدد الخطوط الحمراء المتجاوزة: ${summary.red_lines_crossed}.`,
    ),
    h2(writer, 'الخطوط الحمراء (المحظورات المطلقة)'),
    table(writer, MATRIX_COLUMNS, matrixRows(writer, matrix.red_lines)),
    h2(writer, 'القواعد والمواد'),
    table(writer, MATRIX_COLUMNS, matrixRows(writer, matrix.rules)),
    body(
      writer,
      's: قيمة غير منشورة (مراقبة النشر). معطى إداري: رقم تحصيه الإدارة (المندوبية العامة لإدارة السجون، الوزارة) ويُنقل بمصدره، لا يأتي من المقابلات؛ دراسة مرجعية: قيمة من دراسة سنة 2020.',
    ),
  ];
}
