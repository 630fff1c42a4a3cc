import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from './limits.ts';
import { readXlsForm } from './read-xlsform.ts';
import { problemsOf, readOk, sampleSheets, workbook, zip, type Cell } from './test-support.ts';

const at = (sheet: string, row: number, column: string) => expect.objectContaining({ sheet, row, column });

function withSurveyRow(row: number, cells: readonly Cell[]) {
  const sheets = sampleSheets();
  sheets.survey[row - 1] = [...cells];
  return sheets;
}

describe('readXlsForm: files it refuses', () => {
  it('refuses what is not a zip, naming no sheet', async () => {
    const result = await readXlsForm(new TextEncoder().encode('type,name,label\ninteger,AGE,Âge\n'));
    expect(result).toEqual({
      ok: false,
      problems: [{ sheet: '', row: 0, column: '', message: expect.stringMatching(/pas un classeur/) }],
    });
  });

  it('refuses a zip that is not a workbook', async () => {
    const result = await readXlsForm(zip([{ name: 'hello.txt', content: new TextEncoder().encode('hello') }]));
    expect(result).toEqual({ ok: false, problems: [at('survey', 0, ''), at('settings', 0, '')] });
  });

  it('refuses a file over 10 MB before looking at it', async () => {
    const result = await readXlsForm(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: expect.stringMatching(/10 Mo/) })],
    });
  });

  it('refuses a sheet of more than 5,000 rows', async () => {
    const rows = Array.from({ length: 5_001 }, (_, index) => ['integer', `Q${index}`, 'x']);
    const result = await readXlsForm(await workbook({ survey: rows }));
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: expect.stringMatching(/5001 lignes remplies : 5000 au plus/) })],
    });
  }, 30_000);

  it('ignores trailing rows and columns that hold formatting only', async () => {
    const book = new ExcelJS.Workbook();
    const sheets = sampleSheets();
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = book.addWorksheet(name);
      for (const row of rows) sheet.addRow([...row]);
      sheet.getCell(1_048_576, 1).numFmt = '@';
      sheet.getCell(2, 150).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    }
    const result = await readXlsForm(Buffer.from(await book.xlsx.writeBuffer()));
    expect(result.ok && result.form.questionnaire.questions.map((question) => question.code)).toEqual([
      'SEXE',
      'AGE',
      'ACTIVITES',
      'MAJEUR',
    ]);
  }, 30_000);

  it('refuses a sheet of more than 100 columns, even with a single cell far away', async () => {
    const sheets = sampleSheets();
    sheets.settings[0] = [...Array.from({ length: 100 }, () => null), 'far'];
    const result = await readXlsForm(await workbook(sheets));
    expect(result).toEqual({
      ok: false,
      problems: [{ sheet: 'settings', row: 0, column: '', message: expect.stringMatching(/101 colonnes/) }],
    });
  });

  it('accepts a workbook at the limits', async () => {
    const sheets = sampleSheets();
    for (let index = sheets.survey.length; index < 5_000; index += 1) sheets.survey.push(['note', `N${index}`, 'x']);
    const form = await readOk(sheets);
    expect(form.questionnaire.questions).toHaveLength(4 + 5_000 - 7);
  }, 30_000);
});

