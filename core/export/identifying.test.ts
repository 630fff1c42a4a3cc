import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireVersion } from '../questionnaire/index.ts';
import { exportWave } from './export-wave.ts';
import { INTERVIEWS, VERSION } from './test-support.ts';
import type { ExportFormat } from './types.ts';

/** VERSION with SEX (a select_one) marked identifying in a second version only. */
const MARKED: QuestionnaireVersion = {
  ...VERSION,
  id: 8,
  version: 2,
  questions: VERSION.questions.map((question) =>
    question.code === 'SEX' ? { ...question, identifying: true } : question,
  ),
};

function exported(format: ExportFormat, includeText: boolean): string {
  return exportWave({ wave: 'W1', versions: [VERSION, MARKED], interviews: INTERVIEWS }, format, { includeText }, 'raw')
    .body;
}

function csvRows(body: string): Array<Record<string, string>> {
  return parse(body, { bom: true, columns: true }) as Array<Record<string, string>>;
}

describe('identifying questions in the export', () => {
  it('leaves their answers out of the data, as free text, when one of the wave’s versions marks them', () => {
    const rows = csvRows(exported('csv', false));
    expect(Object.keys(rows[0] ?? {})).not.toContain('SEX');
    expect(Object.keys(rows[0] ?? {})).toContain('AGE');
    expect(rows.map((row) => row['AGE'])).toEqual(['16', '14', '17']);
  });

  it('says so in the codebook and names no column', () => {
    const sex = csvRows(exported('codebook', false)).find((row) => row['code'] === 'SEX');
    expect(sex?.['columns']).toBe('(exclue : réponse identifiante, sur demande d’un coordinateur)');
  });

  it.each(['spss', 'stata'] as const)('declares no %s variable for them', (format) => {
    expect(exported(format, false)).not.toMatch(/\bSEX\b/);
    expect(exported(format, true)).toMatch(/\bSEX\b/);
  });

  it('keeps them for a coordinator who asks for free text', () => {
    const rows = csvRows(exported('csv', true));
    expect(rows.map((row) => row['SEX'])).toEqual(['male', 'female', '']);
    expect(csvRows(exported('codebook', true)).find((row) => row['code'] === 'SEX')?.['columns']).toBe('SEX');
  });
});
