import { describe, expect, it } from 'vitest';
import { apiFailure } from './api-failure.ts';

function refused(status: number, body: unknown): Error {
  return Object.assign(new Error(`Request failed with status code ${status}`), { response: { status, data: body } });
}

describe('apiFailure', () => {
  it('keeps every problem of a 422 with where it is', () => {
    const failure = apiFailure(
      refused(422, {
        errors: [
          {
            message: 'Base de sondage refusée (2 problèmes)',
            extensions: {
              code: 'VALIDATION_FAILED',
              problems: [
                { row: 3, column: 'population', message: '« x » n’est pas un effectif.' },
                { sheet: 'survey', row: 4, column: 'type', message: 'Type inconnu.', extra: true },
                { question: 'AGE', field: 'constraint', position: 2, message: 'Expression illisible.' },
                { row: 9 },
              ],
            },
          },
        ],
      }),
    );
    expect(failure).toEqual({
      status: 422,
      code: 'VALIDATION_FAILED',
      message: 'Base de sondage refusée (2 problèmes)',
      problems: [
        { row: 3, column: 'population', message: '« x » n’est pas un effectif.' },
        { sheet: 'survey', row: 4, column: 'type', message: 'Type inconnu.' },
        { question: 'AGE', field: 'constraint', position: 2, message: 'Expression illisible.' },
      ],
    });
  });

  it('reads a 409 without problems', () => {
    const failure = apiFailure(
      refused(409, { errors: [{ message: 'La vague W2 a encore 3 brouillon(s).', extensions: { code: 'CONFLICT' } }] }),
    );
    expect(failure).toEqual({
      status: 409,
      code: 'CONFLICT',
      message: 'La vague W2 a encore 3 brouillon(s).',
      problems: [],
    });
  });

  it('says a network failure plainly', () => {
    expect(apiFailure(new Error('Network Error'))).toEqual({
      status: null,
      code: null,
      message: 'Network Error',
      problems: [],
    });
  });
});
