import { describe, expect, it } from 'vitest';
import { evaluateForm, type QuestionnaireVersion } from '../../../../core/questionnaire/index.ts';
import { choices, question } from '../../../../core/questionnaire/test-support.ts';
import { progress, relevantAnswers, sectionGroups, storedAnswers, visibleMessages } from './form-model.ts';

const YES_NO = choices('yes', 'no');

/** A slice of the demo BARO questionnaire: skip logic, a constraint, a calculation, a note. */
const baro: QuestionnaireVersion = {
  sections: [
    { code: 'PROFILE', label: 'Profil', label_ar: 'الملف' },
    { code: 'LEGAL', label: 'Juridique' },
    { code: 'EMPTY', label: 'Sans question' },
  ],
  questions: [
    question('NOTE_INTRO', 'note', { section: 'PROFILE' }),
    question('AGE', 'integer', {
      section: 'PROFILE',
      required: true,
      constraint: '. >= 12 and . <= 20',
      constraint_message: 'L’âge doit être compris entre 12 et 20 ans.',
      constraint_message_ar: 'يجب أن يكون العمر بين 12 و20 سنة.',
    }),
    question('LEGAL_STATUS', 'select_one', {
      section: 'LEGAL',
      required: true,
      choices: choices('preventive', 'convicted'),
    }),
    question('PRETRIAL_OVER_6M', 'select_one', {
      section: 'LEGAL',
      required: true,
      relevant: "${LEGAL_STATUS} = 'preventive'",
      choices: YES_NO,
    }),
    question('ACTIVITIES', 'select_multiple', { section: null, choices: choices('sport', 'none') }),
    question('N_ACTIVITIES', 'calculate', { section: null, calculation: 'count-selected(${ACTIVITIES})' }),
  ],
};

const nobodyTouched = { touched: new Set<string>(), showAll: false };

describe('sectionGroups', () => {
  it('keeps section order, drops empty sections and puts questions without a section last', () => {
    const groups = sectionGroups(baro);
    expect(groups.map((group) => group.section?.code ?? null)).toEqual(['PROFILE', 'LEGAL', null]);
    expect(groups[2]?.questions.map((q) => q.code)).toEqual(['ACTIVITIES', 'N_ACTIVITIES']);
  });
});

describe('storedAnswers', () => {
  it('drops the answer of a question hidden by skip logic', () => {
    const answers = { LEGAL_STATUS: 'convicted', PRETRIAL_OVER_6M: 'yes', AGE: 15 };
    expect(storedAnswers(baro, answers)).toEqual({ LEGAL_STATUS: 'convicted', AGE: 15, N_ACTIVITIES: 0 });
  });

  it('keeps the answer while the question applies', () => {
    expect(storedAnswers(baro, { LEGAL_STATUS: 'preventive', PRETRIAL_OVER_6M: 'yes' })).toMatchObject({
      PRETRIAL_OVER_6M: 'yes',
    });
  });

  it('adds calculations, leaves blanks and mistyped values out, and gives a plain object', () => {
    const stored = storedAnswers(baro, { ACTIVITIES: ['sport'], AGE: '15', LEGAL_STATUS: '' });
    expect(stored).toEqual({ ACTIVITIES: ['sport'], N_ACTIVITIES: 1 });
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
  });

  it('keeps a constraint violation: a draft may hold it, the message asks for a fix', () => {
    expect(storedAnswers(baro, { AGE: 25 })).toMatchObject({ AGE: 25 });
  });

  it('gives null when nothing is left to store', () => {
    const noCalculation: QuestionnaireVersion = { ...baro, questions: baro.questions.slice(0, 4) };
    expect(storedAnswers(noCalculation, {})).toBeNull();
    expect(storedAnswers(noCalculation, { AGE: null })).toBeNull();
  });

  it('does not mutate what it is given', () => {
    const answers = Object.freeze({ LEGAL_STATUS: 'convicted', PRETRIAL_OVER_6M: 'yes' });
    storedAnswers(baro, answers);
    expect(answers).toEqual({ LEGAL_STATUS: 'convicted', PRETRIAL_OVER_6M: 'yes' });
  });
});

