import { describe, expect, it } from 'vitest';
import { useAttempt } from './use-attempt.ts';

describe('useAttempt', () => {
  it('runs the request with the spinner on and gives its answer', async () => {
    const { running, failure, attempt } = useAttempt();
    let runningDuring = false;
    const answer = await attempt(async () => {
      runningDuring = running.value;
      return { data: { version: 2 } };
    });
    expect(runningDuring).toBe(true);
    expect(answer).toEqual({ data: { version: 2 } });
    expect(running.value).toBe(false);
    expect(failure.value).toBeNull();
  });

  it('keeps a refusal with its problems until the next attempt', async () => {
    const { running, failure, attempt } = useAttempt();
    const refusal = Object.assign(new Error('Request failed with status code 422'), {
      response: {
        status: 422,
        data: {
          errors: [
            {
              message: 'Publication refusée',
              extensions: { code: 'VALIDATION_FAILED', problems: [{ question: 'AGE', message: 'Type inconnu.' }] },
            },
          ],
        },
      },
    });
    expect(await attempt(() => Promise.reject(refusal))).toBeNull();
    expect(running.value).toBe(false);
    expect(failure.value).toEqual({
      status: 422,
      code: 'VALIDATION_FAILED',
      message: 'Publication refusée',
      problems: [{ question: 'AGE', message: 'Type inconnu.' }],
    });

    await attempt(async () => 'ok');
    expect(failure.value).toBeNull();
  });
});
