/**
 * The subset of pdfmake 0.3's document definition this report uses. pdfmake ships no types and
 * `@types/pdfmake` is not a dependency; these keep our own nodes checked.
 */

export type Alignment = 'left' | 'right' | 'center' | 'justify';
export type Margin = number | readonly [number, number] | readonly [number, number, number, number];

export interface Style {
  readonly font?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  readonly fillColor?: string;
  readonly alignment?: Alignment;
  readonly margin?: Margin;
  readonly lineHeight?: number;
  readonly characterSpacing?: number;
  readonly noWrap?: boolean;
  readonly opacity?: number;
}

export interface CanvasShape {
  readonly type: 'rect' | 'polyline' | 'line';
  readonly x?: number;
  readonly y?: number;
  readonly w?: number;
  readonly h?: number;
  readonly r?: number;
  readonly x1?: number;
  readonly y1?: number;
  readonly x2?: number;
  readonly y2?: number;
  readonly points?: readonly { readonly x: number; readonly y: number }[];
  readonly closePath?: boolean;
  readonly color?: string;
  readonly lineColor?: string;
  readonly lineWidth?: number;
}

export interface TableLayout {
  readonly hLineWidth?: (row: number, node: TableNodeInfo) => number;
  readonly vLineWidth?: (column: number, node: TableNodeInfo) => number;
  readonly hLineColor?: (row: number, node: TableNodeInfo) => string;
  readonly vLineColor?: (column: number, node: TableNodeInfo) => string;
  readonly fillColor?: (row: number, node: TableNodeInfo) => string | null;
  readonly paddingLeft?: (column: number, node: TableNodeInfo) => number;
  readonly paddingRight?: (column: number, node: TableNodeInfo) => number;
  readonly paddingTop?: (row: number, node: TableNodeInfo) => number;
  readonly paddingBottom?: (row: number, node: TableNodeInfo) => number;
}

export interface TableNodeInfo {
  readonly table: { readonly body: readonly unknown[]; readonly headerRows?: number };
}

export type ColumnWidth = number | '*' | 'auto';

export interface ContentNode extends Style {
  readonly text?: Content;
  readonly stack?: readonly Content[];
  readonly columns?: readonly Content[];
  readonly columnGap?: number;
  readonly width?: ColumnWidth;
  readonly table?: {
    readonly body: readonly (readonly Content[])[];
    readonly widths?: readonly ColumnWidth[];
    readonly headerRows?: number;
    readonly dontBreakRows?: boolean;
    readonly keepWithHeaderRows?: number;
  };
  readonly layout?: 'data' | 'noBorders' | 'headerLineOnly' | 'lightHorizontalLines';
  readonly svg?: string;
  readonly height?: number;
  readonly canvas?: readonly CanvasShape[];
  readonly ul?: readonly Content[];
  readonly toc?: { readonly title?: Content; readonly numberStyle?: Style; readonly outlines?: boolean };
  readonly tocItem?: boolean;
  /** A bookmark in the PDF outline; `outlineText` when the node's text is not plain (Arabic pieces). */
  readonly outline?: boolean;
  readonly outlineText?: string;
  readonly tocMargin?: Margin;
  readonly tocStyle?: Style;
  readonly style?: string | readonly string[];
  readonly pageBreak?: 'before' | 'after';
  readonly unbreakable?: boolean;
  readonly headlineLevel?: number;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly border?: readonly [boolean, boolean, boolean, boolean];
  readonly id?: string;
  readonly absolutePosition?: { readonly x: number; readonly y: number };
}

export type Content = string | readonly Content[] | ContentNode;

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly creator: string;
  readonly producer: string;
  readonly creationDate: Date;
  readonly modDate: Date;
}

export interface DocDefinition {
  readonly info: DocumentInfo;
  readonly language: string;
  readonly pageSize: 'A4';
  readonly pageOrientation?: 'portrait' | 'landscape';
  readonly pageMargins: readonly [number, number, number, number];
  readonly content: readonly Content[];
  readonly styles: Readonly<Record<string, Style>>;
  readonly defaultStyle: Style;
  readonly header?: (currentPage: number, pageCount: number) => Content;
  readonly footer?: (currentPage: number, pageCount: number) => Content;
  readonly background?: (currentPage: number, pageSize: { width: number; height: number }) => Content;
  /** pdfmake asks it for every node; true breaks the page before the node and lays out again. */
  readonly pageBreakBefore?: (
    node: { readonly headlineLevel?: number },
    nodes: { readonly getFollowingNodesOnPage: () => readonly unknown[] },
  ) => boolean;
  readonly watermark?: {
    readonly text: string;
    readonly font?: string;
    readonly color: string;
    readonly opacity: number;
    readonly bold: boolean;
    readonly fontSize: number;
  };
}
