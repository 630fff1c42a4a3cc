import { describe, expect, it } from 'vitest';
import { requestErrorMessage } from './request-error.ts';

describe('requestErrorMessage', () => {
  it('gives the Directus error message of an answered request', () => {
    const cause = Object.assign(new Error('Request failed with status code 403'), {
      response: { data: { errors: [{ message: "You don't have permission to access this." }] } },
    });
    expect(requestErrorMessage(cause)).toBe("You don't have permission to access this.");
  });

  it('falls back to the error itself when the server did not answer', () => {
    expect(requestErrorMessage(new Error('Network Error'))).toBe('Network Error');
    expect(requestErrorMessage(Object.assign(new Error('timeout'), { response: { data: 'gateway' } }))).toBe('timeout');
    expect(requestErrorMessage('boom')).toBe('boom');
  });
});
