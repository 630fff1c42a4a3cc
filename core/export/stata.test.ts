import { describe, expect, it } from 'vitest';
import { choices, question } from '../questionnaire/test-support.ts';
import { exportWave } from './export-wave.ts';
import { buildDataset } from './layout.ts';
import { stataDoFile } from './stata.ts';
import { INTERVIEWS, VERSION } from './test-support.ts';

const doFile = (includeText = false) =>
  exportWave({ wave: 'W1', versions: [VERSION], interviews: INTERVIEWS }, 'stata', { includeText }, 'raw');

describe('Stata do-file', () => {
  it('imports the CSV of the same export, every column typed by position', () => {
    expect(doFile().filename).toBe('W1-interviews.do');
    const body = doFile(true).body;
    expect(body).toContain('import delimited using "W1-interviews-avec-textes.csv", clear encoding("utf-8")');
    expect(body).toContain('stringcols(1 2 4 5 6 7 8 9 10 13 17 18) numericcols(3 11 12 14 15 16 19)');
  });

  it('names and labels every column', () => {
    const dataset = buildDataset('W1', [VERSION], INTERVIEWS, { includeText: true });
    const body = stataDoFile(dataset);
    expect(body).toContain(`(${dataset.columns.map((column) => column.name).join(' ')})`);
    for (const column of dataset.columns) expect(body).toContain(`label variable ${column.name} "`);
  });

  it('codes select_one values in choice order and writes the mapping down', () => {
    const body = doFile().body;
    expect(body).toContain(
      [
        '* SEX : male = 1, female = 2',
        'generate byte __baro_tmp = ., after(SEX)',
        'replace __baro_tmp = 1 if SEX == "male"',
        'replace __baro_tmp = 2 if SEX == "female"',
        'drop SEX',
        'rename __baro_tmp SEX',
        'label define SEX 1 "Garçon" 2 "Fille", replace',
        'label values SEX SEX',
      ].join('\n'),
    );
    expect(body).toContain('label values ACTIVITIES__sport ACTIVITIES__school ACTIVITIES__work baro_choisi');
    expect(body).toContain('generate double __baro_tmp = date(VISIT_DATE, "YMD"), after(VISIT_DATE)');
  });

  it('keeps values exact and labels harmless when they hold quotes, $ or backquotes', () => {
    const version = {
      sections: [],
      questions: [
        question('in', 'select_one', {
          label: `Le "prix" en $ ${'x'.repeat(100)}`,
          choices: [{ value: 'a"$b', label: 'Dit "oui" `x`' }, ...choices('-1')],
        }),
      ],
    };
    const body = stataDoFile(buildDataset('W1', [version], [], { includeText: false }));
    expect(body).toContain('replace __baro_tmp = 1 if in_v == "a" + char(34) + char(36) + "b"');
    expect(body).toContain(`replace __baro_tmp = 2 if in_v == "'-1"`);
    expect(body).toContain('label define in_v 1 "Dit ”oui” ‘x‘" 2 "Choix -1", replace');
    expect(body).toMatch(/^label variable in_v "Le ”prix” en ＄ x{65}"$/m);
  });
});
