import { describe, expect, it } from 'vitest';
import { blankDraft, createPayload, draftOf, moveSorts, updatePayload, type BuilderQuestion } from './builder-model.ts';

const saved: BuilderQuestion = {
  id: 7,
  code: 'VISIT',
  type: 'select_one',
  label: 'Visite ?',
  label_ar: 'زيارة؟',
  hint: null,
  hint_ar: null,
  section: 3,
  required: true,
  relevant: null,
  constraint: null,
  constraint_message: null,
  constraint_message_ar: null,
  calculation: null,
  sort: 1,
  choices: [
    { id: 21, value: 'no', label: 'Non', label_ar: 'لا', sort: 2 },
    { id: 20, value: 'yes', label: 'Oui', label_ar: 'نعم', sort: 1 },
  ],
};

describe('builder payloads', () => {
  it('creates a select question with its choices in order, blank texts as null', () => {
    const draft = {
      ...blankDraft(3),
      type: 'select_one' as const,
      code: ' LEGAL ',
      label: 'Statut',
      relevant: '  ',
      choices: [
        { id: null, value: 'preventive', label: 'Préventive', label_ar: '' },
        { id: null, value: 'convicted', label: 'Condamné', label_ar: 'محكوم' },
      ],
    };
    expect(createPayload(draft, 12, 5)).toMatchObject({
      code: 'LEGAL',
      type: 'select_one',
      instrument_version: 12,
      section: 3,
      sort: 5,
      relevant: null,
      label_ar: null,
      choices: [
        { value: 'preventive', label: 'Préventive', label_ar: null, sort: 1 },
        { value: 'convicted', label: 'Condamné', label_ar: 'محكوم', sort: 2 },
      ],
    });
  });

  it('clears what the type does not use: a note takes no answer, constraint or choices', () => {
    const draft = { ...draftOf(saved), type: 'note' as const, constraint: '. > 1' };
    const payload = createPayload(draft, 12, 1);
    expect(payload).toMatchObject({ required: false, constraint: null, calculation: null, choices: [] });
  });

  it('updates choices as explicit lists: reworded, added, and the removed ones deleted', () => {
    const draft = draftOf(saved);
    expect(draft.choices.map((choice) => choice.value)).toEqual(['yes', 'no']);
    draft.choices = [
      { id: 20, value: 'yes', label: 'Oui, souvent', label_ar: 'نعم' },
      { id: null, value: 'dont_know', label: 'Ne sait pas', label_ar: '' },
    ];
    expect(updatePayload(draft, [20, 21])['choices']).toEqual({
      create: [{ value: 'dont_know', label: 'Ne sait pas', label_ar: null, sort: 2 }],
      update: [{ id: 20, value: 'yes', label: 'Oui, souvent', label_ar: 'نعم', sort: 1 }],
      delete: [21],
    });
  });
});

describe('moveSorts', () => {
  const questions = [
    { id: 1, section: 'A' },
    { id: 2, section: 'B' },
    { id: 3, section: 'A' },
  ];

  it('swaps a question with the next one of its own section and renumbers all', () => {
    expect(moveSorts(questions, 1, 1)).toEqual([
      { id: 3, sort: 1 },
      { id: 2, sort: 2 },
      { id: 1, sort: 3 },
    ]);
  });

  it('cannot move past the ends of its section', () => {
    expect(moveSorts(questions, 1, -1)).toBeNull();
    expect(moveSorts(questions, 2, 1)).toBeNull();
    expect(moveSorts(questions, 9, 1)).toBeNull();
  });
});
