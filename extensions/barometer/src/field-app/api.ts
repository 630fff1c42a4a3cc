// The page's only calls to the server: sign in, renew the session, download the package, send one
// interview. The page is served by the barometer endpoint, so the API is on the same origin.
import { z } from 'zod';
import { outcomeFromResponse, type SyncOutcome, type SyncPayload } from '../../../../core/offline/index.ts';
import type { QuestionnaireVersion } from '../../../../core/questionnaire/index.ts';

/** `/barometer/field/` → the Directus root (Directus may be served under a sub-path). */
const API_ROOT = new URL('../../', window.location.href).href.replace(/\/$/, '');

const session = z.object({
  data: z.object({ access_token: z.string(), refresh_token: z.string(), expires: z.number() }),
});
export interface Session {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: number;
}

const draw = z.object({
  seed: z.string(),
  selected: z.array(z.string()),
  replacements: z.array(z.string()),
  date_created: z.string().nullable(),
});
const fieldPackage = z.object({
  generated_at: z.string(),
  waves: z.array(
    z.object({
      id: z.number(),
      code: z.string(),
      label: z.string(),
      versions: z.array(z.number()),
      establishments: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), draw: draw.nullable() })),
    }),
  ),
  versions: z.array(
    z.object({
      id: z.number(),
      instrument: z.string(),
      title: z.string(),
      version: z.number(),
      // Built by the server's own questionnaire loader; the renderer checks what it reads.
      questionnaire: z.custom<QuestionnaireVersion>(
        (value) => typeof value === 'object' && value !== null && 'questions' in value,
      ),
    }),
  ),
  interviews: z.array(
    z.object({
      code: z.string(),
      wave: z.number(),
      establishment: z.number().nullable(),
      followup: z.number().nullable(),
      participant: z.string().nullable(),
      status: z.string(),
      review_comment: z.string().nullable(),
      date_updated: z.string().nullable(),
      answers: z.record(z.string(), z.unknown()),
    }),
  ),
  followups: z.array(
    z.object({
      id: z.number(),
      wave: z.number(),
      wave_code: z.string(),
      participant: z.string(),
      instrument_version: z.number(),
      released_on: z.string().nullable(),
      window_start: z.string(),
      window_end: z.string(),
      place_region: z.string().nullable(),
      partner_organisation: z.string().nullable(),
    }),
  ),
});
export type FieldPackage = z.infer<typeof fieldPackage>;

/** The server answered, and refused: unlike a network failure, trying again will not help. */
export class RequestError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

async function errorMessage(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = z.object({ errors: z.array(z.object({ message: z.string() })).min(1) }).safeParse(body);
  return parsed.success ? (parsed.data.errors[0]?.message ?? '') : `HTTP ${response.status}`;
}

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${API_ROOT}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new RequestError(await errorMessage(response), response.status);
  return response.json();
}

function sessionFrom(body: unknown): Session {
  const { data } = session.parse(body);
  return { accessToken: data.access_token, refreshToken: data.refresh_token, expiresAt: Date.now() + data.expires };
}

export async function signIn(email: string, password: string): Promise<Session> {
  return sessionFrom(await post('/auth/login', { email, password, mode: 'json' }));
}

export async function renew(refreshToken: string): Promise<Session> {
  return sessionFrom(await post('/auth/refresh', { refresh_token: refreshToken, mode: 'json' }));
}

export async function downloadPackage(accessToken: string): Promise<FieldPackage> {
  const response = await fetch(`${API_ROOT}/barometer/field/api/package`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) throw new RequestError(await errorMessage(response), response.status);
  return fieldPackage.parse(z.object({ data: z.unknown() }).parse(await response.json()).data);
}

/** Never throws: no network is an outcome like the others. */
export async function sendInterview(accessToken: string, code: string, payload: SyncPayload): Promise<SyncOutcome> {
  try {
    const response = await fetch(`${API_ROOT}/barometer/field/api/interviews/${encodeURIComponent(code)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify(payload),
    });
    return outcomeFromResponse(response.status, await response.json().catch(() => null));
  } catch (cause) {
    return { kind: 'unreachable', reason: cause instanceof Error ? cause.message : String(cause) };
  }
}
