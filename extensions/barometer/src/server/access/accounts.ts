// Directus glue for the account rules of core/accounts: the login throttle on `POST /auth/login`, the
// refusal of GraphQL's `auth_login` (which the throttle does not see), the end of a suspended user's
// tokens, and the password policy on every write of a password.
import { InvalidCredentialsError } from '@directus/errors';
import type { Accountability } from '@directus/types';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import {
  checkPassword,
  LoginThrottle,
  type ThrottleKey,
  type ThrottleRule,
} from '../../../../../core/accounts/index.ts';
import { BadRequestError, TooManyAttemptsError, ValidationError } from '../http/errors.ts';

// Directus casts "true", "false" and numbers in its environment; the strings are accepted too.
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);
const attempts = z.coerce.number().int().min(1).max(10_000);
const seconds = z.coerce.number().int().min(1).max(86_400);

const throttleEnvSchema = z.object({
  LOGIN_THROTTLE_ENABLED: flag.default(true),
  /** One address guessing one account. */
  LOGIN_THROTTLE_FREE_PER_ACCOUNT_IP: attempts.default(5),
  /** One address trying many accounts (or unknown e-mails). */
  LOGIN_THROTTLE_FREE_PER_IP: attempts.default(20),
  /** Many addresses guessing one account: slowed, with a short ceiling so that its owner still gets in. */
  LOGIN_THROTTLE_FREE_PER_ACCOUNT: attempts.default(50),
  LOGIN_THROTTLE_BASE_SECONDS: seconds.default(1),
  LOGIN_THROTTLE_MAX_SECONDS: seconds.default(900),
  LOGIN_THROTTLE_ACCOUNT_MAX_SECONDS: seconds.default(60),
});

export interface ThrottleSettings {
  enabled: boolean;
  accountFromAddress: ThrottleRule;
  address: ThrottleRule;
  account: ThrottleRule;
}

/** Reads the LOGIN_THROTTLE_* variables; a wrong value stops the start with what and where. */
export function throttleSettings(env: Record<string, unknown>): ThrottleSettings {
  const parsed = throttleEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid login throttle settings: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const values = parsed.data;
  const base = values.LOGIN_THROTTLE_BASE_SECONDS;
  return {
    enabled: values.LOGIN_THROTTLE_ENABLED,
    accountFromAddress: {
      freeAttempts: values.LOGIN_THROTTLE_FREE_PER_ACCOUNT_IP,
      baseDelaySeconds: base,
      maxDelaySeconds: values.LOGIN_THROTTLE_MAX_SECONDS,
    },
    address: {
      freeAttempts: values.LOGIN_THROTTLE_FREE_PER_IP,
      baseDelaySeconds: base,
      maxDelaySeconds: values.LOGIN_THROTTLE_MAX_SECONDS,
    },
    account: {
      freeAttempts: values.LOGIN_THROTTLE_FREE_PER_ACCOUNT,
      baseDelaySeconds: base,
      maxDelaySeconds: values.LOGIN_THROTTLE_ACCOUNT_MAX_SECONDS,
    },
  };
}

type AuthenticatedRequest = Request & { accountability?: Accountability | null };

const LOGIN_PATH = /^\/auth\/login(\/[^/]+)?\/?$/;

/** The identity a login names: `email` for the local provider, `identifier` for LDAP. */
function loginName(body: unknown): string {
  const parsed = z.object({ email: z.string().optional(), identifier: z.string().optional() }).loose().safeParse(body);
  const name = parsed.success ? (parsed.data.email ?? parsed.data.identifier ?? '') : '';
  return name.trim().toLowerCase().slice(0, 320);
}

/**
 * Runs after Directus's authentication (which sets the address it trusts, IP_TRUST_PROXY) and before
 * the /auth routes. Unknown e-mails count like known ones: Directus's own `auth.login` filter never
 * sees them, and an answer that differed would tell which addresses exist.
 */
