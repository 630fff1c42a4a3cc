// What the integration tests share: the running instance, logins per demo role, small lookups.
import knex, { type Knex } from 'knex';
import { inject } from 'vitest';
import { createApi, login, type Api } from '../scripts/lib/api.ts';
import { demoUser, type DemoUser } from '../seed/demo-users.ts';

export function instance() {
  return inject('directus');
}

export function anonymous(): Api {
  return createApi(instance().url);
}

export async function asAdmin(): Promise<Api> {
  const { url, adminEmail, adminPassword } = instance();
  return login(url, adminEmail, adminPassword);
}

const sessions = new Map<DemoUser['key'], Promise<Api>>();

/** One login per demo user and test file: argon2 makes each login cost about half a second. */
export function as(key: DemoUser['key']): Promise<Api> {
  let session = sessions.get(key);
  if (!session) {
    const user = demoUser(key);
    session = login(instance().url, user.email, user.password);
    sessions.set(key, session);
  }
  return session;
}

export async function idOf(api: Api, collection: string, code: string): Promise<number> {
  const rows = await api.get<Array<{ id: number }>>(
    `/items/${collection}?filter[code][_eq]=${encodeURIComponent(code)}&fields=id`,
  );
  const row = rows[0];
  if (!row) throw new Error(`${collection} ${code} not found`);
  return row.id;
}

export async function count(api: Api, collection: string, filter?: Record<string, unknown>): Promise<number> {
  const query = new URLSearchParams({ 'aggregate[count]': '*' });
  if (filter) query.set('filter', JSON.stringify(filter));
  const path = collection.startsWith('directus_') ? `/${collection.slice('directus_'.length)}` : `/items/${collection}`;
  const rows = await api.get<Array<{ count: number | string }>>(`${path}?${query.toString()}`);
  return Number(rows[0]?.count ?? 0);
}

/** A direct connection to the instance's database, for what must hold below the API (triggers). */
export function rawDatabase(): Knex {
  const { client, database } = instance();
  return client === 'pg'
    ? knex({ client: 'pg', connection: database.pg ?? {}, pool: { min: 0, max: 2 } })
    : knex({
        client: 'sqlite3',
        connection: { filename: database.filename ?? '' },
        useNullAsDefault: true,
        pool: { min: 1, max: 1 },
      });
}
