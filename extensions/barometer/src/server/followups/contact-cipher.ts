// Contact details of released minors, encrypted at rest (issue 16, point 3): AES-256-GCM with a key that
// is not in the database (CONTACT_KEY, 32 bytes in base64). Each value is bound to its participant as
// additional data, so that a ciphertext copied onto another row does not decrypt.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

const FORMAT = 'v1';
const IV_BYTES = 12;

export interface ContactKey {
  readonly key: Buffer;
  /** A short fingerprint stored beside each value, to tell which key a row was written with. */
  readonly id: string;
}

export const contactKeyText = z
  .string()
  .trim()
  .refine((text) => /^[A-Za-z0-9+/]{43}=$/.test(text), 'CONTACT_KEY must be 32 bytes in base64 (44 characters)');

export function parseContactKey(text: string): ContactKey {
  const key = Buffer.from(contactKeyText.parse(text), 'base64');
  return { key, id: createHash('sha256').update(key).digest('hex').slice(0, 16) };
}

export function generateContactKey(): string {
  return randomBytes(32).toString('base64');
}

/** The key the server runs with; a clear error when it is missing, never a fallback key. */
export function contactKeyFromEnvironment(env: NodeJS.ProcessEnv = process.env): ContactKey {
  const text = env['CONTACT_KEY'];
  if (!text) throw new Error('CONTACT_KEY is not set: contact details cannot be read or written.');
  return parseContactKey(text);
}

const additionalData = (participant: number) => Buffer.from(`followup_contacts:participant:${participant}`);

export function encryptContact(plaintext: string, key: ContactKey, participant: number): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(additionalData(participant));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
    .join('.');
}

/** Throws when the value was written with another key, for another participant, or was altered. */
export function decryptContact(stored: string, key: ContactKey, participant: number): string {
  const [format, iv, tag, body, ...rest] = stored.split('.');
  if (format !== FORMAT || !iv || !tag || body === undefined || rest.length > 0) {
    throw new Error('stored contact details are not in the v1 format');
  }
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64'));
  decipher.setAAD(additionalData(participant));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}
