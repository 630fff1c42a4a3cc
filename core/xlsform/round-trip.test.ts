import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RESERVED_CODES,
  type Choice,
  type Question,
  type QuestionnaireVersion,
  type QuestionType,
  type Section,
} from '../questionnaire/index.ts';
import { readXlsForm } from './read-xlsform.ts';
import { readOk } from './test-support.ts';
import type { Mutable, XlsForm } from './types.ts';
import { writeXlsForm } from './write-xlsform.ts';

/** Text as a coordinator types it: accents, Arabic, quotes, markup, line breaks, and formula-like starts. */
const text = fc
  .array(fc.constantFrom('a', 'Z', 'é', 'ع', 'ة', ' ', '\n', '\t', '=', '+', '-', '@', '"', "'", '<', '&', '1', '%'), {
    minLength: 1,
    maxLength: 12,
  })
  .map((characters) => characters.join('').trim())
  .filter((value) => value !== '');
const optionalText = fc.option(text, { nil: undefined });
const code = (prefix: string) =>
  fc
    .stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/)
    .map((value) => `${prefix}${value}`)
    .filter((value) => !RESERVED_CODES.has(value));

const questionSpec = fc.record({
  type: fc.constantFrom<QuestionType>(
    'select_one',
    'select_multiple',
    'integer',
    'decimal',
    'text',
    'date',
    'note',
    'calculate',
  ),
  label: text,
  labelAr: optionalText,
  hint: optionalText,
  hintAr: optionalText,
  required: fc.boolean(),
  identifying: fc.boolean(),
  relevant: fc.boolean(),
  constraint: fc.option(fc.constantFrom('. != 1', '-1 <= .', 'string-length(.) < 5', "not(. = '=x')"), {
    nil: undefined,
  }),
  message: optionalText,
  messageAr: optionalText,
  calculation: fc.constantFrom('-1 + 2', "'=1+1'", 'today()', '"@x"'),
  choices: fc.uniqueArray(
    fc.record({ value: fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/), label: text, labelAr: optionalText }),
    {
      selector: (choice) => choice.value,
      minLength: 1,
      maxLength: 3,
    },
  ),
});
type QuestionSpec = typeof questionSpec extends fc.Arbitrary<infer T> ? T : never;

const block = fc.record({
  section: fc.option(fc.record({ label: text, labelAr: optionalText }), { nil: undefined }),
  questions: fc.array(questionSpec, { maxLength: 3 }),
});

function buildQuestion(
  spec: QuestionSpec,
  questionCode: string,
  section: string | undefined,
  earlier: readonly string[],
): Question {
  const question: Mutable<Question> = {
    code: questionCode,
    type: spec.type,
    label: spec.label,
    required: false,
    choices: [],
  };
  if (spec.labelAr !== undefined) question.label_ar = spec.labelAr;
  if (spec.hint !== undefined) question.hint = spec.hint;
  if (spec.hintAr !== undefined) question.hint_ar = spec.hintAr;
  if (section !== undefined) question.section = section;
  if (spec.identifying) question.identifying = true;
  const previous = earlier.at(-1);
  if (spec.relevant && previous !== undefined) question.relevant = `\${${previous}} != ''`;
  if (spec.type === 'calculate') {
    question.calculation = previous === undefined ? spec.calculation : `\${${previous}} + 1`;
  } else if (spec.type !== 'note') {
    question.required = spec.required;
    if (spec.constraint !== undefined) question.constraint = spec.constraint;
  }
  if (spec.message !== undefined) question.constraint_message = spec.message;
  if (spec.messageAr !== undefined) question.constraint_message_ar = spec.messageAr;
  if (spec.type === 'select_one' || spec.type === 'select_multiple') {
    question.choices = spec.choices.map(({ value, label, labelAr }) => {
      const choice: Mutable<Choice> = { value, label };
      if (labelAr !== undefined) choice.label_ar = labelAr;
      return choice;
    });
  }
  return question;
}

