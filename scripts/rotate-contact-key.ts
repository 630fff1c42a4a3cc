// `npm run rotate-contact-key`: re-encrypts the released minors' contact details with a new key, for the
// instance the environment (or `.env`) names. Stop Directus first; start it again with the new key.
// The new key is CONTACT_KEY_NEW when given, else a fresh random one. Where the old key came from
// decides where the new one goes: the local key file is rewritten; a key from the environment or `.env`
// is printed once, to be put where the old one was.
import { writeFileSync } from 'node:fs';
import knex from 'knex';
import { generateContactKey, parseContactKey } from '../extensions/barometer/src/server/followups/contact-cipher.ts';
import { rotateContactKey } from './lib/contact-key.ts';
import { contactKeyFile, localContactKey } from './lib/directus.ts';
import { readProjectEnv } from './lib/env.ts';

const env = readProjectEnv();
const fromFile = !env.CONTACT_KEY;
const oldKey = parseContactKey(localContactKey(env));
const newText = process.env['CONTACT_KEY_NEW'] ?? generateContactKey();
const newKey = parseContactKey(newText);
const database = knex(
  env.DB_CLIENT === 'pg'
    ? {
        client: 'pg',
        connection: {
          host: env.DB_HOST,
          port: env.DB_PORT,
          user: env.DB_USER,
          password: env.DB_PASSWORD,
          database: env.DB_DATABASE,
        },
      }
    : { client: 'sqlite3', connection: { filename: env.DB_FILENAME }, useNullAsDefault: true },
);
try {
  const rows = await rotateContactKey(database, oldKey, newKey);
  if (fromFile) {
    writeFileSync(contactKeyFile(env), newText, { mode: 0o600 });
    console.log(`Re-encrypted ${rows} contact row(s); the new key is in ${contactKeyFile(env)}.`);
  } else {
    console.log(`Re-encrypted ${rows} contact row(s). Replace CONTACT_KEY with:\n${newText}`);
  }
} finally {
  await database.destroy();
}
