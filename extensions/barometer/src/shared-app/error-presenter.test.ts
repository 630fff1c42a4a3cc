import { describe, expect, it } from 'vitest';
import { apiFailure, failureFromBody } from './api-failure.ts';
import { presentError } from './error-presenter.ts';

const unassigned = {
  errors: [
    {
      message: 'Entretien refusé (2 problèmes)',
      extensions: {
        code: 'VALIDATION_FAILED',
        summary: 'Entretien refusé',
        problems: [
          {
            column: 'establishment',
            message: 'Vous n’êtes pas affecté(e) à cet établissement pour la vague W2.',
            message_ar: 'لست مكلفًا بهذه المؤسسة في الموجة W2.',
          },
          {
            question: 'AGE',
            column: 'answers',
            message: 'AGE : Ce champ est obligatoire.',
            message_ar: 'هذا السؤال إجباري.',
          },
        ],
      },
    },
  ],
};

describe('presentError', () => {
  it('gives the reasons the server listed, with the question code, in French', () => {
    expect(presentError(failureFromBody(422, unassigned, ''), 'fr')).toEqual({
      title: 'Entretien refusé',
      reasons: ['Vous n’êtes pas affecté(e) à cet établissement pour la vague W2.', 'AGE : Ce champ est obligatoire.'],
    });
  });

  it('gives the same reasons in Arabic when the server wrote them', () => {
    expect(presentError(failureFromBody(422, unassigned, ''), 'ar')).toEqual({
      title: 'تم رفض التسجيل',
      reasons: ['لست مكلفًا بهذه المؤسسة في الموجة W2.', 'AGE: هذا السؤال إجباري.'],
    });
  });

  it('falls back to the French reason when no Arabic one exists, and places a CSV row', () => {
    const body = {
      errors: [
        { message: 'x', extensions: { problems: [{ row: 4, column: 'population', message: 'Pas un effectif.' }] } },
      ],
    };
    expect(presentError(failureFromBody(422, body, ''), 'ar').reasons).toEqual([
      'السطر 4 (population): Pas un effectif.',
    ]);
  });

  it('reads a conflict’s reason, in Arabic when given', () => {
    const body = {
      errors: [
        { message: 'La vague W1 est verrouillée.', extensions: { code: 'CONFLICT', reason_ar: 'الموجة W1 مقفلة.' } },
      ],
    };
    expect(presentError(failureFromBody(409, body, ''), 'fr')).toEqual({
      title: 'Action impossible pour le moment',
      reasons: ['La vague W1 est verrouillée.'],
    });
    expect(presentError(failureFromBody(409, body, ''), 'ar').reasons).toEqual(['الموجة W1 مقفلة.']);
  });

  it('never shows Directus’s English permission text or a network error’s wording', () => {
    const forbidden = {
      errors: [{ message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } }],
    };
    expect(presentError(failureFromBody(403, forbidden, ''), 'fr')).toEqual({
      title: 'Action non autorisée',
      reasons: [],
    });
    expect(presentError(failureFromBody(null, null, 'Network Error'), 'ar')).toEqual({
      title: 'الخادم لا يستجيب: تحقق من الاتصال ثم أعد المحاولة.',
      reasons: [],
    });
  });

  it('reads an error entry the app passes on its own, without the HTTP answer', () => {
    const entry = unassigned.errors[0];
    expect(presentError(apiFailure(entry), 'fr')).toEqual({
      title: 'Entretien refusé',
      reasons: ['Vous n’êtes pas affecté(e) à cet établissement pour la vague W2.', 'AGE : Ce champ est obligatoire.'],
    });
  });
});
