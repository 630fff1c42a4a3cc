import type { CellValue } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText } from './cells.ts';

describe('cellText', () => {
  it.each<[string, CellValue, string]>([
    ['empty', null, ''],
    ['text, trimmed, CRLF as LF', '  Âge\r\nen années ', 'Âge\nen années'],
    ['a whole number', 2, '2'],
    ['a decimal', 1.5, '1.5'],
    ['a boolean', true, 'true'],
    ['a date at midnight UTC', new Date('2025-03-01T00:00:00Z'), '2025-03-01'],
    ['rich text', { richText: [{ text: 'Bon' }, { text: 'jour', font: { bold: true } }] }, 'Bonjour'],
    ['a hyperlink', { text: 'site', hyperlink: 'https://omp.ma' }, 'site'],
    ['a formula, by its result', { formula: 'A1&"x"', result: 'yes' }, 'yes'],
    ['a formula never computed', { formula: '1+1' }, ''],
    ['an error', { error: '#N/A' }, '#N/A'],
  ])('%s', (_, value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});