/** Valid versions (they must pass `checkVersion` to be read) in the shape the reader returns. */
const questionnaire: fc.Arbitrary<QuestionnaireVersion> = fc
  .array(block, { minLength: 1, maxLength: 5 })
  .filter((blocks) => blocks.some((entry) => entry.questions.length > 0))
  .chain((blocks) => {
    const questionCount = blocks.reduce((sum, entry) => sum + entry.questions.length, 0);
    return fc.tuple(
      fc.constant(blocks),
      fc.uniqueArray(code('Q'), { minLength: questionCount, maxLength: questionCount }),
      fc.uniqueArray(code('S'), { minLength: blocks.length, maxLength: blocks.length }),
    );
  })
  .map(([blocks, questionCodes, sectionCodes]) => {
    const sections: Section[] = [];
    const questions: Question[] = [];
    blocks.forEach((entry, blockIndex) => {
      let sectionCode: string | undefined;
      if (entry.section !== undefined) {
        sectionCode = sectionCodes[blockIndex] ?? `S${blockIndex}`;
        const section: Mutable<Section> = { code: sectionCode, label: entry.section.label };
        if (entry.section.labelAr !== undefined) section.label_ar = entry.section.labelAr;
        sections.push(section);
      }
      for (const spec of entry.questions) {
        const questionCode = questionCodes[questions.length] ?? `Q${questions.length}`;
        questions.push(
          buildQuestion(
            spec,
            questionCode,
            sectionCode,
            questions.map((earlier) => earlier.code),
          ),
        );
      }
    });
    return { sections, questions };
  });

const form: fc.Arbitrary<XlsForm> = fc
  .record({
    formId: code('f'),
    title: text,
    titleAr: optionalText,
    version: fc.option(fc.stringMatching(/^[0-9]{1,4}(\.[0-9]{1,2})?$/), { nil: undefined }),
    questionnaire,
  })
  .map(({ titleAr, version, ...rest }) => {
    const value: Mutable<XlsForm> = rest;
    if (titleAr !== undefined) value.titleAr = titleAr;
    if (version !== undefined) value.version = version;
    return value;
  });

/** The form without the cells kept for the export, to compare what the barometer uses. */
function withoutExtras({ keptRows: _rows, settings: _settings, ...form }: XlsForm): XlsForm {
  const questions = form.questionnaire.questions.map(({ xlsform: _question, choices, ...question }) => ({
    ...question,
    choices: choices.map(({ xlsform: _choice, ...choice }) => choice),
  }));
  return { ...form, questionnaire: { ...form.questionnaire, questions } };
}

