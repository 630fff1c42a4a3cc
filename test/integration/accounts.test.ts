// Accounts (issue #12 item 13): logins are throttled with a growing delay instead of a permanent
// suspension, passwords follow the policy, every role changes its own password and turns on TOTP, and a
// suspended user's token stops working. The throttle runs on an instance of its own (the shared one
// logs in too often to keep it on), where X-Forwarded-For is trusted so that each case has its own address.
import { createHmac, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_POLICY_REGEX } from '../../core/accounts/index.ts';
import { createApi, login, type Api } from '../../scripts/lib/api.ts';
import { ROLES, type RoleDefinition } from '../../seed/system/access.ts';
import { startTestInstance, type TestInstance } from '../setup/instance.ts';
import { asAdmin, instance } from '../helpers.ts';

interface LoginAnswer {
  status: number;
  retryAfter: number | null;
  message: string;
}

async function attemptLogin(
  url: string,
  email: string,
  password: string,
  address: string,
  otp?: string,
): Promise<LoginAnswer> {
  const response = await createApi(url).raw<{ errors?: Array<{ message: string }> }>(
    'POST',
    '/auth/login',
    { email, password, ...(otp ? { otp } : {}) },
    { 'x-forwarded-for': address },
  );
  const retryAfter = response.headers.get('retry-after');
  return {
    status: response.status,
    retryAfter: retryAfter === null ? null : Number(retryAfter),
    message: response.body.errors?.[0]?.message ?? '',
  };
}

/** Waits out a refusal as a client would, by the Retry-After it was given. */
async function waitOut(answer: LoginAnswer): Promise<void> {
  await sleep((answer.retryAfter ?? 0) * 1000);
}

/** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) over an RFC 4648 base32 secret, as authenticator apps compute it. */
function totp(secret: string, at: number = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const character of secret.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(character).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = (hmac[hmac.length - 1] ?? 0) & 0x0f;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** A code that stays valid for the next few seconds, not one about to roll over. */
async function freshTotp(secret: string): Promise<string> {
  const intoStep = Date.now() % 30_000;
  if (intoStep > 25_000) await sleep(30_000 - intoStep + 100);
  return totp(secret);
}

type ProblemAnswer = {
  errors: Array<{ message: string; extensions: { problems: Array<{ field: string; message: string }> } }>;
};

const unique = () => randomBytes(4).toString('hex');

describe('login throttle', () => {
  let throttled: TestInstance;
  let url: string;
  let adminEmail: string;
  let adminPassword: string;

  beforeAll(async () => {
    throttled = await startTestInstance({
      seedDemo: false,
      environment: {
        LOGIN_THROTTLE_ENABLED: 'true',
        IP_TRUST_PROXY: 'true',
        LOGIN_STALL_TIME: '0',
        // Delays long enough that a loaded machine's slow answers do not outlast them: 5, 10, 20, 40 s.
        LOGIN_THROTTLE_BASE_SECONDS: '5',
        LOGIN_THROTTLE_MAX_SECONDS: '40',
        LOGIN_THROTTLE_ACCOUNT_MAX_SECONDS: '5',
      },
    });
    ({ url, adminEmail, adminPassword } = throttled.info);
  });

  afterAll(async () => {
    await throttled?.dispose();
  });

  it('30 bad passwords for the admin from one address: 429 with Retry-After, then the right password works after the delay', async () => {
    const answers: LoginAnswer[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1)
      answers.push(await attemptLogin(url, adminEmail, 'not-the-password', '203.0.113.10'));
    expect(answers.slice(0, 5).map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((answer) => (answer.retryAfter ?? 0) >= 1)).toBe(true);
    expect(refused[0]?.message).toMatch(/^Trop de tentatives de connexion : réessayez dans \d+ s\. .*محاولات/);

    // The right password from the same address waits too, and gets in once the delay is over.
    const tooSoon = await attemptLogin(url, adminEmail, adminPassword, '203.0.113.10');
    expect(tooSoon.status).toBe(429);
    // Meanwhile the admin, from elsewhere, is not locked out.
    expect((await attemptLogin(url, adminEmail, adminPassword, '198.51.100.7')).status).toBe(200);
    await waitOut(tooSoon);
    expect((await attemptLogin(url, adminEmail, adminPassword, '203.0.113.10')).status).toBe(200);
    const admin = await login(url, adminEmail, adminPassword);
    expect((await admin.get<{ status: string }>('/users/me?fields=status')).status).toBe('active');
  });

  it('throttles unknown e-mails too, with a delay that doubles at each further attempt', async () => {
    const email = `nobody-${unique()}@example.com`;
    const address = '203.0.113.20';
    const free = [];
    for (let attempt = 0; attempt < 5; attempt += 1)
      free.push((await attemptLogin(url, email, 'guess-guess-guess', address)).status);
    expect(free).toEqual([401, 401, 401, 401, 401]);
    const delays: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const refused = await attemptLogin(url, email, 'guess-guess-guess', address);
      expect(refused.status).toBe(429);
      delays.push(refused.retryAfter ?? 0);
      if (round < 2) {
        await waitOut(refused);
        expect((await attemptLogin(url, email, 'guess-guess-guess', address)).status).toBe(401);
      }
    }
    expect(delays[1]).toBeGreaterThan(delays[0] ?? Infinity);
    expect(delays[2]).toBeGreaterThan(delays[1] ?? Infinity);
  });

  it('throttles one address trying many e-mails', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 21; attempt += 1)
      statuses.push(
        (await attemptLogin(url, `spray-${attempt}-${unique()}@example.com`, 'guess-guess-guess', '203.0.113.30'))
          .status,
      );
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('counts parallel guesses before their answers: 20 at once, 5 reach the password check', async () => {
    const email = `parallel-${unique()}@example.com`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => attemptLogin(url, email, 'guess-guess-guess', '203.0.113.40')),
    );
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(15);
  });

  it('refuses GraphQL auth_login, which would go around the throttle', async () => {
    const response = await createApi(url).raw<{ errors: Array<{ message: string }> }>('POST', '/graphql/system', {
      query: `mutation { a: auth_login(email: "${adminEmail}", password: "x") { access_token } }`,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]?.message).toMatch(/^La connexion par GraphQL \(auth_login\) est désactivée/);
  });
});