describe('readXlsForm: problems, each at its sheet, row and column', () => {
  it('a missing survey sheet', async () => {
    const { choices, settings } = sampleSheets();
    expect(await problemsOf({ choices, settings })).toEqual([at('survey', 0, '')]);
  });

  it('missing required columns, on every sheet at once', async () => {
    const sheets = sampleSheets();
    sheets.survey = sheets.survey.map((row) => row.slice(0, 1).concat(row.slice(2)));
    sheets.choices = sheets.choices.map((row) => row.slice(1));
    expect(await problemsOf(sheets)).toEqual([at('survey', 1, 'name'), at('choices', 1, 'list_name')]);
  });

  it('an unknown type, a choices file, a select without list or with an unknown option', async () => {
    const sheets = sampleSheets();
    sheets.survey.push(['geopointe', 'GPS', 'Position']);
    sheets.survey.push(['select_one', 'X', 'X'], ['select_one sexe autre', 'Y', 'Y']);
    sheets.survey.push(['select_one_from_file lieux.csv', 'Z', 'Z']);
    const problems = await problemsOf(sheets);
    expect(problems).toEqual([8, 9, 10, 11].map((row) => at('survey', row, 'type')));
    expect(problems[0]?.message).toMatch(/geopointe/);
    expect(problems[3]?.message).toMatch(/fichier joint/);
  });

  it('repeats left open or closed twice (a repeat inside a repeat is read as nested)', async () => {
    const sheets = sampleSheets();
    sheets.survey.push(['begin_repeat', 'R', 'Enfants'], ['begin repeat', 'R2', 'Visites'], ['integer', 'V', 'Visite']);
    sheets.survey.push(['end_repeat'], ['end_repeat'], ['end_repeat'], ['begin_repeat', 'R3', 'Ouverte']);
    const problems = await problemsOf(sheets);
    expect(problems.map((problem) => [problem.row, problem.column, problem.message])).toEqual([
      [13, 'type', 'end_repeat sans begin_repeat correspondant.'],
      [14, 'type', 'begin_repeat « R3 » sans end_repeat correspondant.'],
      [14, 'type', 'Question « R3 » : une répétition doit contenir au moins une question.'],
    ]);
  });

  it('a select naming an unknown list, or a list without choices', async () => {
    const sheets = sampleSheets();
    sheets.survey.push(['select_one inconnue', 'X', 'X'], ['select_multiple vide', 'Y', 'Y']);
    sheets.choices.push(['vide', null, 'sans valeur']);
    const problems = await problemsOf(sheets);
    expect(problems).toEqual([at('survey', 8, 'type'), at('survey', 9, 'type'), at('choices', 6, 'name')]);
    expect(problems[0]?.message).toMatch(/« inconnue » n'existe pas/);
    expect(problems[1]?.message).toMatch(/« vide » ne contient aucun choix/);
  });

  it('a duplicate question name, at the second row', async () => {
    const problems = await problemsOf(withSurveyRow(7, ['integer', 'AGE', 'Encore']));
    expect(problems).toEqual([
      { sheet: 'survey', row: 7, column: 'name', message: expect.stringMatching(/déjà utilisé ligne 4/) },
    ]);
  });

  it('duplicate, spaced and unlabelled choices, and a choice without list', async () => {
    const sheets = sampleSheets();
    sheets.choices.push(
      ['sexe', 'm', 'Encore'],
      ['sexe', 'autre genre', 'Autre'],
      ['sexe', 'x', null],
      [null, 'y', 'Y'],
    );
    expect(await problemsOf(sheets)).toEqual([
      at('choices', 6, 'name'),
      at('choices', 7, 'name'),
      at('choices', 8, 'label::French (fr)'),
      at('choices', 9, 'list_name'),
    ]);
  });

  it('bad expressions, with the character position', async () => {
    const sheets = sampleSheets();
    sheets.survey[3] = ['integer', 'AGE', 'Âge', null, 'yes', null, '. >= 12 and', null];
    sheets.survey[5] = ['select_multiple activites', 'ACTIVITES', 'Activités', null, null, '${AGEE} >= 15', null, null];
    sheets.survey[6] = ['calculate', 'MAJEUR', null, null, null, null, null, '. + 1'];
    const problems = await problemsOf(sheets);
    expect(problems).toEqual([
      at('survey', 4, 'constraint'),
      at('survey', 6, 'relevant'),
      at('survey', 7, 'calculation'),
    ]);
    expect(problems[1]?.message).toMatch(/caractère 1 : La question « AGEE » n'existe pas/);
    expect(problems[2]?.message).toMatch(/caractère 1 : « \. »/);
  });

  it("a group's bad condition, once at the group's row; a good one joins its questions' own", async () => {
    const sheets = sampleSheets();
    sheets.survey[1] = ['begin_group', 'S1', 'Profil', null, null, '${SEX} =', null, null];
    expect(await problemsOf(sheets)).toEqual([
      { sheet: 'survey', row: 2, column: 'relevant', message: expect.stringMatching(/^Groupe « S1 », relevant/) },
    ]);
    sheets.survey[1] = ['begin_group', 'S1', 'Profil', null, null, "today() > '2020-01-01'", null, null];
    sheets.survey[3] = ['integer', 'AGE', 'Âge', null, null, "${SEXE} = 'f'", null, null];
    const form = await readOk(sheets);
    expect(form.questionnaire.questions.map((question) => question.relevant)).toEqual([
      "today() > '2020-01-01'",
      "(today() > '2020-01-01') and (${SEXE} = 'f')",
      '${AGE} >= 15',
      undefined,
    ]);
  });

  it('unbalanced groups: an end without begin, a begin without end', async () => {
    const sheets = sampleSheets();
    sheets.survey.push(['end_group'], ['begin group', 'S2', 'Suite'], ['note', 'FIN', 'Merci']);
    expect(await problemsOf(sheets)).toEqual([at('survey', 8, 'type'), at('survey', 9, 'type')]);
  });

  it('a group defined twice, a nameless group, a typeless row', async () => {
    const sheets = sampleSheets();
    sheets.survey.push(
      ['begin_group', 'S1', 'Encore'],
      ['end_group'],
      ['begin_group', null, 'Sans nom'],
      ['end_group'],
      [null, 'Q', 'Sans type'],
    );
    expect(await problemsOf(sheets)).toEqual([
      at('survey', 8, 'name'),
      at('survey', 10, 'name'),
      at('survey', 12, 'type'),
    ]);
  });

  it('a required cell that is not yes or no', async () => {
    const sheets = withSurveyRow(4, ['integer', 'AGE', 'Âge', null, "${SEXE} = 'f'"]);
    expect(await problemsOf(sheets)).toEqual([at('survey', 4, 'required')]);
  });

  it('an identifying cell that is not yes or no', async () => {
    const sheets = sampleSheets();
    sheets.survey[0]?.push('identifying');
    sheets.survey[3]?.push('peut-être');
    expect(await problemsOf(sheets)).toEqual([at('survey', 4, 'identifying')]);
  });

  it('a missing or malformed form_id, a missing settings sheet', async () => {
    const sheets = sampleSheets();
    sheets.settings[1] = [null, 'Titre'];
    expect(await problemsOf(sheets)).toEqual([at('settings', 2, 'form_id')]);
    sheets.settings[1] = ['mon formulaire', 'Titre'];
    expect(await problemsOf(sheets)).toEqual([at('settings', 2, 'form_id')]);
    const { survey, choices } = sampleSheets();
    expect(await problemsOf({ survey, choices })).toEqual([at('settings', 0, '')]);
  });

  it("checkVersion's problems, pointed at the question's row", async () => {
    const sheets = sampleSheets();
    sheets.survey.push(
      ['note', '1NOTE', 'Note', null, 'yes'],
      ['text', 'SANS_LIBELLE', null],
      ['text', 'CALC', 'C', null, null, null, null, '1'],
    );
    sheets.survey.push(['calculate', 'BOUCLE_A', null, null, null, null, null, '${BOUCLE_B}']);
    sheets.survey.push(['calculate', 'BOUCLE_B', null, null, null, null, null, '${BOUCLE_A}']);
    expect(await problemsOf(sheets)).toEqual([
      at('survey', 8, 'name'),
      at('survey', 8, 'required'),
      at('survey', 9, 'label::French (fr)'),
      at('survey', 10, 'calculation'),
      at('survey', 11, 'calculation'),
    ]);
  });

  it('a column given twice', async () => {
    const sheets = sampleSheets();
    sheets.survey[0]?.push('label::Français (fr)');
    expect(await problemsOf(sheets)).toEqual([at('survey', 1, 'label::Français (fr)')]);
  });

  it('lists every problem of the workbook in one result, in sheet and row order', async () => {
    const sheets = sampleSheets();
    sheets.survey[2] = ['select_one sexes', 'SEXE', 'Sexe'];
    sheets.survey[3] = ['geopointe', 'GPS', 'Position'];
    sheets.survey[5] = [
      'select_multiple activites',
      'ACTIVITES',
      'Activités',
      null,
      'peut-être',
      '${AGE} >=',
      null,
      null,
    ];
    sheets.survey.push(['integer', 'SEXE', 'Encore']);
    sheets.choices.push(['sexe', 'm', 'Encore']);
    sheets.settings[1] = [null];
    const problems = await problemsOf(sheets);
    expect(problems).toEqual([
      at('survey', 3, 'type'),
      at('survey', 4, 'type'),
      at('survey', 6, 'required'),
      at('survey', 6, 'relevant'),
      at('survey', 7, 'calculation'),
      at('survey', 8, 'name'),
      at('choices', 6, 'name'),
      at('settings', 2, 'form_id'),
    ]);
  });
});

describe('readXlsForm: rows it skips', () => {
  it('skips device metadata and blank rows', async () => {
    const sheets = sampleSheets();
    const metadata = ['start', 'end', 'today', 'deviceid', 'username'].map((type) => [type, type]);
    sheets.survey.splice(1, 0, ...metadata, [null, null, 'orphan label']);
    const form = await readOk(sheets);
    expect(form.questionnaire.questions.map((question) => question.code)).toEqual([
      'SEXE',
      'AGE',
      'ACTIVITES',
      'MAJEUR',
    ]);
  });
});
