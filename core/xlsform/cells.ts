import type { CellValue } from 'exceljs';

type Scalar = number | string | boolean | Date | { readonly error: string } | null | undefined;

function scalarText(value: Scalar): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return value.error;
}

/**
 * The text a coordinator sees in a cell, trimmed, line breaks as `\n`. Numbers are common for choice names
 * (`1`, `2`) and versions; a formula counts as its last computed result, an error cell as its code
 * (`#N/A`), which then fails the check of whatever field it sits in.
 */
export function cellText(value: CellValue): string {
  let text: string;
  if (typeof value !== 'object' || value === null || value instanceof Date) {
    text = scalarText(value);
  } else if ('richText' in value) {
    text = value.richText.map((run) => run.text).join('');
  } else if ('hyperlink' in value) {
    // exceljs types `text` as a string but hands over rich text when the link's text is formatted.
    const linkText: unknown = value.text;
    text = typeof linkText === 'string' ? linkText : cellText(isRichText(linkText) ? linkText : null);
  } else if ('formula' in value || 'sharedFormula' in value) {
    text = scalarText(value.result);
  } else {
    text = scalarText(value);
  }
  return text.replace(/\r\n?/g, '\n').trim();
}

function isRichText(value: unknown): value is { richText: { text: string }[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'richText' in value &&
    Array.isArray(value.richText) &&
    value.richText.every(
      (run: unknown) => typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string',
    )
  );
}