describe('accounts', () => {
  let admin: Api;

  beforeAll(async () => {
    admin = await asAdmin();
  });

  async function createUser(role: RoleDefinition, password = `cheval-batterie-${unique()}`) {
    const email = `acct-${role.key}-${unique()}@example.com`;
    const user = await admin.post<{ id: string }>('/users', { email, password, role: role.roleId, status: 'active' });
    return { id: user.id, email, password };
  }

  async function usersWithEmail(email: string): Promise<number> {
    return (await admin.get<unknown[]>(`/users?filter[email][_eq]=${encodeURIComponent(email)}&fields=id`)).length;
  }

  const coordinator = ROLES.find((role) => role.key === 'coordinator') as RoleDefinition;

  it('30 bad passwords do not suspend an account (no permanent lock-out): the right one still works', async () => {
    const user = await createUser(coordinator);
    for (let attempt = 0; attempt < 30; attempt += 1) {
      expect(
        (
          await createApi(instance().url).raw('POST', '/auth/login', {
            email: user.email,
            password: 'wrong-wrong-wrong',
          })
        ).status,
      ).toBe(401);
    }
    const session = await login(instance().url, user.email, user.password);
    expect((await session.get<{ status: string }>('/users/me?fields=status')).status).toBe('active');
  });

  it('refuses a password shorter than 12 characters, and creates nothing', async () => {
    const email = `acct-short-${unique()}@example.com`;
    const response = await admin.raw<ProblemAnswer>('POST', '/users', {
      email,
      password: 'court-2026',
      role: coordinator.roleId,
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0]?.extensions.problems[0]).toMatchObject({
      field: 'password',
      message: expect.stringMatching(/^Le mot de passe doit compter au moins 12 caractères \(10 donnés\)\. \/ يجب/),
    });
    expect(await usersWithEmail(email)).toBe(0);
  });

  it("keeps the length rule in Directus's own setting too, and no permanent suspension", async () => {
    expect(await admin.get('/settings?fields=auth_password_policy,auth_login_attempts')).toEqual({
      auth_password_policy: PASSWORD_POLICY_REGEX,
      auth_login_attempts: null,
    });
  });

  it("refuses a password that holds the e-mail's local part, in French and Arabic, and creates nothing", async () => {
    const local = `jean.dupont${unique()}`;
    const email = `${local}@example.com`;
    const response = await admin.raw<ProblemAnswer>('POST', '/users', {
      email,
      password: `${local.toUpperCase()}-2026!`,
      role: coordinator.roleId,
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0]?.extensions.problems[0]).toMatchObject({
      field: 'password',
      message: expect.stringMatching(/^Le mot de passe ne doit pas contenir l’adresse e-mail.*\/ يجب/),
    });
    expect(await usersWithEmail(email)).toBe(0);
  });

  describe.each(ROLES.map((role) => [role.name, role] as const))('%s', (_name, role) => {
    it('changes its own password (policy applied), and nothing else of its account', async () => {
      const user = await createUser(role);
      const session = await login(instance().url, user.email, user.password);
      const local = user.email.split('@')[0] ?? '';
      expect((await session.raw('PATCH', '/users/me', { password: `${local}-nouveau` })).status).toBe(422);
      expect(
        (await session.raw('PATCH', '/users/me', { role: ROLES.find((other) => other.key !== role.key)?.roleId }))
          .status,
      ).toBe(403);
      const next = `agrafe-soleil-${unique()}`;
      expect((await session.raw('PATCH', '/users/me', { password: next })).status).toBeLessThan(300);
      expect(
        (await createApi(instance().url).raw('POST', '/auth/login', { email: user.email, password: user.password }))
          .status,
      ).toBe(401);
      await login(instance().url, user.email, next);
      expect((await admin.get<{ role: string }>(`/users/${user.id}?fields=role`)).role).toBe(role.roleId);
    });

    it('turns on TOTP two-factor authentication; then a login needs the code', async () => {
      const user = await createUser(role);
      const session = await login(instance().url, user.email, user.password);
      const generated = await session.post<{ secret: string; otpauth_url: string }>('/users/me/tfa/generate', {
        password: user.password,
      });
      expect(generated.otpauth_url).toContain(`secret=${generated.secret}`);
      const enabled = await session.raw('POST', '/users/me/tfa/enable', {
        secret: generated.secret,
        otp: await freshTotp(generated.secret),
      });
      expect(enabled.status).toBeLessThan(300);
      const withoutCode = await createApi(instance().url).raw<{ errors: Array<{ extensions: { code: string } }> }>(
        'POST',
        '/auth/login',
        { email: user.email, password: user.password },
      );
      expect([withoutCode.status, withoutCode.body.errors[0]?.extensions.code]).toEqual([401, 'INVALID_OTP']);
      const withCode = await createApi(instance().url).raw('POST', '/auth/login', {
        email: user.email,
        password: user.password,
        otp: await freshTotp(generated.secret),
      });
      expect(withCode.status).toBe(200);
    });
  });

  it("a suspended user's access token stops working at once", async () => {
    const user = await createUser(coordinator);
    const session = await login(instance().url, user.email, user.password);
    expect((await session.raw('GET', '/users/me?fields=id')).status).toBe(200);
    await admin.patch(`/users/${user.id}`, { status: 'suspended' });
    expect((await session.raw('GET', '/users/me?fields=id')).status).toBe(401);
    expect((await session.raw('GET', '/items/waves?fields=id')).status).toBe(401);
  });

  it('a session ends at logout; a JSON access token lives 15 minutes', async () => {
    const user = await createUser(coordinator);
    const anonymous = createApi(instance().url);
    const json = await anonymous.post<{ access_token: string; expires: number }>('/auth/login', {
      email: user.email,
      password: user.password,
    });
    expect(json.expires).toBe(15 * 60 * 1000);
    const claims = JSON.parse(Buffer.from(json.access_token.split('.')[1] ?? '', 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(claims.exp - claims.iat).toBe(15 * 60);

    const cookieLogin = await anonymous.raw<{ data: { access_token?: string } }>('POST', '/auth/login', {
      email: user.email,
      password: user.password,
      mode: 'session',
    });
    const cookie = (cookieLogin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^directus_session_token=/);
    expect((await anonymous.raw('GET', '/users/me?fields=id', undefined, { cookie })).status).toBe(200);
    expect((await anonymous.raw('POST', '/auth/logout', { mode: 'session' }, { cookie })).status).toBeLessThan(300);
    expect((await anonymous.raw('GET', '/users/me?fields=id', undefined, { cookie })).status).toBe(401);
  });
});
