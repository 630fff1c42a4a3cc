import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import type { UiLanguage } from './ui-language.ts';
import { useLoader } from './use-loader.ts';

/** A request the test answers or refuses when it chooses, to order answers as a slow network would. */
function pending<T>() {
  let answer!: (value: T) => void;
  let refuse!: (cause: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    refuse = reject;
  });
  return { promise, answer, refuse };
}

function refused(message: string, message_ar?: string): Error {
  return Object.assign(new Error('Request failed with status code 403'), {
    response: {
      status: 403,
      data: { errors: [{ message, extensions: { code: 'FORBIDDEN', reason_ar: message_ar } }] },
    },
  });
}

describe('useLoader', () => {
  it('passes the arguments on, says it is loading, then keeps the answer', async () => {
    const asked: string[] = [];
    const request = pending<number>();
    const loader = useLoader(0, (wave: string) => {
      asked.push(wave);
      return request.promise;
    });
    expect(loader.data.value).toBe(0);
    const done = loader.load('W2');
    expect(asked).toEqual(['W2']);
    expect(loader.loading.value).toBe(true);
    request.answer(42);
    await done;
    expect(loader.data.value).toBe(42);
    expect(loader.loading.value).toBe(false);
    expect(loader.error.value).toBeNull();
  });

  it('says why a load failed through the error presenter, keeps the earlier answer, and forgets the reason on the next load', async () => {
    let calls = 0;
    const loader = useLoader<string[]>([], async () => {
      calls += 1;
      if (calls === 2) throw refused("You don't have permission to access this.");
      return calls === 1 ? ['W1'] : ['W1', 'W2'];
    });
    await loader.load();
    await loader.load();
    // Directus's English refusal says nothing a reader can act on: the title alone, in French.
    expect(loader.error.value).toBe('Action non autorisée');
    expect(loader.failure.value?.status).toBe(403);
    expect(loader.data.value).toEqual(['W1']);
    expect(loader.loading.value).toBe(false);

    const again = loader.load();
    expect(loader.error.value).toBeNull();
    await again;
    expect(loader.data.value).toEqual(['W1', 'W2']);
  });

  it('goes back to the initial value on a failure when asked to', async () => {
    let fail = false;
    const loader = useLoader<string | null, []>(
      null,
      async () => {
        if (fail) throw new Error('Network Error');
        return 'W1';
      },
      { clearOnError: true },
    );
    await loader.load();
    expect(loader.data.value).toBe('W1');
    fail = true;
    await loader.load();
    expect(loader.data.value).toBeNull();
    expect(loader.error.value).toBe('Le serveur ne répond pas : vérifiez la connexion puis réessayez.');
  });

  it("words the server's reason in the reader's language, and follows a change of language", async () => {
    const language = ref<UiLanguage>('ar');
    const loader = useLoader<null>(
      null,
      async () => {
        throw refused('Vous ne suivez pas cette vague.', 'أنت لا تتابع هذه الموجة.');
      },
      { language },
    );
    await loader.load();
    expect(loader.error.value).toBe('إجراء غير مسموح به: أنت لا تتابع هذه الموجة.');
    language.value = 'fr';
    expect(loader.error.value).toBe('Action non autorisée : Vous ne suivez pas cette vague.');
  });

  it('keeps only the latest request: an earlier answer or refusal arriving late changes nothing', async () => {
    const requests = { W1: pending<string>(), W2: pending<string>(), W3: pending<string>(), W4: pending<string>() };
    const loader = useLoader('', (wave: keyof typeof requests) => requests[wave].promise);

    const first = loader.load('W1');
    const second = loader.load('W2');
    requests.W2.answer('figures of W2');
    await second;
    expect(loader.data.value).toBe('figures of W2');
    requests.W1.answer('figures of W1');
    await first;
    expect(loader.data.value).toBe('figures of W2');

    const third = loader.load('W3');
    const fourth = loader.load('W4');
    requests.W3.refuse(new Error('Network Error'));
    await third;
    // The later request has not been answered yet: still loading, and no word of the earlier failure.
    expect(loader.loading.value).toBe(true);
    expect(loader.error.value).toBeNull();
    requests.W4.answer('figures of W4');
    await fourth;
    expect(loader.data.value).toBe('figures of W4');
    expect(loader.loading.value).toBe(false);
  });
});
