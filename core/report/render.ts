import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TextMeasure } from './arabic.ts';
import type { DocDefinition } from './pdf-types.ts';
import { installArabicTextLayer, type EmbeddedFont } from './text-layer.ts';
import { FONTS, TABLE_LAYOUTS } from './theme.ts';

/**
 * The one place that touches Node: font files and pdfmake's server instance. Fonts come from npm
 * (OFL): Noto Sans for French (it has U+202F, which `Intl` puts in French numbers and pdfmake's
 * bundled Roboto lacks) and Noto Naskh Arabic, which has no italic, so its upright faces stand in.
 */
const require = createRequire(import.meta.url);

function fontFile(pkg: string, face: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), face, file);
}

const latin = '@expo-google-fonts/noto-sans';
const arabic = '@expo-google-fonts/noto-naskh-arabic';

const FONT_FILES = {
  [FONTS.latin]: {
    normal: fontFile(latin, '400Regular', 'NotoSans_400Regular.ttf'),
    bold: fontFile(latin, '700Bold', 'NotoSans_700Bold.ttf'),
    italics: fontFile(latin, '400Regular_Italic', 'NotoSans_400Regular_Italic.ttf'),
    bolditalics: fontFile(latin, '700Bold_Italic', 'NotoSans_700Bold_Italic.ttf'),
  },
  [FONTS.arabic]: {
    normal: fontFile(arabic, '400Regular', 'NotoNaskhArabic_400Regular.ttf'),
    bold: fontFile(arabic, '700Bold', 'NotoNaskhArabic_700Bold.ttf'),
    italics: fontFile(arabic, '400Regular', 'NotoNaskhArabic_400Regular.ttf'),
    bolditalics: fontFile(arabic, '700Bold', 'NotoNaskhArabic_700Bold.ttf'),
  },
};

const allowedFiles = new Set(Object.values(FONT_FILES).flatMap((faces) => Object.values(faces)));

interface PdfKitDocument {
  font(src: string): PdfKitDocument;
  fontSize(size: number): PdfKitDocument;
  widthOfString(text: string): number;
  readonly _font: EmbeddedFont;
}

/** A pdfkit document from the pdfkit pdfmake itself loads (the same module, so the same classes). */
function pdfkitDocument(): PdfKitDocument {
  const fromPdfmake = createRequire(require.resolve('pdfmake'));
  const PDFDocument: unknown = fromPdfmake('pdfkit');
  if (typeof PDFDocument !== 'function') throw new Error('pdfkit not found beside pdfmake');
  return new (PDFDocument as new (options: object) => PdfKitDocument)({ autoFirstPage: false });
}

/**
 * Measures Arabic text with the engine that will draw it (pdfkit, pdfmake's own dependency, through
 * fontkit's shaping), so Arabic lines can be broken before reordering and still fill the width.
 */
export function createArabicMeasure(): TextMeasure {
  const doc = pdfkitDocument();
  const faces = FONT_FILES[FONTS.arabic];
  return (text, fontSize, bold) =>
    doc
      .font(bold ? faces.bold : faces.normal)
      .fontSize(fontSize)
      .widthOfString(text);
}

let configured = false;

function instance(): typeof pdfmake {
  if (!configured) {
    // pdfmake stores the descriptors and rewrites them while resolving: hand it copies.
    pdfmake.addFonts(Object.fromEntries(Object.entries(FONT_FILES).map(([name, faces]) => [name, { ...faces }])));
    // A report is built from database text: nothing in it may make the server fetch a URL or read
    // any file other than our fonts.
    pdfmake.addTableLayouts(TABLE_LAYOUTS);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowedFiles.has(path));
    installArabicTextLayer(
      Object.getPrototypeOf(pdfkitDocument().font(FONT_FILES[FONTS.arabic].normal)._font) as EmbeddedFont,
    );
    configured = true;
  }
  return pdfmake;
}

/**
 * Renders a document definition to PDF bytes. Same definition, same bytes: pdfkit derives the
 * file ID from the info dictionary, whose dates come from the definition.
 */
export function renderPdf(docDefinition: DocDefinition): Promise<Buffer> {
  // pdfmake mutates the definition it lays out; a shallow copy keeps the caller's reusable.
  return instance()
    .createPdf({ ...docDefinition, content: structuredClone(docDefinition.content) })
    .getBuffer();
}