export function loginThrottleGuard(settings: ThrottleSettings): RequestHandler {
  const forgetAfterMs = Math.max(3_600, 2 * settings.address.maxDelaySeconds) * 1000;
  const throttle = new LoginThrottle({ forgetAfterMs, maxEntries: 100_000 });
  return (request: AuthenticatedRequest, response: Response, next: NextFunction) => {
    if (request.method !== 'POST' || !LOGIN_PATH.test(request.path)) {
      next();
      return;
    }
    const address = request.accountability?.ip ?? request.ip ?? 'unknown';
    const name = loginName(request.body);
    const keys: ThrottleKey[] = [
      { key: `ip:${address}`, rule: settings.address, clearOnSuccess: false },
      { key: `account-ip:${name}|${address}`, rule: settings.accountFromAddress, clearOnSuccess: true },
      { key: `account:${name}`, rule: settings.account, clearOnSuccess: true },
    ];
    const decision = throttle.begin(keys);
    if (!decision.allowed) {
      response.setHeader('Retry-After', String(decision.retryAfterSeconds));
      next(
        new TooManyAttemptsError({
          reason:
            `Trop de tentatives de connexion : réessayez dans ${decision.retryAfterSeconds} s. ` +
            `محاولات دخول كثيرة جدًا: أعد المحاولة بعد ${decision.retryAfterSeconds} ثانية.`,
        }),
      );
      return;
    }
    response.on('finish', () => {
      if (response.statusCode < 400) throttle.succeed(keys);
    });
    next();
  };
}

const GRAPHQL_LOGIN = /\bauth_login\b/;

/** GraphQL's `auth_login` mutation would log in around the throttle (and many times in one request, by aliases). */
export function graphqlLoginGuard(request: Request, _response: Response, next: NextFunction): void {
  if (
    !request.path.startsWith('/graphql') ||
    !GRAPHQL_LOGIN.test(JSON.stringify([request.body ?? null, request.query]))
  ) {
    next();
    return;
  }
  next(
    new BadRequestError({
      reason:
        'La connexion par GraphQL (auth_login) est désactivée : utilisez POST /auth/login. ' +
        'تسجيل الدخول عبر GraphQL (auth_login) معطل: استخدم POST /auth/login.',
    }),
  );
}

/**
 * A JSON-mode access token carries no session, so Directus honours it until it expires even after the
 * user is suspended or archived; this refuses the tokens of every user who is no longer active.
 */
export function activeUserGuard(database: Knex): RequestHandler {
  return (request: AuthenticatedRequest, _response: Response, next: NextFunction) => {
    const user = request.accountability?.user;
    if (!user) {
      next();
      return;
    }
    database('directus_users')
      .select('status')
      .where({ id: user })
      .first()
      .then((row: { status?: string } | undefined) =>
        next(row?.status === 'active' ? undefined : new InvalidCredentialsError()),
      )
      .catch(next);
  };
}

function assertPassword(password: string, email: string | null): void {
  const check = checkPassword(password, email);
  if (!check.ok)
    throw new ValidationError({
      summary: 'Mot de passe refusé',
      problems: [{ field: 'password', message: `${check.fr} / ${check.ar}` }],
    });
}

/** `users.create`: the payload holds the password in clear (Directus hashes it later) and the e-mail. */
export function checkUserCreate(payload: Record<string, unknown>): void {
  if (typeof payload['password'] === 'string')
    assertPassword(payload['password'], typeof payload['email'] === 'string' ? payload['email'] : null);
}

/** `users.update`: a new password is checked against the new e-mail, or else each user's current one. */
export async function checkUserUpdate(
  database: Knex,
  keys: Array<string | number>,
  payload: Record<string, unknown>,
): Promise<void> {
  const password = payload['password'];
  if (typeof password !== 'string') return;
  if (typeof payload['email'] === 'string') {
    assertPassword(password, payload['email']);
    return;
  }
  const rows: Array<{ email: string | null }> = await database('directus_users').select('email').whereIn('id', keys);
  if (rows.length === 0) assertPassword(password, null);
  for (const row of rows) assertPassword(password, row.email);
}
