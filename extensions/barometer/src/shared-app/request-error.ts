interface DirectusErrorBody {
  readonly errors?: ReadonlyArray<{ readonly message?: unknown }>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A readable reason for a failed API call: Directus's own error message when the server answered, else
 * the network error (an enumerator on a poor connection needs to tell the two apart).
 */
export function requestErrorMessage(cause: unknown): string {
  if (isObject(cause) && isObject(cause['response'])) {
    const body = cause['response']['data'] as DirectusErrorBody | undefined;
    const message = body?.errors?.[0]?.message;
    if (typeof message === 'string' && message !== '') return message;
  }
  if (cause instanceof Error && cause.message !== '') return cause.message;
  return String(cause);
}
