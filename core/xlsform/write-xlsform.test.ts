import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { question, version } from '../questionnaire/test-support.ts';
import type { QuestionnaireVersion } from '../questionnaire/index.ts';
import { readXlsForm } from './read-xlsform.ts';
import { unzipText } from './test-support.ts';
import type { XlsForm } from './types.ts';
import { writeXlsForm } from './write-xlsform.ts';
import { surveyLayout } from './write-layout.ts';

const INJECTIONS = ['=HYPERLINK("http://evil.example","clic")', '+33 6 00', '-2+3', '@SUM(A1:A2)', '=1+1'];

function formOf(questionnaire: QuestionnaireVersion, fields: Partial<XlsForm> = {}): XlsForm {
  return { formId: 'omp', title: 'Baromètre', questionnaire, ...fields };
}

async function sheetRows(bytes: Buffer, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const rows: unknown[][] = [];
  book.getWorksheet(name)?.eachRow((row) => {
    rows.push(Array.isArray(row.values) ? row.values.slice(1) : []);
  });
  return rows;
}

describe('writeXlsForm', () => {
  it('writes the three sheets with French and Arabic columns', async () => {
    const bytes = await writeXlsForm(
      formOf(
        version(
          question('SEXE', 'select_one', {
            label_ar: 'الجنس',
            required: true,
            choices: [{ value: 'f', label: 'Fille', label_ar: 'أنثى' }],
          }),
        ),
        { version: '3', titleAr: 'مقياس' },
      ),
    );
    expect(await sheetRows(bytes, 'survey')).toEqual([
      [
        'type',
        'name',
        'label::French (fr)',
        'label::Arabic (ar)',
        'hint::French (fr)',
        'hint::Arabic (ar)',
        'required',
        'relevant',
        'constraint',
        'constraint_message::French (fr)',
        'constraint_message::Arabic (ar)',
        'calculation',
        'identifying',
      ],
      ['begin_group', 'S1', 'Section 1'],
      ['select_one SEXE', 'SEXE', 'Libellé SEXE', 'الجنس', undefined, undefined, 'yes'],
      ['end_group'],
    ]);
    expect(await sheetRows(bytes, 'choices')).toEqual([
      ['list_name', 'name', 'label::French (fr)', 'label::Arabic (ar)'],
      ['SEXE', 'f', 'Fille', 'أنثى'],
    ]);
    expect(await sheetRows(bytes, 'settings')).toEqual([
      ['form_id', 'form_title', 'version', 'default_language', 'form_title::Arabic (ar)'],
      ['omp', 'Baromètre', '3', 'French (fr)', 'مقياس'],
    ]);
  });

  it('never writes a formula: text that looks like one is a shared string with the Text format', async () => {
    const [first = '', ...others] = INJECTIONS;
    const form = formOf(
      {
        sections: [{ code: 'S1', label: others[0] ?? '' }],
        questions: [
          question('Q1', 'select_one', {
            label: first,
            hint: others[1] ?? null,
            constraint: '-1 <= .',
            choices: [{ value: 'a', label: others[2] ?? '' }],
          }),
          question('Q2', 'text', { label: others[3] ?? '', constraint_message: '\tTab' }),
        ],
      },
      { title: '=cmd|"/c calc"!A1' },
    );
    const bytes = await writeXlsForm(form);
    const parts = unzipText(bytes);
    for (const [name, xml] of parts) expect(xml, name).not.toMatch(/<f[\s>]/);
    const sharedStrings = parts.get('xl/sharedStrings.xml') ?? '';
    expect(sharedStrings).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;clic&quot;)');
    expect(parts.get('xl/styles.xml')).toMatch(/numFmtId="49"/);
    const surveyXml = parts.get('xl/worksheets/sheet1.xml') ?? '';
    const labelCell = /<c r="C3"([^>]*)>/.exec(surveyXml)?.[1] ?? '';
    expect(labelCell).toMatch(/t="s"/);
    expect(labelCell).toMatch(/s="\d+"/);
    const read = await readXlsForm(bytes);
    expect(read).toMatchObject({
      ok: true,
      form: { title: form.title, questionnaire: { sections: form.questionnaire.sections } },
    });
    expect(read.ok && read.form.questionnaire.questions).toEqual([
      form.questionnaire.questions[0],
      // The reader trims cells: the tab that earned the Text format goes.
      { ...form.questionnaire.questions[1], constraint_message: 'Tab' },
    ]);
  });

  it('writes identifying questions as yes in the identifying column and reads them back as identifying', async () => {
    const questionnaire = version(
      question('BIRTH_PLACE', 'select_one', { identifying: true, choices: [{ value: 'casa', label: 'Casablanca' }] }),
      question('FATHER_NAME', 'text', { identifying: true }),
      question('AGE', 'integer'),
    );
    const bytes = await writeXlsForm(formOf(questionnaire));
    const rows = await sheetRows(bytes, 'survey');
    const column = rows[0]?.indexOf('identifying') ?? -1;
    expect(rows.slice(2, 5).map((row) => row[column] ?? '')).toEqual(['yes', 'yes', '']);
    const read = await readXlsForm(bytes);
    expect(
      read.ok && read.form.questionnaire.questions.map((entry) => [entry.code, entry.identifying === true]),
    ).toEqual([
      ['BIRTH_PLACE', true],
      ['FATHER_NAME', true],
      ['AGE', false],
    ]);
  });

  it('keeps a literal _xHHHH_ in codes, labels and choices, which OOXML would read as an escaped character', async () => {
    const questionnaire = version(
      question('Q_x0041_', 'select_one', {
        label: 'Voir _x000D_ ici',
        choices: [{ value: 'v_x0042_', label: 'Choix _x0043_' }],
      }),
    );
    const read = await readXlsForm(await writeXlsForm(formOf(questionnaire)));
    const [first] = read.ok ? read.form.questionnaire.questions : [];
    expect([first?.code, first?.label, first?.choices?.map((choice) => [choice.value, choice.label])]).toEqual([
      'Q_x0041_',
      'Voir _x000D_ ici',
      [['v_x0042_', 'Choix _x0043_']],
    ]);
  });

  it('shares one choices list between questions with the same choices', async () => {
    const yesNo = [
      { value: 'yes', label: 'Oui' },
      { value: 'no', label: 'Non' },
    ];
    const bytes = await writeXlsForm(
      formOf(
        version(
          question('A', 'select_one', { choices: yesNo }),
          question('B', 'select_multiple', { choices: yesNo }),
          question('C', 'select_one', { choices: yesNo.slice(0, 1) }),
        ),
      ),
    );
    expect((await sheetRows(bytes, 'survey')).map((row) => row[0])).toEqual([
      'type',
      'begin_group',
      'select_one A',
      'select_multiple A',
      'select_one C',
      'end_group',
    ]);
    expect((await sheetRows(bytes, 'choices')).map((row) => row[0])).toEqual(['list_name', 'A', 'A', 'C']);
  });

  it('drops characters XML cannot hold and writes line breaks as \\n', async () => {
    const bytes = await writeXlsForm(formOf(version(question('A', 'note', { label: 'un\u0001\r\ndeux\u000b' }))));
    const result = await readXlsForm(bytes);
    expect(result.ok && result.form.questionnaire.questions[0]?.label).toBe('un\ndeux');
  });
});

