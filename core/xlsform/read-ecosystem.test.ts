import { describe, expect, it } from 'vitest';
import { readXlsForm } from './read-xlsform.ts';
import { formIdFromFileName } from './read-settings.ts';
import { workbook, type Rows } from './test-support.ts';
import { writeXlsForm } from './write-xlsform.ts';

async function accepted(sheets: Readonly<Record<string, Rows>>, fileName?: string) {
  const result = await readXlsForm(await workbook(sheets), fileName === undefined ? {} : { fileName });
  if (!result.ok) return expect.fail(`unexpected problems: ${JSON.stringify(result.problems, null, 1)}`);
  return result;
}

/** Export, then import the export: an accepted workbook must come back the same. */
async function roundTrip(sheets: Readonly<Record<string, Rows>>, fileName?: string): Promise<void> {
  const { form } = await accepted(sheets, fileName);
  const again = await readXlsForm(await writeXlsForm(form));
  expect(again.ok && again.form).toEqual({ ...form, defaultLanguage: 'French (fr)' });
}

describe('readXlsForm: what pyxform accepts', () => {
  it('names a form without settings after its file, with a warning', async () => {
    const sheets = {
      survey: [
        ['type', 'name', 'label'],
        ['text', 'nom', 'Nom'],
      ],
    };
    const { form, warnings } = await accepted(sheets, 'Enquête ménage 2024.xlsx');
    expect(form).toMatchObject({ formId: 'Enquete_menage_2024', title: 'Enquete_menage_2024' });
    expect(warnings).toEqual([
      {
        sheet: 'settings',
        row: 0,
        column: '',
        message: expect.stringMatching(/nom du fichier/),
        message_ar: expect.any(String),
      },
    ]);
    expect(formIdFromFileName('2024 form.xlsx')).toBe('_2024_form');
    await roundTrip(sheets, 'x.xlsx');
  });

  it('reads every language column form and keeps the languages it does not show', async () => {
    const sheets = {
      survey: [
        [
          'type',
          'name',
          'label:English',
          'label::Español (es)',
          'hint::English (en)',
          'guidance_hint',
          'required_message::fr',
        ],
        ['text', 'nom', 'Name', 'Nombre', 'Full name', 'Ask gently', 'Obligatoire'],
      ],
      settings: [['form_id'], ['f']],
    };
    const { form, warnings } = await accepted(sheets);
    expect(form.questionnaire.questions[0]).toMatchObject({
      label: 'Name',
      hint: 'Full name',
      xlsform: {
        cells: {
          'label:English': 'Name',
          'label::Español (es)': 'Nombre',
          'hint::English (en)': 'Full name',
          guidance_hint: 'Ask gently',
          'required_message::fr': 'Obligatoire',
        },
      },
    });
    expect(warnings.map((warning) => warning.column)).toEqual([
      'label:English',
      'label::Español (es)',
      'hint::English (en)',
      'guidance_hint',
      'required_message::fr',
    ]);
    await roundTrip(sheets);
  });

  it('keeps default, read_only, trigger, appearance and choice_filter; allows duplicates when the settings say so', async () => {
    const sheets = {
      survey: [
        ['type', 'name', 'label', 'appearance', 'default', 'read_only', 'trigger', 'choice_filter'],
        ['select_one region', 'region', 'Région', 'minimal', 'nord', null, null, null],
        ['select_one ville', 'ville', 'Ville', null, null, 'no', '${region}', 'region=${region}'],
      ],
      choices: [
        ['list_name', 'name', 'label', 'region'],
        ['region', 'nord', 'Nord', null],
        ['region', 'sud', 'Sud', null],
        ['ville', 'centre', 'Centre (nord)', 'nord'],
        ['ville', 'centre', 'Centre (sud)', 'sud'],
      ],
      settings: [
        ['form_id', 'allow_choice_duplicates'],
        ['f', 'yes'],
      ],
    };
    const { form, warnings } = await accepted(sheets);
    expect(form.questionnaire.questions[1]).toMatchObject({
      choices: [{ value: 'centre', label: 'Centre (nord)', xlsform: { cells: { region: 'nord' } } }],
      xlsform: { cells: { read_only: 'no', trigger: '${region}', choice_filter: 'region=${region}' } },
    });
    expect(form.settings).toEqual({ allow_choice_duplicates: 'yes' });
    expect(warnings.map(({ sheet, row, column }) => [sheet, row, column])).toEqual([
      ['survey', 2, 'appearance'],
      ['survey', 2, 'default'],
      ['survey', 3, 'read_only'],
      ['survey', 3, 'trigger'],
      ['survey', 3, 'choice_filter'],
      ['choices', 4, 'region'],
      ['choices', 5, 'name'],
    ]);
    await roundTrip(sheets);
    const refused = await readXlsForm(await workbook({ ...sheets, settings: [['form_id'], ['f']] }));
    expect(refused.ok ? [] : refused.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/en double.*allow_choice_duplicates/),
    ]);
  });

  it('asks acknowledge, range and or_other as its own types; keeps metadata and unsupported questions unasked', async () => {
    const sheets = {
      survey: [
        ['type', 'name', 'label', 'parameters'],
        ['start', 'start', null, null],
        ['acknowledge', 'ok', 'Lu et compris', null],
        ['range', 'note', 'Note', 'start=0 end=10 step=1'],
        ['range', 'poids', 'Poids', 'start=0.5 end=2.5 step=0.5'],
        ['geopoint', 'gps', 'Position', null],
        ['select_one sexe or_other', 'sexe', 'Sexe', null],
        ['audit', 'audit', null, null],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['sexe', 'f', 'Fille'],
      ],
      settings: [['form_id'], ['f']],
    };
    const { form, warnings } = await accepted(sheets);
    expect(
      form.questionnaire.questions.map(({ code, type, choices, xlsform }) => [code, type, choices, xlsform]),
    ).toEqual([
      ['ok', 'select_one', [{ value: 'OK', label: 'OK', label_ar: 'حسنا' }], { type: 'acknowledge' }],
      ['note', 'integer', [], { type: 'range', cells: { parameters: 'start=0 end=10 step=1' } }],
      ['poids', 'decimal', [], { type: 'range', cells: { parameters: 'start=0.5 end=2.5 step=0.5' } }],
      [
        'sexe',
        'select_one',
        [
          { value: 'f', label: 'Fille' },
          { value: 'other', label: 'Autre', label_ar: 'أخرى' },
        ],
        { type: 'or_other' },
      ],
    ]);
    expect(form.keptRows).toEqual([
      { before: 0, cells: { type: 'start', name: 'start' } },
      { before: 3, cells: { type: 'geopoint', name: 'gps', 'label::French (fr)': 'Position' } },
      { before: 4, cells: { type: 'audit', name: 'audit' } },
    ]);
    expect(warnings.map(({ row, message }) => [row, message])).toEqual([
      [4, expect.stringMatching(/range 0 à 10, pas 1/)],
      [5, expect.stringMatching(/range 0.5 à 2.5/)],
      [6, expect.stringMatching(/« gps ».*jamais posée/)],
    ]);
    await roundTrip(sheets);
  });

  it('refuses range parameters that are not numbers', async () => {
    const result = await readXlsForm(
      await workbook({
        survey: [
          ['type', 'name', 'label', 'parameters'],
          ['range', 'r', 'R', 'start=a'],
        ],
        settings: [['form_id'], ['f']],
      }),
    );
    expect(result.ok ? [] : result.problems).toEqual([
      { sheet: 'survey', row: 2, column: 'parameters', message: expect.stringMatching(/start=…/) },
    ]);
  });
});
