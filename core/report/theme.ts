import type { Style, TableLayout } from './pdf-types.ts';

/** Font family names as registered with pdfmake by `render.ts` (and used inside the chart SVGs). */
export const FONTS = { latin: 'NotoSans', arabic: 'NotoNaskhArabic' } as const;

/** A sober palette: ink blue for the institution, teal for measures, warm accents for direction. */
export const COLORS = {
  ink: '#13294B',
  text: '#1F2933',
  muted: '#5F6B7A',
  rule: '#CBD2D9',
  faint: '#EEF2F6',
  accent: '#0F766E',
  accentLight: '#99D5CF',
  better: '#1B7F3B',
  worse: '#B42318',
  neutral: '#8A94A3',
  cover: '#13294B',
  coverText: '#FFFFFF',
  coverAccent: '#F2B138',
} as const;

export const PAGE = { width: 595.28, height: 841.89, marginX: 50, marginTop: 56, marginBottom: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const STYLES: Readonly<Record<string, Style>> = {
  h1: { fontSize: 20, bold: true, color: COLORS.ink, margin: [0, 0, 0, 12] },
  h2: { fontSize: 13, bold: true, color: COLORS.ink, margin: [0, 14, 0, 6] },
  h3: { fontSize: 10.5, bold: true, color: COLORS.text, margin: [0, 10, 0, 4] },
  body: { fontSize: 9.5, lineHeight: 1.3, margin: [0, 0, 0, 6], alignment: 'justify' },
  small: { fontSize: 7.5, color: COLORS.muted },
  note: { fontSize: 7, color: COLORS.muted, margin: [0, 3, 0, 0] },
  tableHeader: { fontSize: 7.5, bold: true, color: COLORS.ink },
  cell: { fontSize: 7.5 },
  number: { fontSize: 7.5, alignment: 'right' },
  kicker: { fontSize: 8, bold: true, color: COLORS.accent, characterSpacing: 1 },
  arabic: { font: FONTS.arabic, fontSize: 11, alignment: 'right', lineHeight: 1.1 },
};

/** Horizontal rules only, a tinted header and zebra rows: readable in print and on screen. */
const dataTable: TableLayout = {
  hLineWidth: (row, node) =>
    row === 0 || row === (node.table.headerRows ?? 0) || row === node.table.body.length ? 0.8 : 0.3,
  vLineWidth: () => 0,
  hLineColor: (row, node) => (row === 0 || row === node.table.body.length ? COLORS.ink : COLORS.rule),
  fillColor: (row, node) => {
    const headerRows = node.table.headerRows ?? 0;
    if (row < headerRows) return COLORS.faint;
    return (row - headerRows) % 2 === 1 ? '#F8FAFC' : null;
  },
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/**
 * Table layouts are functions, so they are registered with pdfmake by name: the content itself
 * stays plain data that can be cloned and compared.
 */
export const TABLE_LAYOUTS = { data: dataTable } as const;