describe('surveyLayout', () => {
  const layout = (questionnaire: QuestionnaireVersion): string =>
    surveyLayout(questionnaire)
      .map((item) =>
        item.kind === 'question' ? item.question.code : item.kind === 'begin_group' ? `[${item.section.code}` : ']',
      )
      .join(' ');
  const sections = (...codes: string[]) => codes.map((code) => ({ code, label: code }));
  const q = (code: string, section?: string) =>
    question(code, 'text', section === undefined ? { section: null } : { section });

  it.each([
    ['one section', { sections: sections('A'), questions: [q('1', 'A'), q('2', 'A')] }, '[A 1 2 ]'],
    [
      'questions outside any section',
      { sections: sections('A'), questions: [q('1'), q('2', 'A'), q('3')] },
      '1 [A 2 ] 3',
    ],
    [
      'a section inside another',
      { sections: sections('A', 'B'), questions: [q('1', 'A'), q('2', 'B'), q('3', 'A')] },
      '[A 1 [B 2 ] 3 ]',
    ],
    ['consecutive sections', { sections: sections('A', 'B'), questions: [q('1', 'A'), q('2', 'B')] }, '[A 1 ] [B 2 ]'],
    [
      'empty sections in their place',
      { sections: sections('E', 'A', 'F', 'B', 'G'), questions: [q('1', 'A'), q('2', 'B')] },
      '[E ] [A 1 ] [F ] [B 2 ] [G ]',
    ],
    [
      'interleaved sections (cannot be groups)',
      { sections: sections('A', 'B'), questions: [q('1', 'A'), q('2', 'B'), q('3', 'A'), q('4', 'B')] },
      '[A 1 [B 2 ] 3 ] [B 4 ]',
    ],
  ])('%s', (_, questionnaire, expected) => {
    expect(layout(questionnaire)).toBe(expected);
  });

  it('interleaved sections are refused on import, at the second group', async () => {
    const questionnaire = {
      sections: sections('A', 'B'),
      questions: [q('Q1', 'A'), q('Q2', 'B'), q('Q3', 'A'), q('Q4', 'B')],
    };
    const result = await readXlsForm(await writeXlsForm(formOf(questionnaire)));
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ sheet: 'survey', row: 9, column: 'name' })],
    });
  });
});