describe('relevantAnswers', () => {
  it('keeps only the answers of relevant questions', () => {
    const answers = { LEGAL_STATUS: 'convicted', PRETRIAL_OVER_6M: 'yes' };
    expect({ ...relevantAnswers(evaluateForm(baro, answers), answers) }).toEqual({ LEGAL_STATUS: 'convicted' });
  });
});

describe('progress', () => {
  it('counts relevant questions that take an answer', () => {
    const state = evaluateForm(baro, { AGE: 14, LEGAL_STATUS: 'convicted' });
    expect(progress(baro, state)).toEqual({ answered: 2, total: 3 });
  });

  it('counts a question that skip logic adds', () => {
    const state = evaluateForm(baro, { LEGAL_STATUS: 'preventive' });
    expect(progress(baro, state)).toEqual({ answered: 1, total: 4 });
  });
});

describe('visibleMessages', () => {
  it('shows nothing before a question is touched', () => {
    expect(visibleMessages(baro, { AGE: 25 }, nobodyTouched, 'fr').size).toBe(0);
  });

  it('shows the constraint message of a touched question, in the user language', () => {
    const touched = { touched: new Set(['AGE']), showAll: false };
    expect(visibleMessages(baro, { AGE: 25 }, touched, 'fr').get('AGE')).toBe(
      'L’âge doit être compris entre 12 et 20 ans.',
    );
    expect(visibleMessages(baro, { AGE: 25 }, touched, 'ar').get('AGE')).toBe('يجب أن يكون العمر بين 12 و20 سنة.');
    expect(visibleMessages(baro, { AGE: 15 }, touched, 'fr').size).toBe(0);
  });

  it('keeps quiet about a required question skipped until the interview is submitted', () => {
    const touched = { touched: new Set(['AGE']), showAll: false };
    expect(visibleMessages(baro, {}, touched, 'fr').size).toBe(0);
  });

  it('shows every required answer missing once the interview is submitted', () => {
    const messages = visibleMessages(baro, { LEGAL_STATUS: 'preventive' }, { touched: new Set(), showAll: true }, 'fr');
    expect([...messages]).toEqual([
      ['AGE', 'Réponse obligatoire.'],
      ['PRETRIAL_OVER_6M', 'Réponse obligatoire.'],
    ]);
  });

  it('ignores the hidden answer of a non-relevant question', () => {
    const all = { touched: new Set<string>(), showAll: true };
    const messages = visibleMessages(baro, { AGE: 15, LEGAL_STATUS: 'convicted', PRETRIAL_OVER_6M: 'yes' }, all, 'fr');
    expect(messages.size).toBe(0);
  });

  it('shows a stored value of the wrong type at once', () => {
    expect(visibleMessages(baro, { AGE: 'quinze' }, nobodyTouched, 'fr').get('AGE')).toMatch(/nombre entier/);
  });
});

describe('a repeat in the form', () => {
  const visits: QuestionnaireVersion = {
    sections: [{ code: 'S1', label: 'Visites' }],
    questions: [
      question('VISIT', 'repeat'),
      question('WHO', 'select_one', { repeat: 'VISIT', required: true, choices: choices('parent', 'lawyer') }),
      question('MINUTES', 'integer', { repeat: 'VISIT', relevant: "${WHO} = 'parent'", constraint: '. <= 240' }),
    ],
  };

  it('stores each instance with the answers that apply in it', () => {
    const answers = {
      VISIT: [
        { WHO: 'lawyer', MINUTES: 30 },
        { WHO: 'parent', MINUTES: 45 },
      ],
    };
    expect(JSON.parse(JSON.stringify(storedAnswers(visits, answers)))).toEqual({
      VISIT: [{ WHO: 'lawyer' }, { WHO: 'parent', MINUTES: 45 }],
    });
  });

  it('counts the questions of each instance, and keys messages by instance', () => {
    const answers = { VISIT: [{ WHO: 'parent', MINUTES: 300 }, {}] };
    expect(progress(visits, evaluateForm(visits, answers))).toEqual({ answered: 2, total: 3 });
    const messages = visibleMessages(visits, answers, { touched: new Set(), showAll: true }, 'fr');
    expect([...messages.keys()]).toEqual(['VISIT#1:MINUTES', 'VISIT#2:WHO']);
    expect(messages.get('VISIT#1:MINUTES')).toMatch(/^Répétition « VISIT », instance 1 : /);
  });
});
