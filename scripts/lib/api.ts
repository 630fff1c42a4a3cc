// A thin fetch client for the Directus REST API, used by the seed, the scripts and the tests.
export class ApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(method: string, path: string, status: number, body: unknown) {
    super(`${method} ${path} -> ${status}: ${JSON.stringify(body).slice(0, 2000)}`);
    this.status = status;
    this.body = body;
  }
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Api {
  readonly url: string;
  readonly token: string | null;
  /** Returns the response whatever its status, for tests that assert on refusals. */
  raw<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  /** Returns `data` of a 2xx answer, throws ApiError otherwise. */
  request<T = unknown>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  get<T = unknown>(path: string): Promise<T>;
  post<T = unknown>(path: string, body?: unknown): Promise<T>;
  patch<T = unknown>(path: string, body?: unknown): Promise<T>;
  delete(path: string): Promise<void>;
}

/**
 * A kept-alive connection that the server closes just as a request is sent on it fails with "other side
 * closed" before the server read anything (a busy client misses the idle timeout): a GET is sent again.
 */
async function fetchOnce(address: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(address, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if ((init.method ?? 'GET') !== 'GET' || cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(address, init);
  }
}

export function createApi(url: string, token: string | null = null): Api {
  async function raw<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    const requestHeaders = init.headers as Record<string, string>;
    if (token) requestHeaders['authorization'] = `Bearer ${token}`;
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) {
      init.body = body as BodyInit;
    } else if (body !== undefined) {
      requestHeaders['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetchOnce(`${url}${path}`, init);
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('json') && text ? (JSON.parse(text) as T) : (text as T);
    return { status: response.status, body: parsed, headers: response.headers };
  }
  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T> {
    const response = await raw<{ data: T }>(method, path, body, headers);
    if (response.status >= 300) throw new ApiError(method, path, response.status, response.body);
    const payload: unknown = response.body;
    return (payload && typeof payload === 'object' ? (payload as { data: T }).data : undefined) as T;
  }
  return {
    url,
    token,
    raw,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    patch: (path, body) => request('PATCH', path, body ?? {}),
    delete: async (path) => {
      await request('DELETE', path);
    },
  };
}

export async function login(url: string, email: string, password: string): Promise<Api> {
  const anonymous = createApi(url);
  const session = await anonymous.post<{ access_token: string }>('/auth/login', { email, password });
  return createApi(url, session.access_token);
}
