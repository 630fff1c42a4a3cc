import { describe, expect, it } from 'vitest';
import { choices, question } from '../questionnaire/test-support.ts';
import { exportWave } from './export-wave.ts';
import { buildDataset } from './layout.ts';
import { spssSyntax } from './spss.ts';
import { INTERVIEWS, VERSION } from './test-support.ts';

const syntax = (includeText = false) =>
  exportWave({ wave: 'W1', versions: [VERSION], interviews: INTERVIEWS }, 'spss', { includeText }, 'raw');

describe('SPSS syntax', () => {
  it('reads the CSV of the same export', () => {
    expect(syntax().filename).toBe('W1-interviews.sps');
    expect(syntax().body).toContain("/FILE='W1-interviews.csv'");
    expect(syntax(true).body).toContain("/FILE='W1-interviews-avec-textes.csv'");
    expect(syntax().body.startsWith('* Encoding: UTF-8.\n')).toBe(true);
  });

  it('declares, labels and keeps every column in CSV order', () => {
    const dataset = buildDataset('W1', [VERSION], INTERVIEWS, { includeText: true });
    const body = spssSyntax(dataset);
    for (const column of dataset.columns) expect(body).toMatch(new RegExp(`^  /?${column.name} '`, 'm'));
    expect(body).toContain(`/KEEP=${dataset.columns.map((column) => column.name).join(' ')}.`);
  });

  it.each([
    ['    SEX_texte A6', 'select_one read as text, as wide as its longest value in bytes'],
    ["RECODE SEX_texte ('male'=1) ('female'=2) INTO SEX.", 'then numbered in choice order'],
    ["  SEX 1 'Garçon' 2 'Fille'", 'with value labels'],
    ["  /ACTIVITIES__sport ACTIVITIES__school ACTIVITIES__work 0 'Non choisi' 1 'Choisi'", 'the 0/1 columns labelled'],
    ['    interview_date SDATE10', 'dates as dates'],
    ['    BALANCE F10.1', 'decimals with their decimals'],
    ['    COMMENT A15', 'free text when asked'],
    ['/KEEP=', 'and the text copies dropped'],
    [
      "MISSING VALUES wave interview_code establishment_code establishment_type region status instrument_version ACTIVITIES COMMENT (' ').",
      'empty strings missing',
    ],
  ])('%s (%s)', (line) => {
    expect(syntax(true).body).toContain(line);
  });

  it('quotes labels and renames columns SPSS cannot name', () => {
    const version = {
      sections: [],
      questions: [question('Q-1', 'select_one', { label: "L'âge\nactuel", choices: choices('a') })],
    };
    const body = spssSyntax(buildDataset('W1', [version], [], { includeText: false }));
    expect(body).toContain("/Q_1 'L''âge actuel'");
    expect(body).toContain('*   Q-1 -> Q_1');
    expect(body).toContain('    Q_1_texte A1');
  });
});
