import type { Alignment, ColumnWidth, Content, ContentNode } from './pdf-types.ts';
import { COLORS } from './theme.ts';

/** Small pdfmake building blocks shared by the sections. */

export function heading(
  text: string,
  level: 1 | 2 | 3,
  options: { readonly toc?: boolean; readonly pageBreak?: boolean } = {},
): ContentNode {
  return {
    text,
    style: `h${level}`,
    // Kept with what follows: document.ts breaks the page before a heading left last on its page.
    headlineLevel: level,
    ...(options.toc ? { tocItem: true, tocMargin: level === 1 ? [0, 4, 0, 0] : [14, 0, 0, 0] } : {}),
    ...(options.pageBreak ? { pageBreak: 'before' } : {}),
  };
}

export function paragraph(text: Content, extra: Partial<ContentNode> = {}): ContentNode {
  return { text, style: 'body', ...extra };
}

/** Keeps a block whole, on one page. */
export function keepTogether(...nodes: readonly Content[]): ContentNode {
  return { stack: nodes, unbreakable: true };
}

export function note(text: Content): ContentNode {
  return { text, style: 'note' };
}

export interface Column {
  readonly header: string;
  readonly width: ColumnWidth;
  readonly align?: Alignment;
}

/** A data table with a repeated header row; cells are strings or nodes, styled by column. */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly Content[])[],
  footer?: readonly Content[],
): ContentNode {
  const header = columns.map((column) => ({
    text: column.header,
    style: 'tableHeader',
    alignment: column.align ?? 'left',
  }));
  const styleRow = (row: readonly Content[], bold: boolean): Content[] =>
    row.map((cell, index) =>
      typeof cell === 'string' ? { text: cell, style: 'cell', alignment: columns[index]?.align ?? 'left', bold } : cell,
    );
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((column) => column.width),
      body: [header, ...rows.map((row) => styleRow(row, false)), ...(footer ? [styleRow(footer, true)] : [])],
    },
    layout: 'data',
    margin: [0, 2, 0, 8],
  };
}

/** A filled triangle drawn as vector: neither Noto font has U+25B2/U+25BC. */
function triangle(up: boolean, color: string, size = 5.5): ContentNode {
  const height = size * 0.9;
  const points = up
    ? [
        { x: 0, y: height },
        { x: size / 2, y: 0 },
        { x: size, y: height },
      ]
    : [
        { x: 0, y: 0 },
        { x: size / 2, y: height },
        { x: size, y: 0 },
      ];
  return { canvas: [{ type: 'polyline', points, closePath: true, color, lineColor: color, lineWidth: 0.1 }] };
}

/** Text followed by an optional arrow slot, right-aligned so figures line up in a column. */
export function withArrow(
  text: ContentNode,
  arrow: { up: boolean; color: string } | undefined,
  align: Alignment = 'right',
): ContentNode {
  const slot: ContentNode = arrow
    ? { ...triangle(arrow.up, arrow.color), width: 7, margin: [0, 2.2, 0, 0] }
    : { canvas: [], width: 7 };
  if (align === 'center') {
    return {
      columns: [{ text: '', width: '*' }, { ...text, width: 'auto' }, slot, { text: '', width: '*' }],
      columnGap: 2,
    };
  }
  if (align === 'left') return { columns: [{ ...text, width: 'auto' }, slot], columnGap: 2 };
  return { columns: [{ ...text, width: '*', alignment: align }, slot], columnGap: 2 };
}

export const muted = (text: string, italics = false): ContentNode => ({
  text,
  style: 'cell',
  color: COLORS.muted,
  italics,
});

/** An SVG node at its own size, scaled down to fit `maxWidth`. */
export function svgNode(svg: string, maxWidth: number): ContentNode {
  const width = Number(/\swidth="([\d.]+)"/u.exec(svg)?.[1] ?? maxWidth);
  return { svg, width: Math.min(width, maxWidth) };
}
