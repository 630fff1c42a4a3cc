// Repeats in XLSForm (issue 20): begin_repeat ... end_repeat read as a repeat question and its questions,
// written back as they came, so that a workbook with repeats exports and imports to the same version.
import { describe, expect, it } from 'vitest';
import { checkVersion } from '../questionnaire/index.ts';
import { readXlsForm } from './read-xlsform.ts';
import { readOk } from './test-support.ts';
import { writeXlsForm } from './write-xlsform.ts';

const survey = [
  ['type', 'name', 'label::French (fr)', 'label::Arabic (ar)', 'relevant', 'constraint', 'repeat_count', 'calculation'],
  ['begin_group', 'FAM', 'Famille', 'الأسرة'],
  ['integer', 'N_FRERES', 'Nombre de frères et sœurs', 'عدد الإخوة'],
  ['begin_repeat', 'FRERE', 'Frère ou sœur', 'أخ أو أخت', '${N_FRERES} > 0', null, '${N_FRERES}'],
  ['integer', 'F_AGE', 'Âge', 'العمر', null, '. >= 0 and . < 40'],
  ['begin_group', 'F_ECOLE', 'École', null, '${F_AGE} < 18'],
  ['select_one oui_non', 'F_SCOLARISE', 'Scolarisé ?', 'متمدرس؟'],
  ['end_group'],
  ['calculate', 'F_RANG', null, null, null, null, null, 'position(..)'],
  ['end_repeat'],
  ['calculate', 'AGES', null, null, null, null, null, 'sum(${F_AGE})'],
  ['end_group'],
  ['begin repeat', 'VISITE', 'Visite reçue'],
  ['date', 'V_DATE', 'Date'],
  ['end repeat'],
];
const settings = [['form_id'], ['famille']];
const choices = [
  ['list_name', 'name', 'label::French (fr)', 'label::Arabic (ar)'],
  ['oui_non', 'oui', 'Oui', 'نعم'],
  ['oui_non', 'non', 'Non', 'لا'],
];

describe('repeats in an XLSForm', () => {
  it('reads a repeat as a question of type repeat followed by its questions', async () => {
    const form = await readOk({ survey, choices, settings });
    expect(
      form.questionnaire.questions.map(({ code, type, section, repeat, relevant, repeat_count }) => ({
        code,
        type,
        ...(section ? { section } : {}),
        ...(repeat ? { repeat } : {}),
        ...(relevant ? { relevant } : {}),
        ...(repeat_count ? { repeat_count } : {}),
      })),
    ).toEqual([
      { code: 'N_FRERES', type: 'integer', section: 'FAM' },
      { code: 'FRERE', type: 'repeat', section: 'FAM', relevant: '${N_FRERES} > 0', repeat_count: '${N_FRERES}' },
      { code: 'F_AGE', type: 'integer', section: 'FAM', repeat: 'FRERE' },
      { code: 'F_SCOLARISE', type: 'select_one', section: 'FAM', repeat: 'FRERE', relevant: '${F_AGE} < 18' },
      { code: 'F_RANG', type: 'calculate', section: 'FAM', repeat: 'FRERE' },
      { code: 'AGES', type: 'calculate', section: 'FAM' },
      { code: 'VISITE', type: 'repeat' },
      { code: 'V_DATE', type: 'date', repeat: 'VISITE' },
    ]);
    expect(form.questionnaire.sections.map((section) => section.code)).toEqual(['FAM']);
    expect(checkVersion(form.questionnaire)).toEqual([]);
  });

  it('warns that a group inside a repeat makes no section', async () => {
    const result = await readXlsForm(
      await import('./test-support.ts').then(({ workbook }) => workbook({ survey, choices, settings })),
    );
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        sheet: 'survey',
        row: 6,
        column: 'type',
        message: expect.stringMatching(/^Groupe « F_ECOLE » dans la répétition « FRERE »/),
      }),
    ]);
  });

  it('writes begin_repeat, repeat_count and end_repeat back, and reads the export to the same version', async () => {
    const form = await readOk({ survey, choices, settings });
    const again = await readXlsForm(await writeXlsForm(form));
    expect(again.ok && again.form.questionnaire).toEqual(form.questionnaire);
  });

  it('refuses a repeat without questions, at its row', async () => {
    const result = await readXlsForm(
      await import('./test-support.ts').then(({ workbook }) =>
        workbook({
          survey: [['type', 'name', 'label'], ['integer', 'A', 'A'], ['begin_repeat', 'R', 'Vide'], ['end_repeat']],
          settings,
        }),
      ),
    );
    expect(!result.ok && result.problems).toEqual([
      {
        sheet: 'survey',
        row: 3,
        column: 'type',
        message: 'Question « R » : une répétition doit contenir au moins une question.',
      },
    ]);
  });

  it('reads a repeat inside a repeat as nested, writes it back and reads the export to the same version', async () => {
    const nested = [
      ['type', 'name', 'label', 'relevant', 'repeat_count', 'calculation'],
      ['begin_repeat', 'SIBLINGS', 'Frère ou sœur'],
      ['integer', 'S_AGE', 'Âge'],
      ['begin_group', 'S_FAMILY', 'Sa famille', '${S_AGE} >= 18'],
      ['integer', 'S_N', 'Enfants'],
      ['begin_repeat', 'CHILDREN', 'Enfant', null, '${S_N}'],
      ['integer', 'C_AGE', 'Âge'],
      ['calculate', 'C_RANK', null, null, null, 'position(..)'],
      ['end_repeat'],
      ['end_group'],
      ['calculate', 'S_KIDS', null, null, null, 'count(${CHILDREN})'],
      ['end_repeat'],
      ['calculate', 'ALL_KIDS', null, null, null, 'count(${CHILDREN})'],
    ];
    const form = await readOk({ survey: nested, settings });
    expect(
      form.questionnaire.questions.map(({ code, repeat, relevant }) => [code, repeat ?? null, relevant ?? null]),
    ).toEqual([
      ['SIBLINGS', null, null],
      ['S_AGE', 'SIBLINGS', null],
      ['S_N', 'SIBLINGS', '${S_AGE} >= 18'],
      ['CHILDREN', 'SIBLINGS', '${S_AGE} >= 18'],
      ['C_AGE', 'CHILDREN', null],
      ['C_RANK', 'CHILDREN', null],
      ['S_KIDS', 'SIBLINGS', null],
      ['ALL_KIDS', null, null],
    ]);
    expect(checkVersion(form.questionnaire)).toEqual([]);
    const written = await writeXlsForm(form);
    const again = await readXlsForm(written);
    expect(again.ok && again.form.questionnaire).toEqual(form.questionnaire);
  });
});