describe('read(write(form)) gives the form back', () => {
  it('for generated valid questionnaires', async () => {
    await fc.assert(
      fc.asyncProperty(form, async (original) => {
        const result = await readXlsForm(await writeXlsForm(original));
        expect(result).toEqual({ ok: true, form: { ...original, defaultLanguage: 'French (fr)' }, warnings: [] });
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('a workbook exported by KoboToolbox', () => {
  const koboSheets = {
    survey: [
      // Kobo's column order, its bookkeeping columns ($kuid) and an appearance column that the barometer ignores.
      [
        'type',
        'name',
        '$kuid',
        'label::English (en)',
        'label::Français (fr)',
        'required',
        'hint::Français (fr)',
        'label::العربية (ar)',
        'relevant',
        'appearance',
        'constraint',
        'constraint_message::Français (fr)',
        'calculation',
      ],
      ['start', 'start', 'k1', null, null, null, null, null, null, null, null, null, null],
      ['end', 'end', 'k2', null, null, null, null, null, null, null, null, null, null],
      [
        'begin group',
        'identification',
        'k3',
        'Identification',
        'Identification',
        null,
        null,
        'تعريف',
        null,
        'field-list',
        null,
        null,
        null,
      ],
      [
        'select_one yes_no',
        'consent',
        'k4',
        'Consent?',
        'Consentement ?',
        'true',
        'Lire le texte',
        'الموافقة؟',
        null,
        null,
        null,
        null,
        null,
      ],
      ['begin_group', 'famille', 'k5', 'Family', null, null, null, null, "${consent} = 'yes'", null, null, null, null],
      [
        'integer',
        'age',
        'k6',
        'Age',
        'Âge',
        'TRUE()',
        null,
        'العمر',
        null,
        null,
        '. >= 12 and . < 18',
        'Entre 12 et 17 ans',
        null,
      ],
      ['end_group', null, 'k7', null, null, null, null, null, null, null, null, null, null],
      [
        'select_multiple activites',
        'activites',
        'k8',
        'Activities',
        'Activités',
        'false',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      ['end group', null, 'k9', null, null, null, null, null, null, null, null, null, null],
      ['calculate', 'mineur', 'k10', null, null, null, null, null, null, null, null, null, 'if(${age} < 18, 1, 0)'],
      ['note', 'merci', 'k11', 'Thank you', null, null, null, 'شكرا', null, null, null, null, null],
    ],
    choices: [
      ['list_name', '$kuid', 'name', 'label::English (en)', 'label::Français (fr)', 'label::العربية (ar)'],
      ['yes_no', 'c1', 'yes', 'Yes', 'Oui', 'نعم'],
      ['yes_no', 'c2', 'no', 'No', 'Non', 'لا'],
      ['activites', 'c3', 1, 'Sport', 'Sport', null],
      ['activites', 'c4', 2, 'School', 'École', null],
    ],
    settings: [
      ['version', 'default_language', 'id_string', 'form_title'],
      [2025051501, 'Français (fr)', 'omp_kobo', 'Baromètre (Kobo)'],
    ],
  };

  it('reads in Kobo column order, French first, English as the fallback label, group conditions on their questions', async () => {
    const read = await readOk(koboSheets);
    expect(read.questionnaire.questions[0]?.xlsform).toEqual({
      cells: { $kuid: 'k4', 'label::English (en)': 'Consent?' },
    });
    expect(read.questionnaire.questions[0]?.choices[0]?.xlsform).toEqual({
      cells: { $kuid: 'c1', 'label::English (en)': 'Yes' },
    });
    expect(read.keptRows?.map((row) => row.cells)).toEqual([
      { type: 'start', name: 'start', $kuid: 'k1' },
      { type: 'end', name: 'end', $kuid: 'k2' },
    ]);
    expect(withoutExtras(read)).toEqual({
      formId: 'omp_kobo',
      title: 'Baromètre (Kobo)',
      version: '2025051501',
      defaultLanguage: 'Français (fr)',
      questionnaire: {
        sections: [
          { code: 'identification', label: 'Identification', label_ar: 'تعريف' },
          { code: 'famille', label: 'Family' },
        ],
        questions: [
          {
            code: 'consent',
            type: 'select_one',
            label: 'Consentement ?',
            label_ar: 'الموافقة؟',
            hint: 'Lire le texte',
            required: true,
            section: 'identification',
            choices: [
              { value: 'yes', label: 'Oui', label_ar: 'نعم' },
              { value: 'no', label: 'Non', label_ar: 'لا' },
            ],
          },
          {
            code: 'age',
            type: 'integer',
            label: 'Âge',
            label_ar: 'العمر',
            required: true,
            section: 'famille',
            relevant: "${consent} = 'yes'",
            constraint: '. >= 12 and . < 18',
            constraint_message: 'Entre 12 et 17 ans',
            choices: [],
          },
          {
            code: 'activites',
            type: 'select_multiple',
            label: 'Activités',
            required: false,
            section: 'identification',
            choices: [
              { value: '1', label: 'Sport' },
              { value: '2', label: 'École' },
            ],
          },
          {
            code: 'mineur',
            type: 'calculate',
            label: '',
            required: false,
            calculation: 'if(${age} < 18, 1, 0)',
            choices: [],
          },
          { code: 'merci', type: 'note', label: 'Thank you', label_ar: 'شكرا', required: false, choices: [] },
        ],
      },
    });
  });

  it('writes back nested groups so that reading again gives the same form', async () => {
    const first = await readOk(koboSheets);
    const again = await readXlsForm(await writeXlsForm(first));
    expect(again).toEqual({
      ok: true,
      form: { ...first, defaultLanguage: 'French (fr)' },
      warnings: expect.any(Array),
    });
  });

  it('reads labels from a bare label column in the default language', async () => {
    const arabicDefault = await readOk({
      survey: [
        ['type', 'name', 'label', 'label::French'],
        ['text', 'NOM', 'الاسم', 'Nom'],
      ],
      settings: [
        ['form_id', 'default_language'],
        ['f', 'العربية (ar)'],
      ],
    });
    expect(arabicDefault.questionnaire.questions[0]).toMatchObject({ label: 'Nom', label_ar: 'الاسم' });
    const frenchDefault = await readOk({
      survey: [
        ['Type', 'Name', 'Label'],
        ['text', 'NOM', 'Nom'],
      ],
      settings: [['form_id'], ['f']],
    });
    expect(frenchDefault).toMatchObject({ title: 'f', questionnaire: { questions: [{ label: 'Nom' }] } });
  });

  it('reads cells typed as numbers and booleans as their text', async () => {
    const form = await readOk({
      survey: [
        ['type', 'name', 'label', 'required'],
        ['integer', 'Q1', 42, true],
      ],
      settings: [['form_id'], ['f']],
    });
    expect(form.questionnaire.questions[0]).toMatchObject({ label: '42', required: true });
  });
});
